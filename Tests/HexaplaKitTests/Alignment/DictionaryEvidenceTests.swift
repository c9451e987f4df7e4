import Testing

@testable import HexaplaKit

@Suite("Dictionary evidence in the aligner")
struct DictionaryEvidenceTests {
  /// 60 sentence pairs. Source sentence i holds `s<i>`, translated `t<i>` by the dictionary.
  /// Target sentence i holds `t<i>` for i < kept; after that it holds `t<i+1>` (the next
  /// sentence's translation, so that link is missed), and the last one holds no dictionary word.
  static func features(kept: Int) throws -> AlignmentFeatures {
    let n = 60
    let source = (0..<n).map { SentenceTokens(length: 10, words: ["s\($0)"], anchors: []) }
    let target = (0..<n).map { i in
      SentenceTokens(length: 10, words: [i < kept ? "t\(i)" : i + 1 < n ? "t\(i + 1)" : "u"], anchors: [])
    }
    var features = AlignmentFeatures(source: source, target: target)
    let dictionary = BilingualDictionary(
      sourceLanguage: try LanguageTag("de"), targetLanguage: try LanguageTag("fr"),
      entries: (0..<n).map { .init(source: "s\($0)", target: "t\($0)") })
    features.addDictionary(dictionary, sourceLanguage: try LanguageTag("de"), targetLanguage: try LanguageTag("fr"))
    return features
  }

  @Test("one key per dictionary phrase found in a text, counted only on the phrase's side")
  func keys() throws {
    let features = try Self.features(kept: 30)
    // Source links: s0...s29 and s31...s59 (t30 occurs nowhere); target links: t0...t29, t31...t59.
    #expect(features.dictionaryKeys.filter { features.countedSides[$0] == .source }.count == 59)
    #expect(features.dictionaryKeys.filter { features.countedSides[$0] == .target }.count == 59)
  }

  @Test(
    "the reliability of dictionary links is measured on the confident pairs",
    arguments: [(59, 0.95), (30, 30.6 / 60), (6, 6.6 / 60)] as [(Int, Double)])
  func reliability(kept: Int, expected: Double) throws {
    var features = try Self.features(kept: kept)
    let pairs = (0..<60).map { ($0, $0) }
    let changed = features.estimateDictionaryReliability(from: pairs)
    #expect(changed)
    #expect(abs(features.dictionaryReliability.source - expected) < 1e-9)
    #expect(abs(features.dictionaryReliability.target - expected) < 1e-9)
  }

  @Test("too few pairs leave the prior")
  func fewPairs() throws {
    var features = try Self.features(kept: 30)
    let pairs = (0..<10).map { ($0, $0) }
    let changed = features.estimateDictionaryReliability(from: pairs)
    #expect(!changed)
    #expect(features.dictionaryReliability.source == AlignmentFeatures.reliability(.lexicon))
  }

  @Test(
    "the learned table takes no pair the dictionary contradicts on both words",
    arguments: [
      ([] as [(String, String)], ["a-x", "b-y"]),
      // The dictionary translates a as y and b as x: a-x and b-y are not admitted.
      ([("a", "y"), ("b", "x")], ["a-y", "b-x"]),
      // a has a dictionary translation in the text (t5) but x has none: a-x stays.
      ([("a", "t5")], ["a-x", "b-y"]),
      // a's only translation is absent from the text: nothing to contradict.
      ([("a", "z")], ["a-x", "b-y"]),
    ])
  func learnedTableFollowsDictionary(entries: [(String, String)], expected: [String]) throws {
    // 40 pairs: a and x in the first 30, b and y in the first 20.
    let source = (0..<40).map { i in
      SentenceTokens(length: 10, words: (i < 30 ? ["a"] : []) + (i < 20 ? ["b"] : []) + ["s\(i)"], anchors: [])
    }
    let target = (0..<40).map { i in
      SentenceTokens(length: 10, words: (i < 30 ? ["x"] : []) + (i < 20 ? ["y"] : []) + ["t\(i)"], anchors: [])
    }
    var features = AlignmentFeatures(source: source, target: target)
    let de = try LanguageTag("de")
    let fr = try LanguageTag("fr")
    features.addDictionary(
      BilingualDictionary(
        sourceLanguage: de, targetLanguage: fr,
        entries: (entries + [("z", "z")]).map { .init(source: $0.0, target: $0.1) }),
      sourceLanguage: de, targetLanguage: fr)
    _ = features.learnLexicon(from: (0..<40).map { ($0, $0) })
    #expect(features.learnedPairs.map { "\($0.source)-\($0.target)" }.filter { !$0.hasPrefix("s") } == expected)
  }
}
