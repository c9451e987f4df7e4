import Foundation
import TestResources
import Testing

@testable import HexaplaKit

@Suite("Dictionary loading")
struct DictionaryLoaderTests {
  /// A one-line summary and the pairs of a loaded file.
  static func dump(_ file: DictionaryFile) -> String {
    let languages = file.sourceLanguage.map { "\($0)-\(file.targetLanguage!)" } ?? "?"
    return "\(file.format) \(languages) (\(file.languageEvidence.rawValue)) skipped \(file.skippedCount)\n"
      + file.entries.map { "\($0.source) = \($0.target)" }.joined(separator: "\n")
  }

  @Test(
    "each format loads from a tiny fixture",
    arguments: [
      (
        "mini-cedict.txt",
        """
        CC-CEDICT zh-en (format) skipped 1
        中国 = China
        中國 = China
        书 = book
        書 = book
        书 = letter
        書 = letter
        走 = walk
        走 = go
        走 = leave
        花蕾 = bud
        花蕾 = flower bud
        学堂 = college
        學堂 = college
        学堂 = school
        學堂 = school
        李 = plum
        """
      ),
      (
        "freedict-deu-fra.index",
        """
        dictd de-fr (header) skipped 1
        Buch = livre
        Buch = bouquin
        Haus = maison
        Haus = chambre
        jemandem etwas geben = donner à
        laufen = courir
        laufen = marcher
        rennen = courir
        """
      ),
      (
        "freedict-fra-deu.dict",
        """
        dictd fr-de (header) skipped 0
        livre = Buch
        maison = Haus
        """
      ),
      (
        "terms.de-fr.tsv",
        """
        TSV de-fr (file name) skipped 2
        Haus = maison
        Buch = livre
        laufen = courir
        """
      ),
      (
        "de-en.dic",
        """
        hunalign .dic de-en (file name) skipped 1
        Haus = house
        Buch = book
        laufen = to run
        """
      ),
      (
        "words.tsv",
        """
        TSV ? (unknown) skipped 0
        书 = book
        花 = flower
        """
      ),
    ])
  func loads(name: String, expected: String) throws {
    let file = try DictionaryLoader.load(path: LexiconFixtures.path(name))
    #expect(Self.dump(file) == expected)
  }

  @Test("a dictd index and its .dict.dz load the same")
  func dictdEitherFile() throws {
    let index = try DictionaryLoader.load(path: LexiconFixtures.path("freedict-deu-fra.index"))
    let compressed = try DictionaryLoader.load(path: LexiconFixtures.path("freedict-deu-fra.dict.dz"))
    #expect(Self.dump(compressed) == Self.dump(index))
    #expect(compressed.entries.count == 8)
  }

  @Test(
    "format detection from name and content",
    arguments: [
      ("mini-cedict.txt", DictionaryFormat.cedict), ("freedict-deu-fra.index", .dictd),
      ("freedict-deu-fra.dict.dz", .dictd), ("freedict-fra-deu.dict", .dictd), ("terms.de-fr.tsv", .tsv),
      ("de-en.dic", .hunalign), ("nolang.tsv", .tsv),
    ])
  func detectsFormat(name: String, format: DictionaryFormat) throws {
    #expect(try DictionaryLoader.detectFormat(path: LexiconFixtures.path(name)) == format)
  }

  @Test(
    "format detection from the first lines alone",
    arguments: [
      ("中國 中国 [Zhong1 guo2] /China/\n書 书 [shu1] /book/\n", DictionaryFormat.cedict),
      ("house @ Haus\nbook @ Buch\n", .hunalign),
      ("Haus\tmaison\nBuch\tlivre\n", .tsv),
      ("# comment\nHaus\tmaison\nnot a pair\nBuch\tlivre\n", .tsv),
    ])
  func detectsFormatFromContent(text: String, format: DictionaryFormat) throws {
    #expect(try DictionaryFormat.detect(path: "list.txt", head: Data(text.utf8)) == format)
  }

  @Test("an unknown format is a clear error")
  func unknownFormat() {
    #expect {
      try DictionaryLoader.load(path: LexiconFixtures.path("notes.txt"))
    } throws: { error in
      guard case .unknownDictionaryFormat(let path, _) = error as? HexaplaError else { return false }
      return path.hasSuffix("notes.txt") && "\(error)".contains("Hexapla reads CC-CEDICT, dictd")
    }
  }

  @Test("a missing file, and a dictd index without its data, are errors naming the file")
  func missingFiles() throws {
    #expect(throws: HexaplaError.fileNotReadable(path: "/nonexistent/x.tsv", reason: "no such file")) {
      try DictionaryLoader.load(path: "/nonexistent/x.tsv")
    }
    try TestResources.withTemporaryDirectory { directory in
      let index = directory.appendingPathComponent("lonely.index").path
      try "word\tA\tB\n".write(toFile: index, atomically: true, encoding: .utf8)
      #expect {
        try DictionaryLoader.load(path: index)
      } throws: { error in
        guard case .fileNotReadable(let path, _) = error as? HexaplaError else { return false }
        return path.hasSuffix("lonely.dict.dz")
      }
    }
  }

  @Test("malformed lines are skipped and counted; only malformed lines is an error at the first")
  func malformedLines() throws {
    let file = try DictionaryLoader.load(path: LexiconFixtures.path("terms.de-fr.tsv"))
    #expect(file.skippedCount == 2)
    #expect(file.skippedExamples.map { $0.line } == [4, 6])
    try TestResources.withTemporaryDirectory { directory in
      let path = directory.appendingPathComponent("bad.de-fr.tsv").path
      try "# only junk\nHaus\tmaison\n".write(toFile: path, atomically: true, encoding: .utf8)
      #expect(try DictionaryLoader.load(path: path).entries.count == 1)
      try "\tleer\nHaus\t\n".write(toFile: path, atomically: true, encoding: .utf8)
      #expect(
        throws: HexaplaError.malformedLine(
          path: path, line: 1, message: "an empty source phrase (no usable entry in the file; 2 malformed lines)")
      ) {
        try DictionaryLoader.load(path: path)
      }
      let cedict = directory.appendingPathComponent("broken.u8").path
      try "# CC-CEDICT\nbroken one\nbroken two\n".write(toFile: cedict, atomically: true, encoding: .utf8)
      #expect {
        try DictionaryLoader.load(path: cedict)
      } throws: { error in
        guard case .malformedLine(let path, let line, let message) = error as? HexaplaError else { return false }
        return path == cedict && line == 2 && message.contains("2 malformed lines")
      }
    }
  }

  @Test("CRLF line ends are read like LF")
  func crlf() throws {
    try TestResources.withTemporaryDirectory { directory in
      let path = directory.appendingPathComponent("cedict.txt").path
      try "# CC-CEDICT\r\n書 书 [shu1] /book/\r\n".write(toFile: path, atomically: true, encoding: .utf8)
      let file = try DictionaryLoader.load(path: path)
      #expect(file.entries.map { "\($0.source)=\($0.target)" } == ["书=book", "書=book"])
    }
  }

  @Test(
    "direction: a file is turned to the texts' pair, by languages or by script",
    arguments: [
      ("freedict-deu-fra.index", "de", "fr", "Buch = livre"),
      ("freedict-deu-fra.index", "fr", "de", "livre = Buch"),
      ("freedict-fra-deu.dict", "de", "fr", "Buch = livre"),
      ("mini-cedict.txt", "en", "zh-Hans", "China = 中国"),
      ("words.tsv", "zh", "en", "书 = book"),
      ("words.tsv", "en", "zh", "book = 书"),
      ("nolang.tsv", "de", "fr", "alpha = beta"),
    ])
  func orients(name: String, source: String, target: String, first: String) throws {
    let file = try DictionaryLoader.load(path: LexiconFixtures.path(name))
    let dictionary = try file.dictionary(source: try LanguageTag(source), target: try LanguageTag(target))
    #expect(dictionary.entries.first.map { "\($0.source) = \($0.target)" } == first)
    #expect(dictionary.sourceLanguage.language == String(source.prefix(2)))
  }

  @Test(
    "a dictionary for another pair says which pair it is",
    arguments: [
      ("freedict-deu-fra.index", "zh", "en", "the dictionary is for de-fr; the texts are zh-en"),
      ("mini-cedict.txt", "de", "fr", "the dictionary is for zh-en; the texts are de-fr"),
      ("words.tsv", "de", "fr", "the dictionary is for Hani-Latn (by script); the texts are de-fr"),
    ])
  func wrongPair(name: String, source: String, target: String, message: String) throws {
    let file = try DictionaryLoader.load(path: LexiconFixtures.path(name))
    #expect {
      try file.dictionary(source: try LanguageTag(source), target: try LanguageTag(target))
    } throws: { error in
      "\(error)" == "\(file.path): \(message)"
    }
  }

  @Test("a --dictionary-langs style hint names the languages of a file that does not")
  func hint() throws {
    let file = try DictionaryLoader.load(
      path: LexiconFixtures.path("nolang.tsv"), hint: (try LanguageTag("es"), try LanguageTag("it")))
    #expect(file.languagePairName == "es-it")
    #expect(file.languageEvidence == .hint)
    // The hint wins over a file name, but not over what the file itself says.
    let named = try DictionaryLoader.load(
      path: LexiconFixtures.path("terms.de-fr.tsv"), hint: (try LanguageTag("fr"), try LanguageTag("de")))
    #expect(named.languagePairName == "fr-de")
    let dictd = try DictionaryLoader.load(
      path: LexiconFixtures.path("freedict-deu-fra.index"), hint: (try LanguageTag("fr"), try LanguageTag("de")))
    #expect(dictd.languagePairName == "de-fr")
  }

  @Test("merging several files orients each and removes duplicates")
  func merging() throws {
    let files = try ["freedict-deu-fra.index", "freedict-fra-deu.dict", "terms.de-fr.tsv"].map {
      try DictionaryLoader.load(path: LexiconFixtures.path($0))
    }
    let merged = try BilingualDictionary(merging: files, source: try LanguageTag("de"), target: try LanguageTag("fr"))
    #expect(merged.entries.count == 8)  // livre/maison/courir pairs come once
    #expect(merged.entries.contains(.init(source: "Haus", target: "maison")))
  }
}
