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

        Examples:
          hexapla eval --gold doc/gold.txt --pred doc.txt
          hexapla eval --gold-dir ../shared/gold/align/mac-dev --pred-dir predictions/
        """)

    @Option(help: ArgumentHelp("A gold alignment file.", valueName: "file"), completion: .file(extensions: ["txt"]))
    var gold: String?

    @Option(
      help: ArgumentHelp("The predicted alignment of the same document.", valueName: "file"),
      completion: .file(extensions: ["txt"]))
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

    func validate() throws {
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
    }

    func run() throws {
      let pairs: [(String, String)]
      if let gold, let pred {
        pairs = [(gold, pred)]
      } else {
        pairs = try GoldSet.filePairs(goldDirectory: goldDirectory!, predictionDirectory: predictionDirectory!)
      }
      // Through a checked writer: a full disk or closed output is an error, not a lost table.
      let output = StandardOutputWriter()
      try output.write(try GoldSet.score(pairs).table)
      try output.finish()
    }
  }
}
