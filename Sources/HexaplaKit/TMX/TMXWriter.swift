/// Writes a TMX 1.4 document to a `TextSink`, one unit at a time.
///
/// The output is UTF-8 with an XML declaration, `<tmx version="1.4">`, the header with its seven
/// required attributes, then one `<tu>` per unit: its props and notes before the first `<tuv>`,
/// one `<tuv xml:lang>` per variant with a non-empty `<seg>`. Units without a `tuid` are
/// numbered from 1 in the order written. Text is escaped by `XMLEscaping`; characters XML 1.0
/// forbids are removed and reported as warnings naming the unit. Output depends only on the
/// header and units, so a pinned creation date gives byte-identical files.
///
/// Call `finish()` to close the document and the sink; a writer dropped before that leaves an
/// `AtomicFileWriter` sink's temporary file to be removed, so no truncated TMX appears.
public final class TMXWriter {
  /// Options for writing.
  public struct Options: Sendable {
    /// Write units left with fewer than two languages (after empty segments are dropped).
    public var keepUnpaired: Bool
    /// Write `<!DOCTYPE tmx SYSTEM "tmx14.dtd">` after the XML declaration.
    public var includeDoctype: Bool

    public init(keepUnpaired: Bool = false, includeDoctype: Bool = false) {
      self.keepUnpaired = keepUnpaired
      self.includeDoctype = includeDoctype
    }
  }

  private let sink: TextSink
  private let options: Options
  private let onWarning: (String) -> Void
  private var started = false
  private var nextNumber = 1
  /// Units written so far.
  public private(set) var unitsWritten = 0
  /// Units given to `write` and left out (no language, or one language without `keepUnpaired`).
  public private(set) var unitsSkipped = 0
  /// Every warning reported so far, in order.
  public private(set) var warnings: [String] = []
  private let header: TMXHeader

  /// Creates a writer; nothing is written until the first unit or `finish()`.
  /// - Parameter onWarning: called with each warning (such as a removed control character),
  ///   besides collecting it in `warnings`.
  public init(
    sink: TextSink, header: TMXHeader, options: Options = Options(),
    onWarning: @escaping (String) -> Void = { _ in }
  ) {
    self.sink = sink
    self.header = header
    self.options = options
    self.onWarning = onWarning
  }

  /// Writes one unit (and, before the first, the document start and header).
  /// - Throws: `HexaplaError.outputNotWritable`.
  public func write(_ unit: TMXUnit) throws {
    try start()
    let number = nextNumber
    nextNumber += 1
    let tuid = unit.tuid ?? String(number)
    var removed: [Unicode.Scalar] = []
    var out = "    <tu tuid=\""
    XMLEscaping.appendAttribute(tuid, to: &out, removed: &removed)
    out += "\">\n"
    for prop in unit.props {
      out += "      <prop type=\""
      XMLEscaping.appendAttribute(prop.type, to: &out, removed: &removed)
      out += "\">"
      XMLEscaping.appendText(prop.value, to: &out, removed: &removed)
      out += "</prop>\n"
    }
    for note in unit.notes {
      out += "      <note>"
      XMLEscaping.appendText(note, to: &out, removed: &removed)
      out += "</note>\n"
    }
    var variantsWritten = 0
    for variant in unit.variants {
      var content = ""
      if let markup = variant.markup {
        content = XMLEscaping.removingForbidden(markup, removed: &removed)
        if variant.segment.trimmingWhitespace().isEmpty && !content.contains("<") {
          content = ""
        }
      } else {
        let segment = XMLEscaping.removingForbidden(variant.segment, removed: &removed)
        if !segment.trimmingWhitespace().isEmpty {
          XMLEscaping.appendText(segment, to: &content, removed: &removed)
        }
      }
      guard !content.isEmpty else { continue }
      out += "      <tuv xml:lang=\"\(variant.language)\"><seg>"
      out += content
      out += "</seg></tuv>\n"
      variantsWritten += 1
    }
    out += "    </tu>\n"
    let name = unit.tuid.map { "unit \($0)" } ?? "unit \(number)"
    if !removed.isEmpty {
      let list = removed.prefix(5).map { scalar in
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      }.joined(separator: ", ")
      warn(
        "\(name): removed \(removed.count) character\(removed.count == 1 ? "" : "s") XML 1.0 forbids ("
          + list + (removed.count > 5 ? ", ..." : "") + ")")
    }
    guard variantsWritten >= 2 || (variantsWritten == 1 && options.keepUnpaired) else {
      unitsSkipped += 1
      if variantsWritten < unit.variants.count {
        warn("\(name): left out: fewer than two languages with text")
      }
      return
    }
    try sink.write(out)
    unitsWritten += 1
  }

  /// Closes the document and finishes the sink (renaming a file into place).
  /// - Throws: `HexaplaError.outputNotWritable`.
  public func finish() throws {
    try start()
    try sink.write("  </body>\n</tmx>\n")
    try sink.finish()
  }

  private func warn(_ message: String) {
    warnings.append(message)
    onWarning(message)
  }

  private func start() throws {
    guard !started else { return }
    started = true
    var removed: [Unicode.Scalar] = []
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    if options.includeDoctype { out += "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n" }
    out += "<tmx version=\"1.4\">\n  <header"
    let attributes: [(String, String?)] = [
      ("creationtool", header.creationTool),
      ("creationtoolversion", header.creationToolVersion),
      ("segtype", header.segmentType),
      ("o-tmf", header.originalFormat),
      ("adminlang", header.adminLanguage),
      ("srclang", header.sourceLanguage),
      ("datatype", header.dataType),
      ("creationdate", header.creationDate),
    ]
    for case let (name, value?) in attributes {
      out += " \(name)=\""
      XMLEscaping.appendAttribute(value, to: &out, removed: &removed)
      out += "\""
    }
    if header.props.isEmpty && header.notes.isEmpty {
      out += "/>\n"
    } else {
      out += ">\n"
      for note in header.notes {
        out += "    <note>"
        XMLEscaping.appendText(note, to: &out, removed: &removed)
        out += "</note>\n"
      }
      for prop in header.props {
        out += "    <prop type=\""
        XMLEscaping.appendAttribute(prop.type, to: &out, removed: &removed)
        out += "\">"
        XMLEscaping.appendText(prop.value, to: &out, removed: &removed)
        out += "</prop>\n"
      }
      out += "  </header>\n"
    }
    out += "  <body>\n"
    if !removed.isEmpty {
      warn("header: removed \(removed.count) character(s) XML 1.0 forbids")
    }
    try sink.write(out)
  }
}
