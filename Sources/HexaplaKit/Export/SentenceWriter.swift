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
  private var batch: [UInt8] = []
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
      batch.append(contentsOf: sentence.singleLineText.utf8)
    case .jsonl:
      batch.append(contentsOf: #"{"text":"#.utf8)
      JSONText.appendQuoted(sentence.text, toUTF8: &batch)
      batch.append(contentsOf: #","paragraph":"#.utf8)
      appendDecimal(sentence.paragraph)
      batch.append(contentsOf: #","start":"#.utf8)
      appendDecimal(sentence.range.lowerBound)
      batch.append(contentsOf: #","end":"#.utf8)
      appendDecimal(sentence.range.upperBound)
      batch.append(0x7D)  // }
    }
    batch.append(0x0A)
    if batch.count >= Self.batchSize { try flush() }
  }

  /// Appends an integer's decimal digits, as `String(value)` writes them.
  private func appendDecimal(_ value: Int) {
    if value < 0 { batch.append(0x2D) }  // -
    var rest = value.magnitude
    var divisor: UInt = 1
    while divisor <= rest / 10 { divisor *= 10 }
    repeat {
      batch.append(0x30 + UInt8(rest / divisor))
      rest %= divisor
      divisor /= 10
    } while divisor > 0
  }

  /// Writes what is batched and finishes the sink.
  /// - Throws: `HexaplaError.outputNotWritable`.
  public func finish() throws {
    try flush()
    try sink.finish()
  }

  private func flush() throws {
    guard !batch.isEmpty else { return }
    try batch.withUnsafeBufferPointer { try sink.write(utf8: $0) }
    batch.removeAll(keepingCapacity: true)
  }
}
