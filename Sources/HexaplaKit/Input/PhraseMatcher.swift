/// Finds phrases of a vocabulary in a line of text, word by word: in scripts that space their
/// words a phrase matches whole words only ("print" is not found in "printer"); in scripts that
/// do not (Han, kana, Hangul, Thai, ...) it matches any run of letters.
///
/// Text and phrases are compared as `FoldedText`.
struct PhraseMatcher<Tag: Sendable & Equatable>: Sendable {
  /// A phrase found: its tag and where it stands in the folded text.
  struct Match: Sendable {
    let tag: Tag
    let range: Range<Int>
    /// The letters matched (spaces inside the phrase not counted).
    let letters: Int
  }

  /// Phrases by their first folded character, longest first.
  private let index: [Character: [(phrase: [Character], tag: Tag)]]

  /// Indexes `phrases`; a phrase listed twice keeps its first tag.
  init(_ phrases: [(String, Tag)]) {
    var index: [Character: [(phrase: [Character], tag: Tag)]] = [:]
    var seen = Set<[Character]>()
    // A phrase given again (CLDR's stand-alone month names are mostly the format ones) folds to
    // what is already kept: it is passed over before folding.
    var given = Set<String>()
    for (phrase, tag) in phrases where given.insert(phrase).inserted {
      // A name written with inner capitals ("LinkedIn") folds to two words; written in
      // lower case, to one. Both are kept.
      // (Folded once when the phrase is its own lower case, as most are.)
      let lower = phrase.lowercased()
      let own = FoldedText(phrase).characters
      for folded in lower.utf8.elementsEqual(phrase.utf8) ? [own] : [own, FoldedText(lower).characters]
      where seen.insert(folded).inserted {
        if let first = folded.first { index[first, default: []].append((folded, tag)) }
      }
    }
    self.index = index.mapValues { $0.sorted { $0.phrase.count > $1.phrase.count } }
  }

  /// The phrases found in `text`, left to right, each the longest that starts there.
  /// - Complexity: O(n · k · m) for n folded characters, at most k phrases sharing a first
  ///   character and phrases of at most m characters.
  func matches(in text: FoldedText) -> [Match] {
    let characters = text.characters
    var found: [Match] = []
    var i = 0
    while i < characters.count {
      guard characters[i] != " ", text.isBoundary(i),
        let candidates = index[characters[i]],
        let match = candidates.first(where: { candidate in
          let end = i + candidate.phrase.count
          return end <= characters.count && text.isBoundary(end)
            && characters[i..<end].elementsEqual(candidate.phrase)
        })
      else {
        i += 1
        continue
      }
      let range = i..<(i + match.phrase.count)
      found.append(Match(tag: match.tag, range: range, letters: match.phrase.count { $0 != " " }))
      i = range.upperBound
    }
    return found
  }
}
