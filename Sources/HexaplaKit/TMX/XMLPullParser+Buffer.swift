#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The input buffer: reading more of the file, looking ahead and skipping.
extension XMLPullParser {
  /// The byte at `pos`, reading more input when needed; nil at the end of the input.
  @inline(__always)
  func peek() throws -> UInt8? {
    if pos < limit { return buffer[pos - base] }
    return try fill() ? buffer[pos - base] : nil
  }

  /// The byte at `pos + ahead`, or nil at the end.
  func peek(ahead: Int) throws -> UInt8? {
    while pos + ahead >= limit {
      guard try fill() else { return nil }
    }
    return buffer[pos + ahead - base]
  }

  /// Reads more input, dropping bytes before the current event. Returns false at the end.
  func fill() throws -> Bool {
    guard !endOfInput else { return false }
    let keep = eventStart
    let used = limit - base
    if keep - base > 0 && (keep - base >= capacity / 2 || capacity - used < minimumFree) {
      let (line, column) = position(of: keep)
      baseLine = line
      baseColumn = column - 1
      let remaining = limit - keep
      memmove(buffer, buffer + (keep - base), remaining)
      base = keep
    }
    if capacity - (limit - base) < minimumFree {
      if limit - keep > 4 * limits.tokenBytes + 65536 {
        throw tooLong("one token", at: keep)
      }
      let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
      bigger.update(from: buffer, count: limit - base)
      buffer.deallocate()
      buffer = bigger
      capacity *= 2
    }
    let n = try input.read(into: buffer + (limit - base), capacity: capacity - (limit - base))
    if n == 0 {
      endOfInput = true
      return false
    }
    limit += n
    return true
  }

  /// Consumes `literal` if the input continues with it.
  func consume(_ literal: StaticString) throws -> Bool {
    let count = literal.utf8CodeUnitCount
    let bytes = literal.utf8Start
    for k in 0..<count {
      guard let b = try peek(ahead: k), b == bytes[k] else { return false }
    }
    pos += count
    return true
  }

  /// Skips to just past `terminator`. With `releasing`, the bytes skipped may leave the buffer
  /// (a huge comment does not grow it); the start's position is kept for the error message.
  func skip(past terminator: [UInt8], what: String, releasing: Bool = false) throws {
    let start = eventStart
    let startPosition = releasing ? position(of: start) : nil
    var matched = 0
    while let b = try peek() {
      pos += 1
      if releasing { eventStart = pos }
      if b == terminator[matched] {
        matched += 1
        if matched == terminator.count { return }
      } else if matched == 0 {
        matched = b == terminator[0] ? 1 : 0
      } else {
        // Fall back to the longest suffix of what matched that still starts the terminator.
        var candidate = Array(terminator[0..<matched]) + [b]
        while !candidate.isEmpty && !terminator.starts(with: candidate) { candidate.removeFirst() }
        matched = candidate.count
      }
    }
    let message = "unexpected end of file in a \(what) (it started here)"
    if let (line, column) = startPosition {
      throw HexaplaError.malformedTMX(path: path, line: line, column: column, message: message)
    }
    throw error(message, at: start)
  }

  /// Whether `b` is XML white space (space, LF, TAB, CR).
  @inline(__always)
  static func isWhitespace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D
  }

  /// Skips XML white space; whether there was any.
  func skipWhitespace() throws -> Bool {
    var skipped = false
    while let b = try peek(), Self.isWhitespace(b) {
      pos += 1
      skipped = true
    }
    return skipped
  }
}
