import Testing

@testable import HexaplaKit

@Suite("SentenceWriter")
struct SentenceWriterTests {
  @Test(
    "one sentence a line, or one JSON object, with decimal offsets",
    arguments: [
      (SentenceWriter.Format.lines, "Two\nlines \"q\".", 0, 0..<15, "Two lines \"q\".\n"),
      (
        .jsonl, "Two\nlines \"q\".", 0, 0..<15, #"{"text":"Two\nlines \"q\".","paragraph":0,"start":0,"end":15}"# + "\n"
      ),
      (.jsonl, "x", 1_234_567, 9_999..<10_000, #"{"text":"x","paragraph":1234567,"start":9999,"end":10000}"# + "\n"),
    ] as [(SentenceWriter.Format, String, Int, Range<Int>, String)])
  func write(format: SentenceWriter.Format, text: String, paragraph: Int, range: Range<Int>, expected: String) throws {
    let sink = MemorySink()
    let writer = SentenceWriter(format: format, sink: sink)
    try writer.write(Sentence(text: text, paragraph: paragraph, range: range))
    try writer.finish()
    #expect(sink.text == expected)
    #expect(sink.isFinished)
  }
}
