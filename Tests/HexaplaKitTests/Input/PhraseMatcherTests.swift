import Testing

@testable import HexaplaKit

@Suite("Finding the phrases of a vocabulary in a line")
struct PhraseMatcherTests {
  @Test(
    "whole words in spaced scripts, any run of letters in unspaced ones",
    arguments: [
      ("Share on Facebook", ["share", "facebook"], ["share", "facebook"]),
      ("The printer", ["print"], []),
      ("打印本页", ["打印", "本页"], ["打印", "本页"]),
      ("인쇄하기", ["인쇄"], ["인쇄"]),
      ("EnglishEspañolРусский", ["english", "español", "русский"], ["english", "español", "русский"]),
      ("Share on LinkedIn or linkedin", ["LinkedIn"], ["linked in", "linkedin"]),
      ("Suivez-nous", ["suivez-nous"], ["suivez nous"]),
      ("اقرأ أيضاً", ["اقرأ أيضا"], ["اقرا ايضا"]),
    ])
  func matches(line: String, phrases: [String], expected: [String]) {
    let text = FoldedText(line)
    let matcher = PhraseMatcher(phrases.map { ($0, 0) })
    #expect(matcher.matches(in: text).map { String(text.characters[$0.range]) } == expected)
  }

  @Test("the longest phrase that starts at a place wins, and a phrase listed twice keeps its first tag")
  func longest() {
    let matcher = PhraseMatcher([("share", 1), ("share this", 2), ("this", 3), ("share", 4)])
    #expect(matcher.matches(in: FoldedText("Share this")).map(\.tag) == [2])
    #expect(matcher.matches(in: FoldedText("Share")).map(\.tag) == [1])
  }

  @Test(
    "ASCII folds as the Unicode path folds it",
    arguments: [
      "Share on LinkedIn or linkedin", "EnglishEspañolРусский", "Page 2 of 10: iPhone12Pro",
      "ÉCRIRE à l'ÉTÉ 2024", "abc中文123def", "Straße 12b\r\nMÜNCHEN", "x1y2 Z3", "  ,;  ", "日本語 English 한국어",
    ])
  func asciiPath(line: String) {
    let fast = FoldedText(line)
    let general = FoldedText(line, unicodeOnly: true)
    #expect(String(fast.characters) == String(general.characters))
    #expect(fast.unspaced == general.unspaced)
  }
}
