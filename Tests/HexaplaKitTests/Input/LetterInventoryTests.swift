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

  @Test(
    "the scalars visited one by one are those of the normalized text",
    arguments: [
      "", "\n", "Plain ASCII Text\nSecond LINE\n", "Café\nNAÏVE e\u{301}\nﬁne Ｆｕｌｌ\n", "À L'ÉTÉ × Ÿ ß\nDÉJÀ",
      "ΟΔΟΣ\nΣ\nabc", "line\r\nCRLF İstanbul\n\n\nend", "é\u{301}\n\u{301}x", "« Été » ª µ ½\n",
      String(String.UnicodeScalarView((0x20...0xFF).compactMap(Unicode.Scalar.init))),
    ])
  func visitedScalars(text: String) {
    var visited = String.UnicodeScalarView()
    LetterInventory.forEachNormalizedScalar(in: text) { visited.append($0) }
    #expect(Array(String(visited).utf8) == Array(LetterInventory.normalize(text).utf8))
  }
}
