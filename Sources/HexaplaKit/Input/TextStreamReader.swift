import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a text file, or standard input, a block at a time and decodes it to UTF-8 as it goes:
/// the streaming form of `TextDecoder`, with the same encodings (UTF-8 with or without a
/// byte-order mark, UTF-16 with one) and the same errors, naming the byte of the file where the
/// input goes wrong. Memory stays at one block whatever the size of the file.
public final class TextStreamReader {
  /// The file name used in messages (`-` for standard input).
  public let path: String
  /// How many bytes one read asks for.
  public let blockSize: Int

  private enum Encoding {
    case undecided, utf8
    case utf16(bigEndian: Bool)
  }

  private let descriptor: Int32
  private let ownsDescriptor: Bool
  private var encoding = Encoding.undecided
  private var block: [UInt8]
  /// Bytes read but not decoded yet: the start of a character cut off by the end of a block.
  private var pending: [UInt8] = []
  /// The file offset of `pending`'s first byte.
  private var pendingOffset = 0
  private var atEnd = false
  /// The first bytes of the input (up to 4 KiB after any byte-order mark), to tell what a file
  /// that is not text is.
  private var head: [UInt8] = []

  /// Opens a file, or standard input when `path` is `-`.
  /// - Parameter blockSize: how many bytes one read asks for (1 MiB unless given).
  /// - Throws: `HexaplaError.fileNotReadable`.
  public init(path: String, blockSize: Int = 1 << 20) throws {
    self.path = path
    self.blockSize = max(1, blockSize)
    self.block = [UInt8](repeating: 0, count: self.blockSize)
    if path == "-" {
      descriptor = 0
      ownsDescriptor = false
      return
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw HexaplaError.fileNotReadable(path: path, reason: "no such file")
    }
    if isDirectory.boolValue { throw HexaplaError.fileNotReadable(path: path, reason: "it is a directory") }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw HexaplaError.fileNotReadable(path: path, reason: String(cString: strerror(errno))) }
    descriptor = fd
    ownsDescriptor = true
  }

  deinit {
    if ownsDescriptor { close(descriptor) }
  }

  /// Appends the next block of decoded text, as UTF-8, to `buffer`.
  /// - Returns: false once the input is exhausted (nothing was appended).
  /// - Throws: `HexaplaError.fileNotReadable` on a read error, `.invalidEncoding` naming the
  ///   file offset of the first bad byte.
  /// - Complexity: O(block size).
  public func read(appendingTo buffer: inout [UInt8]) throws -> Bool {
    guard !atEnd else { return false }
    var count = 0
    while count == 0 {
      let n = block.withUnsafeMutableBytes { raw in Glibc.read(descriptor, raw.baseAddress!, raw.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw HexaplaError.fileNotReadable(path: path, reason: String(cString: strerror(errno)))
      }
      if n == 0 { break }
      count = n
    }
    if count == 0 {
      atEnd = true
      let before = buffer.count
      try finishPending(into: &buffer)
      return buffer.count > before
    }
    if head.count < 4096 { head.append(contentsOf: block[0..<min(count, 4096 - head.count)]) }
    var bytes = pending
    bytes.append(contentsOf: block[0..<count])
    let offset = pendingOffset
    pending.removeAll(keepingCapacity: true)
    pendingOffset = offset + bytes.count
    try decode(bytes, fileOffset: offset, into: &buffer)
    return true
  }

  private func decode(_ bytes: [UInt8], fileOffset: Int, into buffer: inout [UInt8]) throws {
    var start = 0
    if case .undecided = encoding {
      if !atEnd && bytes.count < 3 && bytes.count > 0 && (bytes[0] == 0xEF || bytes[0] == 0xFF || bytes[0] == 0xFE) {
        keepPending(bytes, from: 0, fileOffset: fileOffset)  // too short to tell a byte-order mark yet
        return
      }
      if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
        encoding = .utf16(bigEndian: false)
        start = 2
      } else if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
        encoding = .utf16(bigEndian: true)
        start = 2
      } else {
        encoding = .utf8
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
      }
    }
    switch encoding {
    case .utf16(let bigEndian):
      try decodeUTF16(bytes, from: start, bigEndian: bigEndian, fileOffset: fileOffset, into: &buffer)
    default:
      try decodeUTF8(bytes, from: start, fileOffset: fileOffset, into: &buffer)
    }
  }

  private func keepPending(_ bytes: [UInt8], from start: Int, fileOffset: Int) {
    pending = Array(bytes[start...])
    pendingOffset = fileOffset + start
  }

  private func decodeUTF8(_ bytes: [UInt8], from start: Int, fileOffset: Int, into buffer: inout [UInt8]) throws {
    try bytes.withUnsafeBufferPointer { all in
      let body = UnsafeBufferPointer(rebasing: all[start...])
      let (length, truncated) = UTF8Validation.validPrefix(body.baseAddress!, count: body.count)
      if length < body.count && !(truncated && !atEnd) {
        throw HexaplaError.invalidEncoding(
          path: path, byteOffset: fileOffset + start + length,
          detail: detail(byte: body[length]))
      }
      let valid = UnsafeBufferPointer(rebasing: body[0..<length])
      if let nul = valid.firstIndex(of: 0) {
        throw HexaplaError.invalidEncoding(
          path: path, byteOffset: fileOffset + start + nul,
          detail: detail(byte: 0))
      }
      buffer.append(contentsOf: valid)
      if length < body.count { keepPending(bytes, from: start + length, fileOffset: fileOffset) }
    }
  }

  private func decodeUTF16(
    _ bytes: [UInt8], from start: Int, bigEndian: Bool, fileOffset: Int, into buffer: inout [UInt8]
  ) throws {
    var i = start
    let n = bytes.count
    func unit(at k: Int) -> UInt16 {
      bigEndian ? UInt16(bytes[k]) << 8 | UInt16(bytes[k + 1]) : UInt16(bytes[k + 1]) << 8 | UInt16(bytes[k])
    }
    while i + 1 < n {
      let u = unit(at: i)
      var scalar: UInt32
      if (0xD800...0xDBFF).contains(u) {
        guard i + 3 < n else { break }  // the low surrogate is in the next block
        let low = unit(at: i + 2)
        guard (0xDC00...0xDFFF).contains(low) else {
          throw HexaplaError.invalidEncoding(
            path: path, byteOffset: fileOffset + i, detail: "unpaired UTF-16 surrogate")
        }
        scalar = 0x10000 + (UInt32(u - 0xD800) << 10) + UInt32(low - 0xDC00)
        i += 4
      } else if (0xDC00...0xDFFF).contains(u) {
        throw HexaplaError.invalidEncoding(path: path, byteOffset: fileOffset + i, detail: "unpaired UTF-16 surrogate")
      } else {
        scalar = UInt32(u)
        i += 2
      }
      switch scalar {
      case 0..<0x80: buffer.append(UInt8(scalar))
      case 0x80..<0x800:
        buffer.append(UInt8(0xC0 | scalar >> 6))
        buffer.append(UInt8(0x80 | scalar & 0x3F))
      case 0x800..<0x10000:
        buffer.append(UInt8(0xE0 | scalar >> 12))
        buffer.append(UInt8(0x80 | scalar >> 6 & 0x3F))
        buffer.append(UInt8(0x80 | scalar & 0x3F))
      default:
        buffer.append(UInt8(0xF0 | scalar >> 18))
        buffer.append(UInt8(0x80 | scalar >> 12 & 0x3F))
        buffer.append(UInt8(0x80 | scalar >> 6 & 0x3F))
        buffer.append(UInt8(0x80 | scalar & 0x3F))
      }
    }
    if i < n { keepPending(bytes, from: i, fileOffset: fileOffset) }
  }

  /// What the input is, for the message about its bad `byte`, judged on its first 4 KiB.
  private func detail(byte: UInt8) -> String {
    while head.count < 4096 {
      let n = block.withUnsafeMutableBytes { raw in Glibc.read(descriptor, raw.baseAddress!, min(raw.count, 4096)) }
      if n <= 0 { break }
      head.append(contentsOf: block[0..<min(n, 4096 - head.count)])
    }
    let bom = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    return head[bom...].withUnsafeBufferPointer { TextDecoder.undecodableDetail(sample: $0, byte: byte) }
  }

  /// At the end of the input, decodes what is still pending: a short file, or a character
  /// cut off by the end of the file (an error).
  private func finishPending(into buffer: inout [UInt8]) throws {
    guard !pending.isEmpty else { return }
    let bytes = pending
    let offset = pendingOffset
    pending = []
    try decode(bytes, fileOffset: offset, into: &buffer)
    guard !pending.isEmpty else { return }
    throw HexaplaError.invalidEncoding(
      path: path, byteOffset: pendingOffset,
      detail: pending.count % 2 == 1 ? "UTF-16 text with an odd number of bytes" : "unpaired UTF-16 surrogate")
  }
}
