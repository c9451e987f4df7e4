import Foundation
import TestResources
import Testing

@Suite("hexapla align: several editions, HTML and corpora")
struct AlignEditionsCommandTests {
  static let english =
    "The storm hit the coast on 6 May 2024.\nMore than 12,000 people left their homes.\nSchools in 40 towns were closed.\n"
  static let french =
    "La tempête a frappé la côte le 6 mai 2024.\nPlus de 12 000 personnes ont quitté leur maison.\nLes écoles de 40 villes ont été fermées.\n"
  static let german =
    "Der Sturm traf am 6. Mai 2024 die Küste.\nMehr als 12.000 Menschen verließen ihre Häuser.\nSchulen in 40 Städten wurden geschlossen.\n"

  /// Writes files into a fresh directory.
  func directory(_ files: [String: String]) throws -> URL {
    let directory = try TestResources.temporaryDirectory()
    for (name, text) in files {
      let url = directory.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    return directory
  }

  @Test("three editions as one table, one column per language")
  func tsv() throws {
    let dir = try directory(["a.en.txt": Self.english, "a.fr.txt": Self.french, "a.de.txt": Self.german])
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try HexaplaProcess.run(
      ["align", "--format", "tsv"] + ["en", "fr", "de"].map { dir.appendingPathComponent("a.\($0).txt").path })
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        en\tfr\tde
        The storm hit the coast on 6 May 2024.\tLa tempête a frappé la côte le 6 mai 2024.\tDer Sturm traf am 6. Mai 2024 die Küste.
        More than 12,000 people left their homes.\tPlus de 12 000 personnes ont quitté leur maison.\tMehr als 12.000 Menschen verließen ihre Häuser.
        Schools in 40 towns were closed.\tLes écoles de 40 villes ont été fermées.\tSchulen in 40 Städten wurden geschlossen.

        """)
    #expect(result.stderr == "3 editions (en, fr, de): 3 units, 0 low-confidence units (score < 0.5)\n")
  }

  @Test("TMX by default with several editions: one tuv per language, pinned date, the pivot as srclang")
  func tmx() throws {
    let dir = try directory(["a.en.txt": Self.english, "a.fr.txt": Self.french, "a.de.txt": Self.german])
    defer { try? FileManager.default.removeItem(at: dir) }
    let output = dir.appendingPathComponent("a.tmx")
    let arguments =
      ["align", "--pivot", "fr", "--date", "2024-01-02T03:04:05Z", "-o", output.path]
      + ["en", "fr", "de"].map { dir.appendingPathComponent("a.\($0).txt").path }
    let result = try HexaplaProcess.run(arguments)
    #expect(result.status == 0)
    let tmx = try String(contentsOf: output, encoding: .utf8)
    #expect(tmx.contains(#"srclang="fr""#))
    #expect(tmx.contains(#"creationdate="20240102T030405Z""#))
    #expect(tmx.components(separatedBy: "<tu ").count - 1 == 3)
    #expect(tmx.components(separatedBy: "<tuv ").count - 1 == 9)
    #expect(tmx.contains("<prop type=\"x-bead\">1-1-1</prop>"))
    #expect(tmx.contains("<prop type=\"x-document\">a</prop>"))
    // Same input, same bytes.
    _ = try HexaplaProcess.run(arguments)
    #expect(try String(contentsOf: output, encoding: .utf8) == tmx)
  }

  @Test("an HTML edition is read as its article")
  func html() throws {
    let page = """
      <html><head><meta charset="utf-8"><title>Storm | Site</title></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><p>The storm hit the coast on 6 May 2024.</p><p>More than 12,000 people left their homes.</p>
      <p>Schools in 40 towns were closed.</p><div class="share"><a>Share on Facebook</a></div></article>
      <footer>© 2024 Site</footer></body></html>
      """
    let dir = try directory(["a.en.html": page, "a.fr.txt": Self.french])
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try HexaplaProcess.run([
      "align", "--format", "tsv", "--unpaired", "keep", dir.appendingPathComponent("a.en.html").path,
      dir.appendingPathComponent("a.fr.txt").path,
    ])
    #expect(result.status == 0)
    // The headline has no French counterpart: a one-language row of its own with --unpaired keep.
    #expect(result.stdout.split(separator: "\n").count == 5)
    #expect(result.stdout.contains("\nStorm\t\n"))
    #expect(result.stdout.contains("Schools in 40 towns were closed.\tLes écoles de 40 villes ont été fermées."))
    #expect(!result.stdout.contains("Home"))
  }

  @Test(
    "bad editions: one clear line, non-zero exit",
    arguments: [
      (["x.en.txt", "y.en.txt", "y.fr.txt"], "both claim language 'en'"),
      (["x.en.txt", "index.fr.html"], "index.fr.html: no article text found in the page"),
      (
        ["x.en.txt", "y.fr.txt", "wrong.ru.txt"],
        "wrong.ru.txt: the text is mostly in Latin script, but 'ru' is written in Cyrillic"
      ),
      (["x.en.txt", "plain.txt", "y.fr.txt"], "plain.txt: cannot tell the language from Latin script alone"),
    ])
  func badEditions(names: [String], message: String) throws {
    let dir = try directory([
      "x.en.txt": Self.english, "y.en.txt": Self.english, "y.fr.txt": Self.french, "plain.txt": Self.german,
      "wrong.ru.txt": Self.english, "index.fr.html": "<html><body><nav><a href='/'>Accueil</a></nav></body></html>",
    ])
    defer { try? FileManager.default.removeItem(at: dir) }
    let output = dir.appendingPathComponent("out.tmx")
    let result = try HexaplaProcess.run(
      ["align", "-o", output.path] + names.map { dir.appendingPathComponent($0).path })
    #expect(result.failed(.failure), "status \(result.status)")
    #expect(result.stderr.contains(message))
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  @Test("a corpus: one TMX per article, bad and incomplete articles reported, up-to-date ones skipped")
  func corpus() throws {
    let dir = try directory([
      "in/a.en.txt": Self.english, "in/a.fr.txt": Self.french, "in/a.de.txt": Self.german,
      "in/b/en.txt": Self.english, "in/b/fr.txt": Self.french,
      "in/c.en.txt": Self.english,
      "in/d.en.txt": Self.english, "in/d.fr.txt": "",
      "in/notes.md": "not an edition",
    ])
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("in").path
    let out = dir.appendingPathComponent("out").path
    let first = try HexaplaProcess.run(["align", "--corpus", input, "-o", out, "--date", "@0"])
    #expect(first.failed(.failure), "status \(first.status)")
    #expect(first.stderr.contains("2 articles aligned, 2 failed: 6 units, 0 low-confidence units (score < 0.5)\n"))
    #expect(first.stderr.contains("failed: c: only one edition"))
    #expect(first.stderr.contains("failed: d: ") && first.stderr.contains("d.fr.txt: no text"))
    let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    #expect(files == ["a.tmx", "b.tmx"])
    let a = try String(contentsOfFile: out + "/a.tmx", encoding: .utf8)
    #expect(a.components(separatedBy: "<tu ").count - 1 == 3)

    let second = try HexaplaProcess.run(["align", "--corpus", input, "-o", out, "--date", "@0"])
    #expect(second.stderr.contains("0 articles aligned, 2 up to date (skipped; --force realigns), 2 failed"))
    let forced = try HexaplaProcess.run(["align", "--corpus", input, "-o", out, "--date", "@0", "--force"])
    #expect(forced.stderr.contains("2 articles aligned, 2 failed"))
    #expect(try String(contentsOfFile: out + "/a.tmx", encoding: .utf8) == a)

    let merged = dir.appendingPathComponent("all.tmx").path
    let merge = try HexaplaProcess.run(["align", "--corpus", input, "--merge", "-o", merged, "--date", "@0"])
    #expect(merge.stderr.contains("2 articles aligned"))
    let all = try String(contentsOfFile: merged, encoding: .utf8)
    #expect(all.components(separatedBy: "<tu ").count - 1 == 6)
    #expect(all.contains("<prop type=\"x-document\">a</prop>") && all.contains("<prop type=\"x-document\">b</prop>"))
  }

  @Test(
    "the pivot: the first edition given, said so from three editions on unless it is English",
    arguments: [
      (["fr", "zh", "en"], "fr", true), (["ar", "zh", "fr"], "ar", true), (["zh", "en"], "zh", false),
    ])
  func defaultPivot(languages: [String], pivot: String, noted: Bool) throws {
    let examples = ExampleCorporaTests.repository.appendingPathComponent("Alignments/examples/pud")
    let files = languages.map { examples.appendingPathComponent("n01001.\($0).txt").path }
    let result = try HexaplaProcess.run(["align", "--format", "tsv"] + files)
    #expect(result.status == 0, "\(result.stderr)")
    let note = "pivot: \(pivot), the first edition given (--pivot picks another)"
    #expect(result.stderr.contains(note) == noted, "\(result.stderr)")
    // The pivot's column comes first.
    #expect(result.stdout.hasPrefix(pivot + "\t"))
  }

  @Test(
    "a corpus or record stream says when an article without English took the first edition by tag",
    arguments: [
      (["ar", "fr", "de"], "pivot: ar in 1 article without English, the first edition by tag (--pivot picks another)"),
      (["en", "fr", "de"], nil), (["ar", "fr"], nil),
    ])
  func corpusPivot(languages: [String], note: String?) throws {
    let examples = ExampleCorporaTests.repository.appendingPathComponent("Alignments/examples/pud")
    try TestResources.withTemporaryDirectory { directory in
      let corpus = directory.appendingPathComponent("corpus")
      try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
      for language in languages {
        try FileManager.default.copyItem(
          at: examples.appendingPathComponent("n01001.\(language).txt"),
          to: corpus.appendingPathComponent("n01001.\(language).txt"))
      }
      let output = directory.appendingPathComponent("out").path
      let aligned = try HexaplaProcess.run(["align", "--corpus", corpus.path, "-o", output])
      let records = try HexaplaProcess.run(["records", corpus.path])
      let streamed = try HexaplaProcess.run(["align", "--records"], input: records.stdout)
      for result in [aligned, streamed] {
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("pivot:") } == (note != nil), "\(result.stderr)")
        if let note { #expect(lines.contains(note), "\(result.stderr)") }
      }
    }
  }

  @Test("beads number the sentences of the first file, then the second, whichever is the pivot")
  func beadsInFileOrder() throws {
    try TestResources.withTemporaryDirectory { directory in
      let zh = directory.appendingPathComponent("a.zh.txt").path
      let en = directory.appendingPathComponent("a.en.txt").path
      try "我们在2019年到了北京。\n他说一切都好。\n然后他在3点走了。\n".write(toFile: zh, atomically: true, encoding: .utf8)
      try "We arrived in Beijing in 2019.\nHe said everything was fine, and then he left at 3 o'clock.\n".write(
        toFile: en, atomically: true, encoding: .utf8)
      let result = try HexaplaProcess.run(["align", "--presegmented", "--format", "beads", zh, en])
      #expect(result.status == 0, "\(result.stderr)")
      let beads = result.stdout.split(separator: "\n").map { $0.split(separator: ":").prefix(2).joined(separator: ":") }
      #expect(beads == ["[0]:[0]", "[1, 2]:[1]"])
    }
  }
}
