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
    // Thai sentences end at spaces chosen over a window of text ahead: a paragraph longer than
    // the streaming lookahead, twice.
    ("th", String(repeating: thaiParagraph + " ", count: 2) + "\n" + thaiParagraph),
  ]

  /// Written for these tests: news-like Thai sentences, clauses and a quotation.
  static let thaiParagraph =
    "เมื่อวานนี้ฝนตกหนักมากตั้งแต่ช่วงบ่ายจนถึงค่ำทำให้ถนนหลายสายในกรุงเทพมีน้ำท่วมขังสูง "
    + "เขาต้องเดินลุยน้ำกลับบ้านเป็นระยะทางไกลกว่าสองกิโลเมตรและถึงบ้านตอนดึก "
    + "“พวกเราทุกคนในหมู่บ้านดีใจมากที่ได้เห็นฝนตกลงมาหลังจากแห้งแล้งมานาน ต่อจากนี้ชาวนาก็จะได้เริ่มปลูกข้าวกันเสียที” "
    + "ผู้ใหญ่บ้านกล่าว ชาวบ้านหลายคนออกมาเล่นน้ำฝนกันอย่างสนุกสนานตลอดทั้งบ่าย "
    + "ตลาดสดแห่งนี้มีผลไม้ตามฤดูกาลวางขายมากมายหลายชนิดตลอดทั้งปี มะม่วง ทุเรียน มังคุด และเงาะ "
    + "ล้วนเป็นที่ต้องการของลูกค้าจากต่างจังหวัด ในปีนี้ ผู้ปกครองทุกคนจะได้รับเอกสารสรุปผลการเรียนของบุตรหลาน "
    + "โรงเรียนได้รับงบประมาณทั้งหมด 500 ล้านบาท จากกระทรวงศึกษาธิการเมื่อต้นปีที่ผ่านมา"

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

  /// Inputs the `segment` fuzz target found (`Fuzz/regressions/segment/`): its first byte picks
  /// the language and paragraph mode, the rest is the text.
  static let regressions = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../../Fuzz/regressions/segment").standardized

  @Test(
    "text after a block's end cannot change a sentence already given (inputs the fuzzer found)",
    arguments: [
      "full-stop-before-non-letters.txt", "thai-space-near-block-end.txt", "initial-after-glued-full-stop.txt",
    ])
  func fuzzedInputs(name: String) throws {
    let bytes = [UInt8](try Data(contentsOf: Self.regressions.appendingPathComponent(name)))
    let languages = ["en", "zh", "ja", "th", "de", "ar"]
    let choice = Int(bytes[0]) % 12
    let segmenter = try Segmenter(
      language: LanguageTag(languages[choice % 6]), paragraphMode: choice < 6 ? .line : .blank)
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let url = try Self.write(text)
    defer { try? FileManager.default.removeItem(at: url) }
    var streamed: [Sentence] = []
    try StreamingSegmenter(segmenter: segmenter, blockBytes: 40, maxSentenceBytes: 1 << 20)
      .segment(TextStreamReader(path: url.path, blockSize: 7)) { streamed.append($0) }
    #expect(streamed == (try segmenter.segment(text)))
  }

  @Test(
    "a sentence end is final only once the text after it settles it",
    arguments: [
      ("en", "Dr. Smith came. " + String(repeating: "\u{FFFD}", count: 30) + "and more text here. The end."),
      ("en", "It was late. Dr. " + String(repeating: "Theodor ", count: 12) + "left."),
      ("ar", "مؤم.A. مرا " + String(repeating: "بكم ", count: 20) + "كيف."),
    ])
  func settling(language: String, text: String) throws {
    let segmenter = try Segmenter(language: LanguageTag(language))
    let url = try Self.write(text)
    defer { try? FileManager.default.removeItem(at: url) }
    for block in [8, 16, 40] {
      var streamed: [Sentence] = []
      try StreamingSegmenter(segmenter: segmenter, blockBytes: block, maxSentenceBytes: 1 << 20)
        .segment(TextStreamReader(path: url.path, blockSize: 5)) { streamed.append($0) }
      #expect(streamed == (try segmenter.segment(text)), "block \(block)")
    }
  }
}
