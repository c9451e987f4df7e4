/// Statistics of an aligned file, gathered in one pass over its units.
///
/// Memory grows with the number of units only by one score and one length ratio per
/// language pair per unit; texts are not kept.
public struct InspectionStatistics: Sendable {
  /// Counts for one document (`x-document`), or for the whole file.
  public struct Tally: Sendable, Equatable {
    /// Units.
    public var units = 0
    /// Sentences per language.
    public var sentences: [String: Int] = [:]
    /// Sentences per language in units where no other language has text.
    public var unpaired: [String: Int] = [:]
    /// Sum of the scores of the units that have one.
    public var scoreSum = 0.0
    /// Units with a score.
    public var scored = 0

    /// The mean score, or nil when no unit has one.
    public var meanScore: Double? { scored > 0 ? scoreSum / Double(scored) : nil }
  }

  /// A unit whose length ratio for a language pair is far from the file's usual ratio.
  public struct LengthOutlier: Sendable, Equatable {
    /// The unit number.
    public var unit: Int
    /// ln(characters in the first language / characters in the second).
    public var logRatio: Double
    /// (logRatio − median) / (1.4826 · MAD): a robust z-score.
    public var robustZ: Double
  }

  /// Length ratios of one language pair over the units that have both.
  public struct PairLengths: Sendable, Equatable {
    /// The two languages.
    public var first: String
    public var second: String
    /// Units with both languages.
    public var pairs: Int
    /// The median of ln(first/second) in characters.
    public var medianLogRatio: Double
    /// The median absolute deviation from it.
    public var mad: Double
    /// Units beyond `LengthOutlier` threshold, most extreme first.
    public var outliers: [LengthOutlier]
  }

  /// How many robust standard deviations from the median make a length-ratio outlier.
  public static let outlierThreshold = 3.0
  /// Score histogram bins: [0, 0.1), [0.1, 0.2), …, [0.9, 1].
  public static let histogramBins = 10

  /// Languages in order of first appearance.
  public private(set) var languages: [String] = []
  /// Totals for the whole file.
  public private(set) var total = Tally()
  /// Non-empty segments per language.
  public private(set) var segments: [String: Int] = [:]
  /// Units per bead type (units without `x-bead` are not counted).
  public private(set) var beadTypes: [String: Int] = [:]
  /// Units per score bin.
  public private(set) var histogram = [Int](repeating: 0, count: InspectionStatistics.histogramBins)
  /// Every unit's score, in file order.
  public private(set) var scores: [Double] = []
  /// Per-document tallies, in order of first appearance (units without `x-document` are
  /// under the empty name).
  public private(set) var documents: [(name: String, tally: Tally)] = []
  private var documentIndex: [String: Int] = [:]
  private var ratios: [String: [(unit: Int, logRatio: Double)]] = [:]

  public init() {}

  /// Adds a unit.
  public mutating func add(_ unit: InspectedUnit) {
    var present: [String] = []  // a language twice in one unit counts once
    for language in unit.presentLanguages where !present.contains(language) { present.append(language) }
    for language in present where !languages.contains(language) { languages.append(language) }
    let document = unit.document ?? ""
    if documentIndex[document] == nil {
      documentIndex[document] = documents.count
      documents.append((document, Tally()))
    }
    let d = documentIndex[document]!
    Self.count(unit, present: present, into: &total)
    Self.count(unit, present: present, into: &documents[d].tally)
    for language in Set(present) { segments[language, default: 0] += 1 }
    if let bead = unit.beadType { beadTypes[bead, default: 0] += 1 }
    if let score = unit.score {
      scores.append(score)
      let bin = min(Self.histogramBins - 1, max(0, Int((score * Double(Self.histogramBins)).rounded(.down))))
      histogram[bin] += 1
    }
    let lengths = present.map { language in
      (language, unit.text(in: language).map { Self.characterCount($0) } ?? 0)
    }
    for i in lengths.indices {
      for j in lengths.indices where j > i && lengths[i].1 > 0 && lengths[j].1 > 0 {
        // Pairs in the order the languages first appeared in the file (`en/de`, not `de/en`).
        let known = languages
        let order = { (language: String) in known.firstIndex(of: language) ?? Int.max }
        let (a, b) = order(lengths[i].0) < order(lengths[j].0) ? (lengths[i], lengths[j]) : (lengths[j], lengths[i])
        ratios["\(a.0)\t\(b.0)", default: []].append((unit.number, log(Double(a.1) / Double(b.1))))
      }
    }
  }

  /// Length ratios per language pair (languages in order of first appearance within a pair,
  /// pairs in that order too), with outliers more than `outlierThreshold` robust standard deviations from the
  /// median. Pairs seen in fewer than 5 units get no outliers.
  /// - Complexity: O(n log n) per pair.
  public func lengthRatios() -> [PairLengths] {
    let order = { (language: Substring) in self.languages.firstIndex(of: String(language)) ?? Int.max }
    let keys = ratios.keys.sorted { lhs, rhs in
      let l = lhs.split(separator: "\t").map(order)
      let r = rhs.split(separator: "\t").map(order)
      return l != r ? l.lexicographicallyPrecedes(r) : lhs < rhs
    }
    return keys.map { key in
      let names = key.split(separator: "\t").map(String.init)
      let values = ratios[key]!
      let median = Self.median(values.map(\.logRatio))
      let mad = Self.median(values.map { abs($0.logRatio - median) })
      var outliers: [LengthOutlier] = []
      if values.count >= 5 {
        // A MAD of zero (most ratios equal) would make every other unit an outlier; use a floor.
        let scale = 1.4826 * max(mad, 0.05)
        for value in values {
          let z = (value.logRatio - median) / scale
          if abs(z) > Self.outlierThreshold {
            outliers.append(LengthOutlier(unit: value.unit, logRatio: value.logRatio, robustZ: z))
          }
        }
      }
      outliers.sort { abs($0.robustZ) != abs($1.robustZ) ? abs($0.robustZ) > abs($1.robustZ) : $0.unit < $1.unit }
      return PairLengths(
        first: names[0], second: names[1], pairs: values.count, medianLogRatio: median, mad: mad,
        outliers: outliers)
    }
  }

  /// The median score, or nil when no unit has one.
  public var medianScore: Double? { scores.isEmpty ? nil : Self.median(scores) }

  // MARK: - Helpers

  private static func count(_ unit: InspectedUnit, present: [String], into tally: inout Tally) {
    tally.units += 1
    for language in Set(present) {
      let sentences = unit.sentenceCount(in: language)
      tally.sentences[language, default: 0] += sentences
      if present.allSatisfy({ $0 == language }) { tally.unpaired[language, default: 0] += sentences }
    }
    if let score = unit.score {
      tally.scoreSum += score
      tally.scored += 1
    }
  }

  /// Characters that carry content: Unicode scalars that are not whitespace or marks.
  static func characterCount(_ text: String) -> Int {
    var count = 0
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        if value > 0x20 && value != 0x7F { count += 1 }
        continue
      }
      if value == 0xA0 || value == 0x2007 || value == 0x202F || TerminalCells.isBreakingWhitespace(value) { continue }
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .enclosingMark, .spacingMark: continue
      default: count += 1
      }
    }
    return count
  }

  static func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
