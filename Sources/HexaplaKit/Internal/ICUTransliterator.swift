internal import CICU

/// Owns an ICU transliterator (such as `Any-Latin; Latin-ASCII; Lower`) and caches its results.
///
/// Not thread-safe: give each thread its own.
final class ICUTransliterator {
  private let handle: OpaquePointer
  private var cache: [String: String] = [:]
  private var buffer: [UInt16] = Array(repeating: 0, count: 256)

  /// Opens a transliterator.
  /// - Throws: `HexaplaError.icuFailure` when ICU does not know the id.
  init(_ identifier: String) throws {
    var status: Int32 = 0
    guard let handle = hx_translit_open(identifier, &status) else {
      throw HexaplaError.icuFailure(operation: "utrans_openU(\(identifier))", code: status)
    }
    self.handle = handle
  }

  deinit { hx_translit_close(handle) }

  /// The transliteration of `text` (the text itself when ICU fails).
  func apply(_ text: String) -> String {
    if let cached = cache[text] { return cached }
    let source = Array(text.utf16)
    var result = text
    while true {
      var status: Int32 = 0
      let capacity = buffer.count
      let n = buffer.withUnsafeMutableBufferPointer { out in
        hx_translit_apply(handle, source, Int32(source.count), out.baseAddress, Int32(capacity), &status)
      }
      if n < 0 { break }
      if Int(n) > capacity || source.count > capacity {
        buffer = Array(repeating: 0, count: max(Int(n), source.count * 4) + 16)
        continue
      }
      result = String(decoding: buffer[0..<Int(n)], as: UTF16.self)
      break
    }
    if cache.count > 200_000 { cache.removeAll(keepingCapacity: true) }
    cache[text] = result
    return result
  }
}
