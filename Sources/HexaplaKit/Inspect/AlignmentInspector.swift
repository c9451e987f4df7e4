/// Runs `hexapla inspect` over a file of units: the side-by-side view, statistics and the
/// HTML report, reading the file once or twice and never holding all of its text.
public struct AlignmentInspector {
  /// Returns the next unit, or nil after the last.
  public typealias UnitStream = () throws -> InspectedUnit?

  /// What the side-by-side view shows and how.
  public struct ViewOptions {
    /// The columns; nil for the languages of the file in order of first appearance.
    public var languages: [String]?
    /// Flag units scoring below this.
    public var lowScore: Double?
    /// Flag low-confidence units (score below `AlignedUnit.lowConfidenceScore`, unless
    /// `lowScore` is given) and length-ratio outliers (needs a first pass).
    public var flagsWeakest = false
    /// Show only units with a match.
    public var matcher: UnitMatcher?
    /// The first unit number to show (1-based).
    public var from = 1
    /// Show at most this many units.
    public var limit: Int?
    /// The line width in cells.
    public var width = 100
    /// Colours and bidi isolates.
    public var style = SideBySideStyle.plain

    public init() {}
  }

  /// How many units the view reads ahead to learn the languages when not told them.
  public static let lookAhead = 1000

  private let open: () throws -> UnitStream
  private let onWarning: (String) -> Void

  /// An inspector that reads units from `open()`, which must start from the first unit each
  /// time it is called (the view with low-confidence flags and the HTML report read twice).
  public init(open: @escaping () throws -> UnitStream, onWarning: @escaping (String) -> Void = { _ in }) {
    self.open = open
    self.onWarning = onWarning
  }

  /// Writes the side-by-side view to `sink` (without finishing it).
  ///
  /// Streams: without `flagsWeakest` the file is read once, with up to `lookAhead` units
  /// held to learn its languages (a language first seen later is reported as a warning and
  /// not shown unless listed in `languages`); with it, a first pass gathers the statistics
  /// (scores and length ratios: a few numbers per unit, no text).
  /// - Throws: errors of the unit source, `HexaplaError.inconsistentInput` for a width too
  ///   small, and `HexaplaError.outputNotWritable`.
  public func showSideBySide(_ options: ViewOptions, to sink: TextSink) throws {
    var lowScore = options.lowScore
    var languages = options.languages
    var showsEvidence = false
    var largest = 0
    var longestBead = 0
    var buffered: [InspectedUnit] = []
    var seen: [String] = []
    var seenAll = true
    var lengthOutliers: Set<Int> = []
    var next = try open()
    if options.flagsWeakest {
      var stats = InspectionStatistics()
      while let unit = try next() {
        stats.add(unit)
        if unit.score != nil || unit.beadType != nil { showsEvidence = true }
        longestBead = max(longestBead, unit.beadType?.count ?? 0)
        largest = unit.number
      }
      seen = stats.languages
      lowScore = lowScore ?? AlignedUnit.lowConfidenceScore
      lengthOutliers = Set(stats.lengthRatios().flatMap { $0.outliers.map(\.unit) })
      next = try open()
    } else {
      while buffered.count < Self.lookAhead, let unit = try next() {
        buffered.append(unit)
        if unit.score != nil || unit.beadType != nil { showsEvidence = true }
        longestBead = max(longestBead, unit.beadType?.count ?? 0)
        for language in unit.presentLanguages where !seen.contains(language) { seen.append(language) }
      }
      seenAll = buffered.count < Self.lookAhead
      largest = seenAll ? (buffered.last?.number ?? 0) : 0
    }
    if let requested = languages {
      languages = Self.match(requested, in: seen, complete: seenAll, onWarning: onWarning)
    } else {
      languages = seen
    }
    let columns = languages ?? []
    if columns.isEmpty { return }
    if let limit = options.limit {
      largest = largest == 0 ? options.from + limit - 1 : min(largest, options.from + limit - 1)
    }
    var style = options.style
    style.showsEvidence = showsEvidence
    let renderer = try SideBySideRenderer(
      languages: columns, width: options.width, style: style, lowScore: lowScore,
      largestNumber: largest == 0 ? 99_999 : largest, longestBead: longestBead)
    renderer.lengthOutliers = lengthOutliers
    try sink.write(renderer.header())
    var shown = 0
    var warned = Set(columns)
    let wantsAll = options.languages == nil
    var index = 0
    while true {
      let unit: InspectedUnit
      if index < buffered.count {
        unit = buffered[index]
        index += 1
      } else if let read = try next() {
        unit = read
        buffered = []
        index = 0
      } else {
        break
      }
      if wantsAll {
        for language in unit.presentLanguages where !warned.contains(language) {
          warned.insert(language)
          onWarning(
            "language '\(HexaplaError.quoting(language))' first appears in unit \(unit.number) and is not shown; pass --langs to show it"
          )
        }
      }
      if unit.number < options.from { continue }
      if let matcher = options.matcher, !matcher.matches(unit) { continue }
      if unit.presentLanguages.allSatisfy({ !columns.contains($0) }) { continue }
      try sink.write(renderer.render(unit))
      shown += 1
      if let limit = options.limit, shown >= limit { break }
    }
  }

  /// The requested languages spelled as in the file when they differ only in case (`zh-hans`
  /// for `zh-Hans`), or as the file's only more or less specific form of them (`zh` for
  /// `zh-Hans`, and the other way round); warns about those the file does not have, when all
  /// of it was seen.
  static func match(
    _ requested: [String], in seen: [String], complete: Bool, onWarning: (String) -> Void
  ) -> [String] {
    requested.map { language in
      if seen.contains(language) { return language }
      if let spelled = seen.first(where: { $0.lowercased() == language.lowercased() }) { return spelled }
      if let tag = try? LanguageTag(language) {
        let related = seen.filter { (try? LanguageTag($0))?.isMoreOrLessSpecific(than: tag) == true }
        if related.count == 1 { return related[0] }
        if related.count > 1 {
          onWarning(
            "'\(HexaplaError.quoting(language))' could be any of \(related.map { HexaplaError.quoting($0) }.joined(separator: ", ")) in the file; "
              + "give the one you mean")
          return language
        }
      }
      if complete {
        onWarning(
          "no unit has text in '\(HexaplaError.quoting(language))'; the file has \(seen.joined(separator: ", "))")
      }
      return language
    }
  }

  /// Reads every unit and gathers the statistics.
  /// - Throws: errors of the unit source.
  public func statistics() throws -> InspectionStatistics {
    var stats = InspectionStatistics()
    let next = try open()
    while let unit = try next() { stats.add(unit) }
    return stats
  }

  /// Writes the HTML report: a first pass gathers the statistics, a second writes the rows that pass the
  /// filters in `options`. Finishes the sink; on failure the caller discards it.
  /// - Throws: errors of the unit source, `HexaplaError.outputNotWritable`.
  /// - Returns: how many units the report shows, and how many of them score below the low mark.
  @discardableResult
  public func writeHTML(title: String, options: ViewOptions, to sink: TextSink) throws -> (
    units: Int, lowConfidence: Int
  ) {
    let stats = try statistics()
    let lowScore = options.lowScore ?? AlignedUnit.lowConfidenceScore
    let languages =
      options.languages.map {
        Self.match($0, in: stats.languages, complete: true, onWarning: onWarning)
      } ?? stats.languages
    let report = HTMLReportWriter(
      sink: sink, languages: languages, lowScore: lowScore,
      showsDocuments: stats.documents.count > 1)
    try report.begin(title: title, statistics: stats)
    let next = try open()
    var shown = 0
    var low = 0
    while let unit = try next() {
      if let limit = options.limit, shown >= limit { break }
      if unit.number < options.from { continue }
      if let matcher = options.matcher, !matcher.matches(unit) { continue }
      try report.write(unit)
      shown += 1
      if let score = unit.score, score < lowScore { low += 1 }
    }
    try report.end()
    return (shown, low)
  }
}

extension AlignmentInspector {
  /// An inspector over units held in memory (tests, small inputs).
  public init(units: [InspectedUnit]) {
    self.init(open: {
      var iterator = units.makeIterator()
      return { iterator.next() }
    })
  }
}
