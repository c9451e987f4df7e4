/// A streaming, non-validating XML 1.0 parser over a file, for TMX: it hands out one event at a
/// time and keeps only the current token in memory.
///
/// Safe by construction: it never opens a DTD or an external entity. Entities declared in the
/// internal DTD subset are expanded only when their text holds no markup, and expansion is
/// bounded (depth and total bytes), so an entity bomb is an error rather than an out-of-memory.
/// Well-formedness errors (unclosed or mismatched tags, bad references, invalid UTF-8,
/// characters XML forbids) are `HexaplaError.malformedTMX` with the line and column
/// (1-based, in characters) where the problem is.
///
/// This file holds the state and `next()`; the jobs have a file each: `+Buffer` (reading and
/// looking ahead), `+Tokens` (tags, attributes, text, CDATA), `+Entities` (references),
/// `+DTD` (the internal subset) and `+Positions` (line and column, error messages). The state is
/// internal so those extensions can reach it; nothing outside the parser touches it.
final class XMLPullParser {
  /// Limits that keep hostile input from exhausting memory.
  struct Limits {
    /// Total bytes that entity expansion may produce in one document.
    var entityExpansionBytes = 1_000_000
    /// How deeply entities may refer to entities.
    var entityDepth = 8
    /// The longest name (element, attribute, entity), in bytes.
    var nameLength = 1000
    /// The longest single token, in bytes of UTF-8: a run of text, an attribute value, a CDATA
    /// section or a whole start tag. Raw input held for one event may be up to four times this
    /// (character references are longer than what they stand for), and no more.
    var tokenBytes = XMLPullParser.defaultTokenBytes
  }

  /// The default `Limits.tokenBytes`: 1 MiB, about 500 pages of text in one segment.
  static let defaultTokenBytes = 1 << 20

  enum Entity {
    case internalText([UInt8])
    case external
  }

  let path: String
  let input: XMLInputStream
  let limits: Limits
  @exclusivity(unchecked) var buffer: UnsafeMutablePointer<UInt8>
  @exclusivity(unchecked) var capacity: Int
  /// Free space `fill()` keeps for the next read.
  let minimumFree: Int
  /// Absolute offset (in the UTF-8 stream) of `buffer[0]`.
  @exclusivity(unchecked) var base = 0
  /// Absolute offset just past the last valid byte.
  @exclusivity(unchecked) var limit = 0
  /// Absolute offset of the next byte to read.
  @exclusivity(unchecked) var pos = 0
  @exclusivity(unchecked) var endOfInput = false
  /// Line at `base`, and characters between the start of that line and `base`.
  @exclusivity(unchecked) var baseLine = 1
  @exclusivity(unchecked) var baseColumn = 0
  /// Absolute offset where the last event began (kept in the buffer for error positions).
  @exclusivity(unchecked) var eventStart = 0
  @exclusivity(unchecked) var openElements: [String] = []
  @exclusivity(unchecked) var pendingEnd: String?
  @exclusivity(unchecked) var seenRoot = false
  var entities: [String: Entity] = [:]
  @exclusivity(unchecked) var expandedBytes = 0
  @exclusivity(unchecked) var scratch: ScratchBytes
  /// Per byte value, for text: 0 ordinary ASCII, 1 needs attention (`<`, `&`, `]`, CR, other
  /// C0 controls), 2 part of a multi-byte character.
  let textByteClass: UnsafeMutablePointer<UInt8>
  /// Bytes that end a name: white space, `>`, `/`, `=`, `<`, quotes, `;`, `&`, `[`.
  let nameEndByte: UnsafeMutablePointer<Bool>

  /// The `textByteClass` table (allocated only once the input is open: an init that throws
  /// runs no `deinit`, so nothing may be allocated before the throwing call).
  static func makeTextByteClass() -> UnsafeMutablePointer<UInt8> {
    let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    for b in 0..<256 {
      table[b] =
        b >= 0x80
        ? 2
        : (b < 0x20 && b != 0x09 && b != 0x0A) || b == 0x3C || b == 0x26 || b == 0x5D ? 1 : 0
    }
    return table
  }

  /// The `nameEndByte` table.
  static func makeNameEndByte() -> UnsafeMutablePointer<Bool> {
    let table = UnsafeMutablePointer<Bool>.allocate(capacity: 256)
    for b in 0..<256 { table[b] = Array(" \n\t\r>/=<\"';&[".utf8).contains(UInt8(b)) }
    return table
  }
  /// Whether white-space-only text is reported (inside segments) or skipped (between elements).
  @exclusivity(unchecked) var reportsWhitespace = true
  /// Whether character data and CDATA sections are passed over unread: each comes as one empty
  /// `.text`, unchecked (references, characters, UTF-8), for a pass that needs only the markup.
  var skipsText = false

  /// Opens `path` (standard input for `-`).
  /// - Throws: `HexaplaError.fileNotReadable`, or `.malformedTMX` for an unsupported encoding.
  /// - Parameters:
  ///   - bufferCapacity: the initial buffer size (it grows for longer tokens).
  ///   - readSize: the most bytes one read asks for (small only in tests).
  init(
    path: String, limits: Limits = Limits(), bufferCapacity: Int = 1 << 18, readSize: Int = 1 << 16
  ) throws {
    self.path = path
    self.input = try XMLInputStream(path: path, chunkSize: readSize)
    self.limits = limits
    capacity = max(64, bufferCapacity)
    minimumFree = min(4096, capacity / 4)
    buffer = .allocate(capacity: capacity)
    scratch = ScratchBytes(capacity: 4096)
    textByteClass = Self.makeTextByteClass()
    nameEndByte = Self.makeNameEndByte()
  }

  deinit {
    buffer.deallocate()
    scratch.deallocate()
    textByteClass.deallocate()
    nameEndByte.deallocate()
  }

  /// The number of elements open around the current position.
  var depth: Int { openElements.count }

  /// The next event.
  /// - Throws: `HexaplaError.malformedTMX`, `.invalidEncoding` or `.fileNotReadable`.
  func next() throws -> XMLEvent {
    if let name = pendingEnd {
      pendingEnd = nil
      openElements.removeLast()
      return .end(name: name)
    }
    while true {
      eventStart = pos
      guard let byte = try peek() else {
        if let open = openElements.last {
          throw error("unexpected end of file: <\(open)> is not closed", at: pos)
        }
        if !seenRoot { throw error("no root element (the file is empty or not XML)", at: pos) }
        return .endOfDocument
      }
      if byte != UInt8(ascii: "<") {
        if openElements.isEmpty {
          // Outside the root element only white space may appear.
          _ = try skipWhitespace()
          if let b = try peek(), b != UInt8(ascii: "<") {
            // A control character (an executable starts with DEL 'E' 'L' 'F') is never text.
            if !seenRoot, b < 0x20 || b == 0x7F { throw error("a binary file, not XML", at: pos) }
            throw error(
              seenRoot ? "text after the root element" : "text before the root element", at: pos)
          }
          continue
        }
        if !reportsWhitespace {
          // Skip white space between elements without making a string of it, letting the bytes
          // skipped leave the buffer (a gigabyte of white space does not grow it).
          var p = pos
          while true {
            if p == limit {
              pos = p
              eventStart = p
              guard try fill() else { break }
            }
            let b = buffer[p - base]
            guard b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D else { break }
            p += 1
          }
          if p < limit && buffer[p - base] == UInt8(ascii: "<") {
            pos = p
            continue
          }
          pos = eventStart
        }
        if skipsText {
          try skipText()
          return .text("")
        }
        return .text(try readText())
      }
      pos += 1
      guard let second = try peek() else {
        throw error("unexpected end of file after '<'", at: pos)
      }
      switch second {
      case UInt8(ascii: "/"):
        pos += 1
        return try readEndTag()
      case UInt8(ascii: "?"):
        pos += 1
        try skip(past: Array("?>".utf8), what: "processing instruction", releasing: true)
      case UInt8(ascii: "!"):
        pos += 1
        if try consume("--") {
          try skip(past: Array("-->".utf8), what: "comment", releasing: true)
        } else if try consume("[CDATA[") {
          guard !openElements.isEmpty else {
            throw error("CDATA section outside the root element", at: eventStart)
          }
          if skipsText {
            try skip(past: Array("]]>".utf8), what: "CDATA section", releasing: true)
            return .text("")
          }
          return .text(try readCDATA())
        } else if try consume("DOCTYPE") {
          guard !seenRoot else { throw error("DOCTYPE after the root element", at: eventStart) }
          try readDoctype()
        } else {
          throw error("unexpected '<!'", at: eventStart)
        }
      default:
        if openElements.isEmpty && seenRoot {
          throw error("a second root element (an XML file has exactly one)", at: eventStart)
        }
        return try readStartTag()
      }
    }
  }
}
