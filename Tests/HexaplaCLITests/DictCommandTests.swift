import Foundation
import TestResources
import Testing

@Suite("hexapla dict")
struct DictCommandTests {
  static func fixture(_ name: String) -> String {
    TestResources.dictionary(name)
  }

  @Test("info lists format, languages, counts and examples; skipped lines warn on stderr")
  func info() throws {
    let path = Self.fixture("terms.de-fr.tsv")
    let result = try HexaplaProcess.run(["dict", "info", "--examples", "2", path])
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        \(path)
          format: TSV
          languages: de → fr (from the file name)
          headwords: 3
          entries: 3
          skipped malformed lines: 2
            line 4: one column; expected 'source<TAB>target'
            line 6: an empty source phrase
          example: Haus → maison
          example: Buch → livre

        """)
    #expect(
      result.stderr
        == "warning: \(path): skipped 2 malformed lines (first: line 4: one column; expected 'source<TAB>target')\n")
  }

  @Test("info on several files, one of them bad: the good ones are listed, the bad one is the error")
  func infoWithOneBadFile() throws {
    try TestResources.withTemporaryDirectory { directory in
      let bad = directory.appendingPathComponent("notes.de-fr.tsv").path
      try Data([0x00, 0x01, 0x02]).write(to: URL(fileURLWithPath: bad))
      let result = try HexaplaProcess.run([
        "dict", "info", Self.fixture("terms.de-fr.tsv"), bad, Self.fixture("mini-cedict.txt"),
      ])
      #expect(result.failed(.failure))
      #expect(result.stdout.contains("terms.de-fr.tsv\n  format: TSV\n"))
      #expect(result.stdout.contains("mini-cedict.txt\n  format: CC-CEDICT\n"))
      #expect(result.stderr.contains("Error: \(bad): "))
    }
  }

  @Test("info on CC-CEDICT and dictd")
  func infoFormats() throws {
    let result = try HexaplaProcess.run([
      "dict", "info", "--examples", "1", Self.fixture("mini-cedict.txt"), Self.fixture("freedict-deu-fra.dict.dz"),
    ])
    #expect(result.status == 0)
    #expect(result.stdout.contains("  format: CC-CEDICT\n  languages: zh → en (from the format)\n"))
    #expect(result.stdout.contains("  format: dictd\n  languages: de → fr (from the dictd header)\n"))
    #expect(result.stdout.contains("  title: Deutsch-français test dictionary written for Hexapla\n"))
  }

  @Test("build merges, orients and writes the same bytes every time; info reads the result")
  func build() throws {
    try TestResources.withTemporaryDirectory { directory in
      let first = directory.appendingPathComponent("a.hxdict").path
      let second = directory.appendingPathComponent("b.hxdict").path
      for output in [first, second] {
        let result = try HexaplaProcess.run([
          "dict", "build", "--dictionary", Self.fixture("freedict-deu-fra.index"), "--dictionary",
          Self.fixture("terms.de-fr.tsv"), "--langs", "fr,de", "-o", output,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasSuffix("\(output): 8 entries, fr → de\n"))
      }
      let a = try Data(contentsOf: URL(fileURLWithPath: first))
      #expect(a == (try Data(contentsOf: URL(fileURLWithPath: second))))
      let info = try HexaplaProcess.run(["dict", "info", "--examples", "1", first])
      #expect(info.status == 0)
      #expect(
        info.stdout == """
          \(first)
            format: hxdict
            languages: fr → de (stored in the file)
            title: freedict-deu-fra.index (dictd, 8 entries, Deutsch-français test dictionary written for Hexapla); terms.de-fr.tsv (TSV, 3 entries)
            headwords: 8
            entries: 8
            skipped malformed lines: 0
            example: donner à → jemandem etwas geben

          """)
    }
  }

  @Test(
    "bad input: one clear line, non-zero exit, no output file",
    arguments: [
      (["dict", "info", "/nonexistent/d.tsv"], "/nonexistent/d.tsv: cannot read: no such file", Exit.failure),
      (["dict", "info", "notes.txt"], "notes.txt: unknown dictionary format (", Exit.failure),
      (
        ["dict", "build", "--dictionary", "freedict-deu-fra.index", "--langs", "zh,en", "-o", "OUT"],
        "freedict-deu-fra.index: the dictionary is for de-fr; the texts are zh-en", Exit.failure
      ),
      (
        ["dict", "build", "--dictionary", "/nonexistent/d.tsv", "-o", "OUT"],
        "Cannot read dictionary '/nonexistent/d.tsv'", Exit.usage
      ),
      (
        ["dict", "build", "-o", "OUT"], "Give at least one --dictionary FILE or a corpus with --learn-from DIR.",
        Exit.usage
      ),
      (
        ["dict", "info", "--dictionary-langs", "de", "notes.txt"], "--dictionary-langs takes two language tags",
        Exit.usage
      ),
    ])
  func badInput(arguments: [String], message: String, exit: HexaplaProcess.Exit) throws {
    try TestResources.withTemporaryDirectory { directory in
      let output = directory.appendingPathComponent("out.hxdict").path
      let resolved = arguments.map { argument in
        argument == "OUT"
          ? output
          : (argument.contains("/") || argument.hasPrefix("-") || !argument.contains(".")
            ? argument : Self.fixture(argument))
      }
      let result = try HexaplaProcess.run(resolved)
      #expect(result.failed(exit), "status \(result.status)")
      #expect(result.stderr.contains(message), "\(result.stderr)")
      #expect(!FileManager.default.fileExists(atPath: output))
      #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
  }

  @Test("align --dictionary: any format, repeatable; a wrong-pair dictionary is an error that names both pairs")
  func alignWithDictionary() throws {
    try TestResources.withTemporaryDirectory { directory in
      let de = directory.appendingPathComponent("a.de.txt").path
      let fr = directory.appendingPathComponent("a.fr.txt").path
      try "Das Haus ist alt.\nIch lese ein Buch.\n".write(toFile: de, atomically: true, encoding: .utf8)
      try "La maison est vieille.\nJe lis un livre.\n".write(toFile: fr, atomically: true, encoding: .utf8)
      // The dictionary's pairs (Haus/maison, Buch/livre) make the beads surer.
      try Self.expectSurerOneToOneBeads(
        dictionaryArguments: [
          "--dictionary", Self.fixture("freedict-deu-fra.dict.dz"), "--dictionary", Self.fixture("terms.de-fr.tsv"),
        ], de, fr)
      let wrong = try HexaplaProcess.run([
        "align", "--presegmented", "--langs", "de,en", "--dictionary", Self.fixture("freedict-deu-fra.index"), de, fr,
      ])
      #expect(wrong.failed(.failure), "status \(wrong.status)")
      #expect(wrong.stderr.contains("freedict-deu-fra.index: the dictionary is for de-fr; the texts are de-en"))
    }
  }

  @Test(
    "align uses a dictionary installed for the pair without --dictionary, names it in the summary; --no-dictionaries turns it off"
  )
  func installedDictionary() throws {
    try TestResources.withTemporaryDirectory { directory in
      let installed = directory.appendingPathComponent("data/hexapla/dictionaries")
      try FileManager.default.createDirectory(at: installed, withIntermediateDirectories: true)
      let dictionary = installed.appendingPathComponent("de-fr.hxdict").path
      let built = try HexaplaProcess.run([
        "dict", "build", "--dictionary", Self.fixture("terms.de-fr.tsv"), "--dictionary",
        Self.fixture("freedict-deu-fra.dict.dz"), "-o", dictionary,
      ])
      #expect(built.status == 0, "\(built.stderr)")
      let de = directory.appendingPathComponent("a.de.txt").path
      let fr = directory.appendingPathComponent("a.fr.txt").path
      let en = directory.appendingPathComponent("a.en.txt").path
      try "Das Haus ist alt.\nIch lese ein Buch.\n".write(toFile: de, atomically: true, encoding: .utf8)
      try "La maison est vieille.\nJe lis un livre.\n".write(toFile: fr, atomically: true, encoding: .utf8)
      try "The house is old.\nI read a book.\n".write(toFile: en, atomically: true, encoding: .utf8)
      let environment = ["XDG_DATA_HOME": directory.appendingPathComponent("data").path]
      func beads(_ extra: [String], _ files: [String]) throws -> (scores: [Double], stderr: String) {
        let result = try HexaplaProcess.run(
          ["align", "--presegmented", "--format", "beads"] + extra + files, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.map { $0.prefix(7) } == ["[0]:[0]", "[1]:[1]"])
        return (lines.map { Double($0.split(separator: ":").last ?? "") ?? 0 }, result.stderr)
      }
      let used = try beads([], [de, fr])
      #expect(used.stderr.hasSuffix("; dictionary de-fr: \(dictionary) (installed)\n"), "\(used.stderr)")
      let off = try beads(["--no-dictionaries"], [de, fr])
      #expect(!off.stderr.contains("dictionar"), "\(off.stderr)")
      for (with, without) in zip(used.scores, off.scores) { #expect(with > without) }
      // An explicit --dictionary for the pair takes its place.
      let explicit = try beads(["--dictionary", Self.fixture("terms.de-fr.tsv")], [de, fr])
      #expect(explicit.stderr.contains("; dictionary de-fr: \(Self.fixture("terms.de-fr.tsv"))\n"))
      // Not for another pair: German-English uses none, and that is no error.
      let other = try beads([], [de, en])
      #expect(!other.stderr.contains("dictionar"), "\(other.stderr)")
      // Three editions: the pair with French uses it, the pair with English does not.
      let three = try HexaplaProcess.run(["align", "--format", "tsv", de, fr, en], environment: environment)
      #expect(three.status == 0, "\(three.stderr)")
      #expect(three.stderr.contains("; dictionary de-fr: \(dictionary) (installed)\n"), "\(three.stderr)")
    }
  }

  @Test("a broken installed dictionary is an error that names it and the ways out; --no-dictionaries runs")
  func brokenInstalledDictionary() throws {
    try TestResources.withTemporaryDirectory { directory in
      let installed = directory.appendingPathComponent("data/hexapla/dictionaries")
      try FileManager.default.createDirectory(at: installed, withIntermediateDirectories: true)
      let dictionary = installed.appendingPathComponent("de-fr.hxdict").path
      try "not a dictionary\n".write(toFile: dictionary, atomically: true, encoding: .utf8)
      let de = directory.appendingPathComponent("a.de.txt").path
      let fr = directory.appendingPathComponent("a.fr.txt").path
      try "Das Haus ist alt.\n".write(toFile: de, atomically: true, encoding: .utf8)
      try "La maison est vieille.\n".write(toFile: fr, atomically: true, encoding: .utf8)
      let environment = ["XDG_DATA_HOME": directory.appendingPathComponent("data").path]
      let broken = try HexaplaProcess.run(["align", de, fr], environment: environment)
      #expect(broken.status != 0)
      #expect(broken.stdout.isEmpty)
      #expect(
        broken.stderr.hasPrefix(
          "Error: \(dictionary): installed dictionary cannot be used (not a dictionary Hexapla reads: "),
        "\(broken.stderr)")
      #expect(broken.stderr.hasSuffix("or pass --no-dictionaries\n"), "\(broken.stderr)")
      let off = try HexaplaProcess.run(["align", "--no-dictionaries", de, fr], environment: environment)
      #expect(off.status == 0, "\(off.stderr)")
    }
  }

  @Test("align --dictionary: Russian case forms meet the dictionary's headwords")
  func alignWithRussianForms() throws {
    try TestResources.withTemporaryDirectory { directory in
      let en = directory.appendingPathComponent("a.en.txt").path
      let ru = directory.appendingPathComponent("a.ru.txt").path
      let terms = directory.appendingPathComponent("words.en-ru.tsv").path
      try "The train left without us.\nWe waited at the station.\n".write(toFile: en, atomically: true, encoding: .utf8)
      try "Мы остались без поезда.\nМы ждали на станции.\n".write(toFile: ru, atomically: true, encoding: .utf8)
      // Headwords only (nominative singular): the texts hold the genitive and the prepositional.
      try "train\tпоезд\nstation\tстанция\n".write(toFile: terms, atomically: true, encoding: .utf8)
      try Self.expectSurerOneToOneBeads(dictionaryArguments: ["--dictionary", terms], en, ru)
    }
  }

  /// Aligns two presegmented two-sentence texts with the dictionary arguments and without:
  /// with them the sentences pair one to one, and every bead scores higher than without.
  static func expectSurerOneToOneBeads(dictionaryArguments: [String], _ source: String, _ target: String) throws {
    let aligned = try HexaplaProcess.run(
      ["align", "--presegmented", "--format", "beads"] + dictionaryArguments + [source, target])
    #expect(aligned.status == 0, "\(aligned.stderr)")
    let beads = aligned.stdout.split(separator: "\n")
    #expect(beads.map { $0.prefix(7) } == ["[0]:[0]", "[1]:[1]"])
    let plain = try HexaplaProcess.run(["align", "--presegmented", "--format", "beads", source, target])
    #expect(plain.status == 0, "\(plain.stderr)")
    let plainBeads = plain.stdout.split(separator: "\n")
    // The same beads without the dictionary, so the zip below compares every one.
    #expect(plainBeads.map { $0.prefix(7) } == beads.map { $0.prefix(7) })
    let score: (Substring) -> Double = { Double($0.split(separator: ":").last ?? "") ?? 0 }
    for (with, without) in zip(beads, plainBeads) {
      #expect(score(with) > score(without), "\(with) vs \(without)")
    }
  }
}
