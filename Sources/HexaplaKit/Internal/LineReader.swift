import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file or standard input one line at a time, in reads of up to 64 KiB, holding no more than
/// one line (up to `maxLineBytes`) and one chunk in memory.
final class LineReader {
  /// One line, without its line break.
  enum Line {
    /// The line's bytes.
    case bytes(Data)
    /// A line longer than `maxLineBytes`: its length and its first bytes (at most 4 KiB),
    /// the rest skipped unread into memory.
    case tooLong(length: Int, head: Data)
  }

  /// The file's name in messages (`-` is standard input).
  let path: String
  /// The longest line returned whole.
  let maxLineBytes: Int
  /// The number of the line last returned (1-based).
  private(set) var lineNumber = 0
  private let handle: FileHandle
  private var pending = Data()
  private var consumed = 0
  private var atEnd = false

  /// Opens `path` (standard input for `-`).
  /// - Throws: `HexaplaError.fileNotReadable`.
  init(path: String, maxLineBytes: Int = .max) throws {
    self.path = path
    self.maxLineBytes = maxLineBytes
    if path == "-" {
      handle = .standardInput
      pending = Data(StandardInputPeek.take())
    } else {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        !isDirectory.boolValue,
        let handle = FileHandle(forReadingAtPath: path)
      else {
        throw HexaplaError.fileNotReadable(path: path, reason: "no such file")
      }
      self.handle = handle
    }
  }

  /// What one `read(2)` returns (up to 64 KiB): on a pipe, as soon as anything arrives, so a
  /// line is returned as soon as it is complete; empty at the end of the input.
  private func readChunk() throws -> Data {
    var bytes = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = read(handle.fileDescriptor, &bytes, bytes.count)
      if n >= 0 { return Data(bytes[..<n]) }
      if errno != EINTR {
        throw HexaplaError.fileNotReadable(path: path, reason: String(cString: strerror(errno)))
      }
    }
  }

  /// The index in `pending` of the first LF at or after `consumed` (a `memchr`).
  private func nextNewline() -> Int? {
    let from = consumed - pending.startIndex
    return pending.withUnsafeBytes { raw -> Int? in
      guard let base = raw.baseAddress, from < raw.count,
        let found = memchr(base + from, 0x0A, raw.count - from)
      else { return nil }
      return pending.startIndex + base.distance(to: UnsafeRawPointer(found))
    }
  }

  /// The next line, or nil at the end of the input.
  /// - Throws: `HexaplaError.fileNotReadable`.
  func next() throws -> Line? {
    var skipped: (length: Int, head: Data)?
    while true {
      if let newline = nextNewline() {
        let line = pending[consumed..<newline]
        consumed = newline + 1
        lineNumber += 1
        if let skipped { return .tooLong(length: skipped.length + line.count, head: skipped.head) }
        if line.count > maxLineBytes { return .tooLong(length: line.count, head: Data(line.prefix(4096))) }
        return .bytes(Data(line))
      }
      if atEnd {
        guard consumed < pending.count || skipped != nil else { return nil }
        lineNumber += 1
        let rest = pending[consumed...]
        consumed = pending.count
        if let skipped { return .tooLong(length: skipped.length + rest.count, head: skipped.head) }
        if rest.count > maxLineBytes { return .tooLong(length: rest.count, head: Data(rest.prefix(4096))) }
        return .bytes(Data(rest))
      }
      if pending.count - consumed > maxLineBytes {
        // Too long to keep: remember its head and length, and drop what was read of it.
        let part = pending[consumed...]
        skipped = (
          (skipped?.length ?? 0) + part.count, skipped?.head ?? Data(part.prefix(4096))
        )
        pending = Data()
        consumed = 0
      }
      let chunk = try readChunk()
      if chunk.isEmpty {
        atEnd = true
      } else {
        // Drop the lines already returned, then append: each byte is moved at most once more.
        pending = Data(pending[consumed...]) + chunk
        consumed = 0
      }
    }
  }
}
