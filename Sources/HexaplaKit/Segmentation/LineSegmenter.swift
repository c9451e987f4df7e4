/// Pre-segmented text: one sentence per line, taken as is (each line is also its own
/// paragraph). Line `k` is sentence `k`, blank lines included, so indices match gold files.
public enum LineSegmenter {
  /// The lines of `text` as sentences (LF, CRLF or CR endings; a final line break does not
  /// add an empty sentence), with their UTF-8 ranges.
  public static func sentences(in text: String) -> [Sentence] {
    var sentences: [Sentence] = []
    let bytes = Array(text.utf8)
    var start = 0
    var i = 0
    func emit(_ end: Int) {
      sentences.append(
        Sentence(
          text: String(decoding: bytes[start..<end], as: UTF8.self), paragraph: sentences.count,
          range: start..<end))
    }
    while i < bytes.count {
      if bytes[i] == 0x0A || bytes[i] == 0x0D {
        emit(i)
        if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
        start = i + 1
      }
      i += 1
    }
    if start < bytes.count { emit(bytes.count) }
    return sentences
  }
}
