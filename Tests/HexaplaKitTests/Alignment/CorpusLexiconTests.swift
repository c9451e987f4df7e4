import Testing

@testable import HexaplaKit

@Suite("The lexicon learned over a corpus")
struct CorpusLexiconTests {
  static let de = try! LanguageTag("de")
  static let fr = try! LanguageTag("fr")

  /// Document `d` of a small corpus: 30 sentence pairs whose words repeat with period 5, and
  /// in one pair the rare words `apfel` and `pomme`.
  static func document(_ d: Int) -> AlignmentFeatures {
    AlignmentFeatures(
      source: (0..<30).map { k in
        SentenceTokens(length: 10, words: ["s\(k % 5)"] + (k == 7 + d ? ["apfel"] : []), anchors: [])
      },
      target: (0..<30).map { k in
        SentenceTokens(length: 10, words: ["t\(k % 5)"] + (k == 7 + d ? ["pomme"] : []), anchors: [])
      })
  }

  static let beads = (0..<30).map { ($0, $0) }

  static func table(_ documents: [Int]) -> LearnedLexicon {
    var counts = LexiconCounts()
    for d in documents { counts += document(d).lexiconCounts(from: beads) }
    return LearnedLexicon(counts: counts, sourceLanguage: de, targetLanguage: fr)
  }

  static func names(_ table: LearnedLexicon) -> [String] { table.pairs.map { "\($0.source)-\($0.target)" } }

  @Test("a pair seen once in each of three documents is learned over the three, not from one")
  func rarePair() {
    var one = Self.document(0)
    _ = one.learnLexicon(from: Self.beads)
    #expect(!one.learnedPairs.contains { $0.source == "apfel" })
    #expect(!Self.names(Self.table([0])).contains("apfel-pomme"))
    // One document's table from its counts is the table it learns itself.
    #expect(Self.names(Self.table([0])) == one.learnedPairs.map { "\($0.source)-\($0.target)" }.sorted())
    let corpus = Self.table([0, 1, 2])
    #expect(Self.names(corpus) == ["apfel-pomme", "s0-t0", "s1-t1", "s2-t2", "s3-t3", "s4-t4"])
    #expect(corpus.beads == 90)
  }

  @Test("the table does not depend on the order of the documents", arguments: [[0, 1, 2], [2, 0, 1], [1, 2, 0]])
  func order(documents: [Int]) {
    #expect(Self.table(documents) == Self.table([0, 1, 2]))
  }

  @Test("a corpus table adds keys for the pairs whose words a document has, in place of its own")
  func addTable() {
    var features = Self.document(1)
    let table = LearnedLexicon(
      sourceLanguage: Self.de, targetLanguage: Self.fr,
      pairs: [
        .init(source: "apfel", target: "pomme"), .init(source: "s3", target: "t3"), .init(source: "x", target: "y"),
      ],
      beads: 90)
    let before = features.kinds.count
    #expect(features.addLexicon(table) == 2)
    #expect(features.kinds.count == before + 2)
    #expect(features.learnedPairs.map { "\($0.source)-\($0.target)" }.sorted() == ["apfel-pomme", "s3-t3"])
    // Sentence 8 holds apfel and s3; its target holds pomme and t3: both keys are shared.
    let shared = Set(features.source.keys(of: 8)).intersection(features.target.keys(of: 8))
    #expect(shared.count == 2)
  }

  @Test("below 20 beads, no table; the dictionary vetoes pairs whose words it translates otherwise")
  func limits() {
    var counts = LexiconCounts()
    counts.beads = 19
    counts.sourceCounts = ["a": 5, "b": 5]
    counts.targetCounts = ["x": 5, "y": 5]
    counts.joint = [.init(source: "a", target: "x"): 5, .init(source: "b", target: "y"): 5]
    #expect(LearnedLexicon(counts: counts, sourceLanguage: Self.de, targetLanguage: Self.fr).pairs.isEmpty)
    counts.beads = 20
    #expect(
      Self.names(LearnedLexicon(counts: counts, sourceLanguage: Self.de, targetLanguage: Self.fr)) == ["a-x", "b-y"])
    counts.dictionarySourceWords = ["a"]
    counts.dictionaryTargetWords = ["x"]
    #expect(Self.names(LearnedLexicon(counts: counts, sourceLanguage: Self.de, targetLanguage: Self.fr)) == ["b-y"])
    counts.dictionaryPairs = [.init(source: "a", target: "x")]
    #expect(
      Self.names(LearnedLexicon(counts: counts, sourceLanguage: Self.de, targetLanguage: Self.fr)) == ["a-x", "b-y"])
  }

  /// Document `d` of a text corpus: numbered sentences, one of which holds `Apfel` / `pomme`.
  static func text(_ d: Int) -> (source: [String], target: [String]) {
    let subjects = [
      ("Haus", "maison"), ("Baum", "arbre"), ("Fluss", "fleuve"), ("Berg", "montagne"), ("Stadt", "ville"),
    ]
    var source: [String] = []
    var target: [String] = []
    for k in 0..<30 {
      let n = 100 * d + k
      let (s, t) = subjects[k % 5]
      let extra = k == 9 + d
      source.append("Im Kapitel \(n) steht das \(s)\(extra ? " Apfel" : "") ganz allein.")
      target.append("Au chapitre \(n) se trouve la \(t)\(extra ? " pomme" : "") toute seule.")
    }
    return (source, target)
  }

  @Test("a pair of texts shorter than a table of its own needs (20 sentences a side) leaves a learned table out")
  func shortTexts() throws {
    let aligner = Aligner()
    let documents = (0..<3).map(Self.text)
    let corpus = try aligner.learnLexicon(documents: documents, sourceLanguage: Self.de, targetLanguage: Self.fr)
    var options = AlignerOptions()
    options.learnedLexicon = corpus
    // Sentence 10 of the second text against sentences 10 and 11 (with Apfel and pomme).
    let source = Array(documents[1].source[5..<15])
    let target = Array(documents[1].target[5..<15]) + ["Le Apfel pomme."]
    func beads(_ aligner: Aligner) throws -> [String] {
      try aligner.align(source: source, sourceLanguage: Self.de, target: target, targetLanguage: Self.fr).beads.map {
        "\($0.source)-\($0.target) \($0.score)"
      }
    }
    #expect(try beads(Aligner(options: options)) == (try beads(aligner)))
  }

  @Test("Aligner.learnLexicon over documents learns what one document cannot; aligning with the table")
  func alignerDocuments() throws {
    let aligner = Aligner()
    let documents = (0..<3).map(Self.text)
    let corpus = try aligner.learnLexicon(documents: documents, sourceLanguage: Self.de, targetLanguage: Self.fr)
    #expect(corpus.pairs.contains(.init(source: "apfel", target: "pomme")))
    let single = try aligner.learnLexicon(documents: [documents[0]], sourceLanguage: Self.de, targetLanguage: Self.fr)
    #expect(!single.pairs.contains(.init(source: "apfel", target: "pomme")))
    var options = AlignerOptions()
    options.learnedLexicon = corpus
    let alignment = try Aligner(options: options).align(
      source: documents[0].source, sourceLanguage: Self.de, target: documents[0].target, targetLanguage: Self.fr)
    #expect(alignment.beads.map { "\($0.source)-\($0.target)" } == (0..<30).map { "\($0..<$0 + 1)-\($0..<$0 + 1)" })
  }
}
