import ArgumentParser
import Foundation
import HexaplaKit

/// `hexapla align --records`: article records in, unit records out, through `RecordAligner`
/// (one `EditionAligner` with the options of `align`, dictionaries loaded once).
extension HexaplaCommand.Align {
  func runRecords() throws {
    let diagnostics = StandardError()
    let reader = try ArticleRecordReader(path: editions.recordInput ?? "-", maxRecordBytes: editions.maxRecordBytes)
    let stream = RecordAligner(
      aligner: EditionAligner(options: try alignerOptions()), keepUnpaired: editions.keepsUnpaired,
      workers: editions.workers)
    let summary = try stream.run(
      reader: reader, sink: try output.openSink(),
      onFailure: { failure in diagnostics.warn("\(failure)") }, onWarning: diagnostics.warn)
    diagnostics.note(
      CountPhrase.of(summary.records - summary.failed, "record") + " aligned"
        + (summary.failed > 0 ? ", \(summary.failed) failed" : "") + ": " + summary.statistics.summary)
    if let note = summary.statistics.pivotNote { diagnostics.note(note) }
    if summary.failed > 0 { throw ExitCode.failure }
  }
}
