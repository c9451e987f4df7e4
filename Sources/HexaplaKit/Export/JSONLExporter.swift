/// JSON lines: one object per unit,
/// `{"tuid":"1","document":"n01001","segments":{"en":"…","fr":"…"},"props":[["x-score","0.9000"],…],"notes":[…]}`,
/// with keys in a fixed order and segments in the unit's language order; `document` repeats
/// the `x-document` prop, when the unit has one, for tools that group units by article.
/// Inline markup is flattened to text. A language repeated in one unit (a TMX unit may hold two
/// English variants) is written once in `segments`, its later segments in
/// `"alternatives":[["en","…"],…]`, so no key repeats and nothing is lost.
public final class JSONLExporter: UnitExporter {
  private let sink: TextSink

  public init(sink: TextSink) { self.sink = sink }

  /// The JSON line for a unit, without the line break.
  public static func line(for unit: TMXUnit) -> String {
    var line = "{"
    if let tuid = unit.tuid { line += "\"tuid\":\(JSONText.quoted(tuid))," }
    if let document = unit.prop(TMXUnit.PropertyType.document) {
      line += "\"document\":\(JSONText.quoted(document)),"
    }
    var seen: Set<LanguageTag> = []
    var alternatives: [TMXUnit.Variant] = []
    var segments: [String] = []
    for variant in unit.variants {
      guard seen.insert(variant.language).inserted else {
        alternatives.append(variant)
        continue
      }
      segments.append("\(JSONText.quoted(variant.language.description)):\(JSONText.quoted(variant.segment))")
    }
    line += "\"segments\":{" + segments.joined(separator: ",") + "}"
    if !alternatives.isEmpty {
      line +=
        ",\"alternatives\":["
        + alternatives.map {
          "[\(JSONText.quoted($0.language.description)),\(JSONText.quoted($0.segment))]"
        }.joined(separator: ",") + "]"
    }
    line += ",\"props\":["
    line += unit.props.map { "[\(JSONText.quoted($0.type)),\(JSONText.quoted($0.value))]" }.joined(
      separator: ",")
    line += "]"
    if !unit.notes.isEmpty {
      line += ",\"notes\":[" + unit.notes.map(JSONText.quoted).joined(separator: ",") + "]"
    }
    return line + "}"
  }

  public func write(_ unit: TMXUnit) throws {
    try sink.write(Self.line(for: unit) + "\n")
  }

  public func finish() throws { try sink.finish() }
}
