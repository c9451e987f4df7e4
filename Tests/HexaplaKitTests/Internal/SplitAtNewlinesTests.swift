import Testing

@testable import HexaplaKit

@Suite("Splitting at line breaks of any kind")
struct SplitAtNewlinesTests {
  @Test(
    "the pieces Character.isNewline gives",
    arguments: [
      "a\nb", "a\r\nb", "a\rb", "a\u{0B}b\u{0C}c", "a\u{85}b", "a\u{2028}b\u{2029}c", "\n\na\n", "", "é😀\r\n中文",
      "a\r", "\u{E2}", "x\u{2027}y",
    ])
  func sameAsCharacterSplit(text: String) {
    let expected = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    #expect(text.splitAtNewlines().map(String.init) == expected)
  }
}
