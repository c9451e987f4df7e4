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
  public var singleLineText: String { text.onOneLine(replacingTabs: false, collapsingBreaks: true) }
}
