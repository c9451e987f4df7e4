import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The bytes of an XML file in chunks, as UTF-8 whatever the file's encoding.
///
/// Detects the encoding from a byte-order mark (UTF-8, UTF-16LE/BE), from the first bytes of
/// an XML declaration written in UTF-16 without a mark, or from the declaration's `encoding`
/// (UTF-8, US-ASCII, ISO-8859-1, windows-1252); other encodings are an error. Reads with
/// `read(2)` so memory stays constant however large the file.
final class XMLInputStream {
  /// The encodings the stream transcodes.
  enum Encoding: Equatable {
    case utf8, utf16LittleEndian, utf16BigEndian, latin1, windows1252
  }

  let path: String
  private let descriptor: Int32
  private let ownsDescriptor: Bool
  private(set) var encoding: Encoding = .utf8
  /// The declared encoding when the declaration says UTF-16 but the bytes are single-byte
  /// (no byte-order mark, `<?xml` in ASCII): the file is read as UTF-8 and the reader warns.
  private(set) var ignoredDeclaration: String?
  /// Bytes of a byte-order mark skipped at the start of the file.
  private(set) var byteOrderMarkLength = 0
  private var raw: UnsafeMutablePointer<UInt8>
  private let rawCapacity = 1 << 16
  /// The most bytes one `read(2)` asks for (small only in tests, to split tokens across reads).
  private let chunkSize: Int
  /// Bytes read from the file but not yet consumed (start, end) in `raw`.
  private var rawStart = 0
  private var rawEnd = 0
  private var rawEOF = false
  /// Byte offset in the file of `raw[rawStart]`, for encoding errors.
  private var fileOffset = 0
  /// A UTF-16 high surrogate waiting for its low half.
  private var pendingHighSurrogate: UInt16?

  /// Opens `path` (standard input for `-`) and detects the encoding.
  /// - Throws: `HexaplaError.fileNotReadable`, or `.malformedTMX` for an unsupported encoding.
  init(path: String, chunkSize: Int = 1 << 16) throws {
    self.path = path
    self.chunkSize = max(1, chunkSize)
    if path == "-" {
      descriptor = 0
      ownsDescriptor = false
    } else {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw HexaplaError.fileNotReadable(path: path, reason: "no such file")
      }
      if isDirectory.boolValue {
        throw HexaplaError.fileNotReadable(path: path, reason: "it is a directory")
      }
      let fd = open(path, O_RDONLY)
      guard fd >= 0 else {
        throw HexaplaError.fileNotReadable(path: path, reason: String(cString: strerror(errno)))
      }
      descriptor = fd
      ownsDescriptor = true
    }
    raw = .allocate(capacity: rawCapacity)
    if path == "-" {
      let ahead = StandardInputPeek.take()
      raw.update(from: ahead, count: ahead.count)
      rawEnd = ahead.count
    }
    try detectEncoding()
  }

  deinit {
    raw.deallocate()
    if ownsDescriptor { close(descriptor) }
  }

  /// Fills `buffer` with up to `capacity` bytes of UTF-8 (at least 4 unless the file ends).
  /// - Returns: the number of bytes written; 0 at the end of the file.
  /// - Throws: `HexaplaError.fileNotReadable` or `.invalidEncoding`.
  func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int {
    precondition(capacity >= 8)
    if rawStart == rawEnd {
      guard try readRaw() else {
        if pendingHighSurrogate != nil {
          throw HexaplaError.invalidEncoding(
            path: path, byteOffset: fileOffset - 2, detail: "unpaired UTF-16 surrogate at the end")
        }
        return 0
      }
    }
    switch encoding {
    case .utf8:
      let n = min(capacity, rawEnd - rawStart)
      buffer.update(from: raw + rawStart, count: n)
      consume(n)
      return n
    case .latin1, .windows1252:
      var written = 0
      while rawStart < rawEnd && written + 3 <= capacity {
        let b = raw[rawStart]
        let scalar: UInt32 =
          (encoding == .windows1252 && (0x80...0x9F).contains(b))
          ? Self.windows1252High[Int(b - 0x80)] : UInt32(b)
        written += Self.appendUTF8(scalar, to: buffer + written)
        consume(1)
      }
      return written
    case .utf16LittleEndian, .utf16BigEndian:
      var written = 0
      while written + 4 <= capacity {
        if rawEnd - rawStart < 2 {
          if rawEnd - rawStart == 1 {
            // Move the odd byte to the front and read more.
            if !(try readRaw()) || rawEnd - rawStart < 2 {
              throw HexaplaError.invalidEncoding(
                path: path, byteOffset: fileOffset,
                detail: "UTF-16 text with an odd number of bytes")
            }
            continue
          }
          break
        }
        let b0 = UInt16(raw[rawStart])
        let b1 = UInt16(raw[rawStart + 1])
        let unit = encoding == .utf16LittleEndian ? b1 << 8 | b0 : b0 << 8 | b1
        if let high = pendingHighSurrogate {
          guard (0xDC00...0xDFFF).contains(unit) else {
            throw HexaplaError.invalidEncoding(
              path: path, byteOffset: fileOffset - 2, detail: "unpaired UTF-16 surrogate")
          }
          pendingHighSurrogate = nil
          let scalar = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00)
          written += Self.appendUTF8(scalar, to: buffer + written)
        } else if (0xD800...0xDBFF).contains(unit) {
          pendingHighSurrogate = unit
        } else if (0xDC00...0xDFFF).contains(unit) {
          throw HexaplaError.invalidEncoding(
            path: path, byteOffset: fileOffset, detail: "unpaired UTF-16 surrogate")
        } else {
          written += Self.appendUTF8(UInt32(unit), to: buffer + written)
        }
        consume(2)
      }
      if written == 0 && rawStart == rawEnd { return try read(into: buffer, capacity: capacity) }
      return written
    }
  }

  private func consume(_ n: Int) {
    rawStart += n
    fileOffset += n
  }

  /// Reads more raw bytes, keeping unconsumed ones. Returns false at the end of the file.
  private func readRaw() throws -> Bool {
    if rawStart > 0 {
      let left = rawEnd - rawStart
      if left > 0 { memmove(raw, raw + rawStart, left) }
      rawStart = 0
      rawEnd = left
    }
    guard !rawEOF else { return rawEnd > rawStart }
    while true {
      guard rawEnd < rawCapacity else { return true }
      let n = Glibc.read(descriptor, raw + rawEnd, min(rawCapacity - rawEnd, chunkSize))
      if n < 0 {
        if errno == EINTR { continue }
        throw HexaplaError.fileNotReadable(path: path, reason: String(cString: strerror(errno)))
      }
      if n == 0 { rawEOF = true }
      rawEnd += n
      return n > 0 || rawEnd > rawStart
    }
  }

  private func detectEncoding() throws {
    // Read until at least 256 bytes or the end, to see the XML declaration.
    while rawEnd < 256 && !rawEOF { _ = try readRaw() }
    let head = Array(UnsafeBufferPointer(start: raw, count: rawEnd))
    if head.starts(with: [0xEF, 0xBB, 0xBF]) {
      consume(3)
      byteOrderMarkLength = 3
      encoding = .utf8
    } else if head.starts(with: [0xFF, 0xFE]) {
      consume(2)
      encoding = .utf16LittleEndian
    } else if head.starts(with: [0xFE, 0xFF]) {
      consume(2)
      encoding = .utf16BigEndian
    } else if head.starts(with: [0x3C, 0x00, 0x3F, 0x00]) {
      encoding = .utf16LittleEndian
    } else if head.starts(with: [0x00, 0x3C, 0x00, 0x3F]) {
      encoding = .utf16BigEndian
    } else if let declared = Self.declaredEncoding(head) {
      switch declared.lowercased() {
      case "utf-8", "utf8", "us-ascii", "ascii": encoding = .utf8
      case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso_8859-1": encoding = .latin1
      case "windows-1252", "cp1252": encoding = .windows1252
      case "utf-16", "utf16", "utf-16le", "utf-16be":
        // A UTF-16 declaration in single-byte text: the bytes say UTF-8. XML 1.0 (4.3.3) makes
        // this an error, but the text is not in doubt, so it is read, with a warning.
        encoding = .utf8
        ignoredDeclaration = declared
      default:
        throw HexaplaError.malformedTMX(
          path: path, line: 1, column: 1,
          message:
            "unsupported encoding '\(HexaplaError.quoting(declared))' (Hexapla reads UTF-8, UTF-16, ISO-8859-1 and windows-1252)"
        )
      }
    }
  }

  /// The `encoding="..."` of an XML declaration at the start of `head`, if any.
  private static func declaredEncoding(_ head: [UInt8]) -> String? {
    guard head.starts(with: Array("<?xml".utf8)), let end = head.firstIndex(of: UInt8(ascii: ">"))
    else {
      return nil
    }
    let declaration = String(decoding: head[..<end], as: UTF8.self)
    guard let range = declaration.range(of: "encoding") else { return nil }
    let rest = declaration[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
    guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
    return String(rest.dropFirst().prefix { $0 != quote })
  }

  @inline(__always)
  private static func appendUTF8(_ scalar: UInt32, to out: UnsafeMutablePointer<UInt8>) -> Int {
    if scalar < 0x80 {
      out[0] = UInt8(scalar)
      return 1
    } else if scalar < 0x800 {
      out[0] = UInt8(0xC0 | scalar >> 6)
      out[1] = UInt8(0x80 | scalar & 0x3F)
      return 2
    } else if scalar < 0x10000 {
      out[0] = UInt8(0xE0 | scalar >> 12)
      out[1] = UInt8(0x80 | scalar >> 6 & 0x3F)
      out[2] = UInt8(0x80 | scalar & 0x3F)
      return 3
    } else {
      out[0] = UInt8(0xF0 | scalar >> 18)
      out[1] = UInt8(0x80 | scalar >> 12 & 0x3F)
      out[2] = UInt8(0x80 | scalar >> 6 & 0x3F)
      out[3] = UInt8(0x80 | scalar & 0x3F)
      return 4
    }
  }

  /// windows-1252 bytes 0x80–0x9F (undefined ones map to the C1 control of the same value).
  private static let windows1252High: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
  ]
}
