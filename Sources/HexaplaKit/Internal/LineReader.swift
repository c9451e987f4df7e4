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

  /// One line as `withNextLine` lends it.
  enum BorrowedLine {
    /// The line's bytes, valid during the call only.
    case bytes(UnsafeBufferPointer<UInt8>)
    /// As `Line.tooLong`.
    case tooLong(length: Int, head: Data)
  }

  /// The file's name in messages (`-` is standard input).
  let path: String
  /// The longest line returned whole.
  let maxLineBytes: Int
  /// The number of the line last returned (1-based).
  private(set) var lineNumber = 0
  private let handle: FileHandle
  /// Bytes read and not yet returned are `storage[consumed..<end]`.
  private var storage: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private var consumed = 0
  private var end = 0
  private var atEnd = false
  private static let chunkSize = 1 << 16

  /// Opens `path` (standard input for `-`).
  /// - Throws: `HexaplaError.fileNotReadable`.
  init(path: String, maxLineBytes: Int = .max) throws {
    self.path = path
    self.maxLineBytes = maxLineBytes
    var ahead: [UInt8] = []
    if path == "-" {
      handle = .standardInput
      ahead = StandardInputPeek.take()
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
    capacity = max(2 * Self.chunkSize, ahead.count + Self.chunkSize)
    storage = .allocate(capacity: capacity)
    storage.update(from: ahead, count: ahead.count)
    end = ahead.count
  }

  deinit { storage.deallocate() }

  /// Reads what one `read(2)` returns (up to 64 KiB) after the unreturned bytes, which move to
  /// the front first: on a pipe, as soon as anything arrives, so a line is returned as soon as
  /// it is complete. Returns false at the end of the input.
  private func readChunk() throws -> Bool {
    if consumed > 0 {
      memmove(storage, storage + consumed, end - consumed)
      end -= consumed
      consumed = 0
    }
    if capacity - end < Self.chunkSize {
      let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: max(2 * capacity, end + Self.chunkSize))
      bigger.update(from: storage, count: end)
      storage.deallocate()
      storage = bigger
      capacity = max(2 * capacity, end + Self.chunkSize)
    }
    while true {
      let n = read(handle.fileDescriptor, storage + end, Self.chunkSize)
      if n >= 0 {
        end += n
        return n > 0
      }
      if errno != EINTR {
        throw HexaplaError.fileNotReadable(path: path, reason: String(cString: strerror(errno)))
      }
    }
  }

  /// The next line, or nil at the end of the input.
  /// - Throws: `HexaplaError.fileNotReadable`.
  func next() throws -> Line? {
    try withNextLine { line -> Line in
      switch line {
      case .bytes(let bytes): return .bytes(Data(bytes))
      case .tooLong(let length, let head): return .tooLong(length: length, head: head)
      }
    }
  }

  /// Calls `body` with the next line, lent without a copy; nil at the end of the input.
  /// - Throws: `HexaplaError.fileNotReadable`, and what `body` throws.
  func withNextLine<R>(_ body: (BorrowedLine) throws -> R) throws -> R? {
    var skipped: (length: Int, head: Data)?
    while true {
      if consumed < end, let found = memchr(storage + consumed, 0x0A, end - consumed) {
        let newline = storage.distance(to: found.assumingMemoryBound(to: UInt8.self))
        let line = UnsafeBufferPointer(start: storage + consumed, count: newline - consumed)
        consumed = newline + 1
        lineNumber += 1
        return try body(Self.lend(line, skipped: skipped, maxLineBytes: maxLineBytes))
      }
      if atEnd {
        guard consumed < end || skipped != nil else { return nil }
        lineNumber += 1
        let rest = UnsafeBufferPointer(start: storage + consumed, count: end - consumed)
        consumed = end
        return try body(Self.lend(rest, skipped: skipped, maxLineBytes: maxLineBytes))
      }
      if end - consumed > maxLineBytes {
        // Too long to keep: remember its head and length, and drop what was read of it.
        let part = UnsafeBufferPointer(start: storage + consumed, count: end - consumed)
        skipped = ((skipped?.length ?? 0) + part.count, skipped?.head ?? Data(part.prefix(4096)))
        consumed = 0
        end = 0
      }
      if !(try readChunk()) { atEnd = true }
    }
  }

  private static func lend(
    _ line: UnsafeBufferPointer<UInt8>, skipped: (length: Int, head: Data)?, maxLineBytes: Int
  ) -> BorrowedLine {
    if let skipped { return .tooLong(length: skipped.length + line.count, head: skipped.head) }
    if line.count > maxLineBytes { return .tooLong(length: line.count, head: Data(line.prefix(4096))) }
    return .bytes(line)
  }
}
