/// Scores a multilingual alignment against an N-way gold table, pair of languages by pair,
/// with the definition of `score_nway.py` (and Vecalign's strict and lax P/R/F1):
///
/// - Per language, white space is ignored: the gold cells, laid end to end, make the
///   language's document, and each gold unit owns its stretch of it. The predicted cells are
///   laid out the same way (or, when they do not spell the same document, each is found from
///   where the previous one ended; one that cannot be found covers nothing).
/// - Each gold unit goes to the predicted row that covers most of it (ties: the earlier row),
///   so each row holds a set of gold units per language.
/// - For languages A and B, the rows give the predicted beads (set in A, set in B) and the gold
///   rows the gold beads; `AlignmentScore` counts them.
public enum MultilingualScorer {
  /// The score of each language pair.
  public struct PairScore: Sendable {
    public var first: String
    public var second: String
    public var score: AlignmentScore
  }

  /// Which pairs to score.
  public enum Pairs: String, CaseIterable, Sendable {
    /// The pivot with every other language.
    case pivot
    /// Every unordered pair.
    case all
  }

  /// Scores `predicted` against `gold` for the languages both have.
  /// - Parameter pivot: the pivot language for `.pivot` pairs (`en` when nil and present, else
  ///   the first gold language).
  /// - Throws: `HexaplaError.inconsistentInput` when fewer than two languages are shared or
  ///   the pivot is not one of them.
  /// - Complexity: O(*n* · *L*) for *n* characters per language in the usual case, where
  ///   predicted cells spell the gold text; searching for displaced cells costs more.
  public static func score(
    gold: MultilingualTable, predicted: MultilingualTable, pairs: Pairs, pivot: String? = nil
  ) throws -> [PairScore] {
    let shared = gold.languages.filter { predicted.languages.contains($0) }
    guard shared.count >= 2 else {
      throw HexaplaError.inconsistentInput(
        message: "the gold table (\(gold.languages.joined(separator: ","))) and the prediction "
          + "(\(predicted.languages.joined(separator: ","))) share fewer than two languages")
    }
    let goldColumns = gold.languages.indices.filter { shared.contains(gold.languages[$0]) }
    let predictedColumns = shared.compactMap { predicted.languages.firstIndex(of: $0) }
    // Per shared language: which gold rows have text, and the gold units of each predicted row.
    let present = goldColumns.map { g in gold.rows.map { !reduced($0[g]).isEmpty } }
    let assignments = zip(goldColumns, predictedColumns).map { g, p in
      assign(gold: gold.rows.map { reduced($0[g]) }, predicted: predicted.rows.map { reduced($0[p]) })
    }
    var languagePairs: [(Int, Int)] = []
    switch pairs {
    case .all:
      for a in shared.indices { for b in (a + 1)..<shared.count { languagePairs.append((a, b)) } }
    case .pivot:
      let center = pivot ?? (shared.contains("en") ? "en" : shared[0])
      guard let c = shared.firstIndex(of: center) else {
        throw HexaplaError.inconsistentInput(message: "the pivot '\(center)' is not a language of both tables")
      }
      languagePairs = shared.indices.filter { $0 != c }.map { (c, $0) }
    }
    return languagePairs.map { a, b in
      let predictedBeads = zip(assignments[a], assignments[b]).compactMap { x, y -> BeadFile.Entry? in
        x.isEmpty && y.isEmpty ? nil : BeadFile.Entry(source: x.sorted(), target: y.sorted())
      }
      let goldBeads = zip(present[a], present[b]).enumerated().compactMap { i, has -> BeadFile.Entry? in
        !has.0 && !has.1 ? nil : BeadFile.Entry(source: has.0 ? [i] : [], target: has.1 ? [i] : [])
      }
      return PairScore(
        first: shared[a], second: shared[b], score: AlignmentScore(gold: goldBeads, predicted: predictedBeads))
    }
  }

  /// One line per pair (strict precision, recall and F1, lax F1, bead counts), then the mean
  /// strict and lax F1 over the pairs.
  public static func table(_ scores: [PairScore]) -> String {
    var lines = ["pair          strict P  strict R  strict F1    lax F1   pred  gold"]
    func cell(_ value: Double) -> String { String(repeating: " ", count: 10 - 5) + AlignmentScore.fixed(value) }
    for pair in scores {
      let name = "\(pair.first)-\(pair.second)"
      let padded = name + String(repeating: " ", count: max(1, 12 - name.count))
      let counts = String(format: "%6d%6d", pair.score.predictedBeads, pair.score.goldBeads)
      lines.append(
        padded + cell(pair.score.precisionStrict) + cell(pair.score.recallStrict) + " " + cell(pair.score.f1Strict)
          + cell(pair.score.f1Lax) + counts)
    }
    if scores.count > 1 {
      let strict = scores.map(\.score.f1Strict).reduce(0, +) / Double(scores.count)
      let lax = scores.map(\.score.f1Lax).reduce(0, +) / Double(scores.count)
      let name = "mean (\(scores.count) pairs)"
      lines.append(name + String(repeating: " ", count: max(1, 33 - name.count)) + cell(strict) + cell(lax))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The text's Unicode scalars without white space.
  static func reduced(_ text: String) -> [UInt32] {
    text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(\.value)
  }

  /// Per predicted row, the gold units it covers most of.
  static func assign(gold: [[UInt32]], predicted: [[UInt32]]) -> [Set<Int>] {
    let document = gold.flatMap { $0 }
    var goldStarts: [Int] = []
    var offset = 0
    for cell in gold {
      goldStarts.append(offset)
      offset += cell.count
    }
    // Where each predicted cell lies in the document (nil: not found).
    var spans: [Range<Int>?] = []
    if predicted.flatMap({ $0 }) == document {
      var start = 0
      for cell in predicted {
        spans.append(start..<(start + cell.count))
        start += cell.count
      }
    } else {
      var cursor = 0
      for cell in predicted {
        guard !cell.isEmpty else {
          spans.append(nil)
          continue
        }
        let found = find(cell, in: document, from: cursor) ?? find(cell, in: document, from: 0)
        spans.append(found.map { $0..<($0 + cell.count) })
        if let found { cursor = found + cell.count }
      }
    }
    // The row covering most of each gold unit.
    var best: [(cover: Int, row: Int)] = Array(repeating: (0, -1), count: gold.count)
    for (row, span) in spans.enumerated() {
      guard let span, !span.isEmpty else { continue }
      var unit = upperBound(goldStarts, span.lowerBound) - 1
      while unit < gold.count, unit >= 0, goldStarts[unit] < span.upperBound {
        let unitSpan = goldStarts[unit]..<(goldStarts[unit] + gold[unit].count)
        let cover = span.clamped(to: unitSpan).count
        if cover > best[unit].cover { best[unit] = (cover, row) }
        unit += 1
      }
    }
    var result = [Set<Int>](repeating: [], count: predicted.count)
    for (unit, choice) in best.enumerated() where choice.row >= 0 { result[choice.row].insert(unit) }
    return result
  }

  /// The first index at or after `start` where `needle` occurs in `haystack`.
  private static func find(_ needle: [UInt32], in haystack: [UInt32], from start: Int) -> Int? {
    guard !needle.isEmpty, start <= haystack.count else { return nil }
    return haystack[start...].firstRange(of: needle)?.lowerBound
  }

  /// The number of elements of the sorted `values` that are at most `x`.
  private static func upperBound(_ values: [Int], _ x: Int) -> Int {
    var low = 0
    var high = values.count
    while low < high {
      let mid = (low + high) / 2
      if values[mid] <= x { low = mid + 1 } else { high = mid }
    }
    return low
  }
}
