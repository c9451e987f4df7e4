import Testing

@testable import HexaplaKit

@Suite("ASCIIFormTable")
struct ASCIIFormTableTests {
  /// A table of `keys` (values 1, 2, …), and the value `table.value` gives for the pieces of
  /// `text` at `ranges`.
  static func lookUp(
    _ keys: [String], in text: String, _ ranges: [Range<Int>], lowercasing: Bool = false
  ) -> UInt8? {
    var table = ASCIIFormTable()
    for (k, key) in keys.enumerated() { table.insert(key, value: UInt8(k + 1)) }
    let units = Array(text.utf16)
    let pieces = ranges + Array(repeating: 0..<0, count: 3 - ranges.count)
    return units.withUnsafeBufferPointer { text in
      table.value(in: text, pieces[0], pieces[1], pieces[2], lowercasing: lowercasing)
    }
  }

  @Test(
    "keys are found by the units of up to three pieces, and only whole",
    arguments: [
      (["Dr.", "z.B."], "Dr. Who", [0..<3], UInt8?(1)),
      (["Dr.", "z.B."], "z. B. gut", [0..<2, 3..<5], 2),
      (["Dr.", "z.B."], "z. B. gut", [0..<2], nil),
      (["Dr.", "z.B."], "z. B. gut", [0..<1, 1..<2, 3..<5], 2),
      (["Dr.", "z.B."], "Drs. X", [0..<4], nil),
      (["Dr.", "z.B."], "dr. X", [0..<3], nil),
      (["Dr.", "z.B."], "", [0..<0], nil),
    ] as [([String], String, [Range<Int>], UInt8?)])
  func pieces(keys: [String], text: String, ranges: [Range<Int>], expected: UInt8?) {
    #expect(Self.lookUp(keys, in: text, ranges) == expected)
  }

  @Test("lower-casing the text's ASCII capitals finds lower-case keys")
  func lowercasing() {
    #expect(Self.lookUp(["ca."], in: "Ca. 5", [0..<3], lowercasing: true) == 1)
    #expect(Self.lookUp(["ca."], in: "CA. 5", [0..<3], lowercasing: true) == 1)
    #expect(Self.lookUp(["ca."], in: "Ca. 5", [0..<3]) == nil)
    #expect(Self.lookUp(["Ca."], in: "Ca. 5", [0..<3], lowercasing: true) == nil)
  }

  @Test("keys that are not ASCII are left out; one canonically equal to ASCII is stored as it")
  func nonASCII() {
    #expect(Self.lookUp(["т.е."], in: "т.е.", [0..<4]) == nil)
    #expect(Self.lookUp(["\u{212A}."], in: "K.", [0..<2]) == 1)  // Kelvin sign: "\u{212A}" == "K"
    #expect("\u{212A}." == "K.")
    #expect(ASCIIFormTable.asciiEquivalent(of: "é.") == nil)
  }

  @Test("a key added again takes the new value; many keys are all found")
  func growth() {
    var table = ASCIIFormTable()
    let keys = (0..<300).map { "k\($0)." }
    for (k, key) in keys.enumerated() { table.insert(key, value: UInt8(k % 200)) }
    table.insert("k7.", value: 250)
    for (k, key) in keys.enumerated() {
      let units = Array(key.utf16)
      let value = units.withUnsafeBufferPointer { table.value(in: $0, 0..<units.count) }
      #expect(value == (key == "k7." ? 250 : UInt8(k % 200)))
    }
    #expect(table.maximumCount == 5)
  }
}
