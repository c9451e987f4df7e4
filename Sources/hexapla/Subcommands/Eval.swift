import ArgumentParser
import HexaplaKit

extension HexaplaCommand {
  /// `hexapla eval`: strict and lax precision, recall and F1 against a gold alignment.
  struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Score predicted alignments against gold ones (strict and lax P/R/F1).",
      discussion: """
        Files hold one bead per line, [i, j]:[k] (0-based sentence indices, [] for
        an empty side, an optional :score ignored), as 'hexapla align --format
        beads' writes them. The figures are those of Vecalign's score.py: precision
        over all predicted beads, recall over the gold beads with both sides
        non-empty, counts pooled over documents. A last line scores the 1-0/0-1
        beads alone.

        A gold file ending in .tsv is an N-way gold table (a header of language
        columns, one row per unit, as in PUD's gold.tsv); the prediction is then a
        TSV that 'hexapla align --format tsv' writes, or a TMX file. Sentences are
        matched by their text, white space ignored, and every language pair is
        scored as above (--pairs pivot: the pivot with each other language).

        Examples:
          hexapla eval --gold doc/gold.txt --pred doc.txt
          hexapla eval --gold Alignments/examples/pud/n01001.gold.tsv --pred n01001.tmx
          hexapla eval --gold-dir ../shared/gold/align/mac-dev --pred-dir predictions/
        """)

    @Option(
      help: ArgumentHelp("A gold alignment: beads (.txt) or an N-way table (.tsv).", valueName: "file"),
      completion: .file(extensions: ["txt", "tsv"]))
    var gold: String?

    @Option(
      help: ArgumentHelp("The predicted alignment of the same document (beads; TSV or TMX).", valueName: "file"),
      completion: .file(extensions: ["txt", "tsv", "tmx"]))
    var pred: String?

    @Option(
      name: .customLong("gold-dir"),
      help: ArgumentHelp("A gold set: one folder per document holding gold.txt.", valueName: "dir"),
      completion: .directory)
    var goldDirectory: String?

    @Option(
      name: .customLong("pred-dir"),
      help: ArgumentHelp("Predictions for the set: <doc>.txt or <doc>/pred.txt per document.", valueName: "dir"),
      completion: .directory)
    var predictionDirectory: String?

    @Option(help: "With an N-way gold table: 'pivot' (the pivot with each language) or 'all' pairs.")
    var pairs: MultilingualScorer.Pairs = .pivot

    @Option(
      help: ArgumentHelp("With --pairs pivot: the pivot language. Default: en, else the first.", valueName: "tag"))
    var pivot: String?

    /// Whether the gold file is an N-way table rather than beads.
    private var isMultilingual: Bool { gold?.lowercased().hasSuffix(".tsv") == true }

    func validate() throws {
      guard !ValidationPass.isSkipped else { return }
      let single = gold != nil || pred != nil
      let set = goldDirectory != nil || predictionDirectory != nil
      if single == set {
        throw ValidationError("Give either --gold FILE --pred FILE or --gold-dir DIR --pred-dir DIR.")
      }
      if single, gold == nil || pred == nil {
        throw ValidationError("--gold and --pred go together: give both files.")
      }
      if set, goldDirectory == nil || predictionDirectory == nil {
        throw ValidationError("--gold-dir and --pred-dir go together: give both folders.")
      }
      if !isMultilingual, pivot != nil || pairs != .pivot {
        throw ValidationError("--pairs and --pivot apply to an N-way gold table (--gold FILE.tsv).")
      }
      if let pivot { _ = try LanguageTag(pivot) }
    }

    func run() throws {
      if isMultilingual, let gold, let pred {
        let scores = try MultilingualScorer.score(
          gold: MultilingualTable.load(path: gold), predicted: MultilingualTable.load(path: pred), pairs: pairs,
          pivot: pivot)
        print(MultilingualScorer.table(scores), terminator: "")
        return
      }
      let filePairs: [(String, String)]
      if let gold, let pred {
        filePairs = [(gold, pred)]
      } else {
        filePairs = try GoldSet.filePairs(goldDirectory: goldDirectory!, predictionDirectory: predictionDirectory!)
      }
      // Through a checked writer: a full disk or closed output is an error, not a lost table.
      let output = StandardOutputWriter()
      try output.write(try GoldSet.score(filePairs).table)
      try output.finish()
    }
  }
}

extension MultilingualScorer.Pairs: ExpressibleByArgument {}
