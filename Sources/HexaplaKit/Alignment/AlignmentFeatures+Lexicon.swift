/// The lexicon learned from the texts themselves, as anchor keys.
extension AlignmentFeatures {
  /// The most beads `learnLexicon` counts: beyond it, a sample of about this many.
  static let lexiconSampleSize = 5000
  /// The fewest beads a table is learned from.
  static let lexiconMinimumBeads = 20

  /// Learns word pairs from the given 1-1 beads (source, target sentence index): pairs that
  /// are each other's best Dice partner and co-occur at least twice, among the pairs the
  /// dictionary (if any) does not contradict. Returns how many.
  ///
  /// Of 10,000 beads or more, about one in `pairs.count / 5000` is counted, chosen by a hash of
  /// its two sentence indices: a fixed stride could fall in step with a repetitive text's period.
  /// - Complexity: O(*m* · *w*² + *V* + *L* log *L*) for the *m* ≤ 10,000 beads counted, at most
  ///   *w* words a side, *V* words in the two vocabularies and *L* pairs learned; plus adding
  ///   the *L* links (`addLinks`).
  mutating func learnLexicon(from pairs: [(Int, Int)]) -> Int {
    guard pairs.count >= Self.lexiconMinimumBeads else { return 0 }
    let step = UInt64(max(1, pairs.count / Self.lexiconSampleSize))
    var sourceCount = [Int32](repeating: 0, count: sourceVocabulary.count)
    var targetCount = [Int32](repeating: 0, count: targetVocabulary.count)
    var joint: [Int64: Int] = [:]
    for (i, j) in pairs where step == 1 || Self.pairHash(i, j) % step == 0 {
      for s in sourceWords.keys(of: i) { sourceCount[Int(s)] += 1 }
      for t in targetWords.keys(of: j) { targetCount[Int(t)] += 1 }
      for s in sourceWords.keys(of: i) {
        for t in targetWords.keys(of: j) { joint[Int64(s) << 32 | Int64(t), default: 0] += 1 }
      }
    }
    // Per word: its best partner's Dice coefficient and id (-1: none yet).
    var bestForSource = [(Double, Int32)](repeating: (0, -1), count: sourceVocabulary.count)
    var bestForTarget = [(Double, Int32)](repeating: (0, -1), count: targetVocabulary.count)
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
      let dice = 2 * Double(count) / Double(Int(sourceCount[Int(s)]) + Int(targetCount[Int(t)]))
      // Ties go to the smaller word id, so the table does not depend on dictionary order.
      let forSource = bestForSource[Int(s)]
      if forSource.1 < 0 || (dice, -t) > (forSource.0, -forSource.1) { bestForSource[Int(s)] = (dice, t) }
      let forTarget = bestForTarget[Int(t)]
      if forTarget.1 < 0 || (dice, -s) > (forTarget.0, -forTarget.1) { bestForTarget[Int(t)] = (dice, s) }
    }
    var links: [(Int32, Int32)] = []
    for s in bestForSource.indices {
      let best = bestForSource[s]
      if best.1 >= 0, best.0 >= 0.3, bestForTarget[Int(best.1)].1 == Int32(s) { links.append((Int32(s), best.1)) }
    }
    var sourceNames = [String](repeating: "", count: sourceVocabulary.count)
    for (word, id) in sourceVocabulary { sourceNames[Int(id)] = word }
    var targetNames = [String](repeating: "", count: targetVocabulary.count)
    for (word, id) in targetVocabulary { targetNames[Int(id)] = word }
    learnedPairs = links.map { (source: sourceNames[Int($0.0)], target: targetNames[Int($0.1)]) }
    addLinks(links.map { ($0.0, $0.1, sourceNames[Int($0.0)]) })
    return links.count
  }

  /// The word counts of the given 1-1 beads by word, sampled as in `learnLexicon`, with the
  /// dictionary's word pairs and words found in the texts: this document's share of a
  /// corpus-level table (`LearnedLexicon`).
  /// - Complexity: O(*m* · *w*² + *V*) as `learnLexicon`'s counting.
  func lexiconCounts(from pairs: [(Int, Int)]) -> LexiconCounts {
    var result = LexiconCounts()
    guard !pairs.isEmpty else { return result }
    let step = UInt64(max(1, pairs.count / Self.lexiconSampleSize))
    var sourceCount = [Int](repeating: 0, count: sourceVocabulary.count)
    var targetCount = [Int](repeating: 0, count: targetVocabulary.count)
    var joint: [Int64: Int] = [:]
    for (i, j) in pairs where step == 1 || Self.pairHash(i, j) % step == 0 {
      result.beads += 1
      for s in sourceWords.keys(of: i) { sourceCount[Int(s)] += 1 }
      for t in targetWords.keys(of: j) { targetCount[Int(t)] += 1 }
      for s in sourceWords.keys(of: i) {
        for t in targetWords.keys(of: j) { joint[Int64(s) << 32 | Int64(t), default: 0] += 1 }
      }
    }
    let (sourceNames, targetNames) = vocabularyNames()
    for (s, count) in sourceCount.enumerated() where count > 0 { result.sourceCounts[sourceNames[s]] = count }
    for (t, count) in targetCount.enumerated() where count > 0 { result.targetCounts[targetNames[t]] = count }
    result.joint.reserveCapacity(joint.count)
    for (pair, count) in joint {
      let word = LexiconCounts.WordPair(
        source: sourceNames[Int(pair >> 32)], target: targetNames[Int(pair & 0xFFFF_FFFF)])
      result.joint[word] = count
    }
    for pair in dictionaryWordPairs {
      result.dictionaryPairs.insert(
        LexiconCounts.WordPair(source: sourceNames[Int(pair >> 32)], target: targetNames[Int(pair & 0xFFFF_FFFF)]))
    }
    for s in dictionarySourceWords { result.dictionarySourceWords.insert(sourceNames[Int(s)]) }
    for t in dictionaryTargetWords { result.dictionaryTargetWords.insert(targetNames[Int(t)]) }
    return result
  }

  /// Adds a lexicon key for each pair of a learned table whose two words are in the texts (in
  /// place of `learnLexicon`'s own table). Returns how many.
  mutating func addLexicon(_ table: LearnedLexicon) -> Int {
    var links: [(Int32, Int32, String)] = []
    for pair in table.pairs {
      guard let s = sourceVocabulary[pair.source], let t = targetVocabulary[pair.target] else { continue }
      links.append((s, t, pair.source))
    }
    // In the order of the source word ids, as `learnLexicon`'s.
    links.sort { ($0.0, $0.1) < ($1.0, $1.1) }
    let (_, targetNames) = vocabularyNames()
    learnedPairs = links.map { (source: $0.2, target: targetNames[Int($0.1)]) }
    addLinks(links)
    return links.count
  }

  /// The words of the two vocabularies by id.
  private func vocabularyNames() -> ([String], [String]) {
    var sourceNames = [String](repeating: "", count: sourceVocabulary.count)
    for (word, id) in sourceVocabulary { sourceNames[Int(id)] = word }
    var targetNames = [String](repeating: "", count: targetVocabulary.count)
    for (word, id) in targetVocabulary { targetNames[Int(id)] = word }
    return (sourceNames, targetNames)
  }

  /// A hash of a bead's two sentence indices (SplitMix64's finaliser): the same on every run
  /// and machine.
  static func pairHash(_ i: Int, _ j: Int) -> UInt64 {
    var x = UInt64(truncatingIfNeeded: i) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: j)
    x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
    x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
    return x ^ (x >> 31)
  }

  /// Adds a lexicon key for a word pair to every sentence holding the words.
  private mutating func addLinks(_ pairs: [(Int32, Int32, String)]) {
    guard !pairs.isEmpty else { return }
    // Per word id, its links' keys.
    var sourceLinks = [[Int32]](repeating: [], count: sourceVocabulary.count)
    var targetLinks = [[Int32]](repeating: [], count: targetVocabulary.count)
    for (s, t, display) in pairs {
      let key = Int32(kinds.count)
      kinds.append(.lexicon)
      displays.append(display)
      countedSides.append(.both)
      sourceLinks[Int(s)].append(key)
      targetLinks[Int(t)].append(key)
    }
    // A sentence at a time into the new table (no list per sentence held for all of them).
    func extend(_ table: SentenceKeyTable, _ words: SentenceKeyTable, _ links: [[Int32]]) -> SentenceKeyTable {
      var result = SentenceKeyTable([])
      result.offsets.reserveCapacity(table.count + 1)
      var list: [Int32] = []
      for i in 0..<table.count {
        list.removeAll(keepingCapacity: true)
        list += table.keys(of: i)
        for word in words.keys(of: i) { list += links[Int(word)] }
        result.append(list)
      }
      return result
    }
    source = extend(source, sourceWords, sourceLinks)
    target = extend(target, targetWords, targetLinks)
  }
}
