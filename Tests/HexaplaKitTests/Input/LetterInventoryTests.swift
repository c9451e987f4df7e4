import Foundation
import Testing

@testable import HexaplaKit

@Suite("LetterInventory")
struct LetterInventoryTests {
  @Test(
    "normalizing line by line gives the whole text's NFKC, lower case",
    arguments: [
      "", "\n", "Plain ASCII Text\nSecond LINE\n", "Café\nNAÏVE e\u{301}\nﬁne Ｆｕｌｌ\n",
      "ΟΔΟΣ\nΣ\nabc\nΣΊΣΥΦΟΣ", "line\r\nCRLF İstanbul\n\n\nend", "e\n\u{301}x", "ǅ ﻻ ㎏ Ⅻ\nDZ",
    ])
  func lines(text: String) {
    #expect(LetterInventory.normalize(text) == text.precomposedStringWithCompatibilityMapping.lowercased())
    #expect(
      Array(LetterInventory.normalize(text).utf8)
        == Array(text.precomposedStringWithCompatibilityMapping.lowercased().utf8))
  }
}
