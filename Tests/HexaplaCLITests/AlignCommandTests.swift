import Foundation
import TestResources
import Testing

@Suite("hexapla align and eval")
struct AlignCommandTests {
  static func fixture(_ name: String) -> String {
    HexaplaProcess.fixtures.appendingPathComponent("align/\(name)").path
  }

  @Test("beads from presegmented texts, languages from the file names")
  func beads() throws {
    let result = try HexaplaProcess.run([
      "align", "--presegmented", "--format", "beads", Self.fixture("climb.en.txt"), Self.fixture("climb.de.txt"),
    ])
    #expect(result.status == 0)
    let beads = result.stdout.split(separator: "\n").map { $0.split(separator: ":").prefix(2).joined(separator: ":") }
    #expect(beads == ["[0]:[0]", "[1]:[1]", "[2]:[2, 3]", "[3]:[4]", "[4]:[5]"])
  }

  @Test("TSV: a header of language tags, one row per bead")
  func tsv() throws {
    let result = try HexaplaProcess.run([
      "align", "--presegmented", "--format", "tsv", "--langs", "en,de", Self.fixture("climb.en.txt"),
      Self.fixture("climb.de.txt"),
    ])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.first == "en\tde")
    #expect(
      lines[3]
        == "They climbed for 40 days, and the weather was terrible the whole time.\tSie kletterten 40 Tage lang. Das Wetter war die ganze Zeit schrecklich."
    )
  }

  @Test("JSON lines: export's schema, one object per unit with segments and evidence props")
  func jsonl() throws {
    let result = try HexaplaProcess.run([
      "align", "--presegmented", "--format", "jsonl", Self.fixture("climb.en.txt"), Self.fixture("climb.de.txt"),
    ])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 5)
    let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
    #expect(first?["tuid"] as? String == "1")
    let segments = first?["segments"] as? [String: String]
    #expect(segments?.keys.sorted() == ["de", "en"])
    let props = (first?["props"] as? [[String]])?.map { $0.joined(separator: "=") } ?? []
    #expect(props.contains("x-bead=1-1"))
    #expect(props.contains { $0.hasPrefix("x-anchors=") && $0.contains("1956") })
    #expect(props.contains("x-sentences-en=0"))
  }

  @Test("raw text is segmented first; -o writes the file")
  func rawText() throws {
    try TestResources.withTemporaryDirectory { directory in
      let en = directory.appendingPathComponent("a.en.txt")
      let de = directory.appendingPathComponent("a.de.txt")
      try "It rains. We stay at home!\nTomorrow?".write(to: en, atomically: true, encoding: .utf8)
      try "Es regnet. Wir bleiben zu Hause!\nMorgen?".write(to: de, atomically: true, encoding: .utf8)
      let out = directory.appendingPathComponent("out.txt")
      let result = try HexaplaProcess.run(["align", "--format", "beads", "-o", out.path, en.path, de.path])
      #expect(result.status == 0)
      let beads = try String(contentsOf: out, encoding: .utf8).split(separator: "\n").map {
        $0.split(separator: ":").prefix(2).joined(separator: ":")
      }
      #expect(beads == ["[0]:[0]", "[1]:[1]", "[2]:[2]"])
    }
  }

  @Test("one side twenty times longer: aligned, with a warning")
  func unequal() throws {
    try TestResources.withTemporaryDirectory { directory in
      let en = directory.appendingPathComponent("a.en.txt")
      let de = directory.appendingPathComponent("a.de.txt")
      try "The 2012 report on Kangchenjunga was published in Zürich.\n".write(to: en, atomically: true, encoding: .utf8)
      var lines = (1...40).map { "Ein ganz anderer Satz über Wetter und Berge, Nummer \($0)." }
      lines.insert("Der Bericht von 2012 über den Kangchenjunga erschien in Zürich.", at: 17)
      try lines.joined(separator: "\n").write(to: de, atomically: true, encoding: .utf8)
      let result = try HexaplaProcess.run([
        "align", "--presegmented", "--format", "beads", "--unpaired", "keep", en.path, de.path,
      ])
      #expect(result.status == 0)
      #expect(result.stdout.contains("[0]:[17]:"))
      #expect(result.stdout.split(separator: "\n").count == 41)
      #expect(result.stderr.contains("warning: de: 40 of 41 sentences have no counterpart in the other editions"))
      let paired = try HexaplaProcess.run(["align", "--presegmented", "--format", "beads", en.path, de.path])
      #expect(
        paired.stdout.split(separator: "\n").map { $0.split(separator: ":").prefix(2).joined(separator: ":") } == [
          "[0]:[17]"
        ])
      #expect(paired.stderr.contains("2 editions (en, de): 1 unit, 40 sentences no other edition has left out"))
    }
  }

  @Test("TMX is the default: presegmented lines kept, 1-0 beads left out, pinned date gives the same bytes")
  func defaultTMX() throws {
    let arguments = [
      "align", "--presegmented", "--date", "2026-01-01T00:00:00Z", Self.fixture("climb.en.txt"),
      Self.fixture("climb.de.txt"),
    ]
    let first = try HexaplaProcess.run(arguments)
    #expect(first.status == 0)
    #expect(first.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"))
    #expect(first.stdout.contains("creationdate=\"20260101T000000Z\""))
    #expect(first.stdout.contains("<prop type=\"x-bead\">1-2</prop>"))
    #expect(first.stdout.components(separatedBy: "<tu ").count - 1 == 5)
    #expect(try HexaplaProcess.run(arguments).stdout == first.stdout)
    let badDate = try HexaplaProcess.run([
      "align", "--date", "yesterday", Self.fixture("climb.en.txt"), Self.fixture("climb.de.txt"),
    ])
    #expect(badDate.failed(.usage), "status \(badDate.status)")
    #expect(badDate.stdout.isEmpty)
  }

  @Test(
    "bad input: one clear line, non-zero exit, no output file",
    arguments: [
      (
        ["align", "--presegmented", "LATIN", "LATIN"], "latin.txt: cannot tell the language from Latin script alone",
        Exit.failure
      ),
      (
        ["align", "--langs", "de,de", "x.txt", "y.txt"],
        "--langs gives 'de' twice; each edition needs its own language", Exit.usage
      ),
      (["align", "--langs", "de", "x.txt", "y.txt"], "--langs gives 1 tags for 2 editions", Exit.usage),
      (["align", "--langs", "de,xx", "x.txt", "y.txt"], "invalid language tag 'xx'", Exit.usage),
      (["align", "--langs", "en,de", "/nonexistent/a.txt", "EMPTY"], "/nonexistent/a.txt: cannot read", Exit.failure),
      (
        ["align", "--langs", "en,de", "EMPTY", "EMPTY"], "no text (the input is empty or only whitespace)", Exit.failure
      ),
      (["eval", "--gold", "GOLD"], "--gold and --pred go together", Exit.usage),
      (["eval", "--gold", "GOLD", "--pred", "BROKEN"], "broken.gold.txt:2: cannot parse '[1:[1]'", Exit.failure),
      (
        ["eval", "--gold", "GOLD", "--pred", "GOLD", "--gold-dir", "x"], "Give either --gold FILE --pred FILE",
        Exit.usage
      ),
    ])
  func badInput(arguments: [String], message: String, exit: HexaplaProcess.Exit) throws {
    try TestResources.withTemporaryDirectory { directory in
      let empty = directory.appendingPathComponent("empty.txt")
      try " \n".write(to: empty, atomically: true, encoding: .utf8)
      let latin = directory.appendingPathComponent("latin.txt")
      try "Ein Satz in lateinischer Schrift, aber ohne Sprachangabe im Namen.\n".write(
        to: latin, atomically: true, encoding: .utf8)
      let out = directory.appendingPathComponent("out.txt")
      let resolved = arguments.map { argument -> String in
        switch argument {
        case "EMPTY": return empty.path
        case "LATIN": return latin.path
        case "GOLD": return Self.fixture("climb.gold.txt")
        case "BROKEN": return Self.fixture("broken.gold.txt")
        default: return argument
        }
      }
      let result = try HexaplaProcess.run(resolved + (resolved[0] == "align" ? ["-o", out.path] : []))
      #expect(result.failed(exit), "status \(result.status)")
      #expect(result.stderr.contains(message), "\(result.stderr)")
      #expect(!FileManager.default.fileExists(atPath: out.path))
    }
  }

  @Test("eval prints score.py's table for one document and for a set")
  func eval() throws {
    let single = try HexaplaProcess.run([
      "eval", "--gold", Self.fixture("climb.gold.txt"), "--pred", Self.fixture("climb.pred.txt"),
    ])
    #expect(single.status == 0)
    #expect(
      single.stdout == """
                      Strict    Lax
        Precision     0.667     0.833
        Recall        0.800     1.000
        F1            0.727     0.909
        (docs=1, pred beads=6, gold beads w/o 0-sided=5)
        1-0/0-1 beads: P 0.000 R n/a F1 0.000 (gold=0, pred=1)

        """)
    try TestResources.withTemporaryDirectory { directory in
      let gold = directory.appendingPathComponent("gold")
      let pred = directory.appendingPathComponent("pred")
      for doc in ["a", "b"] {
        try FileManager.default.createDirectory(at: gold.appendingPathComponent(doc), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
          atPath: Self.fixture("climb.gold.txt"), toPath: gold.appendingPathComponent("\(doc)/gold.txt").path)
      }
      try FileManager.default.createDirectory(at: pred, withIntermediateDirectories: true)
      try FileManager.default.copyItem(
        atPath: Self.fixture("climb.pred.txt"), toPath: pred.appendingPathComponent("a.txt").path)
      let missing = try HexaplaProcess.run(["eval", "--gold-dir", gold.path, "--pred-dir", pred.path])
      #expect(missing.failed(.failure), "status \(missing.status)")
      #expect(missing.stderr.contains("no prediction for document 'b'"))
      try FileManager.default.copyItem(
        atPath: Self.fixture("climb.gold.txt"), toPath: pred.appendingPathComponent("b.txt").path)
      let set = try HexaplaProcess.run(["eval", "--gold-dir", gold.path, "--pred-dir", pred.path])
      #expect(set.status == 0)
      #expect(set.stdout.contains("(docs=2, pred beads=11, gold beads w/o 0-sided=10)"))
      #expect(set.stdout.contains("F1            0.857     0.952"))
    }
  }

  @Test("eval scores the README's example against the N-way gold table shipped with it")
  func evalNWay() throws {
    let examples = ExampleCorporaTests.repository.appendingPathComponent("Alignments/examples/pud")
    try TestResources.withTemporaryDirectory { directory in
      let tmx = directory.appendingPathComponent("n01001.tmx").path
      let editions = ["en", "zh", "ru", "fr"].map { examples.appendingPathComponent("n01001.\($0).txt").path }
      let aligned = try HexaplaProcess.run(["align"] + editions + ["-o", tmx])
      #expect(aligned.status == 0, "\(aligned.stderr)")
      let gold = examples.appendingPathComponent("n01001.gold.tsv").path
      let scored = try HexaplaProcess.run(["eval", "--gold", gold, "--pred", tmx])
      #expect(scored.status == 0, "\(scored.stderr)")
      #expect(
        scored.stdout == """
          pair          strict P  strict R  strict F1    lax F1   pred  gold
          en-zh            1.000     1.000      1.000     1.000     2     2
          en-ru            1.000     1.000      1.000     1.000     2     2
          en-fr            1.000     1.000      1.000     1.000     2     2
          mean (3 pairs)                        1.000     1.000

          """)
      let misuse = try HexaplaProcess.run(["eval", "--gold", gold, "--pred", tmx, "--pivot", "ja"])
      #expect(misuse.failed(.failure))
      #expect(misuse.stderr.contains("the pivot 'ja' is not a language of both tables"))
    }
  }
}
