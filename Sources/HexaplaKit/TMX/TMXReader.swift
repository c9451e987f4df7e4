/// Reads a TMX file one unit at a time, in constant memory however many units it holds.
///
/// Reads TMX 1.4 and the older versions other tools write: `xml:lang` or the legacy `lang`
/// attribute, UTF-8 or UTF-16 with a byte-order mark, a DOCTYPE line, `<note>`s and `<prop>`s in
/// the header, units and variants, and every attribute TMX declares, so a unit can be written
/// back unchanged. Any well-formed BCP 47 tag is accepted as a language (`LanguageTag.init(wellFormed:)`).
/// Inline markup in segments (`bpt`, `ept`, `ph`, `it`, `hi`, `ut`, `sub`) is flattened to text in
/// `segment` (see `readSegment`) and, with `InlineMarkup.keep`, also kept as markup in `markup`.
/// Nothing outside the file is ever fetched, entity expansion is bounded (see `XMLPullParser`),
/// and so is every token: a segment, note, prop or attribute value longer than `maxSegmentBytes`
/// is an error, so memory stays small however large or hostile the file.
///
/// ```swift
/// let reader = try TMXReader(path: "memory.tmx")
/// while let unit = try reader.next() { print(unit.variants.map(\.segment)) }
/// ```
public final class TMXReader {
  /// What to do with inline markup in segments.
  public enum InlineMarkup: Sendable {
    /// Keep it in `TMXUnit.Variant.markup` (and flattened text in `segment`).
    case keep
    /// Only flattened text in `segment`.
    case flatten
  }

  /// The file being read.
  public let path: String
  /// The header, read when the reader was created.
  public private(set) var header = TMXHeader(
    creationTool: "", creationToolVersion: "", segmentType: "", originalFormat: "",
    adminLanguage: "",
    sourceLanguage: "", dataType: "")
  /// The `version` attribute of `<tmx>` (`1.4`, `1.1`...).
  public private(set) var version = ""
  /// Units returned so far.
  public private(set) var unitsRead = 0
  /// The default longest segment, note, prop or attribute value, in bytes of UTF-8 (1 MiB).
  public static let defaultMaxSegmentBytes = XMLPullParser.defaultTokenBytes
  /// The longest segment, note, prop or attribute value this reader accepts.
  public let maxSegmentBytes: Int

  /// Whether the file is UTF-8 (or ASCII), so that `unitSpan` and `bodyContentStart` are
  /// offsets of its bytes (`ReviewDocument` keeps the units it does not edit byte for byte).
  var offsetsAreFileBytes: Bool { parser.input.encoding == .utf8 }
  /// The byte offset in the file just past the `<body>` start tag (valid when
  /// `offsetsAreFileBytes`).
  private(set) var bodyContentStart = 0
  /// The bytes of the file the unit `next()` returned last spans, from `<tu` to the end of
  /// `</tu>` (valid when `offsetsAreFileBytes`).
  private(set) var unitSpan = 0..<0

  private let parser: XMLPullParser
  private let inlineMarkup: InlineMarkup
  private let onWarning: (String) -> Void
  private var languages: [String: LanguageTag?] = [:]
  /// The first codes looked up, with their tags (most files have a handful).
  private var recentLanguages: [(String, LanguageTag?)] = []
  private var bodyEnded = false

  /// Opens `path` (standard input for `-`) and reads up to the start of `<body>`.
  /// - Parameter onWarning: called with each warning (`file:line:column: message`), such as a
  ///   `<tuv>` whose language is not a well-formed BCP 47 tag (that variant is skipped), or a
  ///   `version` other than 1.1 to 1.4.
  /// - Parameter maxSegmentBytes: the longest segment, note, prop or attribute value accepted.
  /// - Throws: `HexaplaError.fileNotReadable`, `.invalidEncoding`, or `.malformedTMX` naming
  ///   the line and column.
  public convenience init(
    path: String, inlineMarkup: InlineMarkup = .keep,
    maxSegmentBytes: Int = TMXReader.defaultMaxSegmentBytes,
    onWarning: @escaping (String) -> Void = { _ in }
  ) throws {
    try self.init(
      path: path, inlineMarkup: inlineMarkup, onWarning: onWarning, bufferCapacity: 1 << 18,
      readSize: 1 << 16, maxSegmentBytes: maxSegmentBytes)
  }

  /// As the public initialiser, with the parser's buffer and read sizes (small ones in tests
  /// split every token across reads and buffer moves).
  init(
    path: String, inlineMarkup: InlineMarkup, onWarning: @escaping (String) -> Void,
    bufferCapacity: Int,
    readSize: Int, maxSegmentBytes: Int = TMXReader.defaultMaxSegmentBytes
  ) throws {
    self.path = path
    self.inlineMarkup = inlineMarkup
    self.onWarning = onWarning
    self.maxSegmentBytes = max(1, maxSegmentBytes)
    var limits = XMLPullParser.Limits()
    limits.tokenBytes = self.maxSegmentBytes
    parser = try XMLPullParser(
      path: path, limits: limits, bufferCapacity: bufferCapacity, readSize: readSize)
    parser.reportsWhitespace = false
    if let declared = parser.input.ignoredDeclaration {
      onWarning(
        "\(path):1:1: warning: the XML declaration says encoding=\"\(Self.excerpt(declared))\" but the file has no"
          + " byte-order mark and its bytes are not UTF-16: read as UTF-8 (xmllint and"
          + " translate-toolkit reject such a file; Hexapla's TMX output declares UTF-8)")
    }
    try readPrologue()
  }

  /// Reads every unit of a file.
  /// - Returns: the header.
  /// - Throws: as `init` and `next()`, and whatever `body` throws.
  @discardableResult
  public static func read(
    path: String, inlineMarkup: InlineMarkup = .keep,
    maxSegmentBytes: Int = TMXReader.defaultMaxSegmentBytes,
    onWarning: @escaping (String) -> Void = { _ in },
    _ body: (TMXUnit) throws -> Void
  ) throws -> TMXHeader {
    let reader = try TMXReader(
      path: path, inlineMarkup: inlineMarkup, maxSegmentBytes: maxSegmentBytes,
      onWarning: onWarning)
    while let unit = try reader.next() { try body(unit) }
    return reader.header
  }

  /// The languages of the units' variants in the TMX file at `path`, in order of first
  /// appearance: those `next()` would give, found by a pass that reads the markup and skips
  /// the text unread (segments, props and notes), several times faster than reading the units.
  /// Text is not checked: a file this accepts may still be malformed (`next()` says where).
  /// - Throws: as `init` and `next()`, for errors in the markup.
  /// - Complexity: O(n) in the file's bytes.
  static func languages(path: String, maxSegmentBytes: Int = TMXReader.defaultMaxSegmentBytes)
    throws -> [LanguageTag]
  {
    try TMXReader(path: path, inlineMarkup: .flatten, maxSegmentBytes: maxSegmentBytes).remainingLanguages()
  }

  /// The languages of the units `next()` has not returned yet, in order of first appearance,
  /// found as `languages(path:)` finds them (the text skipped unread); `next()` then returns nil.
  /// - Throws: as `next()`, for errors in the markup.
  /// - Complexity: O(n) in the bytes left.
  func remainingLanguages() throws -> [LanguageTag] {
    parser.skipsText = true
    var order: [LanguageTag] = []
    while let unit = try next() {
      for variant in unit.variants where !order.contains(variant.language) {
        order.append(variant.language)
      }
    }
    return order
  }

  /// The next unit, or nil after the last (once the whole document has been checked).
  /// - Throws: `HexaplaError.malformedTMX` (with line and column), `.invalidEncoding`.
  public func next() throws -> TMXUnit? {
    guard !bodyEnded else { return nil }
    while true {
      switch try parser.next() {
      case .start(let name, let attributes, _):
        if name == "tu" {
          let start = parser.eventStart
          let unit = try readUnit(attributes)
          let skipped = parser.input.byteOrderMarkLength
          unitSpan = (start + skipped)..<(parser.pos + skipped)
          unitsRead += 1
          return unit
        }
        warn("unexpected <\(Self.excerpt(name))> in <body> (skipped)")
        try skipElement()
      case .end:
        // </body>: the rest must be </tmx> and the end of the document.
        bodyEnded = true
        try readEpilogue()
        return nil
      case .text:
        continue
      case .endOfDocument:
        throw parser.error("unexpected end of the document", at: parser.eventStart)
      }
    }
  }

  // MARK: - Structure

  private func readPrologue() throws {
    guard case .start(let root, let rootAttributes, _) = try parser.next() else {
      throw parser.error("no root element", at: parser.eventStart)
    }
    guard root == "tmx" else {
      throw parser.error(
        "the root element is <\(Self.excerpt(root))>, not <tmx>: this is not a TMX file", at: parser.eventStart)
    }
    let versionAttribute = rootAttributes.first { $0.name == "version" }?.value
    version = versionAttribute ?? ""
    if let versionAttribute {
      if !Self.knownVersions.contains(versionAttribute) {
        warn(
          "TMX version \"\(Self.excerpt(versionAttribute))\" is not one Hexapla knows (1.1 to 1.4):"
            + " read as TMX 1.4")
      }
    } else {
      warn("<tmx> has no version attribute: read as TMX 1.4")
    }
    var sawHeader = false
    while true {
      switch try parser.next() {
      case .start(let name, let attributes, _):
        if name == "header" {
          try readHeader(attributes)
          sawHeader = true
        } else if name == "body" {
          guard sawHeader else {
            throw parser.error(
              "<body> before <header>: a TMX file needs a header", at: parser.eventStart)
          }
          bodyContentStart = parser.pos + parser.input.byteOrderMarkLength
          return
        } else {
          warn("unexpected <\(Self.excerpt(name))> in <tmx> (skipped)")
          try skipElement()
        }
      case .end:
        throw parser.error("<tmx> has no <body>", at: parser.eventStart)
      case .text:
        continue
      case .endOfDocument:
        throw parser.error("unexpected end of the document", at: parser.eventStart)
      }
    }
  }

  private func readEpilogue() throws {
    while true {
      switch try parser.next() {
      case .start(let name, _, _):
        warn("unexpected <\(Self.excerpt(name))> after <body> (skipped)")
        try skipElement()
      case .text, .end:
        continue
      case .endOfDocument:
        return
      }
    }
  }

  /// The `version` values of the TMX specifications (1.1 to 1.4b).
  static let knownVersions: Set<String> = ["1.1", "1.2", "1.3", "1.4", "1.4a", "1.4b"]

  private func readHeader(_ attributes: [XMLAttribute]) throws {
    func value(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
    let extra = attributes.filter { TMXAttribute.headerNames.contains($0.name) }
      .map { TMXAttribute(name: $0.name, value: $0.value) }
    header = TMXHeader(
      creationTool: value("creationtool") ?? "",
      creationToolVersion: value("creationtoolversion") ?? "",
      segmentType: value("segtype") ?? "", originalFormat: value("o-tmf") ?? "",
      adminLanguage: value("adminlang") ?? "", sourceLanguage: value("srclang") ?? "",
      dataType: value("datatype") ?? "", creationDate: value("creationdate"), attributes: extra)
    // Locals: `header` is a stored property, which one call cannot modify in two places.
    var props: [TMXProperty] = []
    var notes: [String] = []
    var udes: [String] = []
    while true {
      switch try parser.next() {
      case .start(let name, let attributes, let selfClosing):
        if try readPropOrNote(name, attributes, props: &props, notes: &notes) { continue }
        if name == "ude" {
          udes.append(try readMarkup(name, attributes, selfClosing: selfClosing))
        } else {
          try skipElement()
        }
      case .end:
        header.props = props
        header.notes = notes
        header.userDefinedEncodings = udes
        return
      case .text:
        continue
      case .endOfDocument:
        throw parser.error("unexpected end of the document", at: parser.eventStart)
      }
    }
  }

  /// Reads the `<prop>` or `<note>` whose start tag was just read into `props` or `notes`.
  /// - Returns: false, reading nothing, for any other element.
  private func readPropOrNote(
    _ name: String, _ attributes: [XMLAttribute], props: inout [TMXProperty], notes: inout [String]
  ) throws -> Bool {
    switch name {
    case "prop":
      let type = attributes.first { $0.name == "type" }?.value ?? ""
      props.append(TMXProperty(type: type, value: try readTextContent()))
    case "note":
      notes.append(try readTextContent())
    default:
      return false
    }
    return true
  }

  private func readUnit(_ attributes: [XMLAttribute]) throws -> TMXUnit {
    var unit = TMXUnit(
      tuid: attributes.first { $0.name == "tuid" }?.value, variants: [],
      attributes: attributes.compactMap {
        $0.name == "tuid" ? nil : TMXAttribute(name: $0.name, value: $0.value)
      })
    while true {
      switch try parser.next() {
      case .start(let name, let attributes, _):
        if try readPropOrNote(name, attributes, props: &unit.props, notes: &unit.notes) { continue }
        if name == "tuv" {
          if let variant = try readVariant(attributes) { unit.variants.append(consume variant) }
        } else {
          warn("unexpected <\(Self.excerpt(name))> in <tu> (skipped)")
          try skipElement()
        }
      case .end:
        return unit
      case .text:
        continue
      case .endOfDocument:
        throw parser.error("unexpected end of the document", at: parser.eventStart)
      }
    }
  }

  private func readVariant(_ attributes: [XMLAttribute]) throws -> TMXUnit.Variant? {
    let start = parser.eventStart
    guard
      let code = attributes.first(where: { $0.name == "xml:lang" })?.value
        ?? attributes.first(where: { $0.name == "lang" })?.value
    else {
      throw parser.error("<tuv> without xml:lang", at: start)
    }
    let language = self.language(code, at: start)
    var segment: (String, String?)?
    var props: [TMXProperty] = []
    var notes: [String] = []
    while true {
      switch try parser.next() {
      case .start(let name, let attributes, _):
        if try readPropOrNote(name, attributes, props: &props, notes: &notes) { continue }
        if name == "seg" {
          let content = try readSegment()
          if segment == nil {
            segment = content
          } else {
            warn("<tuv> with more than one <seg> (the first is kept)")
          }
        } else {
          try skipElement()
        }
      case .end:
        guard let language else { return nil }
        guard let segment else {
          warn("<tuv xml:lang=\"\(Self.excerpt(code))\"> without <seg> (skipped)")
          return nil
        }
        return TMXUnit.Variant(
          language: language, segment: segment.0, markup: segment.1,
          attributes: attributes.compactMap {
            $0.name == "xml:lang" || $0.name == "lang"
              ? nil : TMXAttribute(name: $0.name, value: $0.value)
          }, props: props, notes: notes)
      case .text:
        continue
      case .endOfDocument:
        throw parser.error("unexpected end of the document", at: parser.eventStart)
      }
    }
  }

  /// The content of a `<seg>`: flattened text, and markup when it had inline elements and
  /// markup is kept.
  ///
  /// Flattening keeps the text of `<hi>` and `<sub>`-free text, drops the native codes of
  /// `<bpt>`, `<ept>`, `<it>` and `<ut>` (formatting, which is not part of the sentence), and keeps
  /// what a `<ph>` stands for (`{0}`, `%s`, `&name;`) unless it is itself a formatting code (an
  /// SGML/XML/HTML tag `<...>` or an RTF group or control word).
  private func readSegment() throws -> (String, String?) {
    parser.reportsWhitespace = true
    defer { parser.reportsWhitespace = false }
    var plain = ""
    var markup: String?
    var removed: [Unicode.Scalar] = []
    // Per open inline element: whether it is self-closing, and whether its text is code.
    var open: [(selfClosing: Bool, isCode: Bool)] = []
    var codeDepth = 0
    // The text of the `<ph>` being read (at depth 1), kept in `plain` if it is a placeholder.
    var placeholder: String?
    while true {
      switch try parser.next() {
      case .text(let text):
        if codeDepth == 0 {
          plain += text
        } else if codeDepth == 1, placeholder != nil {
          placeholder! += text
          if placeholder!.utf8.count > maxSegmentBytes { throw tooLong("a <ph>") }
        }
        if markup != nil { XMLEscaping.appendText(text, to: &markup!, removed: &removed) }
        if plain.utf8.count > maxSegmentBytes { throw tooLong("a <seg>") }
        if let markup, markup.utf8.count > 4 * maxSegmentBytes { throw tooLong("a <seg>") }
      case .start(let name, let attributes, let selfClosing):
        if inlineMarkup == .keep {
          if markup == nil {
            var escaped = ""
            XMLEscaping.appendText(plain, to: &escaped, removed: &removed)
            markup = escaped
          }
          markup! += "<" + name
          for attribute in attributes {
            markup! += " " + attribute.name + "=\""
            XMLEscaping.appendAttribute(attribute.value, to: &markup!, removed: &removed)
            markup! += "\""
          }
          markup! += selfClosing ? "/>" : ">"
        }
        let isCode = codeDepth > 0 || name != "hi"
        if codeDepth == 0 && name == "ph" { placeholder = "" }
        open.append((selfClosing, isCode))
        if isCode { codeDepth += 1 }
      case .end(let name):
        guard let element = open.popLast() else { return (plain, markup) }
        if element.isCode { codeDepth -= 1 }
        if codeDepth == 0, let text = placeholder {
          if !Self.isFormattingCode(text) { plain += text }
          placeholder = nil
        }
        if markup != nil && !element.selfClosing { markup! += "</" + name + ">" }
      case .endOfDocument:
        throw parser.error("unexpected end of the document", at: parser.eventStart)
      }
    }
  }

  /// Whether the native code of a `<ph>` is formatting (a tag `<...>`, an RTF group `{\...}` or
  /// control word `\...`) rather than something that stands for words (`{0}`, `%s`, `$name`).
  static func isFormattingCode(_ code: String) -> Bool {
    let trimmed = code.trimmingWhitespace()
    guard let first = trimmed.unicodeScalars.first else { return true }
    if first == "<" { return trimmed.unicodeScalars.last == ">" }
    if first == "\\" { return true }
    return trimmed.hasPrefix("{\\")
  }

  /// The text inside the current element (nested elements' text included), up to its end.
  private func readTextContent() throws -> String {
    parser.reportsWhitespace = true
    defer { parser.reportsWhitespace = false }
    var text = ""
    var depth = 0
    while true {
      switch try parser.next() {
      case .text(let piece):
        text += piece
        if text.utf8.count > maxSegmentBytes { throw tooLong("a <prop> or <note>") }
      case .start: depth += 1
      case .end:
        if depth == 0 { return text }
        depth -= 1
      case .endOfDocument:
        throw parser.error("unexpected end of the document", at: parser.eventStart)
      }
    }
  }

  /// The element whose start tag was just read, as TMX markup (for `<ude>`, kept verbatim).
  private func readMarkup(
    _ name: String, _ attributes: [XMLAttribute], selfClosing: Bool
  ) throws -> String {
    parser.reportsWhitespace = true
    defer { parser.reportsWhitespace = false }
    var removed: [Unicode.Scalar] = []
    var markup = ""
    func appendStart(_ name: String, _ attributes: [XMLAttribute], _ selfClosing: Bool) {
      markup += "<" + name
      for attribute in attributes {
        markup += " " + attribute.name + "=\""
        XMLEscaping.appendAttribute(attribute.value, to: &markup, removed: &removed)
        markup += "\""
      }
      markup += selfClosing ? "/>" : ">"
    }
    appendStart(name, attributes, selfClosing)
    var open: [Bool] = [selfClosing]
    while let outer = open.last {
      switch try parser.next() {
      case .text(let text): XMLEscaping.appendText(text, to: &markup, removed: &removed)
      case .start(let inner, let attributes, let selfClosing):
        appendStart(inner, attributes, selfClosing)
        open.append(selfClosing)
      case .end(let closed):
        open.removeLast()
        if !outer { markup += "</" + closed + ">" }
      case .endOfDocument:
        throw parser.error("unexpected end of the document", at: parser.eventStart)
      }
      if markup.utf8.count > 4 * maxSegmentBytes { throw tooLong("a <\(Self.excerpt(name))>") }
    }
    return markup
  }

  private func tooLong(_ what: String) -> HexaplaError {
    parser.tooLong(what, at: parser.eventStart)
  }

  /// At most 80 characters of `text` for a message, with `…` when cut.
  static func excerpt(_ text: String) -> String { HexaplaError.quoting(text) }

  /// Skips the rest of the current element.
  private func skipElement() throws {
    let depth = parser.depth
    while parser.depth >= depth {
      if case .endOfDocument = try parser.next() {
        throw parser.error("unexpected end of the document", at: parser.eventStart)
      }
    }
  }

  private func language(_ code: String, at offset: Int) -> LanguageTag? {
    // The few codes a file uses, compared as strings before any hashing.
    for index in recentLanguages.indices where recentLanguages[index].0 == code { return recentLanguages[index].1 }
    if let cached = languages[code] {
      if recentLanguages.count < 8 { recentLanguages.append((code, cached)) }
      return cached
    }
    let tag = try? LanguageTag(wellFormed: code)
    if tag == nil {
      warn(
        "'\(Self.excerpt(code))' in <tuv> is not a well-formed BCP 47 language tag (these variants"
          + " are skipped)", at: offset)
    }
    languages[code] = tag
    return tag
  }

  private func warn(_ message: String, at offset: Int? = nil) {
    let (line, column) = parser.position(of: offset ?? parser.eventStart)
    onWarning("\(path):\(line):\(column): warning: \(message)")
  }
}
