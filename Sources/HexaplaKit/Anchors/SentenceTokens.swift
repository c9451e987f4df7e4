/// What the aligner reads from one sentence: its length, its words and its anchors.
public struct SentenceTokens: Hashable, Sendable {
  /// The length in grapheme clusters (`Character`s), white space not counted.
  public var length: Int
  /// The words (letters, kana, ideographs), lower-cased, in order; used by the lexicon.
  public var words: [String]
  /// The anchors, each key at most once, in order of first occurrence.
  public var anchors: [Anchor]

  public init(length: Int, words: [String], anchors: [Anchor]) {
    self.length = length
    self.words = words
    self.anchors = anchors
  }
}
