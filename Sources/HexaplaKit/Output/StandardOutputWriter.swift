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

  public func finish() throws { try flush() }

  private func flush() throws {
    var written = 0
    try buffer.withUnsafeBytes { raw in
      while written < raw.count {
        let n = Glibc.write(1, raw.baseAddress! + written, raw.count - written)
        if n < 0 {
          if errno == EINTR { continue }
          // A closed pipe (`hexapla segment … | head`) is not an error worth a message.
          if errno == EPIPE { buffer.removeAll(); return }
          throw HexaplaError.outputNotWritable(
            path: "standard output", reason: String(cString: strerror(errno)))
        }
        written += n
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
