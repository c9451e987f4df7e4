import Foundation
import Testing

@testable import HexaplaKit

@Suite("Segmenting as the text is read")
struct StreamingSegmenterTests {
  static let texts: [(String, String)] = [
    (
      "en",
      "Dr. Smith arrived at 5 p.m. on Monday. He said: \"It works.\" Then he left.\r\n\r\n"
        + "A second paragraph.\nIts second line. And more text here!\n\n\n  \nLast one? Yes."
    ),
    ("zh", "我们到了。他说：“好的。”\n然后他走了！这是第二段。\n"),
    ("de", "Am 6. Mai kam er. Er sagte z. B. nichts.\n \nNeuer Absatz hier. Ende"),
  ]

  static func write(_ text: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("seg-\(UUID().uuidString).txt")
    try Data(text.utf8).write(to: url)
    return url
  }

  @Test(
    "small blocks give the sentences, paragraphs and offsets of the whole text",
    arguments: [ParagraphMode.line, .blank], [(1, 7), (3, 16), (64, 40), (1 << 20, 1 << 20)])
  func sameAsWholeText(mode: ParagraphMode, sizes: (read: Int, block: Int)) throws {
    for (language, text) in Self.texts {
      let segmenter = try Segmenter(language: LanguageTag(language), paragraphMode: mode)
      let whole = try segmenter.segment(text)
      let url = try Self.write(text)
      defer { try? FileManager.default.removeItem(at: url) }
      var streamed: [Sentence] = []
      try StreamingSegmenter(segmenter: segmenter, blockBytes: sizes.block, maxSentenceBytes: 1 << 20)
        .segment(TextStreamReader(path: url.path, blockSize: sizes.read)) { streamed.append($0) }
      #expect(streamed == whole, "\(language) \(mode) \(sizes)")
    }
  }

  @Test("a sentence longer than the limit is cut there, with a warning")
  func overLongSentence() throws {
    let text = String(repeating: "word ", count: 100) + "end.\nNext line."
    let url = try Self.write(text)
    defer { try? FileManager.default.removeItem(at: url) }
    var sentences: [Sentence] = []
    var warnings: [String] = []
    try StreamingSegmenter(segmenter: try Segmenter(language: LanguageTag("en")), blockBytes: 64, maxSentenceBytes: 200)
      .segment(
        TextStreamReader(path: url.path, blockSize: 32), onWarning: { warnings.append($0) },
        onSentence: { sentences.append($0) })
    #expect(sentences.map(\.paragraph) == [0, 0, 0, 1])
    #expect(sentences.map(\.text.utf8.count).allSatisfy { $0 <= 200 })
    #expect(sentences.last?.text == "Next line.")
    #expect(warnings.count == 2)
    #expect(warnings.first?.hasSuffix("byte 0: warning: no sentence boundary in 200 bytes of text; cut there") == true)
    // The pieces and the white space between them give back the text.
    let bytes = Array(text.utf8)
    for sentence in sentences {
      #expect(String(decoding: bytes[sentence.range], as: UTF8.self) == sentence.text)
    }
  }
}
