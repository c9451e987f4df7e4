#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension String {
  /// The string of UTF-8 `bytes`, or nil when they are not valid UTF-8: what
  /// `String(validating:as:)` gives, without its generic path (several times faster on short
  /// strings). Decoding repairs invalid bytes, so the bytes are valid exactly when the decoded
  /// string has the same ones.
  /// - Complexity: O(n) in the bytes.
  init?(validUTF8 bytes: UnsafeBufferPointer<UInt8>) {
    var decoded = String(decoding: bytes, as: UTF8.self)
    let same = decoded.withUTF8 { utf8 in
      utf8.count == bytes.count
        && (bytes.isEmpty || memcmp(utf8.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
    }
    guard same else { return nil }
    self = decoded
  }
}
