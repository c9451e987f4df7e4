import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Merges the units of one or more TMX (or JSON-lines) files into an exporter, streaming:
/// selects languages, drops units below a score and, on request, repeated units.
public final class UnitExportPipeline {
  /// What to keep.
  public struct Options: Sendable {
    /// The languages to keep, in output order; nil keeps every language.
    public var languages: [LanguageTag]?
    /// Units whose `x-score` is below this are dropped; units without `x-score` are kept.
    public var minimumScore: Double?
    /// Keep only units that have text in every one of `languages` (for line-parallel formats);
    /// otherwise units with at least two of them (one with `keepUnpaired`).
    public var requireAllLanguages: Bool
    /// Keep units with text in only one selected language.
    public var keepUnpaired: Bool
    /// Drop units whose texts in the selected languages were already exported.
    public var dedupe: Bool
    /// Inline markup in TMX inputs: kept (for TMX output) or flattened.
    public var inlineMarkup: TMXReader.InlineMarkup
    /// The longest segment, note, prop or attribute value read from a TMX input (a JSON line
    /// may be 8 times this).
    public var maxSegmentBytes = TMXReader.defaultMaxSegmentBytes

    public init(
      languages: [LanguageTag]? = nil, minimumScore: Double? = nil,
      requireAllLanguages: Bool = false,
      keepUnpaired: Bool = false, dedupe: Bool = false, inlineMarkup: TMXReader.InlineMarkup = .keep
    ) {
      self.languages = languages
      self.minimumScore = minimumScore
      self.requireAllLanguages = requireAllLanguages
      self.keepUnpaired = keepUnpaired
      self.dedupe = dedupe
      self.inlineMarkup = inlineMarkup
    }
  }

  /// Counts from a run.
  public struct Statistics: Equatable, Sendable {
    /// Units read from the inputs.
    public var read = 0
    /// Units exported.
    public var exported = 0
    /// Units dropped for a score below the minimum.
    public var belowScore = 0
    /// Units dropped for lacking selected languages.
    public var missingLanguages = 0
    /// Units dropped as repeats.
    public var duplicates = 0
    /// Every language of the inputs, in order of first appearance.
    public var languagesRead: [LanguageTag] = []
    /// For a selected language, the other tags of the inputs that stood in for it (`zh-Hans`
    /// for `zh`), in order of first use.
    public var languagesMatched: [LanguageTag: [LanguageTag]] = [:]

    /// What to tell about the `selected` languages after the run: a note when another tag
    /// stood in for one (`zh` read as `zh-Hans`), a warning when no unit had one, or when
    /// units gave it under different tags.
    public func languageMessages(selected: [LanguageTag]) -> (notes: [String], warnings: [String]) {
      var notes: [String] = []
      var warnings: [String] = []
      let input = languagesRead.map(\.description).joined(separator: ", ")
      for language in selected {
        let used = (languagesRead.contains(language) ? [language] : []) + (languagesMatched[language] ?? [])
        if used.isEmpty {
          let related = languagesRead.filter { $0.isMoreOrLessSpecific(than: language) }
          warnings.append(
            related.count > 1
              ? "--langs: no unit has text in '\(language)' alone: units hold "
                + related.map(\.description).joined(separator: " and ") + "; give the one you mean"
              : "--langs: no unit has text in '\(language)' (the input has \(input))")
        } else if used.count > 1 {
          warnings.append(
            "--langs: '\(language)' took the text of " + used.map { "'\($0)'" }.joined(separator: " and ")
              + " (units differ); give the one you mean")
        } else if used[0] != language {
          notes.append("--langs: '\(language)' is the input's '\(used[0])'")
        }
      }
      return (notes, warnings)
    }
  }

  private var options: Options
  private let onWarning: (String) -> Void
  private var seen: Set<UnitKey> = []
  /// Units the readers returned in the current run.
  private var unitsReturned = 0
  /// Warnings while the current run reads its first this many units are dropped (a run that
  /// repeats one that reported them).
  private var unitsAlreadyWarned = 0
  /// Whether readers' warnings are dropped (a pass that only collects languages).
  private var warningsMuted = false

  /// - Parameter onWarning: receives the readers' warnings (`file:line:column: warning: …`).
  public init(options: Options, onWarning: @escaping (String) -> Void = { _ in }) {
    self.options = options
    self.onWarning = onWarning
  }

  /// Whether `path` is read as JSON lines rather than TMX: by its extension (`.jsonl`,
  /// `.ndjson`), else, for standard input or a file with another name (Spark's and Hadoop's
  /// `part-00000`), when its first character other than white space is `{` or it has none.
  public static func isJSONLines(_ path: String) -> Bool {
    if path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") { return true }
    if path.hasSuffix(".tmx") || path.hasSuffix(".xml") { return false }
    if path == "-" {
      let first = StandardInputPeek.firstNonBlankByte()
      return first == nil || first == UInt8(ascii: "{")
    }
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 4096)) ?? Data()
    let first = head.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
    return first == nil || first == UInt8(ascii: "{")
  }

  /// Opens an input as a stream of units.
  /// - Throws: as `TMXReader.init` or `JSONLUnitReader.init`.
  public func open(_ path: String) throws -> () throws -> TMXUnit? {
    try openSource(path).next
  }

  /// An open input: its units, and the languages of the units not read yet.
  private struct Source {
    let next: () throws -> TMXUnit?
    /// Reads the rest of the input for its languages only (a TMX file's markup, see
    /// `TMXReader.remainingLanguages()`), in order of first appearance.
    let remainingLanguages: () throws -> [LanguageTag]
  }

  private func openSource(_ path: String) throws -> Source {
    let warn: (String) -> Void = { [weak self] message in self?.warn(message) }
    if Self.isJSONLines(path) {
      let reader = try JSONLUnitReader(path: path, maxLineBytes: 8 * options.maxSegmentBytes, onWarning: warn)
      return Source(next: reader.next) {
        var order: [LanguageTag] = []
        while let unit = try reader.next() {
          for variant in unit.variants where !order.contains(variant.language) { order.append(variant.language) }
        }
        return order
      }
    }
    let reader = try TMXReader(
      path: path, inlineMarkup: options.inlineMarkup, maxSegmentBytes: options.maxSegmentBytes,
      onWarning: warn)
    return Source(next: reader.next, remainingLanguages: reader.remainingLanguages)
  }

  private func warn(_ message: String) {
    if warningsMuted || unitsReturned < unitsAlreadyWarned { return }
    onWarning(message)
  }

  /// The headers of the TMX inputs that are regular files, in order: standard input, pipes
  /// (which can be read only once) and JSON lines have none to give. Only each file's start
  /// is read.
  /// - Throws: as `TMXReader.init`.
  public func headers(of paths: [String]) throws -> [TMXHeader] {
    func isRegularFile(_ path: String) -> Bool {
      var info = stat()
      return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }
    return try paths.filter { $0 != "-" && !Self.isJSONLines($0) && isRegularFile($0) }.map {
      try TMXReader(path: $0, maxSegmentBytes: options.maxSegmentBytes).header
    }
  }

  /// Every language in the inputs, in order of first appearance (a first pass over the files:
  /// the markup of a TMX file, see `TMXReader.languages(path:)`, else its units).
  /// - Throws: as `run`.
  public func languages(in paths: [String]) throws -> [LanguageTag] {
    var order: [LanguageTag] = []
    var seen: Set<LanguageTag> = []
    for path in paths {
      // On an error in the markup, the units are read instead: they give the first error.
      if path != "-", !Self.isJSONLines(path),
        let found = try? TMXReader.languages(path: path, maxSegmentBytes: options.maxSegmentBytes)
      {
        for language in found where seen.insert(language).inserted { order.append(language) }
        continue
      }
      let next = try open(path)
      while let unit = try next() {
        for variant in unit.variants where seen.insert(variant.language).inserted {
          order.append(variant.language)
        }
      }
    }
    return order
  }

  /// Reads every input in order and sends the units that pass the filters to `exporter`, then
  /// finishes it. With more than one input, units are renumbered from 1 so `tuid`s stay unique.
  /// - Throws: `HexaplaError` from reading or writing; the exporter is then not finished.
  public func run(inputs: [String], into exporter: UnitExporter) throws -> Statistics {
    var statistics = Statistics()
    unitsReturned = 0
    let renumber = inputs.count > 1
    for path in inputs {
      // JSON lines to TMX with no filter that reads texts: each unit as the reader lends it.
      if let tmx = exporter as? TMXExporter, options.languages == nil, options.minimumScore == nil, !options.dedupe,
        Self.isJSONLines(path)
      {
        let warn: (String) -> Void = { [weak self] message in self?.warn(message) }
        let reader = try JSONLUnitReader(path: path, maxLineBytes: 8 * options.maxSegmentBytes, onWarning: warn)
        while try reader.withNextUnit({ (unit: BorrowedUnit) throws -> Bool in
          unitsReturned += 1
          try export(unit, into: tmx, statistics: &statistics, renumber: renumber)
          return true
        }) ?? false {}
        continue
      }
      let next = try open(path)
      while let unit = try next() {
        unitsReturned += 1
        try export(unit, into: exporter, statistics: &statistics, renumber: renumber)
      }
    }
    try exporter.finish()
    return statistics
  }

  /// As `export(_:into:statistics:renumber:)` of `unit.unit()` with no language selection, score
  /// or repeat filter, writing the lent texts.
  private func export(
    _ unit: BorrowedUnit, into exporter: TMXExporter, statistics: inout Statistics, renumber: Bool
  ) throws {
    // A segment that may be blank (it starts with white space): the filter decides, on strings.
    let mayBeBlank = unit.variants.contains { variant in
      guard let first = variant.segment.first else { return true }
      if first > 0x20 && first < 0x7F { return false }
      var bytes = variant.segment.makeIterator()
      var decoder = UTF8()
      guard case .scalarValue(let scalar) = decoder.decode(&bytes) else { return true }
      return XMLEscaping.isWhitespace(scalar)
    }
    if mayBeBlank {
      try export(unit.unit(), into: exporter, statistics: &statistics, renumber: renumber)
      return
    }
    statistics.read += 1
    for index in unit.variants.indices where !statistics.languagesRead.contains(unit.variants[index].language.tag) {
      statistics.languagesRead.append(unit.variants[index].language.tag)
    }
    guard unit.variants.count >= 2 || (options.keepUnpaired && unit.variants.count == 1) else {
      statistics.missingLanguages += 1
      return
    }
    try exporter.writer.write(unit, tuid: renumber ? String(statistics.exported + 1) : nil)
    statistics.exported += 1
  }

  /// As `run`, with every language of the inputs selected, in order of first appearance (what
  /// `languages(in:)` finds), for formats whose columns must be known before the first row.
  ///
  /// When the exporter's output can be taken back (files not yet moved into place), the inputs
  /// are read once: the columns are taken to be the first unit's languages, and every unit is
  /// checked against them. At the first unit with another language the output is discarded,
  /// the rest of the inputs is read for its languages alone (the markup of a TMX file), and
  /// the export runs again with all of them, reporting each warning once. Otherwise (standard
  /// output) a first pass finds the languages, as `languages(in:)`.
  /// - Parameter makeExporter: makes the exporter for the columns; it may be called again, and
  ///   an exporter given up is discarded, or dropped before anything was written to it.
  /// - Returns: the statistics and the languages selected.
  /// - Throws: as `run` and `languages(in:)`.
  public func runSelectingAllLanguages(
    inputs: [String], makeExporter: ([LanguageTag]) throws -> UnitExporter
  ) throws -> (statistics: Statistics, languages: [LanguageTag]) {
    var statistics = Statistics()
    var guess: [LanguageTag]?
    var exporter: UnitExporter?
    unitsReturned = 0
    unitsAlreadyWarned = 0
    for (index, path) in inputs.enumerated() {
      let source = try openSource(path)
      while let unit = try source.next() {
        unitsReturned += 1
        if guess == nil {
          var first: [LanguageTag] = []
          for variant in unit.variants where !first.contains(variant.language) { first.append(variant.language) }
          let made = try makeExporter(first)
          guard made.isDiscardable else {
            // Nothing was written to it: the languages come from a first pass (this unit's
            // warnings are not repeated).
            return try runAfterFirstPass(inputs: inputs, makeExporter: makeExporter)
          }
          guess = first
          exporter = made
          options.languages = first
        }
        if let guess, let exporter,
          unit.variants.indices.contains(where: { !guess.contains(unit.variants[$0].language) })
        {
          // Another language: the columns were wrong. Every language so far, then the rest's.
          exporter.discard()
          var languages = guess
          for variant in unit.variants where !languages.contains(variant.language) {
            languages.append(variant.language)
          }
          warningsMuted = true
          defer { warningsMuted = false }
          do {
            for language in try source.remainingLanguages() where !languages.contains(language) {
              languages.append(language)
            }
          } catch {
            // The run below reads the input whole and reports its first error.
            return try rerun(inputs: inputs, languages: languages, makeExporter: makeExporter)
          }
          for language in try self.languages(in: Array(inputs[(index + 1)...])) where !languages.contains(language) {
            languages.append(language)
          }
          return try rerun(inputs: inputs, languages: languages, makeExporter: makeExporter)
        }
        try export(unit, into: exporter!, statistics: &statistics, renumber: inputs.count > 1)
      }
    }
    guard let exporter else {
      // No unit: no columns.
      options.languages = []
      return (try run(inputs: inputs, into: try makeExporter([])), [])
    }
    try exporter.finish()
    return (statistics, guess ?? [])
  }

  /// The export with `languages` after a pass that read some units found more of them: the
  /// warnings of the units it read are not repeated.
  private func rerun(
    inputs: [String], languages: [LanguageTag], makeExporter: ([LanguageTag]) throws -> UnitExporter
  ) throws -> (statistics: Statistics, languages: [LanguageTag]) {
    warningsMuted = false
    unitsAlreadyWarned = unitsReturned
    defer { unitsAlreadyWarned = 0 }
    seen = []
    options.languages = languages
    return (try run(inputs: inputs, into: try makeExporter(languages)), languages)
  }

  private func runAfterFirstPass(
    inputs: [String], makeExporter: ([LanguageTag]) throws -> UnitExporter
  ) throws -> (statistics: Statistics, languages: [LanguageTag]) {
    warningsMuted = true
    let languages: [LanguageTag]
    do {
      defer { warningsMuted = false }
      languages = try self.languages(in: inputs)
    }
    return try rerun(inputs: inputs, languages: languages, makeExporter: makeExporter)
  }

  /// Filters `unit` and writes what is kept.
  private func export(
    _ unit: TMXUnit, into exporter: UnitExporter, statistics: inout Statistics, renumber: Bool
  ) throws {
    statistics.read += 1
    guard var kept = filter(unit, statistics: &statistics) else { return }
    if renumber { kept.tuid = String(statistics.exported + 1) }
    try exporter.write(kept)
    statistics.exported += 1
  }

  /// The unit restricted to the selected languages, or nil when a filter drops it.
  func filter(_ unit: TMXUnit, statistics: inout Statistics) -> TMXUnit? {
    var unit = unit
    func isBlank(_ variant: TMXUnit.Variant) -> Bool {
      // Most segments start with a printable ASCII character: no need to look further.
      if let first = variant.segment.utf8.first, first > 0x20 && first < 0x7F { return false }
      // A Character is white space when its first scalar is: text that starts with another
      // character is not blank (no grapheme breaking needed to tell).
      if let first = variant.segment.unicodeScalars.first, !XMLEscaping.isWhitespace(first) { return false }
      return variant.segment.allSatisfy(\.isWhitespace) && !(variant.markup?.contains("<") ?? false)
    }
    // Through the buffer: `contains(where:)` on the array would copy each variant.
    if unit.variants.withUnsafeBufferPointer({ variants in variants.indices.contains { isBlank(variants[$0]) } }) {
      unit.variants.removeAll(where: isBlank)
    }
    // Through the buffer, as above.
    let isInOrder = unit.variants.withUnsafeBufferPointer { variants in
      for index in variants.indices where !statistics.languagesRead.contains(variants[index].language) {
        statistics.languagesRead.append(variants[index].language)
      }
      guard let languages = options.languages else { return true }
      return variants.count == languages.count
        && languages.indices.allSatisfy { variants[$0].language == languages[$0] }
    }
    if let languages = options.languages, !isInOrder {
      unit.variants = languages.compactMap { language in
        guard let variant = unit.variant(for: language) else { return nil }
        if variant.language != language, !statistics.languagesMatched[language, default: []].contains(variant.language)
        {
          statistics.languagesMatched[language, default: []].append(variant.language)
        }
        return variant
      }
      if options.requireAllLanguages && unit.variants.count < languages.count {
        statistics.missingLanguages += 1
        return nil
      }
    }
    guard unit.variants.count >= 2 || (options.keepUnpaired && unit.variants.count == 1) else {
      statistics.missingLanguages += 1
      return nil
    }
    if let minimum = options.minimumScore,
      let score = unit.prop(TMXUnit.PropertyType.score).flatMap(Double.init),
      score < minimum
    {
      statistics.belowScore += 1
      return nil
    }
    if options.dedupe {
      guard seen.insert(UnitKey(unit)).inserted else {
        statistics.duplicates += 1
        return nil
      }
    }
    return unit
  }
}

/// A 128-bit fingerprint of a unit's languages and texts, for `--dedupe`.
struct UnitKey: Hashable {
  let high: UInt64
  let low: UInt64

  init(_ unit: TMXUnit) {
    var first = Hasher()
    var second = Hasher()
    second.combine(0x9E37_79B9_7F4A_7C15 as UInt64)
    for variant in unit.variants {
      first.combine(variant.language)
      first.combine(variant.segment)
      second.combine(variant.language)
      second.combine(variant.segment)
    }
    high = UInt64(bitPattern: Int64(first.finalize()))
    low = UInt64(bitPattern: Int64(second.finalize()))
  }
}
