import Foundation

/// Word co-occurrence counts over confident 1-1 beads, by word (not by a document's word ids),
/// so that the counts of several documents of one language pair add up.
public struct LexiconCounts: Sendable {
  /// A source word and a target word.
  public struct WordPair: Hashable, Sendable {
    public var source: String
    public var target: String

    public init(source: String, target: String) {
      self.source = source
      self.target = target
    }
  }

  /// How many beads were counted.
  public var beads = 0
  /// Per word, the counted beads whose side holds it.
  public var sourceCounts: [String: Int] = [:]
  public var targetCounts: [String: Int] = [:]
  /// Per word pair, the counted beads that hold both.
  public var joint: [WordPair: Int] = [:]
  /// The dictionary's word pairs found in the documents, and the words of each side that have
  /// a dictionary translation in their document's other text.
  public var dictionaryPairs = Set<WordPair>()
  public var dictionarySourceWords = Set<String>()
  public var dictionaryTargetWords = Set<String>()

  public init() {}

  /// Adds the counts of another document.
  public static func += (counts: inout LexiconCounts, other: LexiconCounts) {
    counts.beads += other.beads
    counts.sourceCounts.merge(other.sourceCounts, uniquingKeysWith: +)
    counts.targetCounts.merge(other.targetCounts, uniquingKeysWith: +)
    counts.joint.merge(other.joint, uniquingKeysWith: +)
    counts.dictionaryPairs.formUnion(other.dictionaryPairs)
    counts.dictionarySourceWords.formUnion(other.dictionarySourceWords)
    counts.dictionaryTargetWords.formUnion(other.dictionaryTargetWords)
  }
}

/// A table of word pairs learned from the texts of one language pair: the words that are each
/// other's best Dice partner over the counted beads (see `AlignmentFeatures.learnLexicon`, its
/// one-document case).
public struct LearnedLexicon: Sendable, Equatable {
  /// The languages of the table's two sides.
  public var sourceLanguage: LanguageTag
  public var targetLanguage: LanguageTag
  /// The word pairs, sorted by source then target word.
  public var pairs: [LexiconCounts.WordPair]
  /// How many beads the table was learned from.
  public var beads: Int

  public init(sourceLanguage: LanguageTag, targetLanguage: LanguageTag, pairs: [LexiconCounts.WordPair], beads: Int) {
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.pairs = pairs.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
    self.beads = beads
  }

  /// The table of the counts (none below 20 beads): pairs that co-occur at least twice, whose Dice coefficient is at
  /// least 0.3 and who are each other's best partner among the pairs the dictionary does not
  /// contradict (both words with a dictionary translation, but not each other). The same
  /// thresholds as one document's table; ties go to the smaller word, so the table does not
  /// depend on the order of the documents.
  /// - Complexity: O(*P*) for the *P* counted pairs, plus sorting the table.
  public init(counts: LexiconCounts, sourceLanguage: LanguageTag, targetLanguage: LanguageTag) {
    // As for one document: below 20 beads, co-occurrence says little.
    guard counts.beads >= AlignmentFeatures.lexiconMinimumBeads else {
      self.init(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, pairs: [], beads: counts.beads)
      return
    }
    var bestForSource: [String: (dice: Double, word: String)] = [:]
    var bestForTarget: [String: (dice: Double, word: String)] = [:]
    func better(_ dice: Double, _ word: String, than best: (dice: Double, word: String)?) -> Bool {
      guard let best else { return true }
      return dice > best.dice || (dice == best.dice && word < best.word)
    }
    for (pair, count) in counts.joint where count >= 2 {
      if counts.dictionarySourceWords.contains(pair.source), counts.dictionaryTargetWords.contains(pair.target),
        !counts.dictionaryPairs.contains(pair)
      {
        continue
      }
      let dice =
        2 * Double(count)
        / Double(counts.sourceCounts[pair.source, default: 0] + counts.targetCounts[pair.target, default: 0])
      if better(dice, pair.target, than: bestForSource[pair.source]) {
        bestForSource[pair.source] = (dice, pair.target)
      }
      if better(dice, pair.source, than: bestForTarget[pair.target]) {
        bestForTarget[pair.target] = (dice, pair.source)
      }
    }
    var pairs: [LexiconCounts.WordPair] = []
    for (source, best) in bestForSource where best.dice >= 0.3 && bestForTarget[best.word]?.word == source {
      pairs.append(LexiconCounts.WordPair(source: source, target: best.word))
    }
    self.init(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, pairs: pairs, beads: counts.beads)
  }

  /// The same table from the target language to the source language.
  public var reversed: LearnedLexicon {
    LearnedLexicon(
      sourceLanguage: targetLanguage, targetLanguage: sourceLanguage,
      pairs: pairs.map { LexiconCounts.WordPair(source: $0.target, target: $0.source) }, beads: beads)
  }

  /// The table as a dictionary (one entry per pair), for `.hxdict` files.
  public var dictionary: BilingualDictionary {
    BilingualDictionary(
      sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
      entries: pairs.map { BilingualDictionary.Entry(source: $0.source, target: $0.target) })
  }
}

/// The learned tables of a corpus, one per language pair (pivot, other edition).
public struct CorpusLexicon: Sendable {
  /// The tables by `key(source:target:)`.
  public var tables: [String: LearnedLexicon] = [:]

  public init() {}

  /// The key of a language pair.
  static func key(source: LanguageTag, target: LanguageTag) -> String { "\(source)>\(target)" }

  /// The table for texts in `source` and `target`, if any.
  public func table(source: LanguageTag, target: LanguageTag) -> LearnedLexicon? {
    tables[Self.key(source: source, target: target)]
  }

  /// The table of the two languages in either direction, oriented from `source` to `target`.
  public func table(between source: LanguageTag, and target: LanguageTag) -> LearnedLexicon? {
    table(source: source, target: target) ?? table(source: target, target: source)?.reversed
  }

  /// The tables, ordered by language pair.
  public var all: [LearnedLexicon] {
    tables.keys.sorted().map { tables[$0]! }
  }
}

/// Collects the lexicon counts of many alignments, from any thread: one document's counts per
/// language pair and document key (a document aligned again adds nothing).
final class LexiconCollector: @unchecked Sendable {
  private let lock = NSLock()
  private var counts: [String: LexiconCounts] = [:]
  private var languages: [String: (LanguageTag, LanguageTag)] = [:]
  private var seen = Set<String>()

  /// Whether the counts of `document` for the pair are still to come (and marks them as coming).
  func claim(document: String, source: LanguageTag, target: LanguageTag) -> Bool {
    lock.withLock { seen.insert(document + "\u{1}" + CorpusLexicon.key(source: source, target: target)).inserted }
  }

  /// Adds one document's counts.
  func add(_ documentCounts: LexiconCounts, source: LanguageTag, target: LanguageTag) {
    let key = CorpusLexicon.key(source: source, target: target)
    lock.withLock {
      counts[key, default: LexiconCounts()] += documentCounts
      languages[key] = (source, target)
    }
  }

  /// The tables learned from all counts so far.
  func lexicon() -> CorpusLexicon {
    lock.withLock {
      var result = CorpusLexicon()
      for (key, counts) in counts {
        let (source, target) = languages[key]!
        result.tables[key] = LearnedLexicon(counts: counts, sourceLanguage: source, targetLanguage: target)
      }
      return result
    }
  }
}

extension Aligner {
  /// Learns one table over several documents of a language pair: each document's first pass,
  /// then the best Dice partners over the confident 1-1 beads of all of them (see
  /// `LearnedLexicon.init(counts:sourceLanguage:targetLanguage:)`). Set it as
  /// `options.learnedLexicon` to align the documents with it.
  /// - Throws: as `align(source:sourceLanguage:target:targetLanguage:sourceParagraphs:targetParagraphs:sourceBoundaryCosts:targetBoundaryCosts:)`.
  /// - Complexity: the first passes of every document, plus O(*P*) for the *P* word pairs counted.
  public func learnLexicon(
    documents: [(source: [String], target: [String])], sourceLanguage: LanguageTag, targetLanguage: LanguageTag
  ) throws -> LearnedLexicon {
    let collector = LexiconCollector()
    for (k, document) in documents.enumerated() {
      var collecting = self
      collecting.options.lexiconCollection = (collector, String(k))
      _ = try collecting.align(
        source: document.source, sourceLanguage: sourceLanguage, target: document.target,
        targetLanguage: targetLanguage)
    }
    return collector.lexicon().table(source: sourceLanguage, target: targetLanguage)
      ?? LearnedLexicon(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, pairs: [], beads: 0)
  }
}
