/// Reads a TMX file one unit at a time, in constant memory however many units it holds.
///
/// Reads TMX 1.4 and the older versions other tools write: `xml:lang` or the legacy `lang`
/// attribute, UTF-8 or UTF-16 with a byte-order mark, a DOCTYPE line, `<note>`s and `<prop>`s in
/// the header and units. Inline markup in segments (`bpt`, `ept`, `ph`, `it`, `hi`, `ut`, `sub`)
/// is flattened to text in `segment` (the text of `hi` is kept, native codes are dropped) and,
/// with `InlineMarkup.keep`, also kept as markup in `markup`. Nothing outside the file is ever
/// fetched, and entity expansion is bounded (see `XMLPullParser`).
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

  private let parser: XMLPullParser
  private let inlineMarkup: InlineMarkup
  private let onWarning: (String) -> Void
  private var languages: [String: LanguageTag?] = [:]
  private var bodyEnded = false

  /// Opens `path` (standard input for `-`) and reads up to the start of `<body>`.
  /// - Parameter onWarning: called with each warning (`file:line:column: message`), such as a
  ///   `<tuv>` whose language is not a known BCP 47 tag (that variant is skipped).
  /// - Throws: `HexaplaError.fileNotReadable`, `.invalidEncoding`, or `.malformedTMX` naming
  ///   the line and column.
  public convenience init(
    path: String, inlineMarkup: InlineMarkup = .keep,
    onWarning: @escaping (String) -> Void = { _ in }
  ) throws {
    try self.init(
      path: path, inlineMarkup: inlineMarkup, onWarning: onWarning, bufferCapacity: 1 << 18,
      readSize: 1 << 16)
  }

  /// As the public initialiser, with the parser's buffer and read sizes (small ones in tests
  /// split every token across reads and buffer moves).
  init(
    path: String, inlineMarkup: InlineMarkup, onWarning: @escaping (String) -> Void,
    bufferCapacity: Int,
    readSize: Int
  ) throws {
    self.path = path
    self.inlineMarkup = inlineMarkup
    self.onWarning = onWarning
    parser = try XMLPullParser(path: path, bufferCapacity: bufferCapacity, readSize: readSize)
    parser.reportsWhitespace = false
    try readPrologue()
  }

  /// Reads every unit of a file.
  /// - Returns: the header.
  /// - Throws: as `init` and `next()`, and whatever `body` throws.
  @discardableResult
  public static func read(
    path: String, inlineMarkup: InlineMarkup = .keep,
    onWarning: @escaping (String) -> Void = { _ in },
    _ body: (TMXUnit) throws -> Void
  ) throws -> TMXHeader {
    let reader = try TMXReader(path: path, inlineMarkup: inlineMarkup, onWarning: onWarning)
    while let unit = try reader.next() { try body(unit) }
    return reader.header
  }

  /// The next unit, or nil after the last (once the whole document has been checked).
  /// - Throws: `HexaplaError.malformedTMX` (with line and column), `.invalidEncoding`.
  public func next() throws -> TMXUnit? {
    guard !bodyEnded else { return nil }
    while true {
      switch try parser.next() {
      case .start(let name, let attributes, _):
        if name == "tu" {
          let unit = try readUnit(attributes)
          unitsRead += 1
          return unit
        }
        warn("unexpected <\(name)> in <body> (skipped)")
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
        "the root element is <\(root)>, not <tmx>: this is not a TMX file", at: parser.eventStart)
    }
    version = rootAttributes.first { $0.name == "version" }?.value ?? ""
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
          return
        } else {
          warn("unexpected <\(name)> in <tmx> (skipped)")
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
        warn("unexpected <\(name)> after <body> (skipped)")
        try skipElement()
      case .text, .end:
        continue
      case .endOfDocument:
        return
      }
    }
  }

  private func readHeader(_ attributes: [XMLAttribute]) throws {
    func value(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
    header = TMXHeader(
      creationTool: value("creationtool") ?? "",
      creationToolVersion: value("creationtoolversion") ?? "",
      segmentType: value("segtype") ?? "", originalFormat: value("o-tmf") ?? "",
      adminLanguage: value("adminlang") ?? "", sourceLanguage: value("srclang") ?? "",
      dataType: value("datatype") ?? "", creationDate: value("creationdate"))
    // Locals: `header` is a stored property, which one call cannot modify in two places.
    var props: [TMXProperty] = []
    var notes: [String] = []
    while true {
      switch try parser.next() {
      case .start(let name, let attributes, _):
        if try !readPropOrNote(name, attributes, props: &props, notes: &notes) {
          try skipElement()
        }
      case .end:
        header.props = props
        header.notes = notes
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
    var unit = TMXUnit(tuid: attributes.first { $0.name == "tuid" }?.value, variants: [])
    while true {
      switch try parser.next() {
      case .start(let name, let attributes, _):
        if try readPropOrNote(name, attributes, props: &unit.props, notes: &unit.notes) { continue }
        if name == "tuv" {
          if let variant = try readVariant(attributes) { unit.variants.append(variant) }
        } else {
          warn("unexpected <\(name)> in <tu> (skipped)")
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
    while true {
      switch try parser.next() {
      case .start(let name, _, _):
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
          warn("<tuv xml:lang=\"\(code)\"> without <seg> (skipped)")
          return nil
        }
        return TMXUnit.Variant(language: language, segment: segment.0, markup: segment.1)
      case .text:
        continue
      case .endOfDocument:
        throw parser.error("unexpected end of the document", at: parser.eventStart)
      }
    }
  }

  /// The content of a `<seg>`: flattened text, and markup when it had inline elements and
  /// markup is kept.
  private func readSegment() throws -> (String, String?) {
    parser.reportsWhitespace = true
    defer { parser.reportsWhitespace = false }
    var plain = ""
    var markup: String?
    var removed: [Unicode.Scalar] = []
    // Per open inline element: whether it is self-closing, and whether its text is code.
    var open: [(selfClosing: Bool, isCode: Bool)] = []
    var codeDepth = 0
    while true {
      switch try parser.next() {
      case .text(let text):
        if codeDepth == 0 { plain += text }
        if markup != nil { XMLEscaping.appendText(text, to: &markup!, removed: &removed) }
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
        open.append((selfClosing, isCode))
        if isCode { codeDepth += 1 }
      case .end(let name):
        guard let element = open.popLast() else { return (plain, markup) }
        if element.isCode { codeDepth -= 1 }
        if markup != nil && !element.selfClosing { markup! += "</" + name + ">" }
      case .endOfDocument:
        throw parser.error("unexpected end of the document", at: parser.eventStart)
      }
    }
  }

  /// The text inside the current element (nested elements' text included), up to its end.
  private func readTextContent() throws -> String {
    parser.reportsWhitespace = true
    defer { parser.reportsWhitespace = false }
    var text = ""
    var depth = 0
    while true {
      switch try parser.next() {
      case .text(let piece): text += piece
      case .start: depth += 1
      case .end:
        if depth == 0 { return text }
        depth -= 1
      case .endOfDocument:
        throw parser.error("unexpected end of the document", at: parser.eventStart)
      }
    }
  }

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
    if let cached = languages[code] { return cached }
    let tag = try? LanguageTag(code)
    if tag == nil {
      warn("unknown language tag '\(code)' in <tuv> (these variants are skipped)", at: offset)
    }
    languages[code] = tag
    return tag
  }

  private func warn(_ message: String, at offset: Int? = nil) {
    let (line, column) = parser.position(of: offset ?? parser.eventStart)
    onWarning("\(path):\(line):\(column): warning: \(message)")
  }
}
