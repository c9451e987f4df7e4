#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A JSON value parsed from UTF-8 bytes, for reading JSON lines without Foundation's
/// `JSONSerialization` (several times faster, no bridging or dynamic casts).
///
/// Accepts what `JSONSerialization` accepts on a line: RFC 8259 JSON, a UTF-8 byte-order mark
/// before the value, and a trailing comma after the last member of an object or array.
/// Rejects the rest, including invalid UTF-8, lone surrogates (`\uD800`) and numbers a `Double`
/// cannot hold. Numbers, booleans and null are checked but not kept (`scalar`). Of repeated
/// keys, `member(_:)` finds the last (as `JSONSerialization` keeps it).
enum JSONValue {
  case string(String)
  case array([JSONValue])
  case object([(key: String, value: JSONValue)])
  /// A number, `true`, `false` or `null`.
  case scalar

  /// The deepest nesting accepted (deeper input is rejected, not parsed on the stack).
  static let maximumDepth = 512

  /// Parses `bytes` as one JSON value with optional white space around it.
  /// - Returns: nil for anything but exactly one valid JSON value.
  /// - Complexity: O(n) in the bytes.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> JSONValue? {
    guard let base = bytes.baseAddress else { return nil }
    var parser = Parser(p: base, n: bytes.count)
    if parser.n >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF { parser.i = 3 }
    guard let value = parser.value(depth: 0) else { return nil }
    parser.skipSpace()
    return parser.i == parser.n ? value : nil
  }

  /// The value of the last member named `key`, if this is an object that has one.
  func member(_ key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.last { $0.key == key }?.value
  }

  /// The string, if this is one.
  var string: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  /// The members of an object whose values are all strings, each key once (its last value),
  /// in order of first appearance; nil for anything else.
  var stringMembers: [(key: String, value: String)]? {
    guard case .object(let members) = self else { return nil }
    var result: [(key: String, value: String)] = []
    result.reserveCapacity(members.count)
    var index: [String: Int] = [:]
    for (key, value) in members {
      guard case .string(let text) = value else { return nil }
      if members.count <= 8 {
        if let k = result.firstIndex(where: { $0.key == key }) {
          result[k].value = text
          continue
        }
      } else if let k = index[key] {
        result[k].value = text
        continue
      } else {
        index[key] = result.count
      }
      result.append((key, text))
    }
    return result
  }

  /// The strings of an array of strings; nil for anything else.
  var strings: [String]? {
    guard case .array(let items) = self else { return nil }
    var result: [String] = []
    result.reserveCapacity(items.count)
    for item in items {
      guard case .string(let text) = item else { return nil }
      result.append(text)
    }
    return result
  }

  /// The parser (internal for `JSONLUnitRecord`, which reads the members it needs with it).
  struct Parser {
    let p: UnsafePointer<UInt8>
    let n: Int
    var i = 0
    /// Unescaped bytes of the string being read, when it has escapes.
    var scratch: [UInt8] = []

    init(p: UnsafePointer<UInt8>, n: Int) {
      self.p = p
      self.n = n
    }

    mutating func skipSpace() {
      while i < n, p[i] == 0x20 || p[i] == 0x0A || p[i] == 0x09 || p[i] == 0x0D { i += 1 }
    }

    /// Before an array element or object member: skips white space; false after the `close`
    /// of an empty container (`isFirst`), true before an item; nil at the end or at a `close`
    /// after a comma.
    mutating func startOfItem(closing close: UInt8, isFirst: Bool) -> Bool? {
      skipSpace()
      guard i < n else { return nil }
      guard p[i] == close else { return true }
      guard isFirst else { return nil }
      i += 1
      return false
    }

    /// After an array element or object member: skips white space and the `,` before the next
    /// one (true) or the `close` that ends them (false); nil at anything else or at the end.
    mutating func endOfItem(closing close: UInt8) -> Bool? {
      skipSpace()
      guard i < n else { return nil }
      if p[i] == UInt8(ascii: ",") {
        i += 1
        return true
      }
      guard p[i] == close else { return nil }
      i += 1
      return false
    }

    mutating func value(depth: Int) -> JSONValue? {
      skipSpace()
      guard i < n, depth < JSONValue.maximumDepth else { return nil }
      switch p[i] {
      case UInt8(ascii: "\""):
        return string().map(JSONValue.string)
      case UInt8(ascii: "{"):
        i += 1
        var members: [(key: String, value: JSONValue)] = []
        while true {
          // An empty container; a comma must be followed by an item (as JSONSerialization has it).
          guard let item = startOfItem(closing: UInt8(ascii: "}"), isFirst: members.isEmpty) else { return nil }
          if !item { return .object(members) }
          guard p[i] == UInt8(ascii: "\""), let key = string() else { return nil }
          skipSpace()
          guard i < n, p[i] == UInt8(ascii: ":") else { return nil }
          i += 1
          guard let member = value(depth: depth + 1) else { return nil }
          members.append((key, member))
          guard let more = endOfItem(closing: UInt8(ascii: "}")) else { return nil }
          if !more { return .object(members) }
        }
      case UInt8(ascii: "["):
        i += 1
        var items: [JSONValue] = []
        while true {
          // An empty container; a comma must be followed by an item (as JSONSerialization has it).
          guard let item = startOfItem(closing: UInt8(ascii: "]"), isFirst: items.isEmpty) else { return nil }
          if !item { return .array(items) }
          guard let item = value(depth: depth + 1) else { return nil }
          items.append(item)
          guard let more = endOfItem(closing: UInt8(ascii: "]")) else { return nil }
          if !more { return .array(items) }
        }
      case UInt8(ascii: "t"): return literal("true")
      case UInt8(ascii: "f"): return literal("false")
      case UInt8(ascii: "n"): return literal("null")
      default: return number()
      }
    }

    mutating func literal(_ word: StaticString) -> JSONValue? {
      let count = word.utf8CodeUnitCount
      guard n - i >= count, memcmp(p + i, word.utf8Start, count) == 0 else { return nil }
      i += count
      return .scalar
    }

    /// `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`, within a `Double`'s range.
    mutating func number() -> JSONValue? {
      let start = i
      func digits() -> Int {
        let from = i
        while i < n, p[i] >= 0x30 && p[i] <= 0x39 { i += 1 }
        return i - from
      }
      if i < n, p[i] == UInt8(ascii: "-") { i += 1 }
      guard i < n else { return nil }
      if p[i] == UInt8(ascii: "0") {
        i += 1
      } else if digits() == 0 {
        return nil
      }
      var plain = true
      if i < n, p[i] == UInt8(ascii: ".") {
        i += 1
        plain = false
        guard digits() > 0 else { return nil }
      }
      if i < n, p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E") {
        i += 1
        plain = false
        if i < n, p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") { i += 1 }
        guard digits() > 0 else { return nil }
      }
      if !plain || i - start > 15 {
        let text = String(decoding: UnsafeBufferPointer(start: p + start, count: i - start), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return nil }
        _ = value
      }
      return .scalar
    }

    /// A string's bytes as `text()` finds them: `count` bytes at `offset` in the input, or in
    /// `scratch` when it had escapes.
    struct Text {
      var offset: Int
      var count: Int
      var inScratch: Bool
    }

    /// The string at `i` (its opening quote), unescaped; nil when it is not valid.
    mutating func string() -> String? {
      let mark = scratch.count
      defer { scratch.removeSubrange(mark...) }
      guard let text = text() else { return nil }
      return string(text)
    }

    /// The bytes of `text`, read from `input`, with the unescaped bytes in `scratch`.
    @inline(__always)
    static func bytes(
      _ text: Text, input: UnsafeBufferPointer<UInt8>, scratch: UnsafeBufferPointer<UInt8>
    ) -> UnsafeBufferPointer<UInt8> {
      guard text.count > 0, let base = (text.inScratch ? scratch : input).baseAddress else {
        return UnsafeBufferPointer(start: nil, count: 0)
      }
      return UnsafeBufferPointer(start: base + text.offset, count: text.count)
    }

    /// `text` as a string.
    func string(_ text: Text) -> String {
      scratch.withUnsafeBufferPointer {
        String(decoding: Self.bytes(text, input: UnsafeBufferPointer(start: p, count: n), scratch: $0), as: UTF8.self)
      }
    }

    /// Whether two strings are equal as `String`s are (canonical equivalence): the same bytes,
    /// or, when either is not ASCII, the same strings.
    func equal(_ a: Text, _ b: Text) -> Bool {
      let same = scratch.withUnsafeBufferPointer { scratch -> Bool? in
        let input = UnsafeBufferPointer(start: p, count: n)
        let x = Self.bytes(a, input: input, scratch: scratch)
        let y = Self.bytes(b, input: input, scratch: scratch)
        if x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) { return true }
        if x.allSatisfy({ $0 < 0x80 }) && y.allSatisfy({ $0 < 0x80 }) { return false }
        return nil
      }
      return same ?? (string(a) == string(b))
    }

    /// Moves `i` to the next quote, backslash or control character (or the end), eight bytes
    /// at a time while none is one; true when a byte passed is not ASCII.
    @inline(__always)
    mutating func skipPlain() -> Bool {
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highs: UInt64 = 0x8080_8080_8080_8080
      var high: UInt64 = 0
      while n &- i >= 8 {
        let word = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let special =
          ((word &- ones &* 0x20) & ~word) | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        if special & highs != 0 { break }
        high |= word
        i &+= 8
      }
      while i < n {
        let b = p[i]
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 { break }
        high |= UInt64(b)
        i &+= 1
      }
      return high & highs != 0
    }

    /// Whether `count` bytes at `offset` are well-formed UTF-8.
    @inline(__always)
    func isValidUTF8(_ offset: Int, _ count: Int) -> Bool {
      UTF8Validation.validPrefix(p + offset, count: count).length == count
    }

    /// The string at `i` (its opening quote): its bytes checked (well-formed UTF-8, escapes),
    /// in place when it has no escape, else unescaped onto the end of `scratch`; nil when it is
    /// not valid.
    /// - Complexity: O(n) in its bytes.
    mutating func text() -> Text? {
      i += 1
      var runStart = i
      // Runs of ASCII need no UTF-8 check.
      var wide = skipPlain()
      guard i < n else { return nil }
      if p[i] == UInt8(ascii: "\"") {
        guard !wide || isValidUTF8(runStart, i - runStart) else { return nil }
        i += 1
        return Text(offset: runStart, count: i - 1 - runStart, inScratch: false)
      }
      let scratchStart = scratch.count
      while true {
        guard i < n else { return nil }
        let b = p[i]
        if b < 0x20 { return nil }
        // A run without escapes: checked and copied whole.
        guard !wide || isValidUTF8(runStart, i - runStart) else { return nil }
        scratch.append(contentsOf: UnsafeBufferPointer(start: p + runStart, count: i - runStart))
        i += 1
        if b == UInt8(ascii: "\"") {
          return Text(offset: scratchStart, count: scratch.count - scratchStart, inScratch: true)
        }
        guard i < n else { return nil }
        let e = p[i]
        i += 1
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(e)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
          guard var scalar = hex4() else { return nil }
          if scalar >= 0xD800 && scalar < 0xDC00 {
            // A high surrogate must be followed by an escaped low one.
            guard n - i >= 2, p[i] == UInt8(ascii: "\\"), p[i + 1] == UInt8(ascii: "u") else { return nil }
            i += 2
            guard let low = hex4(), low >= 0xDC00 && low < 0xE000 else { return nil }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          } else if scalar >= 0xDC00 && scalar < 0xE000 {
            return nil
          }
          guard let unicode = Unicode.Scalar(scalar) else { return nil }
          UTF8.encode(unicode) { scratch.append($0) }
        default:
          return nil
        }
        runStart = i
        wide = skipPlain()
      }
    }

    mutating func hex4() -> UInt32? {
      guard n - i >= 4 else { return nil }
      var value: UInt32 = 0
      for k in 0..<4 {
        let b = p[i + k]
        let digit: UInt8
        switch b {
        case 0x30...0x39: digit = b - 0x30
        case 0x41...0x46: digit = b - 0x41 + 10
        case 0x61...0x66: digit = b - 0x61 + 10
        default: return nil
        }
        value = value << 4 | UInt32(digit)
      }
      i += 4
      return value
    }
  }
}
