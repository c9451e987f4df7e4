import Foundation
import TestResources
import Testing

@Suite("Corpus-level lexicon: align --corpus --corpus-lexicon and dict build --learn-from")
struct CorpusLexiconCommandTests {
  /// A presegmented de-fr corpus of three articles (`ID/de.txt`, `ID/fr.txt`): numbered
  /// sentences, one per article with `Apfel` / `pomme`.
  static func makeCorpus(in directory: URL) throws -> String {
    let corpus = directory.appendingPathComponent("corpus")
    let subjects = [
      ("Haus", "maison"), ("Baum", "arbre"), ("Fluss", "fleuve"), ("Berg", "montagne"), ("Stadt", "ville"),
    ]
    for d in 0..<3 {
      let article = corpus.appendingPathComponent("a\(d)")
      try FileManager.default.createDirectory(at: article, withIntermediateDirectories: true)
      var source = ""
      var target = ""
      for k in 0..<30 {
        let (s, t) = subjects[k % 5]
        let extra = k == 9 + d
        source += "Im Kapitel \(100 * d + k) steht das \(s)\(extra ? " Apfel" : "") ganz allein.\n"
        target += "Au chapitre \(100 * d + k) se trouve la \(t)\(extra ? " pomme" : "") toute seule.\n"
      }
      try Data(source.utf8).write(to: article.appendingPathComponent("de.txt"))
      try Data(target.utf8).write(to: article.appendingPathComponent("fr.txt"))
    }
    return corpus.path
  }

  @Test(
    "align --corpus learns the table over the corpus (unless --no-corpus-lexicon) and writes one beads file per article"
  )
  func alignCorpus() throws {
    try TestResources.withTemporaryDirectory { directory in
      let corpus = try Self.makeCorpus(in: directory)
      let out = directory.appendingPathComponent("out").path
      let result = try HexaplaProcess.run([
        "align", "--corpus", corpus, "--presegmented", "--format", "beads", "-o", out,
      ])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stderr.contains("corpus lexicon de-fr: 7 word pairs from 84 beads\n"))
      let beads = try String(contentsOfFile: out + "/a0.beads", encoding: .utf8)
      #expect(beads.split(separator: "\n").count == 30)
      let perArticle = try HexaplaProcess.run([
        "align", "--corpus", corpus, "--presegmented", "--no-corpus-lexicon", "--format", "beads", "--force", "-o", out,
      ])
      #expect(perArticle.status == 0, "\(perArticle.stderr)")
      #expect(!perArticle.stderr.contains("corpus lexicon"))
      let merged = try HexaplaProcess.run([
        "align", "--corpus", corpus, "--presegmented", "--format", "beads", "--merge", "-o", out + "/all.beads",
      ])
      #expect(merged.failed(.usage))
      let plain = try HexaplaProcess.run([
        "align", "--presegmented", "--corpus-lexicon", corpus + "/a0/de.txt", corpus + "/a0/fr.txt",
      ])
      #expect(plain.failed(.usage))
      #expect(plain.stderr.contains("--corpus-lexicon and --no-corpus-lexicon are for --corpus."))
    }
  }

  @Test("dict build --learn-from writes an .hxdict with the pair only the corpus shows, which align --dictionary reads")
  func dictBuildRoundTrip() throws {
    try TestResources.withTemporaryDirectory { directory in
      let corpus = try Self.makeCorpus(in: directory)
      let output = directory.appendingPathComponent("de-fr.hxdict").path
      let result = try HexaplaProcess.run([
        "dict", "build", "--learn-from", corpus, "--presegmented", "-o", output,
      ])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(
        result.stderr.hasSuffix(
          "\(output): 7 entries, de → fr; 7 word pairs learned from 3 articles, 84 sentence pairs\n"))
      let info = try HexaplaProcess.run(["dict", "info", "--examples", "7", output])
      #expect(info.stdout.contains("  languages: de → fr (stored in the file)\n"))
      #expect(info.stdout.contains("  example: apfel → pomme\n"))
      // The other direction, and the same bytes every time.
      let reversed = directory.appendingPathComponent("fr-de.hxdict").path
      for _ in 0..<2 {
        let again = try HexaplaProcess.run([
          "dict", "build", "--learn-from", corpus, "--presegmented", "--langs", "fr,de", "-o", reversed,
        ])
        #expect(again.status == 0, "\(again.stderr)")
      }
      let reversedInfo = try HexaplaProcess.run(["dict", "info", "--examples", "7", reversed])
      #expect(reversedInfo.stdout.contains("  example: pomme → apfel\n"))
      let aligned = try HexaplaProcess.run([
        "align", "--presegmented", "--langs", "de,fr", "--dictionary", output, "--format", "beads",
        corpus + "/a0/de.txt",
        corpus + "/a0/fr.txt",
      ])
      #expect(aligned.status == 0, "\(aligned.stderr)")
      #expect(aligned.stdout.split(separator: "\n").count == 30)
    }
  }

  @Test("dict build --learn-from: bad input is a one-line error naming the file or directory")
  func badInput() throws {
    try TestResources.withTemporaryDirectory { directory in
      let output = directory.appendingPathComponent("x.hxdict").path
      let missing = directory.appendingPathComponent("nothing").path
      let notDirectory = try HexaplaProcess.run(["dict", "build", "--learn-from", missing, "-o", output])
      #expect(notDirectory.failed(.usage))
      #expect(notDirectory.stderr.contains("--learn-from must name a corpus directory; '\(missing)' is not one."))
      let empty = directory.appendingPathComponent("empty")
      try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
      let none = try HexaplaProcess.run(["dict", "build", "--learn-from", empty.path, "-o", output])
      #expect(none.failed(.failure))
      #expect(none.stderr.contains("\(empty.path): no article with editions in two languages"))
      let corpus = try Self.makeCorpus(in: directory)
      let wrongPair = try HexaplaProcess.run([
        "dict", "build", "--learn-from", corpus, "--langs", "de,en", "-o", output,
      ])
      #expect(wrongPair.failed(.failure))
      #expect(wrongPair.stderr.contains("\(corpus): no article with editions in de and en"))
      // An edition that is not UTF-8: the error names the file and the byte.
      let bad = corpus + "/a1/fr.txt"
      try Data([0x41, 0x62, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: bad))
      let broken = try HexaplaProcess.run(["dict", "build", "--learn-from", corpus, "--presegmented", "-o", output])
      #expect(broken.failed(.failure))
      let errors = broken.stderr.split(separator: "\n").filter { $0.hasPrefix("Error: ") }
      #expect(errors.count == 1)
      #expect(errors.first?.contains(bad) == true)
      #expect(errors.first?.contains("byte 2") == true, "\(broken.stderr)")
      #expect(!FileManager.default.fileExists(atPath: output))
    }
  }
}
