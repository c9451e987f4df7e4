/// The lexicon learned from the texts themselves, as anchor keys.
extension AlignmentFeatures {
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
      let dice = 2 * Double(count) / Double((sourceCount[s] ?? 0) + (targetCount[t] ?? 0))
      // Ties go to the smaller word id, so the table does not depend on dictionary order.
      if bestForSource[s].map({ (dice, -t) > ($0.0, -$0.1) }) ?? true { bestForSource[s] = (dice, t) }
      if bestForTarget[t].map({ (dice, -s) > ($0.0, -$0.1) }) ?? true { bestForTarget[t] = (dice, s) }
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

  /// Adds a lexicon key for a word pair to every sentence holding the words.
  private mutating func addLinks(_ pairs: [(Int32, Int32, String)]) {
    guard !pairs.isEmpty else { return }
    var sourceLinks: [Int32: [Int32]] = [:]
    var targetLinks: [Int32: [Int32]] = [:]
    for (s, t, display) in pairs {
      let key = Int32(kinds.count)
      kinds.append(.lexicon)
      displays.append(display)
      countedSides.append(.both)
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
}
