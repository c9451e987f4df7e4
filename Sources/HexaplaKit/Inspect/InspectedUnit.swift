/// One translation unit as `hexapla inspect` sees it: its position in the file, its text per
/// language and whatever evidence the file recorded (bead type, score, anchors, document).
///
/// Every field except the number and the variants is optional, so units from TMX written by
/// other tools (no Hexapla props) display too.
public struct InspectedUnit: Hashable, Sendable {
  /// The text of one language in the unit.
  public struct Variant: Hashable, Sendable {
    /// The language as written in the file (`xml:lang`), such as `en` or `zh-Hans`.
    public var language: String
    /// The segment text.
    public var text: String

    public init(language: String, text: String) {
      self.language = language
      self.text = text
    }
  }

  /// The 1-based position of the unit in the file.
  public var number: Int
  /// The unit's `tuid`, if any.
  public var identifier: String?
  /// The variants in file order.
  public var variants: [Variant]
  /// The bead type (`1-1`, `2-1`, `1-0`), from `x-bead`.
  public var beadType: String?
  /// The confidence in [0, 1], from `x-score`.
  public var score: Double?
  /// Anchors both sides share (numbers, names...), from `x-anchors`.
  public var anchors: [String]
  /// The document (article) the unit came from, from `x-document`.
  public var document: String?
  /// The number of sentences per language when the file records them (`x-sentences-LANG`
  /// props listing the unit's sentence indices in that edition).
  public var sentenceCounts: [String: Int]

  public init(
    number: Int, identifier: String? = nil, variants: [Variant], beadType: String? = nil,
    score: Double? = nil, anchors: [String] = [], document: String? = nil,
    sentenceCounts: [String: Int] = [:]
  ) {
    self.number = number
    self.identifier = identifier
    self.variants = variants
    self.beadType = beadType
    self.score = score
    self.anchors = anchors
    self.document = document
    self.sentenceCounts = sentenceCounts
  }

  /// The text of `language`, or nil when the unit has no non-empty segment in it.
  public func text(in language: String) -> String? {
    for variant in variants where variant.language == language {
      if !variant.text.allSatisfy({ $0.isWhitespace }) { return variant.text }
    }
    return nil
  }

  /// The languages with non-empty text in this unit.
  public var presentLanguages: [String] {
    variants.compactMap { $0.text.allSatisfy({ $0.isWhitespace }) ? nil : $0.language }
  }
}

extension InspectedUnit {
  /// The number of sentences of `language` in the unit: from `x-sentences-LANG` when the file
  /// records it, else 1 for a non-empty segment and 0 for none.
  public func sentenceCount(in language: String) -> Int {
    if let count = sentenceCounts[language], count > 0 { return count }
    return text(in: language) == nil ? 0 : 1
  }
}
