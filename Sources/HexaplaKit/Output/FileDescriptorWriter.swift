#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one loop that writes a buffer to a file descriptor, shared by every sink.
public enum FileDescriptorWriter {
  /// Writes all of `bytes` to `descriptor`, retrying after interrupted and partial writes.
  /// - Returns: nil when everything was written, else the `errno` of the failed write.
  public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
    bytes.withUnsafeBytes { raw -> Int32? in
      var written = 0
      while written < raw.count {
        let n = write(descriptor, raw.baseAddress! + written, raw.count - written)
        if n < 0 {
          if errno == EINTR { continue }
          return errno
        }
        written += n
      }
      return nil
    }
  }
}
