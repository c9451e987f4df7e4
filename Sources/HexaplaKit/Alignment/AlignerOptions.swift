/// Settings of the aligner. The defaults are the same for every language pair.
public struct AlignerOptions: Sendable {
  /// The most sentences one side of a bead may hold (1-4 and 4-1 beads with the default 4).
  public var maxBeadSide: Int = 4
  /// The cost (in nats, on top of the length and anchor terms) of leaving a sentence without a
  /// counterpart: -log of the prior probability of a 1-0 or 0-1 bead (Gale and Church's 0.0099,
  /// split between the two).
  public var skipCost: Double = 5.3
  /// The share of Gale and Church's length cost of an empty counterpart that a 1-0 or 0-1 bead
  /// pays, so that long sentences are left unpaired less readily than short ones. On the dev
  /// sets every value from 0.1 to 0.5 helped (strict F1) and 1 hurt the 1-0/0-1 beads; 0.2
  /// sits inside that range. 0 leaves only `skipCost` and the unmatched anchors.
  public var skipLengthWeight: Double = 0.2
  /// Whether the cost of a sentence without counterpart is re-estimated from the pair itself
  /// (how many 1-0 and 0-1 beads the final pass's path has, around `skipCost`), and the final
  /// pass run again when that makes such sentences markedly cheaper:
  /// a free translation or an edition with additions leaves more sentences unexplained.
  public var estimatesSkipCosts: Bool = true
  /// Half the width, in sentences, of the band around the first-pass path searched by the
  /// final pass; the band widens where the path touches its edge.
  public var bandWidth: Int = 12
  /// Half the width of the first pass's band around the length diagonal (it also widens).
  public var firstPassBandWidth: Int = 48
  /// The variance of the length difference per character (Gale and Church's 6.8): the
  /// length model's value, or its prior when `estimatesLengthVariance`.
  public var lengthVariance: Double = 6.8
  /// Whether to estimate the length variance of the two texts (from the confident 1-1 beads
  /// of the first pass, around `lengthVariance`) instead of using it as it is: a close
  /// translation varies far less than Gale and Church's parliamentary proceedings, and its
  /// variance is what tells a sentence glued to a neighbour from a fair 1-1.
  public var estimatesLengthVariance: Bool = true
  /// The cost of a bead that spans a paragraph boundary on one side (paragraphs are soft anchors).
  public var paragraphCrossingCost: Double = 2.0
  /// The cost of a bead that pairs a sentence of the k-th paragraph with one of another, when
  /// the two texts' paragraphs correspond (as many of them, boundaries at about the same share
  /// of the text): -log of how rarely a translator moves a sentence across paragraphs while
  /// keeping their number, taken as 1 in 100,000. It has to be rarer than what such a pairing
  /// otherwise stands for: a sentence added to one paragraph and another left out of the next
  /// (two sentences without counterpart, 2 x `skipCost`), which a path shifted by one sentence
  /// across the boundary explains away (at 1 in 1,000, 6.9 nats, it did: a whole paragraph's
  /// sentences each paired with the next one's translation).
  public var paragraphMismatchCost: Double = 11.5
  /// A bilingual dictionary whose word pairs become lexical anchors, in either direction.
  public var dictionary: BilingualDictionary? = nil
  /// Whether to learn a word translation table from the confident 1-1 beads of a first
  /// alignment and realign with it.
  public var learnsLexicon: Bool = true
  /// A table learned beforehand (over a corpus of this language pair: `EditionAligner.learnLexicon`,
  /// or saved by `hexapla dict build --learn-from`), used in place of the one this pair's own
  /// beads would give when `learnsLexicon` is set, for texts of at least 20 sentences a side
  /// (shorter ones learn no table of their own and take none); nil: learn from this pair alone.
  public var learnedLexicon: LearnedLexicon? = nil
  /// When set, the aligner only collects: it adds the word counts of its first pass's
  /// confident 1-1 beads to the collector (once per document) and returns that first path.
  var lexiconCollection: (collector: LexiconCollector, document: String)? = nil
  /// Whether to estimate, per anchor kind, how often translations keep anchors (from the
  /// confident 1-1 beads of the first pass) instead of using fixed values.
  public var estimatesReliabilities: Bool = true

  public init() {}
}
