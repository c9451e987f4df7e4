/// One side of a document pair as integers, gathered a sentence at a time so that no
/// sentence's strings outlive its reading: lengths, anchors interned on this side, and word ids.
struct SideTokens {
  /// An anchor's identity: two anchors match when their kinds and keys are equal.
  struct AnchorIdentity: Hashable {
    var kind: Anchor.Kind
    var key: String
  }

  /// Per sentence, its length.
  var lengths: [Int] = []
  /// Per sentence, its anchors as indices into `anchorIdentities` and `anchorDisplays`, which
  /// hold them in the order first found.
  var anchors = SentenceKeyTable([])
  var anchorIdentities: [AnchorIdentity] = []
  var anchorDisplays: [String] = []
  var anchorIDs: [AnchorIdentity: Int32] = [:]
  /// Per sentence, its distinct word ids, and the vocabulary that numbers the words in the
  /// order first found.
  var words = SentenceKeyTable([])
  var vocabulary: [String: Int32] = [:]
  /// Per sentence, its words as strings, when kept (a dictionary matches them).
  var wordLists: [[String]]?

  /// An empty side; `keepingWords` keeps every sentence's word strings too.
  init(keepingWords: Bool) {
    wordLists = keepingWords ? [] : nil
  }

  /// The side of the given sentences.
  init(_ sentences: [SentenceTokens], keepingWords: Bool) {
    self.init(keepingWords: keepingWords)
    for sentence in sentences { append(sentence) }
  }

  /// The number of sentences.
  var count: Int { lengths.count }

  /// Adds the next sentence.
  mutating func append(_ sentence: SentenceTokens) {
    var ids: [Int32] = []
    ids.reserveCapacity(sentence.words.count)
    for word in sentence.words {
      if let id = vocabulary[word] {
        ids.append(id)
      } else {
        let id = Int32(vocabulary.count)
        vocabulary[word] = id
        ids.append(id)
      }
    }
    append(sentence, wordIDs: ids)
  }

  /// Adds the next sentence, its words already numbered (by an `AnchorExtractor` that read
  /// every sentence of this side in order: its `vocabulary` becomes this side's at the end).
  mutating func append(_ sentence: SentenceTokens, wordIDs: [Int32]) {
    lengths.append(sentence.length)
    var ids: [Int32] = []
    ids.reserveCapacity(sentence.anchors.count)
    for anchor in sentence.anchors {
      let identity = AnchorIdentity(kind: anchor.kind, key: anchor.key)
      if let id = anchorIDs[identity] {
        ids.append(id)
      } else {
        let id = Int32(anchorIdentities.count)
        anchorIDs[identity] = id
        anchorIdentities.append(identity)
        anchorDisplays.append(anchor.display)
        ids.append(id)
      }
    }
    anchors.append(ids)
    words.append(wordIDs)
    wordLists?.append(sentence.words)
  }
}
