#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Character and entity references: `&amp;`, `&#233;`, and entities of the internal DTD subset.
extension XMLPullParser {
  /// Expands the reference at `pos` (`&name;`, `&#N;`, `&#xH;`) into `scratch`.
  func readReference(inAttribute: Bool) throws {
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
  static func predefinedEntity(_ p: UnsafePointer<UInt8>, count: Int) -> UInt8? {
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

  /// Appends the expansion of the reference named `name` (between `&` and `;`) to `scratch`:
  /// a character reference, a predefined entity, or an internal entity whose text holds no
  /// markup, expanded recursively within `limits`.
  func expand(_ name: ArraySlice<UInt8>, inAttribute: Bool, depth: Int, at offset: Int)
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
      let quoted = HexaplaError.quoting(text)  // for messages
      switch entities[text] {
      case nil:
        throw error("undefined entity '&\(quoted);'", at: offset)
      case .external:
        throw error(
          "external entity '&\(quoted);' is not loaded (Hexapla never fetches external entities)",
          at: offset)
      case .internalText(let replacement):
        guard depth < limits.entityDepth else {
          throw error(
            "entity '&\(quoted);' nests too deeply (recursive or an entity bomb)", at: offset)
        }
        var i = 0
        while i < replacement.count {
          let b = replacement[i]
          if b == UInt8(ascii: "<") {
            throw error(
              "entity '&\(quoted);' contains markup, which Hexapla does not expand", at: offset)
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
}
