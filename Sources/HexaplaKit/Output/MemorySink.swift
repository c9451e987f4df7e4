/// A `TextSink` that keeps the text in memory, for tests and for callers that post-process output.
public final class MemorySink: TextSink {
  /// Everything written so far.
  public private(set) var text = ""
  /// Whether `finish()` was called.
  public private(set) var isFinished = false

  public init() {}

  public func write(_ text: String) throws { self.text += text }

  public func finish() throws { isFinished = true }

  public var isDiscardable: Bool { !isFinished }

  /// Forgets the text written so far.
  public func discard() { text = "" }
}
