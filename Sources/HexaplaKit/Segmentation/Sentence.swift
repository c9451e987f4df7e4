/// A sentence and its place in the source text.
public struct Sentence: Hashable, Sendable {
  /// The sentence text, exactly as in the source (inner line breaks kept; no surrounding
  /// white space).
  public var text: String
  /// The 0-based paragraph the sentence belongs to.
  public var paragraph: Int
  /// The sentence's range in the source text, in UTF-8 bytes.
  public var range: Range<Int>

  public init(text: String, paragraph: Int, range: Range<Int>) {
    self.text = text
    self.paragraph = paragraph
    self.range = range
  }

  /// The text on one line: every run of line breaks becomes one space.
  public var singleLineText: String {
    guard text.utf16.contains(where: \.isLineTerminatorUnit) else { return text }
    var result = ""
    var previousWasBreak = false
    for scalar in text.unicodeScalars {
      if scalar.value < 0x10000, UInt16(scalar.value).isLineTerminatorUnit {
        if !previousWasBreak { result.unicodeScalars.append(" ") }
        previousWasBreak = true
      } else {
        result.unicodeScalars.append(scalar)
        previousWasBreak = false
      }
    }
    return result
  }
}
