extension String {
  /// The text with each control picture (U+2400 ␀ ... U+241F, such as ␇ and ␛) replaced by the
  /// control character it stands for: test arguments hold the pictures, so the test log shows
  /// them instead of sending raw BEL and ESC to the terminal.
  var withControlCharacters: String {
    String(
      String.UnicodeScalarView(
        unicodeScalars.map { (0x2400...0x241F).contains($0.value) ? Unicode.Scalar($0.value - 0x2400)! : $0 }))
  }
}
