/// Somewhere text output goes: a file written atomically, or standard output.
public protocol TextSink: AnyObject {
  /// Appends text.
  /// - Throws: `HexaplaError.outputNotWritable`.
  func write(_ text: String) throws
  /// Appends text given as bytes of well-formed UTF-8 (an encoder's output), without the
  /// check a `String` of them would make; the default makes the string.
  /// - Throws: `HexaplaError.outputNotWritable`.
  func write(utf8 bytes: UnsafeBufferPointer<UInt8>) throws
  /// Finishes the output: flushes it and, for a file, moves it into place.
  /// - Throws: `HexaplaError.outputNotWritable`.
  func finish() throws
  /// Sends what was written so far on its way (standard output: to the reader of the pipe);
  /// the default does nothing.
  /// - Throws: `HexaplaError.outputNotWritable`.
  func flush() throws
  /// Whether `discard()` takes back everything written (a file not yet moved into place); the
  /// default is false.
  var isDiscardable: Bool { get }
  /// Gives up the output, leaving nothing of it behind when `isDiscardable`; the default does
  /// nothing.
  func discard()
}

extension TextSink {
  public func flush() throws {}

  public var isDiscardable: Bool { false }

  public func discard() {}

  public func write(utf8 bytes: UnsafeBufferPointer<UInt8>) throws {
    try write(String(decoding: bytes, as: UTF8.self))
  }
}
