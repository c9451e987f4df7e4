import Foundation

/// How often a true translation keeps each anchor key: priors per kind, estimated from the texts.
extension AlignmentFeatures {
  /// Estimates, per kind, how often a key of one side of a confident 1-1 bead is found on the
  /// other side (kinds with fewer than 30 keys keep their prior value).
  mutating func estimateReliabilities(from pairs: [(Int, Int)]) {
    var total: [Anchor.Kind: Int] = [:]
    var matched: [Anchor.Kind: Int] = [:]
    for (i, j) in pairs {
      for key in source.keys(of: i) where countedSides[Int(key)] == .both {  // dictionary links: see below
        let kind = kinds[Int(key)]
        total[kind, default: 0] += 1
        if target.contains(key, in: j) { matched[kind, default: 0] += 1 }
      }
      for key in target.keys(of: j) where countedSides[Int(key)] == .both {
        let kind = kinds[Int(key)]
        total[kind, default: 0] += 1
        if source.contains(key, in: i) { matched[kind, default: 0] += 1 }
      }
    }
    for (kind, count) in total where count >= 30 {
      let prior = Self.reliability(kind)
      // A Beta prior worth 10 keys around the kind's default value.
      let estimate = (Double(matched[kind] ?? 0) + 10 * prior) / (Double(count) + 10)
      estimatedReliabilities[kind] = min(0.95, max(0.1, estimate))
    }
  }

  /// How often a true translation keeps an anchor of each kind (prior values).
  static func reliability(_ kind: Anchor.Kind) -> Double {
    switch kind {
    case .number: return 0.9
    case .url: return 0.95
    case .latinWord: return 0.9
    case .name: return 0.7
    case .cognate: return 0.6
    case .punctuation: return 0.7
    case .lexicon: return 0.6
    case .nameSound: return 0.5
    }
  }

  /// Per key: how often a true translation keeps it.
  func reliabilities() -> [Double] {
    var result = kinds.map { estimatedReliabilities[$0] ?? Self.reliability($0) }
    for key in dictionaryKeys {
      result[key] = countedSides[key] == .source ? dictionaryReliability.source : dictionaryReliability.target
    }
    return result
  }

  /// Measures, on confident 1-1 beads (source, target sentence index), how often a dictionary
  /// link of one sentence is found in the other, per side, and uses that instead of the prior:
  /// dictionaries differ widely in coverage and in how loosely they translate, and a wrong
  /// reliability makes the aligner merge sentences (too high) or ignore the links (too low).
  /// Returns whether anything changed (at least 20 beads and 50 links a side are needed).
  mutating func estimateDictionaryReliability(from pairs: [(Int, Int)]) -> Bool {
    guard !dictionaryKeys.isEmpty, pairs.count >= 20 else { return false }
    var counts = [(kept: 0, total: 0), (kept: 0, total: 0)]
    for (i, j) in pairs {
      for key in source.keys(of: i) where dictionaryKeys.contains(Int(key)) && countedSides[Int(key)] == .source {
        counts[0].total += 1
        if target.contains(key, in: j) { counts[0].kept += 1 }
      }
      for key in target.keys(of: j) where dictionaryKeys.contains(Int(key)) && countedSides[Int(key)] == .target {
        counts[1].total += 1
        if source.contains(key, in: i) { counts[1].kept += 1 }
      }
    }
    // Add-one smoothing towards the prior; clamp to a sensible range.
    func rate(_ c: (kept: Int, total: Int), _ prior: Double) -> Double? {
      guard c.total >= 50 else { return nil }
      return min(0.95, max(0.05, (Double(c.kept) + prior) / (Double(c.total) + 1)))
    }
    let estimated = (
      rate(counts[0], dictionaryReliability.source) ?? dictionaryReliability.source,
      rate(counts[1], dictionaryReliability.target) ?? dictionaryReliability.target
    )
    guard estimated != dictionaryReliability else { return false }
    dictionaryReliability = estimated
    return true
  }
}
