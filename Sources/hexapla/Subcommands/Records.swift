import ArgumentParser
import Foundation
import HexaplaKit

extension HexaplaCommand {
  /// `hexapla records`: a corpus folder or an `id, lang, path` manifest as article records
  /// for `align --records`, through `RecordConverter`.
  struct Records: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Turn a corpus folder or an id/lang/path TSV into article records for align --records.",
      discussion: """
        Writes one JSON line per article, {"id": ..., "editions": {"en": "...",
        "zh": {"html": "..."}}}, as 'hexapla align --records' (and so Spark's
        rdd.pipe or Hadoop streaming) reads it. The source is either a folder laid
        out as for 'align --corpus' (ID.LANG.txt or ID.LANG.html files, or
        ID/LANG.txt), whose articles come out ordered by id, or a TSV manifest of
        id, lang, path lines (paths relative to the manifest; a header line
        'id lang path', blank lines and '#' comments are skipped), whose articles
        come out in the order of their first line. Text files are decoded (UTF-8,
        or UTF-16 with a byte-order mark); HTML pages go in as Unicode text, from
        whatever charset they declare. Articles with one edition are left out with
        a warning, and the exit status is then 1.

        Examples:
          hexapla records articles/ -o articles.jsonl
          hexapla records crawl.tsv | hexapla align --records > units.jsonl
        """)

    @Flag(help: "Mark every record \"presegmented\": true (one sentence per line, taken as is).")
    var presegmented = false

    @OptionGroup var output: OutputOptions

    @Argument(
      help: ArgumentHelp("A corpus folder, or a TSV of id, lang, path lines.", valueName: "folder-or-tsv"),
      completion: .file())
    var source: String

    func validate() throws {
      guard !ValidationPass.isSkipped else { return }
      guard FileManager.default.fileExists(atPath: source) else {
        throw ValidationError("Cannot read '\(source)': no such file or folder.")
      }
    }

    func run() throws {
      let diagnostics = StandardError()
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory)
      let articles: [CorpusArticle]
      let problems: [(id: String, reason: String)]
      if isDirectory.boolValue {
        let scan = try CorpusScanner.scan(directory: source)
        (articles, problems) = (scan.articles, scan.problems)
      } else {
        let manifest = try RecordConverter.manifest(path: source)
        (articles, problems) = (manifest.articles, manifest.problems)
      }
      let sink = try output.openSink()
      for article in articles {
        let record = try RecordConverter.record(article, presegmented: presegmented ? true : nil)
        try sink.write(RecordConverter.line(for: record) + "\n")
      }
      try sink.finish()
      for (id, reason) in problems { diagnostics.warn("\(source): left out article '\(id)': \(reason)") }
      diagnostics.note(
        CountPhrase.of(articles.count, "article record") + " written"
          + (problems.isEmpty ? "" : ", \(problems.count) left out"))
      if !problems.isEmpty { throw ExitCode.failure }
    }
  }
}
