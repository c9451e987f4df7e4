import Foundation

/// The two sides of a document pair as integers: lengths, anchor keys shared by both sides,
/// and word ids for the lexicon.
struct AlignmentFeatures {
  var sourceLengths: [Int]
  var targetLengths: [Int]
  /// Anchor keys per sentence; only keys found on both sides of the document are kept.
  var source: SentenceKeyTable
  var target: SentenceKeyTable
  /// Per key: its kind and a display form.
  var kinds: [Anchor.Kind]
  var displays: [String]
  /// Word ids per sentence, sorted and distinct (each side has its own vocabulary), and the
  /// vocabularies.
  var sourceWords: SentenceKeyTable
  var targetWords: SentenceKeyTable
  var sourceVocabulary: [String: Int32]
  var targetVocabulary: [String: Int32]
  /// Per key: which sides count it. Dictionary links count only on the side of their phrase;
  /// every other key counts on both.
  var countedSides: [KeySides]
  /// The keys of dictionary links, and how often a true pair keeps a link counted on the source
  /// (target) side: the kind's prior until `estimateDictionaryReliability` measures it.
  var dictionaryKeys: Range<Int> = 0..<0
  var dictionaryReliability: (source: Double, target: Double) = (
    Self.reliability(.lexicon), Self.reliability(.lexicon)
  )
  /// Word pairs (source word id << 32 | target word id) that the dictionary translates, and the
  /// words of each side that have a dictionary translation in the other text.
  var dictionaryWordPairs = Set<Int64>()
  var dictionarySourceWords = Set<Int32>()
  var dictionaryTargetWords = Set<Int32>()
  /// The word pairs `learnLexicon` learned, in the order of their source word ids.
  var learnedPairs: [(source: String, target: String)] = []
  /// The original word lists, for the dictionary matcher (empty unless kept).
  var sourceWordLists: [[String]]
  var targetWordLists: [[String]]

  /// How often a true translation keeps an anchor of each kind, as estimated from the texts.
  var estimatedReliabilities: [Anchor.Kind: Double] = [:]
  /// The length variance per character estimated from the texts; nil for the options' value.
  var lengthVariance: Double? = nil

  /// The features of two lists of sentence tokens (word strings kept for a dictionary).
  init(source sourceTokens: [SentenceTokens], target targetTokens: [SentenceTokens]) {
    self.init(
      source: SideTokens(sourceTokens, keepingWords: true), target: SideTokens(targetTokens, keepingWords: true))
  }

  /// The features of two sides: the key ids are the source's, then those of the target's keys
  /// the source lacks, in the order first found.
  init(source sourceSide: SideTokens, target targetSide: SideTokens) {
    sourceLengths = sourceSide.lengths
    targetLengths = targetSide.lengths
    var allKinds = sourceSide.anchorIdentities.map(\.kind)
    var allDisplays = sourceSide.anchorDisplays
    var targetIDs = [Int32](repeating: -1, count: targetSide.anchorIdentities.count)
    for (k, identity) in targetSide.anchorIdentities.enumerated() {
      if let id = sourceSide.anchorIDs[identity] {
        targetIDs[k] = id
      } else {
        targetIDs[k] = Int32(allKinds.count)
        allKinds.append(identity.kind)
        allDisplays.append(targetSide.anchorDisplays[k])
      }
    }
    var onSource = [Bool](repeating: false, count: allKinds.count)
    var onTarget = onSource
    for k in sourceSide.anchors.keys { onSource[Int(k)] = true }
    for k in targetSide.anchors.keys { onTarget[Int(targetIDs[Int(k)])] = true }
    var map = [Int32](repeating: -1, count: allKinds.count)
    kinds = []
    displays = []
    // Keys on both sides, and numbers and URLs on one side only: a translation keeps those,
    // so one that the other text lacks altogether is evidence that its sentence has no
    // counterpart (a sentence the other edition left out, or added).
    for k in 0..<allKinds.count
    where (onSource[k] && onTarget[k]) || allKinds[k] == .number || allKinds[k] == .url {
      map[k] = Int32(kinds.count)
      kinds.append(allKinds[k])
      displays.append(allDisplays[k])
    }
    func table(_ anchors: SentenceKeyTable, _ ids: (Int32) -> Int32) -> SentenceKeyTable {
      var result = SentenceKeyTable([])
      var list: [Int32] = []
      for i in 0..<anchors.count {
        list.removeAll(keepingCapacity: true)
        for k in anchors.keys(of: i) where map[Int(ids(k))] >= 0 { list.append(map[Int(ids(k))]) }
        result.append(list)
      }
      return result
    }
    source = table(sourceSide.anchors) { $0 }
    target = table(targetSide.anchors) { targetIDs[Int($0)] }
    sourceWords = sourceSide.words
    targetWords = targetSide.words
    sourceVocabulary = sourceSide.vocabulary
    targetVocabulary = targetSide.vocabulary
    countedSides = [KeySides](repeating: .both, count: kinds.count)
    sourceWordLists = sourceSide.wordLists ?? []
    targetWordLists = targetSide.wordLists ?? []
  }

  /// Drops the word ids and vocabularies (the lexicon's links are keys by now): the final
  /// passes need only the keys, and at a million sentences a side the words take about 100 MB.
  mutating func releaseWords() {
    sourceWords = SentenceKeyTable([])
    targetWords = SentenceKeyTable([])
    sourceVocabulary = [:]
    targetVocabulary = [:]
  }

  /// The same features with only the anchors of the given kinds.
  func restricted(to allowed: Set<Anchor.Kind>) -> AlignmentFeatures {
    var copy = self
    let map = kinds.map { allowed.contains($0) ? Int32(0) : Int32(-1) }
    var next: Int32 = 0
    let renumbered = map.map { m -> Int32 in
      guard m >= 0 else { return -1 }
      defer { next += 1 }
      return next
    }
    copy.source = source.remapped(renumbered)
    copy.target = target.remapped(renumbered)
    copy.kinds = kinds.indices.filter { renumbered[$0] >= 0 }.map { kinds[$0] }
    copy.displays = kinds.indices.filter { renumbered[$0] >= 0 }.map { displays[$0] }
    copy.countedSides = kinds.indices.filter { renumbered[$0] >= 0 }.map { countedSides[$0] }
    let keptDictionaryKeys = dictionaryKeys.filter { renumbered[$0] >= 0 }.map { Int(renumbered[$0]) }
    copy.dictionaryKeys =
      keptDictionaryKeys.count == dictionaryKeys.count && !keptDictionaryKeys.isEmpty
      ? keptDictionaryKeys[0]..<(keptDictionaryKeys[0] + keptDictionaryKeys.count) : 0..<0
    return copy
  }

  /// The cost model over these features, for the given shapes (nil: all up to `maxSide`).
  func costModel(
    maxSide: Int, shapes: [BeadShape]? = nil, options: AlignerOptions, sourceParagraphs: [Int]?,
    targetParagraphs: [Int]?, sourceBoundaryCosts: [Double]? = nil, targetBoundaryCosts: [Double]? = nil
  ) -> BeadCostModel {
    BeadCostModel(
      sourceLengths: sourceLengths, targetLengths: targetLengths, source: source, target: target,
      reliabilities: reliabilities(), countedSides: countedSides, maxSide: maxSide, shapes: shapes,
      variance: lengthVariance ?? options.lengthVariance,
      sourceParagraphs: sourceParagraphs, targetParagraphs: targetParagraphs,
      paragraphCost: options.paragraphCrossingCost,
      paragraphMismatchCost: options.paragraphMismatchCost, skipLengthWeight: options.skipLengthWeight,
      sourceBoundaryCosts: sourceBoundaryCosts, targetBoundaryCosts: targetBoundaryCosts)
  }

  /// The path that pairs equal fractions of the two texts' lengths: a guide for the first pass.
  func lengthDiagonal() -> [(Int, Int)] {
    let totalSource = Double(max(1, sourceLengths.reduce(0, +)))
    let totalTarget = Double(max(1, targetLengths.reduce(0, +)))
    var cells: [(Int, Int)] = [(0, 0)]
    var j = 0
    var targetSoFar = 0.0
    var sourceSoFar = 0.0
    for i in 0..<sourceLengths.count {
      sourceSoFar += Double(sourceLengths[i])
      let goal = sourceSoFar / totalSource * totalTarget
      while j < targetLengths.count, targetSoFar + Double(targetLengths[j]) / 2 <= goal {
        targetSoFar += Double(targetLengths[j])
        j += 1
      }
      cells.append((i + 1, j))
    }
    cells.append((sourceLengths.count, targetLengths.count))
    return cells
  }

  /// The display forms of keys (lexicon links excluded), in order.
  func displays(of keys: [Int32]) -> [String] {
    var seen: Set<String> = []
    // Two kinds of key can show the same text (`Marina` as a Latin word and as a name read
    // from katakana): once.
    return keys.filter { kinds[Int($0)] != .lexicon }.map { displays[Int($0)] }.filter { seen.insert($0).inserted }
  }

}
