import Foundation

/// Aligns a stream of article records with `EditionAligner` and writes their units as JSON
/// lines (`JSONLExporter`'s schema, numbered 1…N over the whole stream, as
/// `align --corpus --merge` numbers them), each record's lines flushed as soon as it is done
/// and in input order. A record that fails becomes one error record and a `RecordFailure`;
/// the stream goes on.
///
/// With one worker one record is held at a time; with N, up to `batchSize` records (at most
/// `batchBytes` of them, or one larger record) are aligned at once, N at a time.
public struct RecordAligner: Sendable {
  /// What one run did.
  public struct Summary: Sendable {
    /// Records read (aligned or failed).
    public var records = 0
    /// Records that failed.
    public var failed = 0
    /// What the aligned records' units hold.
    public var statistics = AlignmentStatistics()
  }

  /// The job for each record; a record's own `presegmented` and `pivot` override its options.
  public var aligner: EditionAligner
  /// Whether one-language units of content are written (`--unpaired keep`).
  public var keepUnpaired: Bool
  /// Records aligned at once.
  public var workers: Int
  /// Records read ahead per batch with several workers.
  public var batchSize: Int
  /// Bytes of records read ahead per batch with several workers.
  public var batchBytes: Int

  public init(
    aligner: EditionAligner, keepUnpaired: Bool = false, workers: Int = CorpusRunner.defaultWorkers,
    batchSize: Int? = nil, batchBytes: Int = 16 << 20
  ) {
    self.aligner = aligner
    self.keepUnpaired = keepUnpaired
    self.workers = max(1, workers)
    self.batchSize = batchSize ?? (workers > 1 ? 8 * workers : 1)
    self.batchBytes = batchBytes
  }

  /// Reads every record of `reader`, writes units and error records to `sink` and finishes it.
  /// - Parameters:
  ///   - onFailure: called for each failed record, in input order.
  ///   - onWarning: called with the warnings of a record's editions (a page's replaced bytes,
  ///     a guessed charset), as `align` prints them for files.
  ///   - onRecord: called after each record is written, with the number done so far.
  /// - Throws: `HexaplaError.fileNotReadable` when the stream cannot be read,
  ///   `.outputNotWritable`; failures of single records are not thrown.
  public func run(
    reader: ArticleRecordReader, sink: TextSink, onFailure: (RecordFailure) -> Void = { _ in },
    onWarning: (String) -> Void = { _ in }, onRecord: (Int) -> Void = { _ in }
  ) throws -> Summary {
    var summary = Summary()
    var nextTUID = 1
    var batch: [Result<ArticleRecord, RecordFailure>] = []
    var bytes = 0

    func flushBatch() throws {
      let records = batch
      batch.removeAll(keepingCapacity: true)
      bytes = 0
      let single = self.aligner
      let parallelPairs = workers == 1
      let results = CorpusRunner.run(count: records.count, workers: workers) {
        index -> Result<([AlignedUnit], AlignmentStatistics, [String]), RecordFailure> in
        switch records[index] {
        case .failure(let failure): return .failure(failure)
        case .success(let record):
          var aligner = single
          aligner.options.parallel = parallelPairs
          if let presegmented = record.presegmented { aligner.options.presegmented = presegmented }
          if let pivot = record.pivot { aligner.options.pivot = pivot }
          do {
            let alignment = try aligner.align(sources: record.editions, document: record.id)
            let written = alignment.writtenUnits(keepUnpaired: keepUnpaired)
            return .success(
              (written, AlignmentStatistics(alignment, written: written), alignment.editions.flatMap(\.warnings)))
          } catch {
            return .failure(RecordFailure(stream: "", line: record.line, document: record.id, error: error))
          }
        }
      }
      for (record, result) in zip(records, results) {
        summary.records += 1
        switch result.flatMap({ $0.mapError { $0 as any Error } }) {
        case .success(let (units, statistics, warnings)):
          for warning in warnings { onWarning(warning) }
          var text = ""
          for unit in units {
            defer { nextTUID += 1 }
            guard let tmx = TMXUnit(aligned: unit, tuid: String(nextTUID), keepUnpaired: true) else { continue }
            text += JSONLExporter.line(for: tmx) + "\n"
          }
          try sink.write(text)
          summary.statistics += statistics
        case .failure(var failure as RecordFailure):
          failure.stream = reader.name
          try sink.write(failure.jsonLine + "\n")
          summary.failed += 1
          onFailure(failure)
        case .failure(let error):
          // A job that stored no result (see `CorpusRunner`): the record still gets its error record.
          let line = (try? record.get())?.line ?? 0
          let failure = RecordFailure(
            stream: reader.name, line: line, document: try? record.get().id, error: error)
          try sink.write(failure.jsonLine + "\n")
          summary.failed += 1
          onFailure(failure)
        }
        try sink.flush()
        onRecord(summary.records)
      }
    }

    while let next = try reader.next() {
      let size = (try? next.get())?.byteCount ?? 0
      if !batch.isEmpty && bytes + size > batchBytes { try flushBatch() }
      batch.append(next)
      bytes += size
      // Full: aligned and written before the next record is waited for.
      if batch.count >= batchSize || bytes >= batchBytes { try flushBatch() }
    }
    if !batch.isEmpty { try flushBatch() }
    try sink.finish()
    return summary
  }
}
