import Testing

@testable import HexaplaKit

@Suite("Lexical matching")
struct LexicalMatcherTests {
  static func dictionary(_ source: String, _ target: String, _ pairs: [(String, String)]) throws -> BilingualDictionary
  {
    BilingualDictionary(
      sourceLanguage: try LanguageTag(source), targetLanguage: try LanguageTag(target),
      entries: pairs.map { .init(source: $0.0, target: $0.1) })
  }

  /// `S 书: 0 -> 1` for a source-side link from source sentence 0 to target sentence 1.
  static func dump(_ links: [LexicalMatcher.LexicalLink]) -> [String] {
    links.map { link in
      "\(link.side == .source ? "S" : "T") \(link.phrase): \(link.ownSentences.map(String.init).joined(separator: ",")) -> \(link.otherSentences.map(String.init).joined(separator: ","))"
    }
  }

  @Test("a dictionary's kept matchers find what new ones find, each way, and a changed dictionary gets new ones")
  func keptMatchers() throws {
    var dictionary = try Self.dictionary("zh", "en", [("书", "book"), ("花", "flower")])
    let source = [["我", "的", "书"], ["花"]]
    let target = [["my", "books"], ["flowers"]]
    for _ in 0..<2 {
      #expect(
        dictionary.matcher(reversed: false).matches(sourceWords: source, targetWords: target)
          == LexicalMatcher(dictionary: dictionary).matches(sourceWords: source, targetWords: target))
      #expect(
        dictionary.matcher(reversed: true).matches(sourceWords: target, targetWords: source)
          == LexicalMatcher(dictionary: dictionary.reversed).matches(sourceWords: target, targetWords: source))
    }
    let copy = dictionary
    dictionary.entries.removeLast()
    #expect(Self.dump(dictionary.matcher(reversed: false).links(sourceWords: source, targetWords: target)).count == 2)
    #expect(Self.dump(copy.matcher(reversed: false).links(sourceWords: source, targetWords: target)).count == 4)
  }

  @Test("a polysemous word is one link, matched by any of its translations; inflected forms meet")
  func polysemy() throws {
    let dictionary = try Self.dictionary("zh", "en", [("书", "book"), ("书", "letter"), ("花", "flower")])
    let links = LexicalMatcher(dictionary: dictionary).links(
      sourceWords: [["我", "的", "书"], ["花"]],
      targetWords: [["my", "books"], ["a", "letter"], ["flowers"]])
    #expect(
      Self.dump(links) == [
        "S 书: 0 -> 0,1", "S 花: 1 -> 2", "T book: 0 -> 0", "T letter: 1 -> 0", "T flower: 2 -> 1",
      ])
  }

  @Test(
    "Chinese segments are regrouped by longest dictionary match",
    arguments: [
      (["中华", "人民", "共和国"], ["中华人民共和国"]),
      (["花", "蕾"], ["花蕾"]),
      (["他说"], ["他", "说"]),
      (["中国人"], ["中国", "人"]),
      (["桌子"], []),
    ])
  func longestMatch(segments: [String], expected: [String]) throws {
    let words = ["中华人民共和国", "中华", "人民", "花蕾", "花", "他", "说", "中国", "人"]
    let ids = Dictionary(uniqueKeysWithValues: words.enumerated().map { ($0.element, Int32($0.offset)) })
    #expect(LexicalMatcher.longestMatch(segments, in: ids).map { words[Int($0)] } == expected)
  }

  @Test("multiword glosses match consecutive words; words too long a phrase are not used")
  func phrases() throws {
    let dictionary = try Self.dictionary(
      "zh", "en", [("花蕾", "flower bud"), ("说", "to speak"), ("长", "a very long gloss of many words")])
    let links = LexicalMatcher(dictionary: dictionary).links(
      sourceWords: [["花", "蕾"], ["说"], ["长"]],
      targetWords: [["the", "flower", "buds"], ["bud", "flower"], ["he", "speaks"]])
    #expect(Self.dump(links) == ["S 花蕾: 0 -> 0", "S 说: 1 -> 2", "T flower bud: 0 -> 0", "T to speak: 2 -> 1"])
  }

  @Test("German and French keys: umlauts, plurals, verb endings")
  func latin() throws {
    let dictionary = try Self.dictionary("de", "fr", [("Haus", "maison"), ("laufen", "courir"), ("Buch", "livre")])
    let links = LexicalMatcher(dictionary: dictionary).links(
      sourceWords: [["die", "häuser"], ["wir", "laufen"], ["kein", "buch"]],
      targetWords: [["nous", "courons"], ["les", "maisons"], ["rien"]])
    #expect(Self.dump(links) == ["S Haus: 0 -> 1", "T maison: 1 -> 0"])
  }

  @Test("Russian case forms of nouns and adjectives meet their headwords")
  func russian() throws {
    let dictionary = try Self.dictionary(
      "en", "ru", [("train", "поезд"), ("station", "станция"), ("red", "красный"), ("town", "городок")])
    let links = LexicalMatcher(dictionary: dictionary).links(
      sourceWords: [["the", "trains"], ["a", "red", "station"], ["a", "town"]],
      targetWords: [["у", "поезда"], ["на", "красной", "станции"], ["мимо", "городка"]])
    // городка meets городок without its fleeting vowel.
    #expect(
      Self.dump(links) == [
        "S train: 0 -> 0", "S station: 1 -> 1", "S red: 1 -> 1", "S town: 2 -> 2", "T поезд: 0 -> 0",
        "T станция: 1 -> 1", "T красный: 1 -> 1", "T городок: 2 -> 2",
      ])
  }
}
