import Testing

@testable import HexaplaKit

@Suite("JSONText")
struct JSONTextTests {
  @Test(
    "quoting into UTF-8 bytes gives the bytes of the quoted string",
    arguments: [
      "", "plain text", #"say "hi""#, #"back\slash"#, "tab\there", "line\nbreak\r\n", "\u{01}\u{1F}\u{7F}",
      "\u{08}\u{0C}", "ls\u{2028}ps\u{2029}", "\u{2027}\u{202A}", "é 漢字 😀", "end\u{2028}",
    ])
  func utf8(text: String) {
    var bytes: [UInt8] = [0x41]
    JSONText.appendQuoted(text, toUTF8: &bytes)
    #expect(bytes == [0x41] + Array(JSONText.quoted(text).utf8))
  }

  @Test("control characters are escaped as \\u and four lower-case hex digits")
  func controls() {
    var bytes: [UInt8] = []
    JSONText.appendQuoted("\u{00}\u{1B}\u{2028}", toUTF8: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == #""\u0000\u001b\u2028""#)
  }
}
