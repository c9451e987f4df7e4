/// The ASCII entries of a word list (abbreviations, sentence starters), looked up by the
/// UTF-16 units of up to three pieces of a paragraph without making a string of them: most
/// words the rules ask about are ASCII, and a `String` per question costs more than ICU's scan.
///
/// An entry answers exactly as a `String` key would for ASCII text: a key canonically
/// equivalent to an ASCII string (`K` written as the Kelvin sign U+212A) is stored under that
/// string, since `String` equality is canonical equivalence.
struct ASCIIFormTable: Sendable {
  private struct Entry: Sendable {
    var start: Int
    var count: Int
    var hash: UInt64
    var value: UInt8
  }

  private var bytes: [UInt8] = []
  private var entries: [Entry] = []
  /// Open addressing: entry index + 1, or 0 for an empty slot; a power of two long.
  private var slots = [Int32](repeating: 0, count: 16)
  /// The longest key, in bytes.
  private(set) var maximumCount = 0

  /// Adds `key` (or replaces its value); keys that are not ASCII (or canonically equivalent to
  /// ASCII) are left out.
  mutating func insert(_ key: String, value: UInt8) {
    guard let units = Self.asciiEquivalent(of: key) else { return }
    let hash = Self.hash(units)
    if let found = index(of: units, hash: hash) {
      entries[found].value = value
      return
    }
    entries.append(Entry(start: bytes.count, count: units.count, hash: hash, value: value))
    bytes.append(contentsOf: units)
    maximumCount = max(maximumCount, units.count)
    if entries.count * 2 > slots.count {
      slots = [Int32](repeating: 0, count: slots.count * 2)
      for k in entries.indices { place(k) }
    } else {
      place(entries.count - 1)
    }
  }

  /// The value of the key made of the units of `a`, `b` and `c` in `text` (empty ranges add
  /// nothing), ASCII lower-cased first when `lowercasing`; nil when no such key is there.
  /// - Precondition: the units are ASCII.
  /// - Complexity: O(*k*) in the length of the key, expected.
  func value(
    in text: UnsafeBufferPointer<UInt16>, _ a: Range<Int>, _ b: Range<Int> = 0..<0, _ c: Range<Int> = 0..<0,
    lowercasing: Bool = false
  ) -> UInt8? {
    let count = a.count + b.count + c.count
    guard count > 0, count <= maximumCount else { return nil }
    var hash = Self.seed
    for i in a { hash = Self.step(hash, Self.byte(text[i], lowercasing)) }
    for i in b { hash = Self.step(hash, Self.byte(text[i], lowercasing)) }
    for i in c { hash = Self.step(hash, Self.byte(text[i], lowercasing)) }
    let mask = slots.count - 1
    var slot = Self.slot(hash) & mask
    while slots[slot] != 0 {
      let entry = entries[Int(slots[slot]) - 1]
      if entry.hash == hash, entry.count == count, matches(text, a, lowercasing, at: entry.start),
        matches(text, b, lowercasing, at: entry.start + a.count),
        matches(text, c, lowercasing, at: entry.start + a.count + b.count)
      {
        return entry.value
      }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// Whether the units of `range` are the key bytes from `start` on.
  @inline(__always)
  private func matches(_ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, _ lowercasing: Bool, at start: Int)
    -> Bool
  {
    var k = start
    for i in range {
      guard bytes[k] == Self.byte(text[i], lowercasing) else { return false }
      k += 1
    }
    return true
  }

  private func index(of units: [UInt8], hash: UInt64) -> Int? {
    let mask = slots.count - 1
    var slot = Self.slot(hash) & mask
    while slots[slot] != 0 {
      let k = Int(slots[slot]) - 1
      let entry = entries[k]
      if entry.hash == hash, bytes[entry.start..<(entry.start + entry.count)].elementsEqual(units) { return k }
      slot = (slot + 1) & mask
    }
    return nil
  }

  private mutating func place(_ k: Int) {
    let mask = slots.count - 1
    var slot = Self.slot(entries[k].hash) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(k + 1)
  }

  @inline(__always)
  private static func byte(_ unit: UInt16, _ lowercasing: Bool) -> UInt8 {
    let b = UInt8(truncatingIfNeeded: unit)
    return lowercasing && b >= 0x41 && b <= 0x5A ? b | 0x20 : b
  }

  private static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

  /// One FNV-1a step.
  @inline(__always)
  private static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* 0x100_0000_01B3
  }

  /// The first slot to probe for `hash`, its high bits folded into the low ones.
  @inline(__always)
  private static func slot(_ hash: UInt64) -> Int {
    Int(truncatingIfNeeded: hash ^ hash >> 29)
  }

  private static func hash(_ units: [UInt8]) -> UInt64 {
    units.reduce(seed, step)
  }

  /// The ASCII string `key` is canonically equivalent to, or nil when it is none: ASCII
  /// characters, and the three that decompose to one (Kelvin sign, Greek question mark and
  /// varia).
  static func asciiEquivalent(of key: String) -> [UInt8]? {
    var units: [UInt8] = []
    for scalar in key.unicodeScalars {
      switch scalar.value {
      case 0..<0x80: units.append(UInt8(scalar.value))
      case 0x212A: units.append(0x4B)  // KELVIN SIGN: K
      case 0x037E: units.append(0x3B)  // GREEK QUESTION MARK: ;
      case 0x1FEF: units.append(0x60)  // GREEK VARIA: `
      default: return nil
      }
    }
    return units
  }
}
