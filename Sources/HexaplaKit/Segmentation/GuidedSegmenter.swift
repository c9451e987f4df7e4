/// Segments a text with the help of a translation of it (its guide): the text is segmented on
/// its own, aligned with the segmented guide, and then
/// - a sentence paired with several guide sentences is re-cut to match them where the pieces'
///   length shares fit the guide's: in languages that end sentences with a space at any space
///   or terminal punctuation, in others only where the segmenter guessed (see
///   `cutsOnlyAtGuessedFullStops`);
/// - in languages that end sentences with a space (Thai, Lao, Khmer), sentences paired with a
///   single guide sentence are joined again where the rules had cut at a bare space (the text
///   is cut at every space that may end a sentence for this, see
///   `SegmentationRules.cutsAtEveryLikelySpace`).
///
/// Thai marks sentence ends only with a space, which also separates clauses, list items and
/// names; a translation tells which of those spaces end sentences.
public struct GuidedSegmenter: Sendable {
  /// The language of the text.
  public var language: LanguageTag
  /// The language of the guide.
  public var guideLanguage: LanguageTag
  /// How lines make paragraphs, in both texts.
  public var paragraphMode: ParagraphMode
  /// The aligner's settings.
  public var alignerOptions: AlignerOptions
  /// Whether cuts fall only where the segmenter had to guess (the default; false: after any
  /// terminal punctuation): after an abbreviation that may end a sentence (`г.`, `etc.`), after
  /// an ordinal-looking number where ordinals take a full stop (`lat 70.`), and at a missing full
  /// stop before a capitalised sentence starter (`durchgeführt Das wird`). Languages that end
  /// sentences with a space ignore it.
  public var cutsOnlyAtGuessedFullStops = true

  public init(
    language: LanguageTag, guideLanguage: LanguageTag, paragraphMode: ParagraphMode = .line,
    alignerOptions: AlignerOptions = AlignerOptions()
  ) {
    self.language = language
    self.guideLanguage = guideLanguage
    self.paragraphMode = paragraphMode
    self.alignerOptions = alignerOptions
  }

  /// The sentences of `text`, cut as its translation `guide` suggests.
  /// - Parameter rules: the segmentation rules of `text` (its language's built-in rules by default).
  /// - Throws: `HexaplaError.icuFailure` when ICU cannot segment either text.
  public func segment(_ text: String, guide: String, rules: SegmentationRules? = nil) throws -> [Sentence] {
    var ownRules = rules ?? SegmentationRules.builtIn(for: language)
    ownRules.cutsAtEveryLikelySpace = true
    let own = try Segmenter(language: language, paragraphMode: paragraphMode, rules: ownRules).segment(text)
    let guideSentences = try Segmenter(language: guideLanguage, paragraphMode: paragraphMode).segment(guide)
    guard !own.isEmpty, !guideSentences.isEmpty else { return own }
    let beads = try Aligner(options: alignerOptions).align(
      source: guideSentences, sourceLanguage: guideLanguage, target: own, targetLanguage: language
    ).beads
    return refine(own, text: text, guide: guideSentences, beads: beads)
  }

  /// `own` (the sentences of `text`) re-cut bead by bead, where `beads` pair `guide` (as
  /// source) with `own` (as target).
  /// - Complexity: as `refinedAlignment`.
  public func refine(_ own: [Sentence], text: String, guide: [Sentence], beads: [Bead]) -> [Sentence] {
    refinedAlignment(own, text: text, guide: guide, beads: beads).sentences
  }

  /// `own` re-cut bead by bead as `refine` does, with the beads rewritten for the new
  /// sentences: a bead whose sentence was cut for its several guide sentences becomes one
  /// 1-1 bead per guide sentence (its score, and the anchors found in either side's text);
  /// a joined bead pairs its guide sentence with what the join left; others keep their pairs.
  /// - Complexity: O(*n*) in the length of `text`, plus one `PivotGuidedSplitter.split` per bead
  ///   with two or more guide sentences (each sentence of `own` goes to the splitter at most once).
  public func refinedAlignment(_ own: [Sentence], text: String, guide: [Sentence], beads: [Bead]) -> (
    sentences: [Sentence], beads: [Bead]
  ) {
    var splitter = PivotGuidedSplitter(language: language)
    splitter.allowsClauseCuts = false
    if cutsOnlyAtGuessedFullStops, !language.endsSentencesWithSpace {
      splitter.uncertainOnly = SegmentationRules.builtIn(for: language)
    }
    let utf8 = Array(text.utf8)
    var result: [Sentence] = []
    result.reserveCapacity(own.count)
    var newBeads: [Bead] = []
    newBeads.reserveCapacity(beads.count)
    func append(_ sentences: [Sentence], for bead: Bead) {
      newBeads.append(
        Bead(
          source: bead.source, target: result.count..<(result.count + sentences.count), score: bead.score,
          anchors: bead.anchors))
      result += sentences
    }
    for bead in beads {
      let sentences = Array(own[bead.target])
      if bead.source.count >= 2, !sentences.isEmpty {
        let lengths = guide[bead.source].map { $0.text.reduce(0) { $0 + ($1.isWhitespace ? 0 : 1) } }
        let numbers = guide[bead.source].map { PivotGuidedSplitter.digitRuns(Array($0.text)).map(\.text) }
        if let pieces = splitter.split(sentences, pivotLengths: lengths, pivotNumbers: numbers),
          language.endsSentencesWithSpace || PivotGuidedSplitter.keepsBoundaries(of: sentences, in: pieces)
        {
          for (g, piece) in zip(bead.source, pieces) {
            let anchors = bead.anchors.filter { piece.text.contains($0) || guide[g].text.contains($0) }
            newBeads.append(
              Bead(source: g..<(g + 1), target: result.count..<(result.count + 1), score: bead.score, anchors: anchors))
            result.append(piece)
          }
          continue
        }
      }
      if bead.source.count == 1, language.endsSentencesWithSpace, sentences.count >= 2 {
        append(joinedAtSpaces(sentences, utf8: utf8), for: bead)
        continue
      }
      append(sentences, for: bead)
    }
    return (result, newBeads)
  }

  /// `sentences` with each pair that the rules cut at a bare space (no terminal punctuation
  /// before it) inside one paragraph joined into one sentence, its text taken from the source.
  private func joinedAtSpaces(_ sentences: [Sentence], utf8: [UInt8]) -> [Sentence] {
    var result: [Sentence] = [sentences[0]]
    for sentence in sentences.dropFirst() {
      let last = result[result.count - 1]
      guard last.paragraph == sentence.paragraph, !Self.endsWithTerminalPunctuation(last.text),
        last.range.upperBound <= sentence.range.lowerBound, sentence.range.upperBound <= utf8.count
      else {
        result.append(sentence)
        continue
      }
      let range = last.range.lowerBound..<sentence.range.upperBound
      result[result.count - 1] = Sentence(
        text: String(decoding: utf8[range], as: UTF8.self), paragraph: last.paragraph, range: range)
    }
    return result
  }

  /// Whether `text` ends with a sentence terminator (Unicode's Sentence_Terminal, or `…`),
  /// closing quotes and brackets after it allowed.
  static func endsWithTerminalPunctuation(_ text: String) -> Bool {
    for character in text.reversed() {
      if character == "…" || character.unicodeScalars.contains(where: { $0.properties.isSentenceTerminal }) {
        return true
      }
      guard character.isPunctuation || character.isWhitespace else { return false }
    }
    return false
  }
}
