/// Finds bilingual-dictionary evidence between the sentences of two texts.
///
/// Words are compared through `LexicalNormalizer` keys (case, width, plural and simple
/// inflection). In a language written without spaces (Chinese, Japanese) the words of a sentence
/// (ICU's dictionary segmentation) are regrouped by longest dictionary match: adjacent segments
/// that together form a headword become one unit, and a segment that is no headword is split into
/// the longest headwords it holds. Multiword entries (`flower bud`, `vouloir dire`) match
/// consecutive words.
///
/// The result is a list of `LexicalLink`s: for a dictionary phrase present in one text and with a
/// translation in the other, the sentences holding it and the sentences of the other side holding
/// any of its translations. A polysemous word (书 → book, letter) is thus one link that is
/// matched when any of its translations appears, instead of one link per sense that is mostly
/// missed. Links are made from both sides, so each text's words are evidence once.
public struct LexicalMatcher: Sendable {
  /// Entries joined into phrases of at most this many words are used.
  public static let maximumPhraseWords = 4
  /// Longest headword, in characters, looked for in unspaced text.
  public static let maximumUnspacedLength = 8

  /// Dictionary evidence for one phrase of one side.
  public struct LexicalLink: Sendable, Equatable {
    /// Which side the phrase is on (the side whose sentences count it as their word).
    public var side: Side
    /// The phrase as the dictionary writes it (for display).
    public var phrase: String
    /// Sentences of `side` holding the phrase (ascending).
    public var ownSentences: [Int]
    /// Sentences of the other side holding one of its translations (ascending).
    public var otherSentences: [Int]
  }

  /// Source or target.
  public enum Side: Sendable, Equatable { case source, target }

  private let dictionary: BilingualDictionary
  private let sourceNormalizer: LexicalNormalizer
  private let targetNormalizer: LexicalNormalizer
  private let sourceIndex: SourceIndex

  /// The source phrase keys of every entry: the same for every document, so made once.
  private struct SourceIndex: Sendable {
    var phraseIDs: [String: Int32] = [:]
    /// Per entry, its source phrase's id, or -1 for an entry whose phrase is empty or too long.
    var entrySource: [Int32] = []
    var displays: [String] = []
    var keys: [String] = []
  }

  /// A matcher for a dictionary oriented from the source to the target language.
  /// - Complexity: O(dictionary entries); `BilingualDictionary.matcher(reversed:)` keeps the
  ///   matcher, so a dictionary used for many documents pays it once.
  public init(dictionary: BilingualDictionary) {
    self.dictionary = dictionary
    sourceNormalizer = LexicalNormalizer(language: dictionary.sourceLanguage)
    targetNormalizer = LexicalNormalizer(language: dictionary.targetLanguage)
    let unspacedSource = LexicalNormalizer.unspacedLanguages.contains(dictionary.sourceLanguage.language)
    var index = SourceIndex()
    index.entrySource.reserveCapacity(dictionary.entries.count)
    for entry in dictionary.entries {
      guard let key = Self.phraseKey(entry.source, sourceNormalizer, unspacedSource) else {
        index.entrySource.append(-1)
        continue
      }
      if let id = index.phraseIDs[key] {
        index.entrySource.append(id)
      } else {
        let id = Int32(index.displays.count)
        index.phraseIDs[key] = id
        index.displays.append(entry.source)
        index.keys.append(key)
        index.entrySource.append(id)
      }
    }
    sourceIndex = index
  }

  /// What the dictionary finds in two texts: the links, and the translation pairs whose two
  /// phrases both occur (as matching keys: `LexicalNormalizer` keys joined by spaces, or the
  /// folded phrase in unspaced text), sorted.
  public struct Matches: Sendable, Equatable {
    public var links: [LexicalLink]
    public var translations: [TranslationPair]
  }

  /// A dictionary translation whose two phrases both occur in the texts, as matching keys.
  public struct TranslationPair: Sendable, Equatable, Hashable {
    public var source: String
    public var target: String
  }

  /// The links between sentences given as words (ICU word segments, as `SentenceTokens.words`).
  /// - Complexity: O(dictionary entries + words × maximumPhraseWords).
  public func links(sourceWords: [[String]], targetWords: [[String]]) -> [LexicalLink] {
    matches(sourceWords: sourceWords, targetWords: targetWords).links
  }

  /// The links and the translation pairs present in both texts.
  /// - Complexity: O(dictionary entries + words × maximumPhraseWords), the entries only
  ///   scanned, not normalised, except those whose source phrase occurs.
  public func matches(sourceWords: [[String]], targetWords: [[String]]) -> Matches {
    let unspacedSource = LexicalNormalizer.unspacedLanguages.contains(dictionary.sourceLanguage.language)
    let unspacedTarget = LexicalNormalizer.unspacedLanguages.contains(dictionary.targetLanguage.language)
    // 1. The document's source phrases, among the entries' (made once, in `init`).
    let sourcePhraseIDs = sourceIndex.phraseIDs
    let entrySource = sourceIndex.entrySource
    let sourceDisplays = sourceIndex.displays
    let sourceKeys = sourceIndex.keys
    let sourceSentencePhrases = sourceWords.map {
      phrases(in: $0, sourceNormalizer, unspacedSource, sourcePhraseIDs)
    }
    var sourcePresent = Set<Int32>()
    for list in sourceSentencePhrases { sourcePresent.formUnion(list) }
    // 2. Target phrases only of entries whose source phrase occurs.
    var targetPhraseIDs: [String: Int32] = [:]
    var targetDisplays: [String] = []
    var targetKeys: [String] = []
    var pairs: [(Int32, Int32)] = []
    for (index, entry) in dictionary.entries.enumerated() {
      let s = entrySource[index]
      guard s >= 0, sourcePresent.contains(s),
        let key = Self.phraseKey(entry.target, targetNormalizer, unspacedTarget)
      else { continue }
      let t: Int32
      if let id = targetPhraseIDs[key] {
        t = id
      } else {
        t = Int32(targetDisplays.count)
        targetPhraseIDs[key] = t
        targetDisplays.append(entry.target)
        targetKeys.append(key)
      }
      pairs.append((s, t))
    }
    let targetSentencePhrases = targetWords.map {
      phrases(in: $0, targetNormalizer, unspacedTarget, targetPhraseIDs)
    }
    // 3. Sentences per phrase, and links both ways.
    func sentencesByPhrase(_ lists: [[Int32]], count: Int) -> [[Int]] {
      var result = [[Int]](repeating: [], count: count)
      for (sentence, list) in lists.enumerated() { for p in list { result[Int(p)].append(sentence) } }
      return result
    }
    let sourceSentencesOf = sentencesByPhrase(sourceSentencePhrases, count: sourceDisplays.count)
    let targetSentencesOf = sentencesByPhrase(targetSentencePhrases, count: targetDisplays.count)
    var translationsOfSource: [Int32: [Int32]] = [:]
    var translationsOfTarget: [Int32: [Int32]] = [:]
    var translations = Set<TranslationPair>()
    for (s, t) in pairs where !targetSentencesOf[Int(t)].isEmpty {
      translationsOfSource[s, default: []].append(t)
      translationsOfTarget[t, default: []].append(s)
      translations.insert(TranslationPair(source: sourceKeys[Int(s)], target: targetKeys[Int(t)]))
    }
    func union(_ ids: [Int32], _ sentencesOf: [[Int]]) -> [Int] {
      var all = Set<Int>()
      for id in ids { all.formUnion(sentencesOf[Int(id)]) }
      return all.sorted()
    }
    var links: [LexicalLink] = []
    for (s, ts) in translationsOfSource.sorted(by: { $0.key < $1.key }) {
      links.append(
        LexicalLink(
          side: .source, phrase: sourceDisplays[Int(s)], ownSentences: sourceSentencesOf[Int(s)],
          otherSentences: union(ts, targetSentencesOf)))
    }
    for (t, ss) in translationsOfTarget.sorted(by: { $0.key < $1.key }) {
      links.append(
        LexicalLink(
          side: .target, phrase: targetDisplays[Int(t)], ownSentences: targetSentencesOf[Int(t)],
          otherSentences: union(ss, sourceSentencesOf)))
    }
    return Matches(
      links: links, translations: translations.sorted { ($0.source, $0.target) < ($1.source, $1.target) })
  }

  /// The key of a dictionary phrase: its word keys joined by spaces, or, unspaced, the folded
  /// phrase; nil when it is empty or too long.
  private static func phraseKey(_ phrase: String, _ normalizer: LexicalNormalizer, _ unspaced: Bool) -> String? {
    var keys = normalizer.keys(forPhrase: phrase)
    // English glosses: "to speak" matches "speaks", "the river" matches "river".
    if normalizer.language.language == "en", keys.count > 1, ["to", "a", "an", "the"].contains(keys[0]) {
      keys.removeFirst()
    }
    guard let first = keys.first else { return nil }
    if unspaced { return first.count <= Self.maximumUnspacedLength ? first : nil }
    guard keys.count <= Self.maximumPhraseWords else { return nil }
    return keys.count == 1 ? first : keys.joined(separator: " ")
  }

  /// The dictionary phrases a sentence holds (unique, in order of first occurrence).
  func phrases(
    in words: [String], _ normalizer: LexicalNormalizer, _ unspaced: Bool, _ ids: [String: Int32]
  ) -> [Int32] {
    var found: [Int32] = []
    var seen = Set<Int32>()
    func add(_ id: Int32) { if seen.insert(id).inserted { found.append(id) } }
    if unspaced {
      for unit in Self.longestMatch(words.map { normalizer.sentenceWordKey($0) }, in: ids) {
        add(unit)
      }
      return found
    }
    let keys = words.map { normalizer.sentenceWordKey($0) }
    for start in keys.indices {
      var phrase = ""
      for length in 1...min(Self.maximumPhraseWords, keys.count - start) {
        phrase += length == 1 ? keys[start] : " " + keys[start + length - 1]
        if let id = ids[phrase] { add(id) }
      }
    }
    return found
  }

  /// Regroups unspaced segments by longest dictionary match: joins adjacent segments that form
  /// a headword (longest first), and splits a segment that is no headword into the longest
  /// headwords it holds, left to right. Returns the phrase ids found.
  static func longestMatch(_ segments: [String], in ids: [String: Int32]) -> [Int32] {
    var found: [Int32] = []
    var k = 0
    while k < segments.count {
      var matched = false
      var joined: [String] = []
      var length = 0
      for m in 0..<min(4, segments.count - k) {
        length += segments[k + m].count
        if length > maximumUnspacedLength { break }
        joined.append(segments[k + m])
      }
      while !joined.isEmpty {
        if let id = ids[joined.joined()] {
          found.append(id)
          k += joined.count
          matched = true
          break
        }
        joined.removeLast()
      }
      if matched { continue }
      // No headword starts with this segment as a whole: split it by characters.
      let characters = Array(segments[k])
      var c = 0
      while c < characters.count {
        var end = min(characters.count, c + maximumUnspacedLength)
        while end > c {
          if let id = ids[String(characters[c..<end])] {
            found.append(id)
            break
          }
          end -= 1
        }
        c = max(end, c + 1)
      }
      k += 1
    }
    return found
  }
}
