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
    Self.encode(sentence, as: format, to: &batch)  // one access to the batch, not one per append
    if batch.count >= Self.batchSize { try flush() }
  }

  /// Appends the sentence's line to `out`.
  private static func encode(_ sentence: Sentence, as format: Format, to out: inout [UInt8]) {
    switch format {
    case .lines:
      out.append(contentsOf: sentence.singleLineText.utf8)
    case .jsonl:
      out.append(contentsOf: #"{"text":"#.utf8)
      JSONText.appendQuoted(sentence.text, toUTF8: &out)
      out.append(contentsOf: #","paragraph":"#.utf8)
      appendDecimal(sentence.paragraph, to: &out)
      out.append(contentsOf: #","start":"#.utf8)
      appendDecimal(sentence.range.lowerBound, to: &out)
      out.append(contentsOf: #","end":"#.utf8)
      appendDecimal(sentence.range.upperBound, to: &out)
      out.append(0x7D)  // }
    }
    out.append(0x0A)
  }

  /// Appends an integer's decimal digits, as `String(value)` writes them.
  private static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
    if value < 0 { out.append(0x2D) }  // -
    var rest = value.magnitude
    let start = out.count
    repeat {
      out.append(0x30 + UInt8(rest % 10))
      rest /= 10
    } while rest > 0
    out[start...].reverse()
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
