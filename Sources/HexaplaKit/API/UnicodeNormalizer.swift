internal import CICU

/// Unicode normalisation through ICU.
public enum UnicodeNormalizer {
  /// Normalisation forms.
  public enum Form: Int32, Sendable {
    case nfc = 0
    case nfd
    case nfkc
    case nfkcCaseFold
  }

  /// The text in the given normalisation form.
  public static func normalize(_ text: String, to form: Form) -> String {
    let source = Array(text.utf16)
    if source.isEmpty { return text }
    var capacity = source.count + source.count / 2 + 16
    while true {
      var destination = [UInt16](repeating: 0, count: capacity)
      var status: Int32 = 0
      let needed = destination.withUnsafeMutableBufferPointer { out in
        hx_normalize(form.rawValue, source, Int32(source.count), out.baseAddress, Int32(capacity), &status)
      }
      if needed < 0 { return text }
      if Int(needed) <= capacity {
        return String(decoding: destination[0..<Int(needed)], as: UTF16.self)
      }
      capacity = Int(needed)
    }
  }
}
