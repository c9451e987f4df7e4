/// One unit of an alignment: the same content in one or more languages, with the evidence
/// that put it together. The aligner produces units; TMX, export and inspect consume them.
public struct AlignedUnit: Hashable, Sendable {
  /// The sentences of one language in a unit.
  public struct Variant: Hashable, Sendable {
    /// The language of the edition.
    public var language: LanguageTag
    /// The sentences, in source order (several for a 2-1 bead; none when the language is missing).
    public var sentences: [Sentence]
    /// 0-based indices of those sentences in their edition.
    public var sentenceIndices: [Int]

    public init(language: LanguageTag, sentences: [Sentence], sentenceIndices: [Int]) {
      self.language = language
      self.sentences = sentences
      self.sentenceIndices = sentenceIndices
    }

    /// The sentences on one line, joined with a space, or with nothing for languages written
    /// without spaces between sentences (Chinese, Japanese).
    public var text: String {
      let separator = language.joinsSentencesWithoutSpace ? "" : " "
      return sentences.map(\.singleLineText).joined(separator: separator)
    }
  }

  /// One variant per edition, in edition order; a variant with no sentences means the
  /// language has no counterpart in this unit.
  public var variants: [Variant]
  /// Confidence in [0, 1]: higher is more likely correct.
  public var score: Double
  /// The bead type, sentence counts per edition joined by `-` (`1-1`, `2-1`, `1-0`, `1-1-2`).
  public var beadType: String
  /// The anchors both sides share (numbers, names, URLs...), in display form.
  public var anchors: [String]
  /// The document (article) the unit came from, if known.
  public var document: String?
  /// For a boilerplate line kept as a unit of its own, what kind of page furniture it is.
  public var boilerplate: BoilerplateKind?

  /// The score below which a unit is low-confidence: one threshold for `align`'s summary,
  /// `inspect --suspicious` and the HTML report's weak units.
  public static let lowConfidenceScore = 0.5

  public init(
    variants: [Variant], score: Double, beadType: String, anchors: [String] = [], document: String? = nil,
    boilerplate: BoilerplateKind? = nil
  ) {
    self.variants = variants
    self.score = score
    self.beadType = beadType
    self.anchors = anchors
    self.document = document
    self.boilerplate = boilerplate
  }
}

extension LanguageTag {
  /// Whether sentences of this language follow each other without a space (Chinese, Japanese).
  public var joinsSentencesWithoutSpace: Bool {
    ["zh", "ja", "yue", "wuu", "lzh"].contains(language)
  }

  /// Whether a space can end a sentence of this language, which has no full stop or uses one
  /// rarely (Thai, Lao, Khmer): its sentence boundaries are the least certain.
  public var endsSentencesWithSpace: Bool {
    ["th", "lo", "km"].contains(language)
  }
}
