import Foundation

/// Strict and lax precision, recall and F1 of predicted alignments against gold ones, as
/// defined by Vecalign's `score.py` (after Sennrich and Volk): counts pooled over documents.
///
/// Precision iterates over all predicted beads (1-0/0-1 included) against all gold beads;
/// recall over the gold beads with both sides non-empty against the predicted ones with both
/// sides non-empty. A bead counts strictly when it occurs verbatim, laxly when it also shares
/// a sentence pair (link) with a bead of the other alignment. Duplicate beads count once;
/// beads empty on both sides are ignored.
public struct AlignmentScore: Hashable, Sendable {
  public var precisionStrictHits = 0
  public var precisionLaxHits = 0
  public var predictedBeads = 0
  public var recallStrictHits = 0
  public var recallLaxHits = 0
  public var goldBeads = 0
  /// 1-0/0-1 beads: predicted ones found in the gold, predicted, and gold ones.
  public var skipHits = 0
  public var predictedSkips = 0
  public var goldSkips = 0
  /// The number of documents pooled.
  public var documents = 0

  public init() {}

  /// The counts of one document.
  public init(gold: [BeadFile.Entry], predicted: [BeadFile.Entry]) {
    (precisionStrictHits, precisionLaxHits, predictedBeads) = Self.matches(reference: gold, candidates: predicted)
    let full: ([BeadFile.Entry]) -> [BeadFile.Entry] = { $0.filter { !$0.source.isEmpty && !$0.target.isEmpty } }
    (recallStrictHits, recallLaxHits, goldBeads) = Self.matches(reference: full(predicted), candidates: full(gold))
    let skips: ([BeadFile.Entry]) -> Set<BeadFile.Entry> = {
      Set($0.filter { $0.source.isEmpty != $0.target.isEmpty })
    }
    let goldSkipSet = skips(gold)
    let predictedSkipSet = skips(predicted)
    skipHits = predictedSkipSet.intersection(goldSkipSet).count
    predictedSkips = predictedSkipSet.count
    goldSkips = goldSkipSet.count
    documents = 1
  }

  /// Pools the counts of two sets of documents.
  public static func + (lhs: AlignmentScore, rhs: AlignmentScore) -> AlignmentScore {
    var sum = lhs
    sum.precisionStrictHits += rhs.precisionStrictHits
    sum.precisionLaxHits += rhs.precisionLaxHits
    sum.predictedBeads += rhs.predictedBeads
    sum.recallStrictHits += rhs.recallStrictHits
    sum.recallLaxHits += rhs.recallLaxHits
    sum.goldBeads += rhs.goldBeads
    sum.skipHits += rhs.skipHits
    sum.predictedSkips += rhs.predictedSkips
    sum.goldSkips += rhs.goldSkips
    sum.documents += rhs.documents
    return sum
  }

  public var precisionStrict: Double { Self.ratio(precisionStrictHits, predictedBeads) }
  public var precisionLax: Double { Self.ratio(precisionLaxHits, predictedBeads) }
  public var recallStrict: Double { Self.ratio(recallStrictHits, goldBeads) }
  public var recallLax: Double { Self.ratio(recallLaxHits, goldBeads) }
  public var f1Strict: Double { Self.f1(precisionStrict, recallStrict) }
  public var f1Lax: Double { Self.f1(precisionLax, recallLax) }
  /// F1 of the 1-0/0-1 beads alone (found verbatim).
  public var skipPrecision: Double { Self.ratio(skipHits, predictedSkips) }
  public var skipRecall: Double { Self.ratio(skipHits, goldSkips) }
  public var skipF1: Double { Self.f1(skipPrecision, skipRecall) }

  /// The table `score.py` prints, then a line for the 1-0/0-1 beads.
  public var table: String {
    """
                  Strict    Lax
    Precision     \(Self.fixed(precisionStrict))     \(Self.fixed(precisionLax))
    Recall        \(Self.fixed(recallStrict))     \(Self.fixed(recallLax))
    F1            \(Self.fixed(f1Strict))     \(Self.fixed(f1Lax))
    (docs=\(documents), pred beads=\(predictedBeads), gold beads w/o 0-sided=\(goldBeads))
    1-0/0-1 beads: \(skipLine)

    """
  }

  /// P, R and F1 of the 1-0/0-1 beads, `n/a` where there is nothing to divide by (no
  /// predicted or no gold 1-0/0-1 beads).
  private var skipLine: String {
    let p = predictedSkips == 0 ? "n/a" : Self.fixed(skipPrecision)
    let r = goldSkips == 0 ? "n/a" : Self.fixed(skipRecall)
    let f = predictedSkips == 0 && goldSkips == 0 ? "n/a" : Self.fixed(skipF1)
    return "P \(p) R \(r) F1 \(f) (gold=\(goldSkips), pred=\(predictedSkips))"
  }

  /// A number with three decimals, as C's and Python's `%.3f` print it.
  static func fixed(_ value: Double) -> String { String(format: "%.3f", value) }

  private static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
  private static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }

  /// Strict hits, lax hits and the number of distinct candidates (beads empty on both sides dropped).
  private static func matches(reference: [BeadFile.Entry], candidates: [BeadFile.Entry]) -> (Int, Int, Int) {
    let nonEmpty: (BeadFile.Entry) -> Bool = { !$0.source.isEmpty || !$0.target.isEmpty }
    let referenceSet = Set(reference.filter(nonEmpty))
    let candidateSet = Set(candidates.filter(nonEmpty))
    let referenceList = Array(referenceSet)
    var sourceBeads: [Int: Set<Int>] = [:]
    var targetBeads: [Int: Set<Int>] = [:]
    for (k, bead) in referenceList.enumerated() {
      for s in bead.source { sourceBeads[s, default: []].insert(k) }
      for t in bead.target { targetBeads[t, default: []].insert(k) }
    }
    var strict = 0
    var lax = 0
    for bead in candidateSet {
      if referenceSet.contains(bead) {
        strict += 1
        lax += 1
        continue
      }
      var viaSource: Set<Int> = []
      for s in bead.source { viaSource.formUnion(sourceBeads[s] ?? []) }
      if !viaSource.isEmpty, bead.target.contains(where: { !viaSource.isDisjoint(with: targetBeads[$0] ?? []) }) {
        lax += 1
      }
    }
    return (strict, lax, candidateSet.count)
  }
}
