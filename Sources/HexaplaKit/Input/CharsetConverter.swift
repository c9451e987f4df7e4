import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns the bytes of a page in a legacy charset (windows-1252, GBK, Shift_JIS...) into text,
/// with the C library's iconv.
enum CharsetConverter {
  /// Decodes `bytes` from `charset`.
  /// - Parameter path: the name used in error messages.
  /// - Throws: `HexaplaError.unsupportedCharset` when iconv does not know it,
  ///   `.invalidEncoding` naming the first byte that is not valid in it.
  static func decode(_ bytes: [UInt8], charset: String, path: String) throws -> String {
    let converter = iconv_open("UTF-8", charset)
    guard converter != iconv_t(bitPattern: -1) else {
      throw HexaplaError.unsupportedCharset(path: path, charset: charset)
    }
    defer { iconv_close(converter) }
    var input = bytes
    var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
    let produced: Int = try input.withUnsafeMutableBufferPointer { inBuffer in
      try output.withUnsafeMutableBufferPointer { outBuffer in
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?
          .assumingMemoryBound(to: CChar.self)
        var inLeft = inBuffer.count
        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?
          .assumingMemoryBound(to: CChar.self)
        var outLeft = outBuffer.count
        if iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) == -1 {
          throw HexaplaError.invalidEncoding(
            path: path, byteOffset: inBuffer.count - inLeft,
            detail: "the bytes are not valid \(charset), the charset the page declares")
        }
        return outBuffer.count - outLeft
      }
    }
    return String(decoding: output[..<produced], as: UTF8.self)
  }
}
