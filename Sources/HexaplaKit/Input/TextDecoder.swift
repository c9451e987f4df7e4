import Foundation

/// Turns the bytes of an input file into text: UTF-8 with or without a byte-order mark,
/// or UTF-16 with one. Anything else is an error that names the byte where it goes wrong.
public enum TextDecoder {
  /// Reads and decodes a file, or standard input when `path` is `-`.
  /// - Throws: `HexaplaError.fileNotReadable` or `.invalidEncoding`.
  public static func read(path: String) throws -> String {
    try decode(readBytes(path: path), path: path)
  }

  /// Reads a file's bytes, or standard input's when `path` is `-`.
  /// - Throws: `HexaplaError.fileNotReadable`.
  public static func readBytes(path: String) throws -> Data {
    if path == "-" {
      return FileHandle.standardInput.readDataToEndOfFile()
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw HexaplaError.fileNotReadable(path: path, reason: "no such file")
    }
    if isDirectory.boolValue {
      throw HexaplaError.fileNotReadable(path: path, reason: "it is a directory")
    }
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw HexaplaError.fileNotReadable(
        path: path, reason: (error as NSError).localizedFailureReason ?? "permission denied")
    }
  }

  /// Decodes bytes as UTF-8 (a leading BOM is dropped) or, after a UTF-16 BOM, as UTF-16.
  /// - Parameter path: the name used in error messages.
  /// - Throws: `HexaplaError.invalidEncoding` naming the first bad byte.
  public static func decode(_ data: Data, path: String) throws -> String {
    try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> String in
      let bytes = raw.bindMemory(to: UInt8.self)
      if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
        return try decodeUTF16(bytes, bigEndian: false, path: path)
      }
      if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
        return try decodeUTF16(bytes, bigEndian: true, path: path)
      }
      let start = (bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) ? 3 : 0
      let body = UnsafeBufferPointer(rebasing: bytes[start...])
      if let offset = firstInvalidUTF8Offset(body) {
        let detail =
          looksLikeUTF16WithoutBOM(body)
          ? "not UTF-8 (it looks like UTF-16 without a byte-order mark; save it as UTF-8)"
          : String(format: "invalid UTF-8 (byte 0x%02X); save the file as UTF-8", body[offset])
        throw HexaplaError.invalidEncoding(path: path, byteOffset: start + offset, detail: detail)
      }
      if let nul = body.firstIndex(of: 0) {
        throw HexaplaError.invalidEncoding(
          path: path, byteOffset: start + nul,
          detail: looksLikeUTF16WithoutBOM(body)
            ? "not UTF-8 (it looks like UTF-16 without a byte-order mark; save it as UTF-8)"
            : "NUL byte in text (is this a binary file?)")
      }
      return String(decoding: body, as: UTF8.self)
    }
  }

  /// The offset of the first byte that is not part of a well-formed UTF-8 sequence, or nil.
  static func firstInvalidUTF8Offset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    let (length, _) = UTF8Validation.validPrefix(base, count: bytes.count)
    return length == bytes.count ? nil : length
  }

  private static func looksLikeUTF16WithoutBOM(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let sample = min(bytes.count, 4096)
    guard sample >= 4 else { return false }
    var zeros = 0
    for i in 0..<sample where bytes[i] == 0 { zeros += 1 }
    return zeros * 4 >= sample
  }

  private static func decodeUTF16(
    _ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool, path: String
  ) throws -> String {
    guard bytes.count % 2 == 0 else {
      throw HexaplaError.invalidEncoding(
        path: path, byteOffset: bytes.count - 1, detail: "UTF-16 text with an odd number of bytes")
    }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2 - 1)
    var i = 2
    while i < bytes.count {
      let unit =
        bigEndian
        ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i])
      units.append(unit)
      i += 2
    }
    var k = 0
    while k < units.count {
      let u = units[k]
      if (0xD800...0xDBFF).contains(u) {
        guard k + 1 < units.count, (0xDC00...0xDFFF).contains(units[k + 1]) else {
          throw HexaplaError.invalidEncoding(
            path: path, byteOffset: 2 + 2 * k, detail: "unpaired UTF-16 surrogate")
        }
        k += 2
      } else if (0xDC00...0xDFFF).contains(u) {
        throw HexaplaError.invalidEncoding(
          path: path, byteOffset: 2 + 2 * k, detail: "unpaired UTF-16 surrogate")
      } else {
        k += 1
      }
    }
    return String(decoding: units, as: UTF16.self)
  }
}
