/// Writes a TMX 1.4 document to a `TextSink`, one unit at a time.
///
/// The output is UTF-8 with an XML declaration, `<tmx version="1.4">`, the header with its seven
/// required attributes, then one `<tu>` per unit: its props and notes before the first `<tuv>`,
/// one `<tuv xml:lang>` per variant with a non-empty `<seg>`. The units', variants' and header's
/// other attributes, variants' props and notes and the header's `<ude>`s are written as read;
/// an attribute TMX 1.4 does not declare on that element is left out, with one warning per name. Units without a `tuid` are
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
  /// The unit being encoded (raw: no copy-on-write or uniqueness checks on each append).
  @exclusivity(unchecked) private var out = ScratchBytes(capacity: 4096)
  @exclusivity(unchecked) private var removed: [Unicode.Scalar] = []
  @exclusivity(unchecked) private var languageCache: [(LanguageTag, [UInt8])] = []
  /// Undeclared attribute names already warned about, as `element/name`.
  private var undeclaredAttributes: Set<String> = []

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

  deinit { out.deallocate() }

  /// Writes one unit (and, before the first, the document start and header).
  /// - Throws: `HexaplaError.outputNotWritable`.
  public func write(_ unit: TMXUnit) throws {
    try start()
    let number = nextNumber
    nextNumber += 1
    guard encode(unit, number: number) else {
      unitsSkipped += 1
      return
    }
    try sink.write(utf8: out.bytes)  // already UTF-8
    unitsWritten += 1
  }

  /// The `<tu>` element of `unit` as `write` writes it, from its indentation to its closing line
  /// break (`number` stands in for a missing `tuid`), without writing it or the header; nil when
  /// `write` would leave it out. Warnings are reported as `write` reports them.
  func encoded(_ unit: TMXUnit, number: Int) -> [UInt8]? {
    encode(unit, number: number) ? Array(out.bytes) : nil
  }

  /// Writes one unit lent by a JSON-lines reader, as `write` writes the unit it stands for
  /// (`unit.unit()`), without making strings of its texts; `tuid` replaces its own.
  /// - Throws: `HexaplaError.outputNotWritable`.
  func write(_ unit: BorrowedUnit, tuid: String? = nil) throws {
    try start()
    let number = nextNumber
    nextNumber += 1
    removed.removeAll(keepingCapacity: true)
    out.removeAll()
    if var tuid {
      tuid.withUTF8 { beginUnit(tuid: $0, number: number) }
    } else {
      beginUnit(tuid: unit.tuid, number: number)
    }
    append(">\n")
    for prop in unit.props { appendProp(prop.type, prop.value, indent: "      ") }
    for note in unit.notes { appendNote(note, indent: "      ") }
    var variantsWritten = 0
    unit.variants.withUnsafeBufferPointer { variants in
      for index in variants.indices
      where appendVariant(
        language: variants[index].language.tag, name: variants[index].language.utf8, segment: variants[index].segment,
        markup: nil, attributes: [], props: [], notes: [])
      {
        variantsWritten += 1
      }
    }
    let kept = endUnit(variantsWritten: variantsWritten, of: unit.variants.count) {
      "unit \(tuid ?? unit.tuid.map { String(decoding: $0, as: UTF8.self) } ?? String(number))"
    }
    guard kept else {
      unitsSkipped += 1
      return
    }
    try sink.write(utf8: out.bytes)  // already UTF-8
    unitsWritten += 1
  }

  /// Encodes `unit` into `out`; false when it is to be left out.
  private func encode(_ unit: TMXUnit, number: Int) -> Bool {
    removed.removeAll(keepingCapacity: true)
    out.removeAll()
    if var tuid = unit.tuid {
      tuid.withUTF8 { beginUnit(tuid: $0, number: number) }
    } else {
      beginUnit(tuid: nil, number: number)
    }
    appendAttributes(unit.attributes, declared: TMXAttribute.unitNames, element: "tu")
    append(">\n")
    appendPropsAndNotes(unit.props, unit.notes, indent: "      ")
    var variantsWritten = 0
    // Through the buffer: each variant is lent to `appendVariant`, not copied.
    unit.variants.withUnsafeBufferPointer { variants in
      for index in variants.indices where appendVariant(variants[index]) { variantsWritten += 1 }
    }
    return endUnit(variantsWritten: variantsWritten, of: unit.variants.count) { name(unit, number) }
  }

  /// `<tu tuid="…"` (`number` when there is no `tuid`).
  private func beginUnit(tuid: UnsafeBufferPointer<UInt8>?, number: Int) {
    append("    <tu tuid=\"")
    if let tuid {
      XMLEscaping.append(utf8: tuid, mode: .attribute, to: &out, removed: &removed)
    } else {
      appendString(String(number))
    }
    append("\"")
  }

  /// Closes the unit and reports what was removed from it, or why it is left out (false).
  private func endUnit(variantsWritten: Int, of count: Int, name: () -> String) -> Bool {
    append("    </tu>\n")
    if !removed.isEmpty {
      let list = removed.prefix(5).map { scalar in
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      }.joined(separator: ", ")
      warn(
        "\(name()): removed \(removed.count) character\(removed.count == 1 ? "" : "s") XML 1.0 forbids ("
          + list + (removed.count > 5 ? ", ..." : "") + ")")
    }
    guard variantsWritten >= 2 || (variantsWritten == 1 && options.keepUnpaired) else {
      if variantsWritten < count {
        warn("\(name()): left out: fewer than two languages with text")
      }
      return false
    }
    return true
  }

  /// Appends the `<tuv>` of `variant`; false when it has no segment to write (nothing appended).
  private func appendVariant(_ variant: TMXUnit.Variant) -> Bool {
    var segment = variant.segment
    return segment.withUTF8 {
      appendVariant(
        language: variant.language, name: nil, segment: $0, markup: variant.markup, attributes: variant.attributes,
        props: variant.props, notes: variant.notes)
    }
  }

  /// Appends a `<tuv>` (`name`: the UTF-8 of the language's canonical form, when known); false
  /// when it has no segment to write (nothing appended).
  private func appendVariant(
    language: LanguageTag, name: [UInt8]?, segment: UnsafeBufferPointer<UInt8>, markup: String?,
    attributes: [TMXAttribute],
    props: [TMXProperty], notes: [String]
  ) -> Bool {
    let isMarkup = markup.map { $0.utf8.contains(UInt8(ascii: "<")) } ?? false
    if !isMarkup && XMLEscaping.isBlank(utf8: segment) { return false }
    let mark = out.count
    append("      <tuv xml:lang=\"")
    if let name {
      name.withUnsafeBufferPointer { out.append($0) }
    } else {
      appendLanguage(language)
    }
    append("\"")
    appendAttributes(attributes, declared: TMXAttribute.variantNames, element: "tuv")
    if props.isEmpty && notes.isEmpty {
      append("><seg>")
    } else {
      append(">\n")
      appendPropsAndNotes(props, notes, indent: "        ")
      append("        <seg>")
    }
    let contentStart = out.count
    if isMarkup, let markup {
      XMLEscaping.append(markup, mode: .markup, to: &out, removed: &removed)
    } else {
      XMLEscaping.append(utf8: segment, mode: .text, to: &out, removed: &removed)
    }
    if !isMarkup
      && UnsafeBufferPointer(rebasing: out.bytes[contentStart...]).allSatisfy({
        $0 == 0x20 || $0 == 0x09 || $0 == 0x0A
      })
    {
      // Only forbidden characters (now removed) and white space: no segment.
      out.removeLast(out.count - mark)
      return false
    }
    append("</seg></tuv>\n")
    return true
  }

  /// Writes ` name="value"` for each attribute TMX declares on `element`, warning once per
  /// undeclared name (which is left out) and skipping a name already written.
  private func appendAttributes(_ attributes: [TMXAttribute], declared: Set<String>, element: String) {
    var written: Set<String> = []
    for attribute in attributes {
      guard declared.contains(attribute.name) else {
        // One warning per name, for the first five names per element; then one that says so.
        let named = undeclaredAttributes.filter { $0.hasPrefix(element + "/") }.count
        if named <= 5 && undeclaredAttributes.insert(element + "/" + attribute.name).inserted {
          warn(
            named < 5
              ? "attribute '\(HexaplaError.quoting(attribute.name))' of <\(element)> is not in TMX 1.4: left out"
              : "more attributes of <\(element)> that TMX 1.4 does not declare are left out without a warning")
        }
        continue
      }
      guard written.insert(attribute.name).inserted else { continue }
      append(" ")
      appendString(attribute.name)
      append("=\"")
      XMLEscaping.append(attribute.value, mode: .attribute, to: &out, removed: &removed)
      append("\"")
    }
  }

  private func appendPropsAndNotes(_ props: [TMXProperty], _ notes: [String], indent: StaticString) {
    for prop in props {
      var type = prop.type
      var value = prop.value
      type.withUTF8 { type in value.withUTF8 { appendProp(type, $0, indent: indent) } }
    }
    for note in notes {
      var note = note
      note.withUTF8 { appendNote($0, indent: indent) }
    }
  }

  private func appendProp(_ type: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>, indent: StaticString)
  {
    append(indent)
    append("<prop type=\"")
    XMLEscaping.append(utf8: type, mode: .attribute, to: &out, removed: &removed)
    append("\">")
    XMLEscaping.append(utf8: value, mode: .text, to: &out, removed: &removed)
    append("</prop>\n")
  }

  private func appendNote(_ note: UnsafeBufferPointer<UInt8>, indent: StaticString) {
    append(indent)
    append("<note>")
    XMLEscaping.append(utf8: note, mode: .text, to: &out, removed: &removed)
    append("</note>\n")
  }

  private func name(_ unit: TMXUnit, _ number: Int) -> String {
    "unit \(unit.tuid ?? String(number))"
  }

  @inline(__always)
  private func append(_ literal: StaticString) {
    out.append(literal.utf8Start, count: literal.utf8CodeUnitCount)
  }

  /// (Named apart from `append(_:)`, which string literals would otherwise not reach: a literal
  /// is a `String` first.)
  private func appendString(_ text: String) {
    var text = text
    text.withUTF8 { out.append($0) }
  }

  /// Appends the UTF-8 of a language tag's canonical form (cached: tags repeat on every unit).
  private func appendLanguage(_ language: LanguageTag) {
    for index in languageCache.indices where languageCache[index].0 == language {
      languageCache[index].1.withUnsafeBufferPointer { out.append($0) }
      return
    }
    let bytes = Array(language.description.utf8)
    if languageCache.count < 64 { languageCache.append((language, bytes)) }
    bytes.withUnsafeBufferPointer { out.append($0) }
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
    let attributes: [(String, String?)] =
      [
        ("creationtool", header.creationTool),
        ("creationtoolversion", header.creationToolVersion),
        ("segtype", header.segmentType),
        ("o-tmf", header.originalFormat),
        ("adminlang", header.adminLanguage),
        ("srclang", header.sourceLanguage),
        ("datatype", header.dataType),
        ("creationdate", header.creationDate),
      ] + header.attributes.filter { TMXAttribute.headerNames.contains($0.name) }.map { ($0.name, $0.value) }
    for case (let name, let value?) in attributes {
      out += " \(name)=\""
      XMLEscaping.appendAttribute(value, to: &out, removed: &removed)
      out += "\""
    }
    if header.props.isEmpty && header.notes.isEmpty && header.userDefinedEncodings.isEmpty {
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
      for ude in header.userDefinedEncodings {
        out += "    "
        out += XMLEscaping.removingForbidden(ude, removed: &removed)
        out += "\n"
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
