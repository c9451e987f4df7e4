import Foundation
import TestResources
import Testing

@testable import HexaplaKit

@Suite("Compact dictionaries (.hxdict)")
struct CompactDictionaryTests {
  static func sample() throws -> BilingualDictionary {
    BilingualDictionary(
      sourceLanguage: try LanguageTag("zh"), targetLanguage: try LanguageTag("en"),
      entries: [
        .init(source: "书", target: "book"), .init(source: "書", target: "book"),
        .init(source: "中国", target: "China"), .init(source: "书", target: "letter"),
        .init(source: "书", target: "book"),
      ])
  }

  @Test("build, load: the same entries, sorted, without duplicates")
  func roundTrip() throws {
    let bytes = CompactDictionary.encode(try Self.sample(), provenance: ["sample (test)"])
    let file = try CompactDictionary.decode(Data(bytes), path: "s.hxdict")
    #expect(file.format == .hxdict)
    #expect(file.languagePairName == "zh-en")
    #expect(file.languageEvidence == .stored)
    #expect(file.title == "sample (test)")
    #expect(
      file.entries.map { "\($0.source)=\($0.target)" } == ["中国=China", "书=book", "书=letter", "書=book"])
    #expect(Set(file.entries) == Set(try Self.sample().entries))
  }

  @Test("the same entries in any order give byte-identical files")
  func deterministic() throws {
    let sample = try Self.sample()
    var shuffled = sample
    shuffled.entries.reverse()
    #expect(
      CompactDictionary.encode(sample, provenance: ["a"]) == CompactDictionary.encode(shuffled, provenance: ["a"]))
  }

  @Test("every fixture survives build → load through the loader")
  func fixturesRoundTrip() throws {
    try TestResources.withTemporaryDirectory { directory in
      for name in ["mini-cedict.txt", "freedict-deu-fra.index", "terms.de-fr.tsv", "de-en.dic"] {
        let file = try DictionaryLoader.load(path: LexiconFixtures.path(name))
        let dictionary = try file.dictionary(source: file.sourceLanguage!, target: file.targetLanguage!)
        let path = directory.appendingPathComponent("\(name).hxdict").path
        try Data(CompactDictionary.encode(dictionary, provenance: [name])).write(to: URL(fileURLWithPath: path))
        let loaded = try DictionaryLoader.load(path: path)
        #expect(loaded.format == .hxdict)
        #expect(Set(loaded.entries) == Set(file.entries), "\(name)")
        #expect(loaded.languagePairName == file.languagePairName)
      }
    }
  }

  @Test("a cut-off or corrupt file is an error naming the byte")
  func corrupt() throws {
    let bytes = CompactDictionary.encode(try Self.sample(), provenance: [])
    for cut in [4, 12, bytes.count / 2, bytes.count - 1] {
      #expect {
        try CompactDictionary.decode(Data(bytes.prefix(cut)), path: "cut.hxdict")
      } throws: { error in
        guard case .invalidEncoding(let path, let offset, _) = error as? HexaplaError else { return false }
        return path == "cut.hxdict" && offset <= cut
      }
    }
  }
}
