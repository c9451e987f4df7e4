/// The alignment of one article's editions: its units in document order, and what went into
/// them.
public struct EditionAlignment: Sendable {
  /// The editions, in input order.
  public var editions: [Edition]
  /// The index of the pivot edition.
  public var pivot: Int
  /// The sentences of each edition (after re-cutting), in edition order; units index them.
  public var sentences: [[Sentence]]
  /// The units in document order: every sentence of every edition is in exactly one unit;
  /// boilerplate kept with `--boilerplate keep` is in one-language units of its own.
  public var units: [AlignedUnit]
  /// What happened to boilerplate.
  public var boilerplateHandling: BoilerplateHandling
  /// The dictionaries each pair with the pivot used: `en-zh: PATH`, `(installed)` after an
  /// installed one.
  public var dictionaries: [String] = []
  /// Whether the pivot was neither asked for nor English, but taken by order: the first
  /// edition given, or in a corpus or record stream the first by tag.
  public var pivotByOrder = false

  /// The languages of the editions, in edition order.
  public var languages: [LanguageTag] { editions.map(\.document.language) }

  /// The units an output holds: those with text in two or more languages, plus one-language
  /// units of content when `keepUnpaired` and of boilerplate with `.keepUnpaired` handling,
  /// in document order.
  public func writtenUnits(keepUnpaired: Bool) -> [AlignedUnit] {
    units.filter { unit in
      if unit.boilerplate != nil { return boilerplateHandling == .keepUnpaired }
      return keepUnpaired || unit.languagesWithText >= 2
    }
  }

  /// Per edition, how many of its sentences (boilerplate aside) no other edition has, and
  /// how many it has in all.
  public var unpairedCounts: [(unpaired: Int, total: Int)] {
    var counts = Array(repeating: (unpaired: 0, total: 0), count: editions.count)
    for unit in units where unit.boilerplate == nil {
      let alone = unit.languagesWithText == 1
      for (e, variant) in unit.variants.enumerated() {
        counts[e].total += variant.sentences.count
        if alone { counts[e].unpaired += variant.sentences.count }
      }
    }
    return counts
  }

  /// The languages of an output's columns: the pivot first, then the others in edition order;
  /// for beads, the editions in the order given (`[i]:[j]` is file one, then file two).
  public func columns(for format: AlignmentWriter.Format) -> [LanguageTag] {
    if format == .beads { return languages }
    return [languages[pivot]] + languages.indices.filter { $0 != pivot }.map { languages[$0] }
  }
}

extension AlignedUnit {
  /// How many languages have text in the unit.
  public var languagesWithText: Int { variants.reduce(0) { $0 + ($1.sentences.isEmpty ? 0 : 1) } }
}
