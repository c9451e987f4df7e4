/// Turns the bytes a terminal sends into keys: UTF-8 characters, control keys and the escape
/// sequences of arrows, Page Up/Down, Home, End, Delete and Shift-Tab (CSI `ESC [` and SS3
/// `ESC O` forms, as xterm, tmux, the Linux console and VTE send them).
///
/// A sequence cut between two reads is held until the rest comes; a lone `ESC` is held too,
/// since it may start a sequence: the terminal layer calls `flush()` when no byte follows it
/// within a short time, which makes it the Escape key. Unknown sequences are dropped whole.
public struct KeyDecoder: Sendable {
  private var pending: [UInt8] = []

  public init() {}

  /// Whether bytes are held: an incomplete sequence or character, or a lone `ESC`.
  public var isWaiting: Bool { !pending.isEmpty }

  /// The keys that `bytes`, after what was held, complete.
  /// - Complexity: O(n) in the number of bytes.
  public mutating func decode(_ bytes: some Sequence<UInt8>) -> [ReviewKey] {
    pending.append(contentsOf: bytes)
    var keys: [ReviewKey] = []
    var i = 0
    while i < pending.count {
      guard let (key, length) = Self.key(at: i, in: pending) else { break }
      if let key { keys.append(key) }
      i += length
    }
    pending.removeFirst(i)
    return keys
  }

  /// What is held, as keys: a lone `ESC` is the Escape key; an incomplete character is dropped.
  public mutating func flush() -> [ReviewKey] {
    var keys: [ReviewKey] = []
    while let first = pending.first {
      pending.removeFirst()
      if first == 0x1B { keys.append(.escape) }
      keys += decode([])
    }
    return keys
  }

  /// The key at `i` and how many bytes it takes (the key is nil for bytes that mean nothing),
  /// or nil when the bytes from `i` are incomplete.
  static func key(at i: Int, in bytes: [UInt8]) -> (ReviewKey?, Int)? {
    let b = bytes[i]
    switch b {
    case 0x1B:
      guard i + 1 < bytes.count else { return nil }
      switch bytes[i + 1] {
      case UInt8(ascii: "["): return controlSequence(at: i, in: bytes)
      case UInt8(ascii: "O"):
        guard i + 2 < bytes.count else { return nil }
        return (final(bytes[i + 2]), 3)
      default:
        return (.escape, 1)  // ESC then another key (Alt+key): Escape, then that key
      }
    case 0x0D, 0x0A: return (.enter, 1)
    case 0x09: return (.tab, 1)
    case 0x7F, 0x08: return (.backspace, 1)
    case 0x01...0x1A: return (.control(Character(Unicode.Scalar(b + 0x60))), 1)
    case 0x00..<0x20: return (nil, 1)
    case 0x20..<0x80: return (.character(Character(Unicode.Scalar(b))), 1)
    default:
      let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
      guard length > 1 else { return (nil, 1) }  // a continuation byte out of place
      guard i + length <= bytes.count else { return nil }
      let text = String(validating: bytes[i..<(i + length)], as: UTF8.self)
      return (text.flatMap(\.first).map { ReviewKey.character($0) }, text == nil ? 1 : length)
    }
  }

  /// `ESC [ params final`: the key, or nil (dropped) for one this decoder does not know.
  private static func controlSequence(at i: Int, in bytes: [UInt8]) -> (ReviewKey?, Int)? {
    var j = i + 2
    var parameter = 0
    var sawSemicolon = false
    while j < bytes.count, (0x20...0x3F).contains(bytes[j]) {
      if bytes[j] == UInt8(ascii: ";") { sawSemicolon = true }
      if !sawSemicolon, (0x30...0x39).contains(bytes[j]) { parameter = parameter * 10 + Int(bytes[j] - 0x30) }
      j += 1
    }
    guard j < bytes.count else { return nil }
    let length = j - i + 1
    if bytes[j] == UInt8(ascii: "~") {
      let keys: [Int: ReviewKey] = [1: .home, 7: .home, 4: .end, 8: .end, 5: .pageUp, 6: .pageDown, 3: .delete]
      return (keys[parameter], length)
    }
    return (final(bytes[j]), length)
  }

  private static func final(_ b: UInt8) -> ReviewKey? {
    switch b {
    case UInt8(ascii: "A"): return .up
    case UInt8(ascii: "B"): return .down
    case UInt8(ascii: "C"): return .right
    case UInt8(ascii: "D"): return .left
    case UInt8(ascii: "H"): return .home
    case UInt8(ascii: "F"): return .end
    case UInt8(ascii: "Z"): return .backTab
    default: return nil
    }
  }
}
