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
  /// Word ids per sentence (each side has its own vocabulary) and the vocabularies.
  var sourceWords: [[Int32]]
  var targetWords: [[Int32]]
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
  /// The original word lists, for the dictionary matcher.
  var sourceWordLists: [[String]]
  var targetWordLists: [[String]]

  /// How often a true translation keeps an anchor of each kind, as estimated from the texts.
  var estimatedReliabilities: [Anchor.Kind: Double] = [:]
  /// The length variance per character estimated from the texts; nil for the options' value.
  var lengthVariance: Double? = nil

  init(source sourceTokens: [SentenceTokens], target targetTokens: [SentenceTokens]) {
    sourceLengths = sourceTokens.map(\.length)
    targetLengths = targetTokens.map(\.length)
    var ids: [String: Int32] = [:]
    var allKinds: [Anchor.Kind] = []
    var allDisplays: [String] = []
    func intern(_ tokens: [SentenceTokens]) -> [[Int32]] {
      tokens.map { sentence in
        sentence.anchors.map { anchor in
          let full = "\(anchor.kind.rawValue)\u{1}\(anchor.key)"
          if let id = ids[full] { return id }
          let id = Int32(allKinds.count)
          ids[full] = id
          allKinds.append(anchor.kind)
          allDisplays.append(anchor.display)
          return id
        }
      }
    }
    let sourceLists = intern(sourceTokens)
    let targetLists = intern(targetTokens)
    var onSource = [Bool](repeating: false, count: allKinds.count)
    var onTarget = onSource
    for list in sourceLists { for k in list { onSource[Int(k)] = true } }
    for list in targetLists { for k in list { onTarget[Int(k)] = true } }
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
    source = SentenceKeyTable(sourceLists.map { $0.compactMap { map[Int($0)] >= 0 ? map[Int($0)] : nil } })
    target = SentenceKeyTable(targetLists.map { $0.compactMap { map[Int($0)] >= 0 ? map[Int($0)] : nil } })
    func words(_ tokens: [SentenceTokens], _ vocabulary: inout [String: Int32]) -> [[Int32]] {
      tokens.map { sentence in
        Array(
          Set(
            sentence.words.map { word in
              if let id = vocabulary[word] { return id }
              let id = Int32(vocabulary.count)
              vocabulary[word] = id
              return id
            })
        ).sorted()
      }
    }
    var sv: [String: Int32] = [:]
    var tv: [String: Int32] = [:]
    sourceWords = words(sourceTokens, &sv)
    targetWords = words(targetTokens, &tv)
    sourceVocabulary = sv
    targetVocabulary = tv
    countedSides = [KeySides](repeating: .both, count: kinds.count)
    sourceWordLists = sourceTokens.map(\.words)
    targetWordLists = targetTokens.map(\.words)
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

  /// The cost model over these features.
  func costModel(
    maxSide: Int, options: AlignerOptions, sourceParagraphs: [Int]?, targetParagraphs: [Int]?,
    sourceBoundaryCosts: [Double]? = nil
  ) -> BeadCostModel {
    BeadCostModel(
      sourceLengths: sourceLengths, targetLengths: targetLengths, source: source, target: target,
      reliabilities: reliabilities(), countedSides: countedSides, maxSide: maxSide,
      variance: lengthVariance ?? options.lengthVariance,
      sourceParagraphs: sourceParagraphs, targetParagraphs: targetParagraphs,
      paragraphCost: options.paragraphCrossingCost,
      paragraphMismatchCost: options.paragraphMismatchCost, skipLengthWeight: options.skipLengthWeight,
      sourceBoundaryCosts: sourceBoundaryCosts)
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
