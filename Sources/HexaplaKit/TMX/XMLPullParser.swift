#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A streaming, non-validating XML 1.0 parser over a file, for TMX: it hands out one event at a
/// time and keeps only the current token in memory.
///
/// Safe by construction: it never opens a DTD or an external entity. Entities declared in the
/// internal DTD subset are expanded only when their text holds no markup, and expansion is
/// bounded (depth and total bytes), so an entity bomb is an error rather than an out-of-memory.
/// Well-formedness errors (unclosed or mismatched tags, bad references, invalid UTF-8,
/// characters XML forbids) are `HexaplaError.malformedTMX` with the line and column
/// (1-based, in characters) where the problem is.
final class XMLPullParser {
  /// Limits that keep hostile input from exhausting memory.
  struct Limits {
    /// Total bytes that entity expansion may produce in one document.
    var entityExpansionBytes = 1_000_000
    /// How deeply entities may refer to entities.
    var entityDepth = 8
    /// The longest name (element, attribute, entity), in bytes.
    var nameLength = 1000
  }

  private enum Entity {
    case internalText([UInt8])
    case external
  }

  let path: String
  private let input: XMLInputStream
  private let limits: Limits
  @exclusivity(unchecked) private var buffer: UnsafeMutablePointer<UInt8>
  @exclusivity(unchecked) private var capacity: Int
  /// Free space `fill()` keeps for the next read.
  private let minimumFree: Int
  /// Absolute offset (in the UTF-8 stream) of `buffer[0]`.
  @exclusivity(unchecked) private var base = 0
  /// Absolute offset just past the last valid byte.
  @exclusivity(unchecked) private var limit = 0
  /// Absolute offset of the next byte to read.
  @exclusivity(unchecked) private var pos = 0
  @exclusivity(unchecked) private var endOfInput = false
  /// Line at `base`, and characters between the start of that line and `base`.
  @exclusivity(unchecked) private var baseLine = 1
  @exclusivity(unchecked) private var baseColumn = 0
  /// Absolute offset where the last event began (kept in the buffer for error positions).
  @exclusivity(unchecked) private(set) var eventStart = 0
  @exclusivity(unchecked) private var openElements: [String] = []
  @exclusivity(unchecked) private var pendingEnd: String?
  @exclusivity(unchecked) private var seenRoot = false
  private var entities: [String: Entity] = [:]
  @exclusivity(unchecked) private var expandedBytes = 0
  @exclusivity(unchecked) private var scratch = ScratchBytes(capacity: 4096)
  /// Per byte value, for text: 0 ordinary ASCII, 1 needs attention (`<`, `&`, `]`, CR, other
  /// C0 controls), 2 part of a multi-byte character.
  private let textByteClass: UnsafeMutablePointer<UInt8> = {
    let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    for b in 0..<256 {
      table[b] =
        b >= 0x80
        ? 2
        : (b < 0x20 && b != 0x09 && b != 0x0A) || b == 0x3C || b == 0x26 || b == 0x5D ? 1 : 0
    }
    return table
  }()
  /// Bytes that end a name: white space, `>`, `/`, `=`, `<`, quotes, `;`, `&`, `[`.
  private let nameEndByte: UnsafeMutablePointer<Bool> = {
    let table = UnsafeMutablePointer<Bool>.allocate(capacity: 256)
    for b in 0..<256 { table[b] = Array(" \n\t\r>/=<\"';&[".utf8).contains(UInt8(b)) }
    return table
  }()
  /// Whether white-space-only text is reported (inside segments) or skipped (between elements).
  @exclusivity(unchecked) var reportsWhitespace = true

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
            throw error(
              seenRoot ? "text after the root element" : "text before the root element", at: pos)
          }
          continue
        }
        if !reportsWhitespace {
          // Skip white space between elements without making a string of it.
          var p = pos
          while true {
            if p == limit {
              pos = p
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

  /// Line and column (1-based; the column counts characters) of an absolute offset in the
  /// current buffer.
  func position(of offset: Int) -> (line: Int, column: Int) {
    let end = min(max(offset, base), limit) - base
    var line = baseLine
    var lineStart = -1
    // Lines: count LF bytes with memchr; the column only needs the bytes after the last one.
    var cursor = 0
    while cursor < end, let found = memchr(buffer + cursor, 0x0A, end - cursor) {
      let index = buffer.distance(to: found.assumingMemoryBound(to: UInt8.self))
      line += 1
      lineStart = index
      cursor = index + 1
    }
    var column = lineStart < 0 ? baseColumn : 0
    var i = lineStart + 1
    while i < end {
      if buffer[i] & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    return (line, column + 1)
  }

  /// A `malformedTMX` error at an absolute offset.
  func error(_ message: String, at offset: Int) -> HexaplaError {
    let (line, column) = position(of: offset)
    return .malformedTMX(path: path, line: line, column: column, message: message)
  }

  // MARK: - Buffer

  /// The byte at `pos`, reading more input when needed; nil at the end of the input.
  @inline(__always)
  private func peek() throws -> UInt8? {
    if pos < limit { return buffer[pos - base] }
    return try fill() ? buffer[pos - base] : nil
  }

  /// The byte at `pos + ahead`, or nil at the end.
  private func peek(ahead: Int) throws -> UInt8? {
    while pos + ahead >= limit {
      guard try fill() else { return nil }
    }
    return buffer[pos + ahead - base]
  }

  /// Reads more input, dropping bytes before the current event. Returns false at the end.
  private func fill() throws -> Bool {
    guard !endOfInput else { return false }
    let keep = eventStart
    let used = limit - base
    if keep - base > 0 && (keep - base >= capacity / 2 || capacity - used < minimumFree) {
      let (line, column) = position(of: keep)
      baseLine = line
      baseColumn = column - 1
      let remaining = limit - keep
      memmove(buffer, buffer + (keep - base), remaining)
      base = keep
    }
    if capacity - (limit - base) < minimumFree {
      let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
      bigger.update(from: buffer, count: limit - base)
      buffer.deallocate()
      buffer = bigger
      capacity *= 2
    }
    let n = try input.read(into: buffer + (limit - base), capacity: capacity - (limit - base))
    if n == 0 {
      endOfInput = true
      return false
    }
    limit += n
    return true
  }

  /// Consumes `literal` if the input continues with it.
  private func consume(_ literal: StaticString) throws -> Bool {
    let count = literal.utf8CodeUnitCount
    let bytes = literal.utf8Start
    for k in 0..<count {
      guard let b = try peek(ahead: k), b == bytes[k] else { return false }
    }
    pos += count
    return true
  }

  /// Skips to just past `terminator`. With `releasing`, the bytes skipped may leave the buffer
  /// (a huge comment does not grow it); the start's position is kept for the error message.
  private func skip(past terminator: [UInt8], what: String, releasing: Bool = false) throws {
    let start = eventStart
    let startPosition = releasing ? position(of: start) : nil
    var matched = 0
    while let b = try peek() {
      pos += 1
      if releasing { eventStart = pos }
      if b == terminator[matched] {
        matched += 1
        if matched == terminator.count { return }
      } else if matched == 0 {
        matched = b == terminator[0] ? 1 : 0
      } else {
        // Fall back to the longest suffix of what matched that still starts the terminator.
        var candidate = Array(terminator[0..<matched]) + [b]
        while !candidate.isEmpty && !terminator.starts(with: candidate) { candidate.removeFirst() }
        matched = candidate.count
      }
    }
    let message = "unexpected end of file in a \(what) (it started here)"
    if let (line, column) = startPosition {
      throw HexaplaError.malformedTMX(path: path, line: line, column: column, message: message)
    }
    throw error(message, at: start)
  }

  @inline(__always)
  private static func isWhitespace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D
  }

  private func skipWhitespace() throws -> Bool {
    var skipped = false
    while let b = try peek(), Self.isWhitespace(b) {
      pos += 1
      skipped = true
    }
    return skipped
  }

  // MARK: - Tags

  private func readName(what: String) throws -> String {
    let start = pos
    var p = pos
    let ends = nameEndByte
    while true {
      if p == limit {
        pos = p
        guard try fill() else { break }
      }
      let end = limit
      while p < end && !ends[Int(buffer[p - base])] { p += 1 }
      if p - start > limits.nameLength { throw error("\(what) name is too long", at: start) }
      if p < end { break }
    }
    pos = p
    let count = p - start
    guard count > 0 else {
      let found = try peek().map { "'\(Self.describe($0))'" } ?? "the end of the file"
      throw error("expected \(what) name, found \(found)", at: pos)
    }
    let bytes = buffer + (start - base)
    let first = bytes[0]
    let isNameStart =
      (first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z"))
      || (first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")) || first == UInt8(ascii: "_")
      || first == UInt8(ascii: ":") || first >= 0x80
    guard isNameStart else {
      throw error("\(what) name cannot start with '\(Self.describe(first))'", at: start)
    }
    if let known = Self.knownName(bytes, count: count) { return known }
    let (valid, _) = Self.checkUTF8(bytes, count: count)
    if valid < count { throw invalidUTF8(at: start + valid) }
    return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  }

  /// TMX's element and attribute names as static strings, so the common names cost no decoding.
  @inline(__always)
  private static func knownName(_ p: UnsafePointer<UInt8>, count: Int) -> String? {
    func matches(_ name: StaticString) -> Bool {
      name.utf8CodeUnitCount == count && memcmp(p, name.utf8Start, count) == 0
    }
    switch count {
    case 2:
      if matches("tu") { return "tu" }
      if matches("ph") { return "ph" }
      if matches("hi") { return "hi" }
    case 3:
      if matches("tuv") { return "tuv" }
      if matches("seg") { return "seg" }
      if matches("bpt") { return "bpt" }
      if matches("ept") { return "ept" }
    case 4:
      if matches("prop") { return "prop" }
      if matches("type") { return "type" }
      if matches("tuid") { return "tuid" }
      if matches("note") { return "note" }
      if matches("lang") { return "lang" }
      if matches("body") { return "body" }
    case 8:
      if matches("xml:lang") { return "xml:lang" }
    default:
      break
    }
    return nil
  }

  private func readStartTag() throws -> XMLEvent {
    let name = try readName(what: "element")
    var attributes: [XMLAttribute] = []
    while true {
      let hadSpace = try skipWhitespace()
      guard let b = try peek() else {
        throw error("unexpected end of file in the start tag <\(name)>", at: eventStart)
      }
      if b == UInt8(ascii: ">") {
        pos += 1
        seenRoot = true
        openElements.append(name)
        return .start(name: name, attributes: attributes, selfClosing: false)
      }
      if b == UInt8(ascii: "/") {
        pos += 1
        guard try peek() == UInt8(ascii: ">") else {
          throw error("expected '>' after '/' in <\(name)>", at: pos)
        }
        pos += 1
        seenRoot = true
        openElements.append(name)
        pendingEnd = name
        return .start(name: name, attributes: attributes, selfClosing: true)
      }
      guard hadSpace else {
        throw error(
          "expected white space, '>' or '/>' in <\(name)>, found '\(Self.describe(b))'", at: pos)
      }
      let attributeStart = pos
      let attributeName = try readName(what: "attribute")
      _ = try skipWhitespace()
      guard try peek() == UInt8(ascii: "=") else {
        throw error(
          "attribute '\(attributeName)' of <\(name)> has no value (expected '=')", at: pos)
      }
      pos += 1
      _ = try skipWhitespace()
      let value = try readAttributeValue()
      if attributes.contains(where: { $0.name == attributeName }) {
        throw error("attribute '\(attributeName)' repeated in <\(name)>", at: attributeStart)
      }
      attributes.append(XMLAttribute(name: attributeName, value: value))
    }
  }

  private func readEndTag() throws -> XMLEvent {
    let name = try readName(what: "element")
    _ = try skipWhitespace()
    guard try peek() == UInt8(ascii: ">") else {
      throw error("expected '>' to end </\(name)>", at: pos)
    }
    pos += 1
    guard let open = openElements.last else {
      throw error("end tag </\(name)> without a start tag", at: eventStart)
    }
    guard open == name else {
      throw error("end tag </\(name)> does not match <\(open)>", at: eventStart)
    }
    openElements.removeLast()
    return .end(name: name)
  }

  private func readAttributeValue() throws -> String {
    guard let quote = try peek(), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
      throw error("attribute value must be quoted", at: pos)
    }
    pos += 1
    let start = pos
    scratch.removeAll()
    var nonASCII = false
    while true {
      if pos == limit {
        guard try fill() else {
          throw error("unexpected end of file in an attribute value", at: start)
        }
      }
      var p = pos
      let end = limit
      while p < end {
        let b = buffer[p - base]
        if b == quote || b < 0x20 || b == UInt8(ascii: "<") || b == UInt8(ascii: "&") { break }
        if b >= 0x80 { nonASCII = true }
        p += 1
      }
      scratch.append(buffer + (pos - base), count: p - pos)
      pos = p
      if p == end { continue }
      let b = buffer[p - base]
      if b == quote {
        pos += 1
        break
      }
      switch b {
      case UInt8(ascii: "<"):
        throw error("'<' is not allowed in an attribute value (write &lt;)", at: pos)
      case UInt8(ascii: "&"):
        nonASCII = true
        try readReference(inAttribute: true)
      case 0x0D:
        pos += 1
        if try peek() == 0x0A { pos += 1 }
        scratch.append(0x20)
      case 0x09, 0x0A:
        pos += 1
        scratch.append(0x20)
      default:
        throw forbiddenCharacter(UInt32(b), at: pos)
      }
    }
    if nonASCII {
      let (valid, _) = Self.checkUTF8(scratch.base, count: scratch.count)
      if valid < scratch.count { throw invalidUTF8(at: start) }
    }
    return scratch.string
  }

  // MARK: - Text

  /// Character data up to the next `<`.
  private func readText() throws -> String {
    scratch.removeAll()
    let classes = textByteClass
    var nonASCII = false
    while true {
      if pos == limit { guard try fill() else { break } }
      let runStart = pos
      var p = pos
      let end = limit
      var stop: UInt8? = nil
      while p < end {
        let b = buffer[p - base]
        let kind = classes[Int(b)]
        if kind == 0 {
          p += 1
        } else if kind == 2 {
          nonASCII = true
          p += 1
        } else {
          stop = b
          break
        }
      }
      scratch.append(buffer + (runStart - base), count: p - runStart)
      pos = p
      guard let stop else { continue }
      if stop == UInt8(ascii: "<") { break }
      switch stop {
      case UInt8(ascii: "&"):
        try readReference(inAttribute: false)
      case UInt8(ascii: "]"):
        if try peek(ahead: 1) == UInt8(ascii: "]"), try peek(ahead: 2) == UInt8(ascii: ">") {
          throw error("']]>' is not allowed in text (write ]]&gt;)", at: pos)
        }
        scratch.append(stop)
        pos += 1
      case 0x0D:
        pos += 1
        if try peek() == 0x0A { pos += 1 }
        scratch.append(0x0A)
      default:
        throw forbiddenCharacter(UInt32(stop), at: pos)
      }
    }
    guard nonASCII else { return scratch.string }
    if let text = String(validating: scratch.bytes, as: UTF8.self),
      !Self.containsNoncharacter(scratch.bytes)
    {
      return text
    }
    // Find the exact place in the raw text (still in the buffer: it is the current event).
    let (valid, _) = Self.checkUTF8(buffer + (eventStart - base), count: pos - eventStart)
    throw invalidUTF8(at: eventStart + valid)
  }

  /// Whether UTF-8 `bytes` contain U+FFFE or U+FFFF (`EF BF BE`, `EF BF BF`), which XML forbids.
  private static func containsNoncharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    var i = 0
    let n = bytes.count
    while i < n, let found = memchr(base + i, 0xEF, n - i) {
      let k = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      if k + 2 < n && base[k + 1] == 0xBF && (base[k + 2] == 0xBE || base[k + 2] == 0xBF) {
        return true
      }
      i = k + 1
    }
    return false
  }

  private func readCDATA() throws -> String {
    let start = pos
    scratch.removeAll()
    var closing = 0
    while true {
      guard let b = try peek() else {
        throw error("unexpected end of file in a CDATA section", at: eventStart)
      }
      pos += 1
      if b == UInt8(ascii: "]") {
        closing = min(closing + 1, 2)
        scratch.append(b)
        continue
      }
      if b == UInt8(ascii: ">") && closing == 2 {
        scratch.removeLast(2)
        break
      }
      closing = 0
      if b == 0x0D {
        if try peek() == 0x0A { pos += 1 }
        scratch.append(0x0A)
      } else if b < 0x20 && b != 0x09 && b != 0x0A {
        throw forbiddenCharacter(UInt32(b), at: pos - 1)
      } else {
        scratch.append(b)
      }
    }
    let (valid, _) = Self.checkUTF8(scratch.base, count: scratch.count)
    if valid < scratch.count { throw invalidUTF8(at: start) }
    return scratch.string
  }

  /// Expands the reference at `pos` (`&name;`, `&#N;`, `&#xH;`) into `scratch`.
  private func readReference(inAttribute: Bool) throws {
    let start = pos
    var length = 0
    while true {
      guard let b = try peek(ahead: 1 + length) else {
        throw error("unexpected end of file in a reference", at: start)
      }
      if b == UInt8(ascii: ";") { break }
      if Self.isWhitespace(b) || b == UInt8(ascii: "<") || b == UInt8(ascii: "&") || length > 64 {
        throw error(
          "'&' must start a reference like &amp; (write &amp; for a literal '&')", at: start)
      }
      length += 1
    }
    let name = buffer + (start + 1 - base)
    pos = start + length + 2
    if let predefined = Self.predefinedEntity(name, count: length) {
      scratch.append(predefined)
      return
    }
    try expand(
      ArraySlice(UnsafeBufferPointer(start: name, count: length)), inAttribute: inAttribute,
      depth: 0, at: start)
  }

  /// The character of `&amp;`, `&lt;`, `&gt;`, `&quot;` or `&apos;`, given the name's bytes.
  @inline(__always)
  private static func predefinedEntity(_ p: UnsafePointer<UInt8>, count: Int) -> UInt8? {
    switch count {
    case 2 where p[1] == UInt8(ascii: "t"):
      if p[0] == UInt8(ascii: "l") { return UInt8(ascii: "<") }
      if p[0] == UInt8(ascii: "g") { return UInt8(ascii: ">") }
    case 3
    where p[0] == UInt8(ascii: "a") && p[1] == UInt8(ascii: "m") && p[2] == UInt8(ascii: "p"):
      return UInt8(ascii: "&")
    case 4 where memcmp(p, "quot", 4) == 0: return UInt8(ascii: "\"")
    case 4 where memcmp(p, "apos", 4) == 0: return UInt8(ascii: "'")
    default: break
    }
    return nil
  }

  private func expand(_ name: ArraySlice<UInt8>, inAttribute: Bool, depth: Int, at offset: Int)
    throws
  {
    guard let first = name.first else { throw error("empty reference '&;'", at: offset) }
    if first == UInt8(ascii: "#") {
      var digits = name.dropFirst()
      var radix: UInt32 = 10
      if digits.first == UInt8(ascii: "x") {
        radix = 16
        digits = digits.dropFirst()
      }
      var value: UInt32 = 0
      guard !digits.isEmpty, digits.count <= 8 else {
        throw error("bad character reference", at: offset)
      }
      for d in digits {
        let digit: UInt32
        switch d {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(d - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16:
          digit = UInt32(d - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16:
          digit = UInt32(d - UInt8(ascii: "A") + 10)
        default:
          throw error(
            "bad character reference '&\(String(decoding: name, as: UTF8.self));'", at: offset)
        }
        value = value * radix + digit
      }
      guard let scalar = Unicode.Scalar(value), XMLEscaping.isAllowed(scalar) else {
        throw forbiddenCharacter(value, at: offset)
      }
      scratch.append(contentsOf: String(scalar).utf8)
      return
    }
    if let predefined = name.withContiguousStorageIfAvailable({
      Self.predefinedEntity($0.baseAddress!, count: $0.count)
    }) ?? nil {
      scratch.append(predefined)
      return
    }
    do {
      let text = String(decoding: name, as: UTF8.self)
      switch entities[text] {
      case nil:
        throw error("undefined entity '&\(text);'", at: offset)
      case .external:
        throw error(
          "external entity '&\(text);' is not loaded (Hexapla never fetches external entities)",
          at: offset)
      case .internalText(let replacement):
        guard depth < limits.entityDepth else {
          throw error(
            "entity '&\(text);' nests too deeply (recursive or an entity bomb)", at: offset)
        }
        var i = 0
        while i < replacement.count {
          let b = replacement[i]
          if b == UInt8(ascii: "<") {
            throw error(
              "entity '&\(text);' contains markup, which Hexapla does not expand", at: offset)
          }
          if b == UInt8(ascii: "&"),
            let semicolon = replacement[(i + 1)...].firstIndex(of: UInt8(ascii: ";"))
          {
            try expand(
              replacement[(i + 1)..<semicolon], inAttribute: inAttribute, depth: depth + 1,
              at: offset)
            i = semicolon + 1
            continue
          }
          scratch.append(inAttribute && Self.isWhitespace(b) ? 0x20 : b)
          expandedBytes += 1
          if expandedBytes > limits.entityExpansionBytes {
            throw error(
              "entity expansion exceeds \(limits.entityExpansionBytes) bytes (an entity bomb?)",
              at: offset)
          }
          i += 1
        }
      }
    }
  }

  // MARK: - DOCTYPE

  /// Reads `<!DOCTYPE name [external id] [internal subset]>`, keeping general entities declared
  /// in the internal subset; nothing external is fetched.
  private func readDoctype() throws {
    guard try skipWhitespace() else { throw error("expected white space after <!DOCTYPE", at: pos) }
    _ = try readName(what: "document type")
    while true {
      _ = try skipWhitespace()
      guard let b = try peek() else {
        throw error("unexpected end of file in <!DOCTYPE", at: eventStart)
      }
      if b == UInt8(ascii: ">") {
        pos += 1
        return
      }
      if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
        _ = try readQuoted()
      } else if b == UInt8(ascii: "[") {
        pos += 1
        try readInternalSubset()
      } else {
        _ = try readName(what: "DOCTYPE keyword")
      }
    }
  }

  private func readQuoted() throws -> [UInt8] {
    guard let quote = try peek(), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
      throw error("expected a quoted string", at: pos)
    }
    let start = pos
    pos += 1
    var bytes: [UInt8] = []
    while let b = try peek() {
      pos += 1
      if b == quote { return bytes }
      bytes.append(b)
      if bytes.count > limits.entityExpansionBytes {
        throw error("quoted string too long", at: start)
      }
    }
    throw error("unexpected end of file in a quoted string", at: start)
  }

  private func readInternalSubset() throws {
    while true {
      _ = try skipWhitespace()
      guard let b = try peek() else {
        throw error("unexpected end of file in the DTD", at: eventStart)
      }
      if b == UInt8(ascii: "]") {
        pos += 1
        return
      }
      if b == UInt8(ascii: "%") {
        try skip(past: [UInt8(ascii: ";")], what: "parameter-entity reference")
        continue
      }
      guard b == UInt8(ascii: "<") else {
        throw error("unexpected '\(Self.describe(b))' in the DTD", at: pos)
      }
      let declarationStart = pos
      pos += 1
      if try consume("!--") {
        try skip(past: Array("-->".utf8), what: "comment")
      } else if try consume("?") {
        try skip(past: Array("?>".utf8), what: "processing instruction")
      } else if try consume("!ENTITY") {
        try readEntityDeclaration(at: declarationStart)
      } else if try consume("!") {
        try skipDeclaration()
      } else {
        throw error("unexpected '<' in the DTD", at: declarationStart)
      }
    }
  }

  private func readEntityDeclaration(at start: Int) throws {
    _ = try skipWhitespace()
    if try peek() == UInt8(ascii: "%") {
      try skipDeclaration()
      return
    }
    let name = try readName(what: "entity")
    _ = try skipWhitespace()
    let entity: Entity
    if let b = try peek(), b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
      let literalStart = pos
      let literal = try readQuoted()
      let (valid, _) = literal.withUnsafeBufferPointer {
        Self.checkUTF8($0.baseAddress!, count: $0.count)
      }
      if valid < literal.count { throw invalidUTF8(at: literalStart) }
      entity = .internalText(literal)
    } else {
      entity = .external
    }
    try skipDeclaration()
    if entities[name] == nil { entities[name] = entity }
  }

  /// Skips the rest of a markup declaration up to its `>`, honouring quoted strings.
  private func skipDeclaration() throws {
    while let b = try peek() {
      if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
        _ = try readQuoted()
        continue
      }
      pos += 1
      if b == UInt8(ascii: ">") { return }
    }
    throw error("unexpected end of file in a DTD declaration", at: eventStart)
  }

  // MARK: - Characters

  private func validatedString(_ bytes: [UInt8], at offset: Int) throws -> String {
    let (valid, _) = bytes.withUnsafeBufferPointer {
      Self.checkUTF8($0.baseAddress!, count: $0.count)
    }
    if valid < bytes.count { throw invalidUTF8(at: offset) }
    return String(decoding: bytes, as: UTF8.self)
  }

  private func invalidUTF8(at offset: Int) -> HexaplaError {
    if offset >= base && offset + 2 < limit && buffer[offset - base] == 0xEF
      && buffer[offset + 1 - base] == 0xBF
      && (buffer[offset + 2 - base] == 0xBE || buffer[offset + 2 - base] == 0xBF)
    {
      return forbiddenCharacter(buffer[offset + 2 - base] == 0xBE ? 0xFFFE : 0xFFFF, at: offset)
    }
    return error("invalid UTF-8 (the file's encoding is not what it declares)", at: offset)
  }

  private func forbiddenCharacter(_ value: UInt32, at offset: Int) -> HexaplaError {
    let hex = String(value, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    return error("character \(code) is not allowed in XML 1.0", at: offset)
  }

  private static func describe(_ b: UInt8) -> String {
    b >= 0x20 && b < 0x7F ? String(UnicodeScalar(b)) : "\\u{\(String(b, radix: 16))}"
  }

  /// The length of the valid UTF-8 prefix of `count` bytes (U+FFFE and U+FFFF count as
  /// invalid: XML forbids them), and whether the rest is only a truncated character.
  static func checkUTF8(_ bytes: UnsafePointer<UInt8>, count n: Int) -> (Int, Bool) {
    let (length, truncated) = UTF8Validation.validPrefix(bytes, count: n, rejectingNoncharacters: true)
    return (length, truncated)
  }
}
