/// A record of a stream that could not be aligned: its line, its article id when it could be
/// read, and why. Written to the output as an error record, `{"document": …, "line": …, "error": …}`.
public struct RecordFailure: Error, Sendable, CustomStringConvertible {
  /// The stream's name in messages (`<stdin>` for standard input).
  public var stream: String
  /// The record's line (1-based).
  public var line: Int
  /// The article's id, when the record got that far.
  public var document: String?
  /// What went wrong.
  public var error: any Error

  public init(stream: String, line: Int, document: String?, error: any Error) {
    self.stream = stream
    self.line = line
    self.document = document
    self.error = error
  }

  /// What went wrong, without the stream and line.
  public var message: String {
    if case .malformedLine(_, _, let message)? = error as? HexaplaError { return message }
    return "\(error)"
  }

  /// The message for standard error: `STREAM:LINE: article 'ID': MESSAGE`.
  public var description: String {
    "\(stream):\(line): " + (document.map { "article '\(HexaplaError.quoting($0))': " } ?? "") + message
  }

  /// The error record, one JSON line without its line break.
  public var jsonLine: String {
    "{\"document\":" + (document.map(JSONText.quoted) ?? "null") + ",\"line\":\(line),\"error\":"
      + JSONText.quoted(message) + "}"
  }
}
