internal import CICU

/// Owns an ICU break iterator for one locale and finds all boundaries of a text in one call.
///
/// Not thread-safe: give each thread its own.
final class ICUBreakIterator {
  /// Which boundaries the iterator finds.
  enum Kind: Int32 {
    case character = 0
    case word = 1
    case line = 2
    case sentence = 3
  }

  private let handle: OpaquePointer
  private var boundaryBuffer: [Int32] = []
  private var statusBuffer: [Int32] = []

  /// Opens an iterator.
  /// - Throws: `HexaplaError.icuFailure` when ICU cannot open one for the locale.
  init(_ kind: Kind, locale: String) throws {
    var status: Int32 = 0
    guard let handle = hx_break_open(kind.rawValue, locale, &status) else {
      throw HexaplaError.icuFailure(operation: "ubrk_open(\(locale))", code: status)
    }
    self.handle = handle
  }

  deinit { hx_break_close(handle) }

  /// Calls `body` with the boundaries of `text` (UTF-16 offsets, including 0 and the end)
  /// and, for each boundary, the ICU rule status of the segment that ends there.
  func withBoundaries<R>(
    of text: UnsafeBufferPointer<UInt16>,
    _ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>) throws -> R
  ) throws -> R {
    let capacity = text.count + 1
    if boundaryBuffer.count < capacity {
      boundaryBuffer = Array(repeating: 0, count: capacity)
      statusBuffer = Array(repeating: 0, count: capacity)
    }
    var status: Int32 = 0
    let count = boundaryBuffer.withUnsafeMutableBufferPointer { boundaries in
      statusBuffer.withUnsafeMutableBufferPointer { statuses in
        hx_break_all(
          handle, text.baseAddress, Int32(text.count), boundaries.baseAddress,
          statuses.baseAddress, Int32(capacity), &status)
      }
    }
    guard count >= 0 else {
      throw HexaplaError.icuFailure(operation: "ubrk_setText", code: status)
    }
    return try boundaryBuffer.withUnsafeBufferPointer { boundaries in
      try statusBuffer.withUnsafeBufferPointer { statuses in
        try body(
          UnsafeBufferPointer(rebasing: boundaries[0..<Int(count)]),
          UnsafeBufferPointer(rebasing: statuses[0..<Int(count)]))
      }
    }
  }
}
