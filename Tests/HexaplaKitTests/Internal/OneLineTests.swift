import Testing

@testable import HexaplaKit

@Suite("String.onOneLine")
struct OneLineTests {
  @Test(
    "cells (TSV, Moses): each TAB and line break becomes a space",
    arguments: [
      ("plain", "plain"), ("a\tb", "a b"), ("a\r\nb", "a  b"), ("a\u{85}b\u{2028}c\u{2029}d", "a b c d"),
      ("a\u{0B}\u{0C}b", "a  b"), ("é\u{1}", "é\u{1}"),
    ])
  func cells(text: String, expected: String) {
    #expect(text.onOneLine(replacingTabs: true, collapsingBreaks: false) == expected)
  }

  @Test(
    "sentences: a run of line breaks becomes one space; TABs stay",
    arguments: [("a\n\nb", "a b"), ("a\r\n\tb", "a \tb"), ("a\u{2028}\nb", "a b"), ("a\tb", "a\tb")])
  func sentences(text: String, expected: String) {
    #expect(text.onOneLine(replacingTabs: false, collapsingBreaks: true) == expected)
    #expect(Sentence(text: text, paragraph: 0, range: 0..<text.utf8.count).singleLineText == expected)
  }
}
