import HexaplaKit
import Testing

@Suite("Counts with their nouns")
struct CountPhraseTests {
  @Test(
    "one is singular, every other count plural",
    arguments: [
      (0, "unit", nil, "0 units"), (1, "unit", nil, "1 unit"), (2, "unit", nil, "2 units"),
      (1, "entry", "entries", "1 entry"), (3, "entry", "entries", "3 entries"),
    ] as [(Int, String, String?, String)])
  func phrase(count: Int, singular: String, plural: String?, expected: String) {
    #expect(CountPhrase.of(count, singular, plural: plural) == expected)
  }
}
