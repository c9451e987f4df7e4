#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The members of one JSON line that `JSONLUnitReader` reads, parsed straight from its bytes:
/// what `JSONValue.parse` and `member(_:)` give (the last of repeated keys; the same lines
/// accepted and rejected), without building the tree of the whole line. Strings are kept as
/// their checked bytes (`Text`: in the line, or unescaped in `scratch`), made into `String`s
/// only when asked.
struct JSONLUnitRecord {
  typealias Text = JSONValue.Parser.Text
  /// Whether the object has a `segments` member.
  var hasSegments = false
  /// The last `segments` member's `stringMembers`.
  var segments: [(key: Text, value: Text)]?
  /// The last `tuid`, `error` and `document` members, when they are strings.
  var tuid: Text?
  var error: Text?
  var document: Text?
  /// The last `props` and `alternatives` members' pairs (the items with two strings), when
  /// they are arrays of arrays of strings.
  var props: [(Text, Text)]?
  var alternatives: [(Text, Text)]?
  /// The last `notes` member, when it is an array of strings.
  var notes: [Text]?
  /// The unescaped bytes of the strings that had escapes.
  var scratch: [UInt8] = []

  /// The record of `bytes`; nil when they are not one JSON object (with white space around
  /// it, and a byte-order mark before it).
  /// - Parameter buffer: storage for `scratch`, taken (its bytes are dropped); give it back
  ///   from the record to reuse it for the next line.
  /// - Complexity: O(n) in the bytes.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>, reusing buffer: inout [UInt8]) -> JSONLUnitRecord? {
    guard let base = bytes.baseAddress else { return nil }
    var parser = JSONValue.Parser(p: base, n: bytes.count)
    swap(&parser.scratch, &buffer)
    parser.scratch.removeAll(keepingCapacity: true)
    if parser.n >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF { parser.i = 3 }
    parser.skipSpace()
    guard parser.i < parser.n, parser.p[parser.i] == UInt8(ascii: "{") else { return nil }
    var record = JSONLUnitRecord()
    guard record.readObject(&parser) else { return nil }
    parser.skipSpace()
    guard parser.i == parser.n else { return nil }
    swap(&record.scratch, &parser.scratch)
    return record
  }

  /// The record of `bytes`, as `parse(_:reusing:)` with new storage.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> JSONLUnitRecord? {
    var buffer: [UInt8] = []
    return parse(bytes, reusing: &buffer)
  }

  /// `text` (read from `line`) as a string.
  func string(_ text: Text, line: UnsafeBufferPointer<UInt8>) -> String {
    scratch.withUnsafeBufferPointer {
      String(decoding: JSONValue.Parser.bytes(text, input: line, scratch: $0), as: UTF8.self)
    }
  }

  /// The members this reader uses.
  private enum Key {
    case tuid, segments, props, alternatives, notes, error, document, other
  }

  /// The top-level object at `parser.i` (its `{`), at depth 0.
  private mutating func readObject(_ parser: inout JSONValue.Parser) -> Bool {
    parser.i += 1
    var count = 0
    while true {
      guard let item = parser.startOfItem(closing: UInt8(ascii: "}"), isFirst: count == 0) else {
        return false
      }
      if !item { return true }
      guard parser.p[parser.i] == UInt8(ascii: "\""), let key = Self.key(&parser) else { return false }
      parser.skipSpace()
      guard parser.i < parser.n, parser.p[parser.i] == UInt8(ascii: ":") else { return false }
      parser.i += 1
      parser.skipSpace()
      guard parser.i < parser.n else { return false }
      switch key {
      case .tuid:
        guard let value = Self.stringOrValue(&parser, depth: 1) else { return false }
        tuid = value.string
      case .error:
        guard let value = Self.stringOrValue(&parser, depth: 1) else { return false }
        error = value.string
      case .document:
        guard let value = Self.stringOrValue(&parser, depth: 1) else { return false }
        document = value.string
      case .segments:
        hasSegments = true
        guard let value = Self.stringMembers(&parser) else { return false }
        segments = value.members
      case .props:
        guard let value = Self.pairs(&parser) else { return false }
        props = value.pairs
      case .alternatives:
        guard let value = Self.pairs(&parser) else { return false }
        alternatives = value.pairs
      case .notes:
        guard let value = Self.strings(&parser, depth: 1) else { return false }
        notes = value.strings
      case .other:
        guard parser.value(depth: 1) != nil else { return false }
      }
      count += 1
      guard let more = parser.endOfItem(closing: UInt8(ascii: "}")) else { return false }
      if !more {
        return true
      }
    }
  }

  /// The key at `parser.i` (its opening quote): compared as bytes when it has no escape.
  private static func key(_ parser: inout JSONValue.Parser) -> Key? {
    var k = parser.i + 1
    while k < parser.n, parser.p[k] != UInt8(ascii: "\""), parser.p[k] != UInt8(ascii: "\\"), parser.p[k] >= 0x20 {
      k += 1
    }
    if k < parser.n, parser.p[k] == UInt8(ascii: "\"") {
      let start = parser.p + parser.i + 1
      let count = k - parser.i - 1
      func matches(_ name: StaticString) -> Bool {
        name.utf8CodeUnitCount == count && memcmp(start, name.utf8Start, count) == 0
      }
      let known: Key? =
        matches("segments")
        ? .segments
        : matches("tuid")
          ? .tuid
          : matches("props")
            ? .props : matches("document") ? .document : matches("notes") ? .notes : matches("error") ? .error : nil
      if let known {
        parser.i = k + 1
        return known
      }
      if matches("alternatives") {
        parser.i = k + 1
        return .alternatives
      }
    }
    // Escapes, or another key: decoded (and so checked) as any string.
    guard let text = parser.string() else { return nil }
    switch text {
    case "segments": return .segments
    case "tuid": return .tuid
    case "props": return .props
    case "alternatives": return .alternatives
    case "notes": return .notes
    case "error": return .error
    case "document": return .document
    default: return .other
    }
  }

  /// A value at `depth`: its string when it is one (`string` nil otherwise); nil when invalid.
  private static func stringOrValue(_ parser: inout JSONValue.Parser, depth: Int) -> (string: Text?, Void)? {
    if parser.p[parser.i] == UInt8(ascii: "\"") {
      guard let text = parser.text() else { return nil }
      return (text, ())
    }
    guard parser.value(depth: depth) != nil else { return nil }
    return (nil, ())
  }

  /// A `segments` value (depth 1): its string members as `JSONValue.stringMembers` gives them
  /// (each key once, at its first place, with its last value), or `members` nil when it is not
  /// an object of strings; nil when invalid.
  private static func stringMembers(_ parser: inout JSONValue.Parser) -> (
    members: [(key: Text, value: Text)]?, Void
  )? {
    guard parser.p[parser.i] == UInt8(ascii: "{") else {
      guard parser.value(depth: 1) != nil else { return nil }
      return (nil, ())
    }
    parser.i += 1
    var members: [(key: Text, value: Text)] = []
    members.reserveCapacity(4)
    var allStrings = true
    var index: [String: Int] = [:]
    var count = 0
    while true {
      guard let item = parser.startOfItem(closing: UInt8(ascii: "}"), isFirst: count == 0) else {
        return nil
      }
      if !item { return (allStrings ? members : nil, ()) }
      guard parser.p[parser.i] == UInt8(ascii: "\""), let key = parser.text() else { return nil }
      parser.skipSpace()
      guard parser.i < parser.n, parser.p[parser.i] == UInt8(ascii: ":") else { return nil }
      parser.i += 1
      parser.skipSpace()
      guard parser.i < parser.n else { return nil }
      if parser.p[parser.i] == UInt8(ascii: "\"") {
        guard let text = parser.text() else { return nil }
        if allStrings {
          if members.count < 8 {
            if let k = members.firstIndex(where: { parser.equal($0.key, key) }) {
              members[k].value = text
            } else {
              members.append((key, text))
            }
          } else {
            if index.isEmpty { for (k, member) in members.enumerated() { index[parser.string(member.key)] = k } }
            let name = parser.string(key)
            if let k = index[name] {
              members[k].value = text
            } else {
              index[name] = members.count
              members.append((key, text))
            }
          }
        }
      } else {
        guard parser.value(depth: 2) != nil else { return nil }
        allStrings = false
      }
      count += 1
      guard let more = parser.endOfItem(closing: UInt8(ascii: "}")) else { return nil }
      if !more {
        return (allStrings ? members : nil, ())
      }
    }
  }

  /// An array of strings at `depth`, or `strings` nil for another value; nil when invalid.
  private static func strings(_ parser: inout JSONValue.Parser, depth: Int) -> (strings: [Text]?, Void)? {
    guard depth < JSONValue.maximumDepth, parser.p[parser.i] == UInt8(ascii: "[") else {
      guard parser.value(depth: depth) != nil else { return nil }
      return (nil, ())
    }
    parser.i += 1
    var strings: [Text]? = []
    var count = 0
    while true {
      guard let item = parser.startOfItem(closing: UInt8(ascii: "]"), isFirst: count == 0) else {
        return nil
      }
      if !item { return (strings, ()) }
      if parser.p[parser.i] == UInt8(ascii: "\"") {
        guard let text = parser.text() else { return nil }
        strings?.append(text)
      } else {
        guard parser.value(depth: depth + 1) != nil else { return nil }
        strings = nil
      }
      count += 1
      guard let more = parser.endOfItem(closing: UInt8(ascii: "]")) else { return nil }
      if !more {
        return (strings, ())
      }
    }
  }

  /// An item of `props` or `alternatives` (depth 2): `pair` is `.some(nil)` for an array of
  /// strings that are not two, nil for another value; nil when invalid. (As `strings`, without
  /// an array for the strings.)
  private static func pair(_ parser: inout JSONValue.Parser) -> (pair: (Text, Text)??, Void)? {
    guard parser.p[parser.i] == UInt8(ascii: "[") else {
      guard parser.value(depth: 2) != nil else { return nil }
      return (nil, ())
    }
    parser.i += 1
    var first: Text?
    var second: Text?
    var allStrings = true
    var count = 0
    while true {
      guard let item = parser.startOfItem(closing: UInt8(ascii: "]"), isFirst: count == 0) else {
        return nil
      }
      if !item { return (.some(nil), ()) }
      if parser.p[parser.i] == UInt8(ascii: "\"") {
        guard let text = parser.text() else { return nil }
        if count == 0 { first = text } else if count == 1 { second = text }
      } else {
        guard parser.value(depth: 3) != nil else { return nil }
        allStrings = false
      }
      count += 1
      guard let more = parser.endOfItem(closing: UInt8(ascii: "]")) else { return nil }
      if !more {
        guard allStrings else { return (nil, ()) }
        if count == 2, let first, let second { return (.some((first, second)), ()) }
        return (.some(nil), ())
      }
    }
  }

  /// A `props` or `alternatives` value (depth 1): the items of two strings, in order, or
  /// `pairs` nil when it is not an array of arrays of strings; nil when invalid.
  private static func pairs(_ parser: inout JSONValue.Parser) -> (pairs: [(Text, Text)]?, Void)? {
    guard parser.p[parser.i] == UInt8(ascii: "[") else {
      guard parser.value(depth: 1) != nil else { return nil }
      return (nil, ())
    }
    parser.i += 1
    var pairs: [(Text, Text)]? = []
    pairs!.reserveCapacity(4)
    var count = 0
    while true {
      guard let item = parser.startOfItem(closing: UInt8(ascii: "]"), isFirst: count == 0) else {
        return nil
      }
      if !item { return (pairs, ()) }
      guard let item = pair(&parser) else { return nil }
      if let pair = item.pair {
        if pairs != nil, let pair { pairs!.append(pair) }
      } else {
        pairs = nil
      }
      count += 1
      guard let more = parser.endOfItem(closing: UInt8(ascii: "]")) else { return nil }
      if !more {
        return (pairs, ())
      }
    }
  }
}
