import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The first bytes of standard input, read ahead to tell what it holds (TMX or JSON lines) and
/// handed to the reader that then reads it (`XMLInputStream`, `LineReader`), which starts with
/// them: standard input cannot be read twice.
enum StandardInputPeek {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var peeked: [UInt8] = []

  /// The first non-blank byte of standard input, or nil when it holds only white space.
  /// Reads up to and including it; those bytes are kept for `take()`.
  static func firstNonBlankByte() -> UInt8? {
    lock.withLock {
      if let byte = peeked.first(where: { !isBlank($0) }) { return byte }
      var byte: UInt8 = 0
      while true {
        let n = read(0, &byte, 1)
        if n < 0 && errno == EINTR { continue }
        guard n == 1 else { return nil }
        peeked.append(byte)
        if !isBlank(byte) { return byte }
      }
    }
  }

  /// The bytes read ahead (the reader's first bytes), emptied.
  static func take() -> [UInt8] {
    lock.withLock {
      defer { peeked = [] }
      return peeked
    }
  }

  private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}
