import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Buffered text output to standard output.
public final class StandardOutputWriter: TextSink {
  private var buffer: [UInt8] = []
  private static let flushThreshold = 1 << 16

  public init() {}

  deinit { try? flush() }

  public func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= Self.flushThreshold { try flush() }
  }

  public func write(utf8 bytes: UnsafeBufferPointer<UInt8>) throws {
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.flushThreshold { try flush() }
  }

  public func finish() throws { try flush() }

  public func flush() throws {
    if let error = FileDescriptorWriter.writeAll(buffer, to: 1), error != EPIPE {
      // A closed pipe (`hexapla segment … | head`) is not an error worth a message.
      throw HexaplaError.outputNotWritable(path: "standard output", reason: String(cString: strerror(error)))
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
