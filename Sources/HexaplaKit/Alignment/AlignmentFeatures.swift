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
  /// Per key: which sides count it (bit 1: the source side, bit 2: the target side). Dictionary
  /// links count only on the side of their phrase; every other key counts on both.
  var countingSides: [UInt8]
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
  private(set) var learnedPairs: [(source: String, target: String)] = []
  /// The original word lists, for the dictionary matcher.
  private var sourceWordLists: [[String]]
  private var targetWordLists: [[String]]

  /// How often a true translation keeps an anchor of each kind, as estimated from the texts.
  var estimatedReliabilities: [Anchor.Kind: Double] = [:]

  /// Estimates, per kind, how often a key of one side of a confident 1-1 bead is found on the
  /// other side (kinds with fewer than 30 keys keep their prior value).
  mutating func estimateReliabilities(from pairs: [(Int, Int)]) {
    var total: [Anchor.Kind: Int] = [:]
    var matched: [Anchor.Kind: Int] = [:]
    for (i, j) in pairs {
      for key in source.keys(of: i) where countingSides[Int(key)] == 3 {  // dictionary links: see below
        let kind = kinds[Int(key)]
        total[kind, default: 0] += 1
        if target.contains(key, in: j) { matched[kind, default: 0] += 1 }
      }
      for key in target.keys(of: j) where countingSides[Int(key)] == 3 {
        let kind = kinds[Int(key)]
        total[kind, default: 0] += 1
        if source.contains(key, in: i) { matched[kind, default: 0] += 1 }
      }
    }
    for (kind, count) in total where count >= 30 {
      let prior = Self.reliability(kind)
      // A Beta prior worth 10 keys around the kind's default value.
      let estimate = (Double(matched[kind] ?? 0) + 10 * prior) / (Double(count) + 10)
      estimatedReliabilities[kind] = min(0.95, max(0.1, estimate))
    }
  }

  /// How often a true translation keeps an anchor of each kind (prior values).
  static func reliability(_ kind: Anchor.Kind) -> Double {
    switch kind {
    case .number: return 0.9
    case .url: return 0.95
    case .latinWord: return 0.9
    case .name: return 0.7
    case .cognate: return 0.6
    case .punctuation: return 0.7
    case .lexicon: return 0.6
    }
  }

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
    countingSides = [UInt8](repeating: 3, count: kinds.count)
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
    copy.countingSides = kinds.indices.filter { renumbered[$0] >= 0 }.map { countingSides[$0] }
    let keptDictionaryKeys = dictionaryKeys.filter { renumbered[$0] >= 0 }.map { Int(renumbered[$0]) }
    copy.dictionaryKeys =
      keptDictionaryKeys.count == dictionaryKeys.count && !keptDictionaryKeys.isEmpty
      ? keptDictionaryKeys[0]..<(keptDictionaryKeys[0] + keptDictionaryKeys.count) : 0..<0
    return copy
  }

  /// The cost model over these features.
  func costModel(maxSide: Int, options: AlignerOptions, sourceParagraphs: [Int]?, targetParagraphs: [Int]?)
    -> BeadCostModel
  {
    BeadCostModel(
      sourceLengths: sourceLengths, targetLengths: targetLengths, source: source, target: target,
      reliabilities: reliabilities(), countingSides: countingSides, maxSide: maxSide,
      variance: options.lengthVariance,
      sourceParagraphs: sourceParagraphs, targetParagraphs: targetParagraphs,
      paragraphCost: options.paragraphCrossingCost, skipLengthWeight: options.skipLengthWeight)
  }

  /// Per key: how often a true translation keeps it.
  func reliabilities() -> [Double] {
    var result = kinds.map { estimatedReliabilities[$0] ?? Self.reliability($0) }
    for key in dictionaryKeys {
      result[key] = countingSides[key] == 1 ? dictionaryReliability.source : dictionaryReliability.target
    }
    return result
  }

  /// Measures, on confident 1-1 beads (source, target sentence index), how often a dictionary
  /// link of one sentence is found in the other, per side, and uses that instead of the prior:
  /// dictionaries differ widely in coverage and in how loosely they translate, and a wrong
  /// reliability makes the aligner merge sentences (too high) or ignore the links (too low).
  /// Returns whether anything changed (at least 20 beads and 50 links a side are needed).
  mutating func estimateDictionaryReliability(from pairs: [(Int, Int)]) -> Bool {
    guard !dictionaryKeys.isEmpty, pairs.count >= 20 else { return false }
    var counts = [(kept: 0, total: 0), (kept: 0, total: 0)]
    for (i, j) in pairs {
      for key in source.keys(of: i) where dictionaryKeys.contains(Int(key)) && countingSides[Int(key)] == 1 {
        counts[0].total += 1
        if target.contains(key, in: j) { counts[0].kept += 1 }
      }
      for key in target.keys(of: j) where dictionaryKeys.contains(Int(key)) && countingSides[Int(key)] == 2 {
        counts[1].total += 1
        if source.contains(key, in: i) { counts[1].kept += 1 }
      }
    }
    // Add-one smoothing towards the prior; clamp to a sensible range.
    func rate(_ c: (kept: Int, total: Int), _ prior: Double) -> Double? {
      guard c.total >= 50 else { return nil }
      return min(0.95, max(0.05, (Double(c.kept) + prior) / (Double(c.total) + 1)))
    }
    let estimated = (
      rate(counts[0], dictionaryReliability.source) ?? dictionaryReliability.source,
      rate(counts[1], dictionaryReliability.target) ?? dictionaryReliability.target
    )
    guard estimated != dictionaryReliability else { return false }
    dictionaryReliability = estimated
    return true
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
    keys.filter { kinds[Int($0)] != .lexicon }.map { displays[Int($0)] }
  }

  /// Adds a lexicon key for a word pair to every sentence holding the words.
  private mutating func addLinks(_ pairs: [(Int32, Int32, String)]) {
    guard !pairs.isEmpty else { return }
    var sourceLinks: [Int32: [Int32]] = [:]
    var targetLinks: [Int32: [Int32]] = [:]
    for (s, t, display) in pairs {
      let key = Int32(kinds.count)
      kinds.append(.lexicon)
      displays.append(display)
      countingSides.append(3)
      sourceLinks[s, default: []].append(key)
      targetLinks[t, default: []].append(key)
    }
    func extend(_ table: SentenceKeyTable, _ words: [[Int32]], _ links: [Int32: [Int32]]) -> SentenceKeyTable {
      SentenceKeyTable(
        (0..<table.count).map { i in Array(table.keys(of: i)) + words[i].flatMap { links[$0] ?? [] } })
    }
    source = extend(source, sourceWords, sourceLinks)
    target = extend(target, targetWords, targetLinks)
  }

  /// Adds the dictionary's evidence: one key per dictionary phrase found in a text, held by
  /// the sentences with the phrase and by the other side's sentences with any of its
  /// translations, and counted only on the phrase's side (see `LexicalMatcher`).
  mutating func addDictionary(
    _ dictionary: BilingualDictionary, sourceLanguage: LanguageTag, targetLanguage: LanguageTag
  ) {
    let reversed =
      dictionary.sourceLanguage.language == targetLanguage.language
      && dictionary.targetLanguage.language == sourceLanguage.language
    let oriented = (
      sourceLanguage: reversed ? dictionary.targetLanguage : dictionary.sourceLanguage,
      targetLanguage: reversed ? dictionary.sourceLanguage : dictionary.targetLanguage
    )
    let matches = dictionary.matcher(reversed: reversed).matches(
      sourceWords: sourceWordLists, targetWords: targetWordLists)
    let links = matches.links
    guard !links.isEmpty else { return }
    recordWordPairs(
      matches.translations, sourceNormalizer: LexicalNormalizer(language: oriented.sourceLanguage),
      targetNormalizer: LexicalNormalizer(language: oriented.targetLanguage))
    let firstKey = kinds.count
    defer { dictionaryKeys = firstKey..<kinds.count }
    var sourceLists = (0..<source.count).map { Array(source.keys(of: $0)) }
    var targetLists = (0..<target.count).map { Array(target.keys(of: $0)) }
    for link in links {
      let key = Int32(kinds.count)
      kinds.append(.lexicon)
      displays.append(link.phrase)
      countingSides.append(link.side == .source ? 1 : 2)
      let (sourceSentences, targetSentences) =
        link.side == .source ? (link.ownSentences, link.otherSentences) : (link.otherSentences, link.ownSentences)
      for i in sourceSentences { sourceLists[i].append(key) }
      for j in targetSentences { targetLists[j].append(key) }
    }
    source = SentenceKeyTable(sourceLists)
    target = SentenceKeyTable(targetLists)
  }

  /// Maps the dictionary's translation pairs (matching keys) onto the two vocabularies.
  private mutating func recordWordPairs(
    _ translations: [LexicalMatcher.TranslationPair], sourceNormalizer: LexicalNormalizer,
    targetNormalizer: LexicalNormalizer
  ) {
    func wordsByKey(_ vocabulary: [String: Int32], _ normalizer: LexicalNormalizer) -> [String: [Int32]] {
      var result: [String: [Int32]] = [:]
      for (word, id) in vocabulary { result[normalizer.sentenceWordKey(word), default: []].append(id) }
      return result
    }
    let sourceByKey = wordsByKey(sourceVocabulary, sourceNormalizer)
    let targetByKey = wordsByKey(targetVocabulary, targetNormalizer)
    for pair in translations {
      guard let sources = sourceByKey[pair.source], let targets = targetByKey[pair.target] else { continue }
      for s in sources {
        dictionarySourceWords.insert(s)
        for t in targets {
          dictionaryTargetWords.insert(t)
          dictionaryWordPairs.insert(Int64(s) << 32 | Int64(t))
        }
      }
    }
  }

  /// Learns word pairs from the given 1-1 beads (source, target sentence index): pairs that
  /// are each other's best Dice partner and co-occur at least twice, among the pairs the
  /// dictionary (if any) does not contradict. Returns how many.
  /// - Complexity: O(*m* · *w*² + *V* + *L* log *L*) for the *m* < 10,000 beads sampled (every
  ///   `pairs.count / 5000`-th), at most *w* words a side, *V* words in the two vocabularies and
  ///   *L* pairs learned; plus adding the *L* links (`addLinks`).
  mutating func learnLexicon(from pairs: [(Int, Int)]) -> Int {
    guard pairs.count >= 20 else { return 0 }
    let step = max(1, pairs.count / 5000)
    var sourceCount: [Int32: Int] = [:]
    var targetCount: [Int32: Int] = [:]
    var joint: [Int64: Int] = [:]
    for k in stride(from: 0, to: pairs.count, by: step) {
      let (i, j) = pairs[k]
      for s in sourceWords[i] { sourceCount[s, default: 0] += 1 }
      for t in targetWords[j] { targetCount[t, default: 0] += 1 }
      for s in sourceWords[i] { for t in targetWords[j] { joint[Int64(s) << 32 | Int64(t), default: 0] += 1 } }
    }
    var bestForSource: [Int32: (Double, Int32)] = [:]
    var bestForTarget: [Int32: (Double, Int32)] = [:]
    for (pair, count) in joint where count >= 2 {
      let s = Int32(pair >> 32)
      let t = Int32(pair & 0xFFFF_FFFF)
      // The dictionary constrains the table: two words that each have a dictionary translation
      // in the other text, but not each other, are no pair (their co-occurrence has another
      // cause: function words, a collocation), so each may take its next best partner, often
      // the dictionary's translation.
      if dictionarySourceWords.contains(s), dictionaryTargetWords.contains(t), !dictionaryWordPairs.contains(pair) {
        continue
      }
      let dice = 2 * Double(count) / Double(sourceCount[s]! + targetCount[t]!)
      if dice > bestForSource[s]?.0 ?? 0 || (dice == bestForSource[s]?.0 && t < bestForSource[s]!.1) {
        bestForSource[s] = (dice, t)
      }
      if dice > bestForTarget[t]?.0 ?? 0 || (dice == bestForTarget[t]?.0 && s < bestForTarget[t]!.1) {
        bestForTarget[t] = (dice, s)
      }
    }
    var names: [Int32: String] = [:]
    for (word, id) in sourceVocabulary { names[id] = word }
    var links: [(Int32, Int32, String)] = []
    for (s, best) in bestForSource where best.0 >= 0.3 && bestForTarget[best.1]?.1 == s {
      links.append((s, best.1, names[s] ?? ""))
    }
    links.sort { ($0.0, $0.1) < ($1.0, $1.1) }
    var targetNames: [Int32: String] = [:]
    for (word, id) in targetVocabulary { targetNames[id] = word }
    learnedPairs = links.map { (source: $0.2, target: targetNames[$0.1] ?? "") }
    addLinks(links)
    return links.count
  }
}
