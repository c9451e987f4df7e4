/// Counts that summarise what an alignment's output holds and what it left out.
public struct AlignmentStatistics: Hashable, Sendable {
  /// Units written.
  public var units = 0
  /// Of those, units with text in one language only (a sentence no other edition has, or a
  /// kept boilerplate line).
  public var oneLanguageUnits = 0
  /// Sentences that no other edition has and that were not written (`--unpaired keep` writes them).
  public var unpairedLeftOut = 0
  /// Boilerplate lines dropped from the editions.
  public var boilerplateDropped = 0
  /// Boilerplate lines written as units of their own.
  public var boilerplateKept = 0
  /// Written units of two or more languages whose score is below `lowConfidence`.
  public var lowConfidenceUnits = 0
  /// The dictionaries the pairs used (`EditionAlignment.dictionaries`), each once.
  public var dictionaries: [String] = []
  /// Articles of three or more editions whose pivot was taken by order (see
  /// `EditionAlignment.pivotByOrder`), by pivot language.
  public var pivotsByOrder: [LanguageTag: Int] = [:]

  /// The score below which a unit counts as low-confidence (`AlignedUnit.lowConfidenceScore`).
  public static let lowConfidence = AlignedUnit.lowConfidenceScore

  public init() {}

  /// The statistics of `written`, the units an output holds, out of `alignment`.
  public init(_ alignment: EditionAlignment, written: [AlignedUnit]) {
    units = written.count
    for unit in written {
      if unit.languagesWithText <= 1 {
        oneLanguageUnits += 1
      } else if unit.score < Self.lowConfidence {
        lowConfidenceUnits += 1
      }
      if unit.boilerplate != nil { boilerplateKept += 1 }
    }
    // Content sentences (boilerplate aside) of the alignment that the output does not hold.
    func contentSentences(_ units: [AlignedUnit]) -> Int {
      units.reduce(0) { total, unit in
        unit.boilerplate != nil ? total : total + unit.variants.reduce(0) { $0 + $1.sentences.count }
      }
    }
    unpairedLeftOut = contentSentences(alignment.units) - contentSentences(written)
    dictionaries = alignment.dictionaries
    let heldOut = alignment.units.filter { $0.boilerplate != nil }.count
    boilerplateDropped =
      heldOut - boilerplateKept
      + alignment.editions.reduce(0) { $0 + $1.boilerplate.filter { $0.paragraph == nil }.count }
    if alignment.pivotByOrder, alignment.editions.count >= 3 { pivotsByOrder[alignment.languages[alignment.pivot]] = 1 }
  }

  /// Adds another article's counts.
  public static func += (lhs: inout AlignmentStatistics, rhs: AlignmentStatistics) {
    lhs.units += rhs.units
    lhs.oneLanguageUnits += rhs.oneLanguageUnits
    lhs.unpairedLeftOut += rhs.unpairedLeftOut
    lhs.boilerplateDropped += rhs.boilerplateDropped
    lhs.boilerplateKept += rhs.boilerplateKept
    lhs.lowConfidenceUnits += rhs.lowConfidenceUnits
    for name in rhs.dictionaries where !lhs.dictionaries.contains(name) { lhs.dictionaries.append(name) }
    lhs.pivotsByOrder.merge(rhs.pivotsByOrder, uniquingKeysWith: +)
  }

  /// For a corpus or record stream, the line that says which articles had a pivot taken by
  /// tag order (`pivot: ar in 1 article without English, the first edition by tag (--pivot
  /// picks another)`), or nil when none had.
  public var pivotNote: String? {
    guard !pivotsByOrder.isEmpty else { return nil }
    let total = pivotsByOrder.values.reduce(0, +)
    let languages = pivotsByOrder.sorted { $0.key < $1.key }
    let which =
      languages.count == 1
      ? "\(languages[0].key) in " + CountPhrase.of(total, "article")
      : "the first edition by tag in " + CountPhrase.of(total, "article") + " ("
        + languages.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ")"
    return "pivot: \(which) without English"
      + (languages.count == 1 ? ", the first edition by tag" : "") + " (--pivot picks another)"
  }

  /// One line for a summary: `12 units (1 with one language), 2 sentences no other edition has
  /// left out (--unpaired keep writes them), 3 boilerplate lines dropped, 0 low-confidence units
  /// (score < 0.5)`, then the dictionaries used (`; dictionaries: en-zh: PATH (installed)`).
  public var summary: String {
    var parts = [
      CountPhrase.of(units, "unit") + (oneLanguageUnits > 0 ? " (\(oneLanguageUnits) with one language)" : "")
    ]
    if unpairedLeftOut > 0 {
      parts.append(
        "\(unpairedLeftOut) \(unpairedLeftOut == 1 ? "sentence" : "sentences") no other edition has left out (--unpaired keep writes them)"
      )
    }
    if boilerplateDropped > 0 {
      parts.append("\(boilerplateDropped) boilerplate \(boilerplateDropped == 1 ? "line" : "lines") dropped")
    }
    if boilerplateKept > 0 {
      parts.append("\(boilerplateKept) boilerplate \(boilerplateKept == 1 ? "line" : "lines") kept")
    }
    parts.append(CountPhrase.of(lowConfidenceUnits, "low-confidence unit") + " (score < \(Self.lowConfidence))")
    let line = parts.joined(separator: ", ")
    guard !dictionaries.isEmpty else { return line }
    return line + "; " + (dictionaries.count == 1 ? "dictionary " : "dictionaries ")
      + dictionaries.joined(separator: ", ")
  }
}
