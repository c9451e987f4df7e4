import Testing

@testable import HexaplaKit

@Suite("Review key decoding")
struct KeyDecoderTests {
  static let cases: [(String, [UInt8], [ReviewKey])] = [
    (
      "letters and punctuation", Array("jk?/<>".utf8),
      [.character("j"), .character("k"), .character("?"), .character("/"), .character("<"), .character(">")]
    ),
    (
      "CSI arrows", [0x1B, 0x5B, 0x41, 0x1B, 0x5B, 0x42, 0x1B, 0x5B, 0x43, 0x1B, 0x5B, 0x44],
      [.up, .down, .right, .left]
    ),
    ("SS3 arrows (application cursor mode)", [0x1B, 0x4F, 0x41, 0x1B, 0x4F, 0x48], [.up, .home]),
    (
      "Page Up, Page Down, Home, End, Delete", Array("\u{1B}[5~\u{1B}[6~\u{1B}[1~\u{1B}[4~\u{1B}[3~".utf8),
      [.pageUp, .pageDown, .home, .end, .delete]
    ),
    ("modified arrow (ESC [1;5A)", Array("\u{1B}[1;5A".utf8), [.up]),
    ("Shift-Tab, Tab, Enter, Backspace", [0x1B, 0x5B, 0x5A, 0x09, 0x0D, 0x7F], [.backTab, .tab, .enter, .backspace]),
    ("Ctrl-R and Ctrl-C", [0x12, 0x03], [.control("r"), .control("c")]),
    ("UTF-8 characters", Array("价é".utf8), [.character("价"), .character("é")]),
    ("unknown sequence dropped", Array("\u{1B}[99xq".utf8), [.character("q")]),
    ("ESC before a letter (Alt-x)", [0x1B, 0x78], [.escape, .character("x")]),
  ]

  @Test("bytes to keys", arguments: cases)
  func decode(name: String, bytes: [UInt8], keys: [ReviewKey]) {
    var decoder = KeyDecoder()
    #expect(decoder.decode(bytes) == keys, "\(name)")
    #expect(!decoder.isWaiting)
  }

  @Test("a sequence or character cut between reads is completed by the next", arguments: cases)
  func byteByByte(name: String, bytes: [UInt8], keys: [ReviewKey]) {
    var decoder = KeyDecoder()
    var decoded: [ReviewKey] = []
    for byte in bytes { decoded += decoder.decode([byte]) }
    // A lone ESC waits for the next byte, so Alt-x comes out the same.
    #expect(decoded == keys, "\(name)")
  }

  @Test("a lone ESC is held until flushed, then is Escape")
  func loneEscape() {
    var decoder = KeyDecoder()
    #expect(decoder.decode([0x1B]) == [])
    #expect(decoder.isWaiting)
    #expect(decoder.flush() == [.escape])
    #expect(!decoder.isWaiting)
    #expect(decoder.decode([0x1B, 0x5B]) == [])
    #expect(decoder.flush() == [.escape, .character("[")])
  }
}
