import Foundation

/// The cost of a bead, in nats: -log of how likely the bead is as a translation, against chance.
///
/// Three terms add up:
/// - length: Gale and Church's normal model of the length difference, in grapheme clusters
///   scaled by the ratio of the two texts (so 1 Chinese character weighs about 3 Latin ones);
/// - anchors: every distinct key of a side either finds its match on the other side, worth
///   log(q / p), or does not, costing log((1 - q) / (1 - p)), where q is how often the key is
///   matched in a true pair and p the chance of finding it in a random window of as many
///   sentences; an unpaired sentence pays for its unmatched keys like a bad pairing would;
/// - paragraphs: a bead that spans a paragraph boundary on one side pays a fixed cost.
struct BeadCostModel: Sendable {
  private let sourcePrefix: [Double]
  private let targetPrefix: [Double]
  private let variance: Double
  let source: SentenceKeyTable
  let target: SentenceKeyTable
  /// Log-likelihood ratios per key and window size: index `key * stride + k`.
  private let sourceMatch: [Double]
  private let sourceMiss: [Double]
  private let targetMatch: [Double]
  private let targetMiss: [Double]
  private let stride: Int
  private let sourceParagraphStarts: [Bool]?
  private let targetParagraphStarts: [Bool]?
  private let paragraphCost: Double

  /// Builds the model.
  /// - Parameters:
  ///   - sourceLengths, targetLengths: sentence lengths in grapheme clusters.
  ///   - source, target: the sentences' anchor keys (keys present on both sides only).
  ///   - reliabilities: for each key, how often a true translation keeps it (by its kind).
  ///   - maxSide: the largest bead side the search uses.
  init(
    sourceLengths: [Int], targetLengths: [Int], source: SentenceKeyTable, target: SentenceKeyTable,
    reliabilities: [Double], maxSide: Int, variance: Double,
    sourceParagraphs: [Int]?, targetParagraphs: [Int]?, paragraphCost: Double
  ) {
    let totalSource = Double(max(1, sourceLengths.reduce(0, +)))
    let totalTarget = Double(max(1, targetLengths.reduce(0, +)))
    // Scale the denser side up so both count in units of the longer text.
    let ratio = totalTarget / totalSource
    let sourceScale = max(1, ratio)
    let targetScale = max(1, 1 / ratio)
    var prefix = [0.0]
    for l in sourceLengths { prefix.append(prefix.last! + Double(l) * sourceScale) }
    sourcePrefix = prefix
    prefix = [0.0]
    for l in targetLengths { prefix.append(prefix.last! + Double(l) * targetScale) }
    targetPrefix = prefix
    self.variance = variance
    self.source = source
    self.target = target
    stride = maxSide + 1
    let keyCount = reliabilities.count
    let sourceDF = source.documentFrequencies(keyCount: keyCount)
    let targetDF = target.documentFrequencies(keyCount: keyCount)
    func tables(own: [Int32], other: [Int32], otherCount: Int) -> ([Double], [Double]) {
      var match = [Double](repeating: 0, count: keyCount * (maxSide + 1))
      var miss = match
      for key in 0..<keyCount where own[key] > 0 {
        let share = min(1, Double(other[key]) / Double(own[key]))
        let q = min(0.95, reliabilities[key] * share)
        let f = min(0.999, Double(other[key]) / Double(max(1, otherCount)))
        for k in 0...maxSide {
          let p = 1 - pow(1 - f, Double(k))
          match[key * (maxSide + 1) + k] = k == 0 ? 0 : log(q / max(p, 1e-9))
          miss[key * (maxSide + 1) + k] = log((1 - q) / max(1e-9, 1 - p))
        }
      }
      return (match, miss)
    }
    (sourceMatch, sourceMiss) = tables(own: sourceDF, other: targetDF, otherCount: target.count)
    (targetMatch, targetMiss) = tables(own: targetDF, other: sourceDF, otherCount: source.count)
    func starts(_ paragraphs: [Int]?) -> [Bool]? {
      guard let paragraphs else { return nil }
      return paragraphs.indices.map { $0 == 0 || paragraphs[$0] != paragraphs[$0 - 1] }
    }
    if let sp = sourceParagraphs, let tp = targetParagraphs, sp.count == sourceLengths.count,
      tp.count == targetLengths.count
    {
      sourceParagraphStarts = starts(sp)
      targetParagraphStarts = starts(tp)
    } else {
      sourceParagraphStarts = nil
      targetParagraphStarts = nil
    }
    self.paragraphCost = paragraphCost
  }

  /// The cost of pairing source sentences `i..<i+a` with target sentences `j..<j+b`
  /// (without the bead type's prior).
  @inline(__always)
  func cost(_ i: Int, _ a: Int, _ j: Int, _ b: Int) -> Double {
    lengthCost(i, a, j, b) + anchorCost(i, a, j, b) + paragraphPenalty(i, a, j, b)
  }

  /// The length term.
  @inline(__always)
  func lengthCost(_ i: Int, _ a: Int, _ j: Int, _ b: Int) -> Double {
    let ls = sourcePrefix[i + a] - sourcePrefix[i]
    let lt = targetPrefix[j + b] - targetPrefix[j]
    let mean = (ls + lt) / 2
    guard mean > 0 else { return 0 }
    let x = abs(lt - ls) / (variance * mean).squareRoot() / 2.0.squareRoot()
    if x < 5 { return -log(erfc(x)) }
    return x * x + log(x * Double.pi.squareRoot())
  }

  /// The anchor term (negative when the shared anchors outweigh the missing ones).
  @inline(__always)
  func anchorCost(_ i: Int, _ a: Int, _ j: Int, _ b: Int) -> Double {
    var total = 0.0
    for s in i..<(i + a) {
      for index in Int(source.offsets[s])..<Int(source.offsets[s + 1]) {
        let key = source.keys[index]
        var repeated = false
        var r = i
        while r < s {
          if source.contains(key, in: r) { repeated = true; break }
          r += 1
        }
        if repeated { continue }
        var matched = false
        var t = j
        while t < j + b {
          if target.contains(key, in: t) { matched = true; break }
          t += 1
        }
        total -= matched ? sourceMatch[Int(key) * stride + b] : sourceMiss[Int(key) * stride + b]
      }
    }
    for t in j..<(j + b) {
      for index in Int(target.offsets[t])..<Int(target.offsets[t + 1]) {
        let key = target.keys[index]
        var repeated = false
        var r = j
        while r < t {
          if target.contains(key, in: r) { repeated = true; break }
          r += 1
        }
        if repeated { continue }
        var matched = false
        var s = i
        while s < i + a {
          if source.contains(key, in: s) { matched = true; break }
          s += 1
        }
        total -= matched ? targetMatch[Int(key) * stride + a] : targetMiss[Int(key) * stride + a]
      }
    }
    return total
  }

  @inline(__always)
  private func paragraphPenalty(_ i: Int, _ a: Int, _ j: Int, _ b: Int) -> Double {
    guard let sourceStarts = sourceParagraphStarts, let targetStarts = targetParagraphStarts else { return 0 }
    var crossings = 0
    if a > 1 { for s in (i + 1)..<(i + a) where sourceStarts[s] { crossings += 1 } }
    if b > 1 { for t in (j + 1)..<(j + b) where targetStarts[t] { crossings += 1 } }
    return Double(crossings) * paragraphCost
  }

  /// The keys the two sides of a bead share.
  func sharedKeys(_ i: Int, _ a: Int, _ j: Int, _ b: Int) -> [Int32] {
    var shared: [Int32] = []
    for s in i..<(i + a) {
      for key in source.keys(of: s) where !shared.contains(key) {
        if (j..<(j + b)).contains(where: { target.contains(key, in: $0) }) { shared.append(key) }
      }
    }
    return shared
  }
}
