import Testing

@testable import HexaplaKit

@Suite("String.utf16Units")
struct UTF16UnitsTests {
  @Test(
    "decodes UTF-8 storage to the same units as String.utf16",
    arguments: [
      "", "plain ASCII.", "The quick brown fox 😀 jumps over the lazy dog — ещё раз, and the end of it.",
      "Größe ½ — «ok»", "中文。日本語！한국어", "😀👍🏽🇩🇪 e\u{301}", "\u{10FFFF}\u{FFFF}\u{800}\u{7FF}\u{80}",
    ])
  func matchesStandardLibrary(text: String) {
    #expect(text.utf16Units() == Array(text.utf16))
  }
}
