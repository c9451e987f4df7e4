import Testing

@testable import HexaplaKit

@Suite("Terminal cells and line wrapping")
struct LineWrapperTests {
  @Test(
    "display width in terminal cells",
    arguments: [
      ("abc", 3),
      ("猫坐在垫子上。", 14),
      ("Cafe\u{301}", 4),  // e + combining acute
      ("Ко\u{301}фе", 4),
      ("한국어", 6),
      ("\u{1100}\u{1161}\u{11A8}", 2),  // conjoining jamo: one syllable
      ("👨‍👩‍👧", 2),  // ZWJ sequence
      ("مرحبا", 5),
      ("ｶﾀｶﾅ", 4),  // halfwidth katakana
      ("ＡＢ", 4),  // fullwidth Latin
    ])
  func width(text: String, cells: Int) {
    #expect(TerminalCells.width(of: text) == cells)
  }

  @Test("displayable text: one line, no controls, no bidi overrides")
  func displayable() {
    #expect(TerminalCells.displayable("  a\tb\n\nc  ") == "a b c")
    #expect(TerminalCells.displayable("x\u{1B}[31my") == "x\u{FFFD}[31my")
    #expect(TerminalCells.displayable("a\u{202E}b\u{2066}c") == "abc")
    #expect(TerminalCells.displayable("10\u{00A0}km\u{2003}x") == "10\u{00A0}km x")
  }

  @Test("the non-ASCII white-space list is Unicode's White_Space, no-break spaces aside")
  func whiteSpaceList() {
    var mismatches: [String] = []
    for value in UInt32(0x80)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let noBreak = value == 0xA0 || value == 0x2007 || value == 0x202F
      if TerminalCells.isBreakingWhitespace(value) != (scalar.properties.isWhitespace && !noBreak) {
        mismatches.append("U+" + String(value, radix: 16))
      }
    }
    #expect(mismatches.isEmpty)
  }

  @Test(
    "widths of strings agree with per-cluster widths",
    arguments: [
      "猫 a\u{301} 👍🏻 🇫🇷 한\u{1100}\u{1161} x\u{200D}y", "مرحبا", "Ｆｕｌｌ", "e\u{301}\u{302}",
    ])
  func stringWidth(text: String) {
    #expect(TerminalCells.width(of: text) == text.reduce(0) { $0 + TerminalCells.width(of: $1) })
  }

  @Test(
    "wrapping at word boundaries within the width",
    arguments: [
      (
        "The quick brown fox jumps over the lazy dog.", 12, "",
        ["The quick", "brown fox", "jumps over", "the lazy", "dog."]
      ),
      ("猫坐在垫子上，狗在外面。", 8, "zh", ["猫坐在垫", "子上，狗", "在外面。"]),
      (
        "Donaudampfschifffahrtsgesellschaft ist lang", 10, "de",
        ["Donaudampf", "schifffahr", "tsgesellsc", "haft ist", "lang"]
      ),
      ("short", 10, "", ["short"]),
      ("It is 10\u{00A0}km away", 9, "", ["It is", "10\u{00A0}km", "away"]),
      ("", 10, "", []),
      (
        "Cafe\u{301} cre\u{300}me bru\u{302}le\u{301}e", 6, "fr",
        ["Cafe\u{301}", "cre\u{300}me", "bru\u{302}le\u{301}e"]
      ),
    ])
  func wrap(text: String, width: Int, locale: String, lines: [String]) throws {
    let wrapped = try LineWrapper().wrap(text, width: width, locale: locale)
    #expect(wrapped == lines)
    #expect(wrapped.allSatisfy { TerminalCells.width(of: $0) <= width })
  }
}
