#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The tokenizer: names, start and end tags with their attributes, text and CDATA.
extension XMLPullParser {
  /// The name at `pos` (of an element, attribute or entity: `what` names it in errors).
  func readName(what: String) throws -> String {
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
  static func knownName(_ p: UnsafePointer<UInt8>, count: Int) -> String? {
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

  /// A start tag after its `<`, with its attributes; an empty-element tag also queues its end.
  ///
  /// - Complexity: O(n) in the length of the tag: repeated attribute names are found with a set
  ///   once a tag has more than a few attributes.
  func readStartTag() throws -> XMLEvent {
    let name = try readName(what: "element")
    // For messages only: quoting scans the name, so it is not done for every tag.
    func quoted() -> String { HexaplaError.quoting(name) }
    var attributes: [XMLAttribute] = []
    var attributeNames: Set<String> = []
    while true {
      if pos - eventStart > limits.tokenBytes {
        throw tooLong("the start tag <\(quoted())>", at: eventStart)
      }
      let hadSpace = try skipWhitespace()
      guard let b = try peek() else {
        throw error("unexpected end of file in the start tag <\(quoted())>", at: eventStart)
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
          throw error("expected '>' after '/' in <\(quoted())>", at: pos)
        }
        pos += 1
        seenRoot = true
        openElements.append(name)
        pendingEnd = name
        return .start(name: name, attributes: attributes, selfClosing: true)
      }
      guard hadSpace else {
        throw error(
          "expected white space, '>' or '/>' in <\(quoted())>, found '\(Self.describe(b))'", at: pos)
      }
      let attributeStart = pos
      let attributeName = try readName(what: "attribute")
      _ = try skipWhitespace()
      guard try peek() == UInt8(ascii: "=") else {
        throw error(
          "attribute '\(HexaplaError.quoting(attributeName))' of <\(quoted())> has no value (expected '=')", at: pos)
      }
      pos += 1
      _ = try skipWhitespace()
      let value = try readAttributeValue()
      let repeated: Bool
      if attributes.count < 8 {
        repeated = attributes.contains { $0.name == attributeName }
      } else {
        if attributeNames.isEmpty { attributeNames = Set(attributes.map(\.name)) }
        repeated = !attributeNames.insert(attributeName).inserted
      }
      if repeated {
        throw error("attribute '\(HexaplaError.quoting(attributeName))' repeated in <\(quoted())>", at: attributeStart)
      }
      attributes.append(XMLAttribute(name: attributeName, value: value))
    }
  }

  /// An end tag after its `</`, which must close the innermost open element.
  func readEndTag() throws -> XMLEvent {
    let name = try readName(what: "element")
    _ = try skipWhitespace()
    guard try peek() == UInt8(ascii: ">") else {
      throw error("expected '>' to end </\(HexaplaError.quoting(name))>", at: pos)
    }
    pos += 1
    guard let open = openElements.last else {
      throw error("end tag </\(HexaplaError.quoting(name))> without a start tag", at: eventStart)
    }
    guard open == name else {
      throw error(
        "end tag </\(HexaplaError.quoting(name))> does not match <\(HexaplaError.quoting(open))>", at: eventStart)
    }
    openElements.removeLast()
    return .end(name: name)
  }

  /// A quoted attribute value, references expanded and white space normalised to spaces.
  func readAttributeValue() throws -> String {
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
      if scratch.count > limits.tokenBytes { throw tooLong("an attribute value", at: start) }
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

  /// Character data up to the next `<`.
  func readText() throws -> String {
    scratch.removeAll()
    let classes = textByteClass
    var nonASCII = false
    while true {
      if pos == limit { guard try fill() else { break } }
      let runStart = pos
      var p = pos
      let end = limit
      var stop: UInt8? = nil
      var high: UInt64 = 0
      while p < end {
        if p + 8 <= end {
          // Eight bytes at a time while none is below 0x20, `<`, `&` or `]`.
          let w = UnsafeRawPointer(buffer + (p - base)).loadUnaligned(as: UInt64.self)
          if !Self.needsAttention(w) {
            high |= w
            p += 8
            continue
          }
        }
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
      if high & 0x8080_8080_8080_8080 != 0 { nonASCII = true }
      scratch.append(buffer + (runStart - base), count: p - runStart)
      pos = p
      if scratch.count > limits.tokenBytes { throw tooLong("a text", at: eventStart) }
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
    if let text = String(validUTF8: scratch.bytes),
      !Self.containsNoncharacter(scratch.bytes)
    {
      return text
    }
    // Find the exact place in the raw text (still in the buffer: it is the current event).
    let (valid, _) = Self.checkUTF8(buffer + (eventStart - base), count: pos - eventStart)
    throw invalidUTF8(at: eventStart + valid)
  }

  /// Whether any of the eight bytes of `w` is below 0x20 (TAB and LF included), `<`, `&` or
  /// `]`: the bytes `readText` may have to act on.
  @inline(__always)
  static func needsAttention(_ w: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let tops: UInt64 = 0x8080_8080_8080_8080
    let lt = w ^ (0x3C * ones)
    let amp = w ^ (0x26 * ones)
    let bracket = w ^ (0x5D * ones)
    let found =
      ((w &- 0x20 * ones) & ~w) | ((lt &- ones) & ~lt) | ((amp &- ones) & ~amp)
      | ((bracket &- ones) & ~bracket)
    return found & tops != 0
  }

  /// Moves to the next `<` (or the end of the input) without reading the text, for `skipsText`:
  /// the bytes passed over leave the buffer, however long the text.
  /// - Complexity: O(n) in the bytes passed over, a `memchr` per buffer.
  func skipText() throws {
    while true {
      if pos == limit {
        eventStart = pos
        guard try fill() else { return }
      }
      if let found = memchr(buffer + (pos - base), Int32(UInt8(ascii: "<")), limit - pos) {
        pos = base + buffer.distance(to: found.assumingMemoryBound(to: UInt8.self))
        return
      }
      pos = limit
    }
  }

  /// Whether UTF-8 `bytes` contain U+FFFE or U+FFFF (`EF BF BE`, `EF BF BF`), which XML forbids.
  static func containsNoncharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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

  /// The text of a CDATA section after its `<![CDATA[`.
  func readCDATA() throws -> String {
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
      if scratch.count > limits.tokenBytes { throw tooLong("a CDATA section", at: eventStart) }
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
}
