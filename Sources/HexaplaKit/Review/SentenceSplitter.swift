/// The sentences of a unit's segment, for splitting and moving them: Hexapla's segmenter with
/// the language's built-in rules, one per language, made when first needed.
final class SentenceSplitter {
  private var segmenters: [LanguageTag: Segmenter] = [:]

  /// The sentences of `text`, on one line each; the whole text as one sentence when ICU has no
  /// rules for the language.
  /// - Complexity: O(n) in the length of the text.
  func sentences(of text: String, in language: LanguageTag) -> [String] {
    let trimmed = text.trimmingWhitespace()
    guard !trimmed.isEmpty else { return [] }
    if segmenters[language] == nil { segmenters[language] = try? Segmenter(language: language) }
    guard let segmenter = segmenters[language], let found = try? segmenter.segment(trimmed), !found.isEmpty else {
      return [trimmed]
    }
    return found.map { $0.singleLineText.trimmingWhitespace() }.filter { !$0.isEmpty }
  }
}
