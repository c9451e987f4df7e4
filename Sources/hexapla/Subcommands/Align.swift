import ArgumentParser
import Foundation
import HexaplaKit

extension HexaplaCommand {
  /// `hexapla align`: aligns the editions of an article (two or more), or of every article of
  /// a corpus, with `EditionAligner`.
  struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Align the sentences of two or more editions of a text, or of a whole corpus.",
      discussion: """
        Reads the editions of one article (text in UTF-8 or UTF-16 with a byte-order
        mark, or HTML pages, whose article text is extracted), drops boilerplate
        lines (language bars, credits, share prompts, datelines), splits each
        edition into sentences (or, with --presegmented, takes one sentence per line)
        and aligns every edition with the pivot (--pivot, default the first) by
        length, shared anchors (numbers, names, URLs, Latin words in CJK text,
        cognates, punctuation), bilingual dictionaries (each pair uses those for its
        languages: the --dictionary files, else one installed for the pair by
        Tools/install-dictionaries.sh, unless --no-dictionaries; see 'hexapla dict')
        and a translation table learned from the texts. The pairwise alignments are
        combined into units in which every sentence of every edition appears once, in
        document order. Two editions are the same job with N = 2.

        Units with text in one language only (a sentence no other edition has) are
        left out unless --unpaired keep; boilerplate is dropped unless --boilerplate
        keep, which writes each line as a one-language unit with an x-boilerplate
        prop. Every format holds the same units.

        Formats: 'tmx' (the default) writes TMX 1.4 with each unit's evidence as props
        (score, bead type, anchors, sentence indices); 'tsv' one row per unit, one
        column per language, after a header row of language tags; 'jsonl' one JSON
        object per unit (the schema of 'hexapla export'); 'beads', for two editions,
        one line per unit as [i, j]:[k]:score (0-based sentence indices, [] for an
        empty side). Languages come from --langs (one tag per file), file names
        (ID.LANG.txt) or an unambiguous script.

        Examples:
          hexapla align article.en.txt article.fr.txt -o article.tmx
          hexapla align A.en.html A.zh.html A.ru.html A.fr.html -o A.tmx
          hexapla align --presegmented --langs de,fr --format beads de.txt fr.txt
          hexapla align --corpus articles/ -o Alignments/
          hexapla records articles/ | hexapla align --records > units.jsonl

        With --records, each line of standard input is one article,
        {"id": "n01001", "editions": {"en": "...", "zh": {"html": "..."}}}, with
        optional "presegmented" (true or false) and "pivot" (a tag) for that
        article; each edition is plain text or an HTML page. Every other option
        applies to each record. The units of each record are written as JSON lines,
        numbered over the whole stream, and flushed before the next record; a record
        that fails becomes {"document": ID, "line": N, "error": "..."} and a warning,
        and the exit status is 1 when any failed. 'hexapla export' merges the output
        into TMX (it skips error records with a warning).
        """)

    @OptionGroup var languages: LanguageListOption

    @Flag(help: "Take one sentence per line, as is, instead of segmenting the texts.")
    var presegmented = false

    @OptionGroup var dictionaries: DictionaryOptions

    @OptionGroup var installedDictionaries: InstalledDictionaryOptions

    @Flag(
      name: .customLong("no-learned-lexicon"),
      help: "Do not learn a word translation table from the texts (anchors, length and --dictionary only).")
    var noLearnedLexicon = false

    @Flag(
      inversion: .prefixedNo,
      help:
        "With --corpus: learn the word translation table over every article's first alignment (per language pair) before aligning each (default), or per article (--no-corpus-lexicon)."
    )
    var corpusLexicon: Bool? = nil

    @Option(
      name: .customLong("format"),
      help: "Output format: 'tmx' (default), 'tsv', 'jsonl' (the only one of --records) or 'beads' (two editions).")
    var formatOption: AlignmentWriter.Format?

    /// The output format: `--format`, else TMX (JSON lines with `--records`).
    var format: AlignmentWriter.Format { formatOption ?? (editions.records ? .jsonl : .tmx) }

    @OptionGroup var output: OutputOptions

    @OptionGroup(title: "Editions and corpora") var editions: EditionOptions

    @Argument(
      help: ArgumentHelp(
        "The editions of one article (two or more: ID.LANG.txt or ID.LANG.html).", valueName: "file"),
      completion: .file(extensions: ["txt", "html", "htm"]))
    var files: [String] = []

    func validate() throws {
      guard !ValidationPass.isSkipped else { return }
      try editions.validate(fileCount: files.count)
      try output.refuseOverwriting(inputs: files)
      if editions.records {
        if languages.tags != nil {
          throw ValidationError("--langs does not apply to --records (each record names its editions' languages).")
        }
        if format != .jsonl {
          throw ValidationError("--records writes JSON lines; --format \(format.rawValue) does not apply.")
        }
        return
      }
      if editions.corpus != nil {
        if languages.tags != nil {
          throw ValidationError("--langs does not apply to --corpus (languages come from the file names).")
        }
        if format == .beads, editions.merge {
          throw ValidationError("--format beads writes one file per article; --merge needs tmx, tsv or jsonl.")
        }
        return
      }
      if corpusLexicon != nil { throw ValidationError("--corpus-lexicon and --no-corpus-lexicon are for --corpus.") }
      guard files.count >= 2 else {
        throw ValidationError("Give two or more editions of one article (or --corpus DIR); got \(files.count).")
      }
      if format == .beads, files.count != 2 {
        throw ValidationError("--format beads is for two editions; with \(files.count) use tmx, tsv or jsonl.")
      }
      _ = try languages.resolve(count: files.count)
    }

    /// The core job's settings from the options.
    func alignerOptions() throws -> EditionAligner.Options {
      var options = EditionAligner.Options()
      options.boilerplate = editions.boilerplate
      options.presegmented = presegmented
      options.aligner.learnsLexicon = !noLearnedLexicon
      options.dictionaries = try dictionaries.loadFiles()
      options.installedDictionaries = installedDictionaries.installed
      options.pivot = try editions.pivotLanguage()
      return options
    }

    func run() throws {
      if editions.records { return try runRecords() }
      if let directory = editions.corpus { return try runCorpus(directory: directory) }
      let aligner = EditionAligner(options: try alignerOptions())
      let alignment = try aligner.align(
        paths: files, languages: try languages.resolve(count: files.count),
        document: EditionAligner.articleID(path: files[0]))
      let diagnostics = StandardError()
      for warning in alignment.editions.flatMap(\.warnings) { diagnostics.warn(warning) }
      Self.warnAboutDivergence(alignment, diagnostics: diagnostics)
      let written = alignment.writtenUnits(keepUnpaired: editions.keepsUnpaired)
      try writer(languages: alignment.columns(for: format), diagnostics: diagnostics).write(
        written, to: try output.openSink())
      diagnostics.note(
        "\(alignment.editions.count) editions (\(alignment.languages.map(\.description).joined(separator: ", "))): "
          + AlignmentStatistics(alignment, written: written).summary)
      let pivot = alignment.languages[alignment.pivot]
      if alignment.editions.count >= 3, alignment.pivotByOrder {
        diagnostics.note("pivot: \(pivot), the first edition given (--pivot picks another)")
      }
    }

    /// The writer for the chosen format.
    func writer(languages: [LanguageTag], diagnostics: StandardError) throws -> AlignmentWriter {
      AlignmentWriter(
        format: format, languages: languages, creationDate: try TMXDate.resolve(pinned: editions.date),
        onWarning: diagnostics.warn)
    }

    /// A warning for each edition many of whose sentences no other edition has.
    static func warnAboutDivergence(_ alignment: EditionAlignment, diagnostics: StandardError) {
      for (edition, counts) in zip(alignment.editions, alignment.unpairedCounts)
      where counts.unpaired >= 3 && counts.unpaired * 5 > counts.total {
        diagnostics.warn(
          "\(edition.document.language): \(counts.unpaired) of " + CountPhrase.of(counts.total, "sentence")
            + " \(counts.unpaired == 1 ? "has" : "have") no counterpart in the other editions; do they hold the same text? (\(edition.document.source))"
        )
      }
    }
  }
}
