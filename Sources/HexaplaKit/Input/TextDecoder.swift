import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
    // Through a FileHandle: Foundation's Data(contentsOf:) leaks a 4 KiB buffer on an empty file.
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw HexaplaError.fileNotReadable(path: path, reason: String(cString: strerror(errno)))
    }
    defer { try? handle.close() }
    do {
      return try handle.readToEnd() ?? Data()
    } catch {
      throw HexaplaError.fileNotReadable(
        path: path, reason: (error as NSError).localizedFailureReason ?? "read error")
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
        throw HexaplaError.invalidEncoding(
          path: path, byteOffset: start + offset, detail: undecodableDetail(body, at: offset))
      }
      if let nul = body.firstIndex(of: 0) {
        throw HexaplaError.invalidEncoding(
          path: path, byteOffset: start + nul, detail: undecodableDetail(body, at: nul))
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

  /// What the bytes are, for the message about the bad byte at `offset` (invalid UTF-8 or NUL):
  /// UTF-16 without a byte-order mark, a binary file, or text in another encoding.
  static func undecodableDetail(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> String {
    undecodableDetail(sample: UnsafeBufferPointer(rebasing: bytes[0..<min(bytes.count, 4096)]), byte: bytes[offset])
  }

  /// What a text whose first bytes are `sample` is, for the message about its bad `byte`.
  static func undecodableDetail(sample: UnsafeBufferPointer<UInt8>, byte: UInt8) -> String {
    var zeros = [0, 0]
    var controls = 0
    for (i, b) in sample.enumerated() {
      if b == 0 { zeros[i & 1] += 1 } else if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D, b != 0x0C { controls += 1 }
    }
    let allZeros = zeros[0] + zeros[1]
    // UTF-16 Latin text has a zero in every other byte, all on the same side.
    if sample.count >= 4, allZeros * 4 >= sample.count, max(zeros[0], zeros[1]) * 10 >= allZeros * 9 {
      return "not UTF-8 (it looks like UTF-16 without a byte-order mark; save it as UTF-8)"
    }
    if allZeros > 0 || controls * 20 > sample.count {
      return "a binary file, not text"
    }
    return String(format: "invalid UTF-8 (byte 0x%02X); save the file as UTF-8", byte)
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
