import Foundation
import Testing

@testable import HexaplaKit

@Suite("Banded bead search")
struct BandedBeadSearchTests {
  /// A reproducible pseudo-random sequence (a 64-bit linear congruential generator).
  struct Generator {
    var state: UInt64

    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  /// A document pair of `n` source sentences with a translation that leaves some out, merges
  /// some and adds some, sharing numbers and words (learned into lexicon links), in paragraphs.
  static func features(n: Int, seed: UInt64) -> (AlignmentFeatures, [Int], [Int]) {
    var random = Generator(state: seed)
    var source: [SentenceTokens] = []
    var target: [SentenceTokens] = []
    var sourceParagraphs: [Int] = []
    var targetParagraphs: [Int] = []
    func sentence(_ length: Int, words: [String], number: Int?) -> SentenceTokens {
      SentenceTokens(
        length: length, words: words,
        anchors: number.map { [Anchor(kind: .number, key: "\($0)", display: "\($0)")] } ?? [])
    }
    for i in 0..<n {
      let length = 20 + random.next(120)
      let words = (0..<3).map { _ in "w\(random.next(30))" }
      let number = random.next(3) == 0 ? random.next(50) : nil
      source.append(sentence(length, words: words, number: number))
      sourceParagraphs.append(i / 4)
      switch random.next(12) {
      case 0: continue  // left out
      case 1:  // cut in two
        target.append(sentence(length / 2 + random.next(8), words: words.map { "t" + $0 }, number: number))
        target.append(sentence(length / 2 + random.next(8), words: [], number: nil))
        targetParagraphs += [i / 4, i / 4]
      case 2:  // one added
        target.append(sentence(length + random.next(20), words: words.map { "t" + $0 }, number: number))
        target.append(sentence(10 + random.next(60), words: ["tw\(random.next(30))"], number: nil))
        targetParagraphs += [i / 4, i / 4]
      default:
        target.append(sentence(length + random.next(30) - 15, words: words.map { "t" + $0 }, number: number))
        targetParagraphs.append(i / 4)
      }
    }
    var features = AlignmentFeatures(source: source, target: target)
    _ = features.learnLexicon(from: (0..<min(n, target.count)).map { ($0, $0) })
    return (features, sourceParagraphs, targetParagraphs)
  }

  /// The search as first written: every bead cost computed with `cost`, kept as a `Float` per
  /// cell and shape, and the forward and backward passes over the kept costs.
  static func reference(_ searcher: BandedBeadSearch, band: BandedBeadSearch.Band) -> (
    cells: [(Int, Int)], shapes: [Int], cost: Double, posteriors: [Double]
  ) {
    let rows = searcher.rows
    let columns = searcher.columns
    let shapes = searcher.shapes
    var offsets = [Int](repeating: 0, count: rows + 2)
    for r in 0...rows { offsets[r + 1] = offsets[r] + band.high[r] - band.low[r] + 1 }
    func cell(_ i: Int, _ j: Int) -> Int? {
      guard i >= 0, i <= rows, j >= band.low[i], j <= band.high[i] else { return nil }
      return offsets[i] + j - band.low[i]
    }
    let count = offsets[rows + 1]
    var best = [Double](repeating: .infinity, count: count)
    var back = [Int](repeating: -1, count: count)
    var costs = [Float](repeating: .infinity, count: count * shapes.count)
    best[0] = 0
    for i in 0...rows {
      for j in band.low[i]...band.high[i] where i > 0 || j > 0 {
        let here = cell(i, j)!
        for (index, shape) in shapes.enumerated() {
          guard let p = cell(i - shape.a, j - shape.b), best[p] < .infinity else { continue }
          let cost = shape.prior + searcher.model.cost(i - shape.a, shape.a, j - shape.b, shape.b)
          costs[here * shapes.count + index] = Float(cost)
          if best[p] + cost < best[here] {
            best[here] = best[p] + cost
            back[here] = index
          }
        }
      }
    }
    var path: [(Int, Int)] = [(rows, columns)]
    var used: [Int] = []
    var (i, j) = (rows, columns)
    while i > 0 || j > 0 {
      let index = back[cell(i, j)!]
      used.append(index)
      i -= shapes[index].a
      j -= shapes[index].b
      path.append((i, j))
    }
    path.reverse()
    used.reverse()
    var forward = [Double](repeating: .infinity, count: count)
    forward[0] = 0
    for i in 0...rows {
      for j in band.low[i]...band.high[i] where i > 0 || j > 0 {
        var sum = BandedBeadSearch.SoftMinimum()
        for (index, shape) in shapes.enumerated() {
          guard let p = cell(i - shape.a, j - shape.b), forward[p] < .infinity else { continue }
          sum.add(forward[p] + Double(costs[cell(i, j)! * shapes.count + index]))
        }
        forward[cell(i, j)!] = sum.value
      }
    }
    var backward = [Double](repeating: .infinity, count: count)
    backward[count - 1] = 0
    for i in stride(from: rows, through: 0, by: -1) {
      for j in stride(from: band.high[i], through: band.low[i], by: -1) where i < rows || j < columns {
        var sum = BandedBeadSearch.SoftMinimum()
        for (index, shape) in shapes.enumerated() {
          guard let n = cell(i + shape.a, j + shape.b), backward[n] < .infinity else { continue }
          let cost = Double(costs[n * shapes.count + index])
          guard cost < .infinity else { continue }
          sum.add(backward[n] + cost)
        }
        backward[cell(i, j)!] = sum.value
      }
    }
    let posteriors = used.indices.map { k -> Double in
      let shape = shapes[used[k]]
      let (i, j) = path[k]
      let end = cell(i + shape.a, j + shape.b)!
      let pathCost = forward[cell(i, j)!] + Double(costs[end * shapes.count + used[k]]) + backward[end]
      return min(1, exp(forward[count - 1] - pathCost))
    }
    return (path, used, best[count - 1], posteriors)
  }

  @Test(
    "the path, its cost and the posteriors are those of the plain search, bit for bit",
    arguments: [(UInt64(1), 40, 3), (2, 60, 6), (3, 90, 12), (4, 25, 48)] as [(UInt64, Int, Int)])
  func sameAsPlainSearch(seed: UInt64, n: Int, halfWidth: Int) {
    let (features, sourceParagraphs, targetParagraphs) = Self.features(n: n, seed: seed)
    let model = features.costModel(
      maxSide: 4, options: AlignerOptions(), sourceParagraphs: sourceParagraphs,
      targetParagraphs: targetParagraphs)
    let searcher = BandedBeadSearch(
      model: model, shapes: BeadShape.all(maxSide: 4, skipCost: 5.3), rows: features.sourceLengths.count,
      columns: features.targetLengths.count)
    let band = BandedBeadSearch.Band(
      around: features.lengthDiagonal(), rows: searcher.rows, columns: searcher.columns, halfWidth: halfWidth)
    let result = searcher.search(in: band, keepingCosts: true)
    let expected = Self.reference(searcher, band: band)
    #expect(result.cells.map { [$0.0, $0.1] } == expected.cells.map { [$0.0, $0.1] })
    #expect(result.shapes == expected.shapes)
    #expect(result.cost == expected.cost)
    #expect(searcher.posteriors(of: result) == expected.posteriors)
    // The kept bead costs are those the posteriors compute again when none are kept (a band
    // too large to keep them).
    #expect(!result.beadCosts.isEmpty)
    var recomputed = result
    recomputed.beadCosts = []
    #expect(searcher.posteriors(of: recomputed) == expected.posteriors)
    // Without the forward sums: the same path.
    #expect(searcher.search(in: band).shapes == expected.shapes)
  }

  @Test(
    "keys in 16 or 32 bits, base costs kept for the shapes or summed when asked: the same costs, bit for bit",
    arguments: [(UInt64(5), 40), (6, 70)] as [(UInt64, Int)])
  func compactTablesSameCosts(seed: UInt64, n: Int) {
    let (features, sourceParagraphs, targetParagraphs) = Self.features(n: n, seed: seed)
    let shapes = BeadShape.all(maxSide: 2, skipCost: 5.3)
    func model(shapes: [BeadShape]?, narrowKeys: Bool) -> BeadCostModel {
      BeadCostModel(
        sourceLengths: features.sourceLengths, targetLengths: features.targetLengths, source: features.source,
        target: features.target, reliabilities: features.reliabilities(), countedSides: features.countedSides,
        maxSide: 4, shapes: shapes, variance: 6.8, sourceParagraphs: sourceParagraphs,
        targetParagraphs: targetParagraphs, paragraphCost: 2, paragraphMismatchCost: 6.9, skipLengthWeight: 0.2,
        narrowKeys: narrowKeys)
    }
    let wide = model(shapes: nil, narrowKeys: false)
    let narrow = model(shapes: shapes, narrowKeys: true)
    #expect(!wide.narrowKeys && narrow.narrowKeys)
    let rows = features.sourceLengths.count
    let columns = features.targetLengths.count
    var gains = [Double](repeating: 0, count: max(1, wide.keyCount))
    for a in 0...4 {
      for b in 0...4 where a + b > 0 {
        for i in 0...(rows - a) {
          if a == 0 {
            for j in 0...(columns - b) { #expect(narrow.cost(i, 0, j, b) == wide.cost(i, 0, j, b)) }
            continue
          }
          let targets = 0...(columns - b)
          var fromWide = [Double](repeating: 0, count: targets.count)
          var fromNarrow = fromWide
          wide.costs(i, a, targets: targets, b, gains: &gains, into: &fromWide)
          narrow.costs(i, a, targets: targets, b, gains: &gains, into: &fromNarrow)
          #expect(fromNarrow == fromWide)
          #expect(targets.map { narrow.cost(i, a, $0, b) } == targets.map { wide.cost(i, a, $0, b) })
        }
      }
    }
  }

  @Test("terms too far above the smallest to change the sum leave it as it is")
  func negligibleTerms() {
    for far in [44.0, 45.0, 46.0, 80.0, 700.0] {
      var sum = BandedBeadSearch.SoftMinimum()
      var plain = (smallest: 3.0, sum: 1.0)
      sum.add(3)
      sum.add(3 + far)
      sum.add(2.5)
      plain.sum += exp(-far)
      plain.sum = plain.sum * exp(-0.5) + 1
      #expect(sum.value == 2.5 - log(plain.sum))
    }
  }
}
