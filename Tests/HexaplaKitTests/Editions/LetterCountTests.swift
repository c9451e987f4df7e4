import Testing

@testable import HexaplaKit

/// `MultiAligner.letterCount`: the length the editions pipeline compares across editions.
@Suite("Letter counts for length evidence")
struct LetterCountTests {
  @Test(
    "letters and digits count; a Latin gloss in parentheses of a text in another script does not",
    arguments: [
      ("The site has 2 maps.", 15),
      // Latin text with a bracketed name: all of it counts.
      ("Le site (Yas Marina) ouvre.", 20),
      // Korean with the name's Latin original in parentheses: the gloss does not count.
      ("야스 마리나 서킷(Yas Marina Circuit) 웹사이트", 11),
      // Full-width parentheses in Chinese, likewise.
      ("亞斯碼頭賽道（Yas Marina）網站", 8),
      // Latin outside parentheses counts in any script.
      ("서킷 Yas 웹사이트", 9),
      // A parenthesis holding the script's own letters counts.
      ("서킷(야스) 웹사이트", 8),
    ] as [(String, Int)])
  func count(text: String, expected: Int) {
    #expect(MultiAligner.letterCount(text) == expected)
  }
}
