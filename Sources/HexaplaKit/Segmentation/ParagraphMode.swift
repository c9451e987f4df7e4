/// How a text's lines map to paragraphs. A paragraph boundary is always a sentence boundary.
public enum ParagraphMode: String, CaseIterable, Sendable {
  /// Every line is a paragraph (one paragraph per line, as most exported articles are).
  case line
  /// Blocks separated by blank lines are paragraphs; single line breaks inside a block are
  /// spaces (for hard-wrapped text).
  case blank
}
