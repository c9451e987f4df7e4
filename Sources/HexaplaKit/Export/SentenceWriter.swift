/// Writes sentences as `hexapla segment` prints them: one per line (inner line breaks become
/// spaces), or one JSON object per line, `{"text", "paragraph", "start", "end"}`, with UTF-8 byte
/// offsets in the decoded input. Output is batched, so a sentence costs no system call.
public final class SentenceWriter {
  /// The output formats.
  public enum Format: String, CaseIterable, Sendable {
    /// One sentence per line.
    case lines
    /// One JSON object per sentence.
    case jsonl
  }

  /// The format written.
  public let format: Format
  private let sink: TextSink
  private var batch = ""
  private static let batchSize = 1 << 16

  public init(format: Format, sink: TextSink) {
    self.format = format
    self.sink = sink
    batch.reserveCapacity(Self.batchSize + 1024)
  }

  /// Appends one sentence.
  /// - Throws: `HexaplaError.outputNotWritable`.
  public func write(_ sentence: Sentence) throws {
    switch format {
    case .lines:
      batch += sentence.singleLineText
    case .jsonl:
      batch += "{\"text\":"
      JSONText.appendQuoted(sentence.text, to: &batch)
      batch += ",\"paragraph\":\(sentence.paragraph),\"start\":\(sentence.range.lowerBound),"
      batch += "\"end\":\(sentence.range.upperBound)}"
    }
    batch += "\n"
    if batch.utf8.count >= Self.batchSize { try flush() }
  }

  /// Writes what is batched and finishes the sink.
  /// - Throws: `HexaplaError.outputNotWritable`.
  public func finish() throws {
    try flush()
    try sink.finish()
  }

  private func flush() throws {
    guard !batch.isEmpty else { return }
    try sink.write(batch)
    batch.removeAll(keepingCapacity: true)
  }
}
