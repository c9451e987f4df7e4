import Foundation

/// Dynamic programming over the bead lattice inside a band of cells around a guide path.
///
/// Cell (i, j) stands for "the first i source and j target sentences are aligned"; a bead of
/// shape a-b leads from (i - a, j - b) to (i, j). Each row keeps a column interval; the band
/// starts at a guide (the length diagonal, or a previous pass's path) and is doubled and
/// re-searched around the new path wherever the best path touches its edge.
///
/// - Complexity: O(n · w · s · c) time and O(n · w) memory for n rows, band width w, s bead
///   shapes and c the cost of one bead (proportional to its anchors); near-linear in the
///   length of the texts as long as the band stays narrow.
struct BandedBeadSearch {
  /// The column interval of every row, inclusive, non-decreasing in both ends.
  struct Band {
    var low: [Int]
    var high: [Int]

    /// The number of cells.
    var cellCount: Int { zip(low, high).reduce(0) { $0 + $1.1 - $1.0 + 1 } }

    /// A band of `halfWidth` columns either side of a path of cells (which must run from
    /// (0, 0) to (rows, columns)).
    init(around path: [(Int, Int)], rows: Int, columns: Int, halfWidth: Int) {
      var minimum = [Int](repeating: Int.max, count: rows + 1)
      var maximum = [Int](repeating: Int.min, count: rows + 1)
      var previous = path.first ?? (0, 0)
      for cell in path {
        for r in previous.0...cell.0 {
          minimum[r] = min(minimum[r], previous.1)
          maximum[r] = max(maximum[r], cell.1)
        }
        previous = cell
      }
      low = (0...rows).map { minimum[$0] == Int.max ? 0 : max(0, minimum[$0] - halfWidth) }
      high = (0...rows).map { maximum[$0] == Int.min ? columns : min(columns, maximum[$0] + halfWidth) }
      low[0] = 0
      high[rows] = columns
      if rows > 0 {
        for r in stride(from: rows - 1, through: 0, by: -1) { low[r] = min(low[r], low[r + 1]) }
        for r in 1...rows { high[r] = max(high[r], high[r - 1]) }
        for r in 1...rows where low[r] > high[r - 1] { low[r] = high[r - 1] }
      }
    }

    /// Whether the band holds every cell.
    func isFull(columns: Int) -> Bool { low.allSatisfy { $0 == 0 } && high.allSatisfy { $0 == columns } }
  }

  /// The result of one search.
  struct Result {
    /// Bead end cells from (0, 0) to (rows, columns), with the shape index of the bead
    /// that reaches each (none for the first).
    var cells: [(Int, Int)]
    var shapes: [Int]
    /// The total cost of the path.
    var cost: Double
    /// Whether the path runs along the band's edge somewhere (the band may be too narrow).
    var touchesEdge: Bool
    /// The band searched.
    var band: Band
    /// With `keepingCosts`: the cost (prior included) of the bead of each shape ending in
    /// each cell, index `cell * shapes.count + shape`.
    var costs: [Float]
  }

  let model: BeadCostModel
  let shapes: [BeadShape]
  let rows: Int
  let columns: Int

  /// The best path inside `band`; with `keepingCosts`, the bead costs are kept for
  /// `posteriors(of:)`.
  func search(in band: Band, keepingCosts: Bool = false) -> Result {
    var offsets = [Int](repeating: 0, count: rows + 2)
    for r in 0...rows { offsets[r + 1] = offsets[r] + band.high[r] - band.low[r] + 1 }
    let cellCount = offsets[rows + 1]
    var best = [Double](repeating: .infinity, count: cellCount)
    var back = [UInt8](repeating: UInt8.max, count: cellCount)
    let shapeCount = shapes.count
    var costs = [Float](repeating: .infinity, count: keepingCosts ? cellCount * shapeCount : 0)
    let shapeA = shapes.map(\.a)
    let shapeB = shapes.map(\.b)
    let priors = shapes.map(\.prior)
    best[0] = 0
    best.withUnsafeMutableBufferPointer { best in
      back.withUnsafeMutableBufferPointer { back in
        costs.withUnsafeMutableBufferPointer { costs in
          band.low.withUnsafeBufferPointer { low in
            band.high.withUnsafeBufferPointer { high in
              offsets.withUnsafeBufferPointer { offsets in
                for i in 0...rows {
                  let rowLow = low[i]
                  for j in rowLow...high[i] where i > 0 || j > 0 {
                    var value = Double.infinity
                    var choice = UInt8.max
                    let here = offsets[i] + j - rowLow
                    for index in 0..<shapeCount {
                      let a = shapeA[index]
                      let b = shapeB[index]
                      let pi = i - a
                      let pj = j - b
                      guard pi >= 0, pj >= low[pi], pj <= high[pi] else { continue }
                      let previous = best[offsets[pi] + pj - low[pi]]
                      guard previous < .infinity else { continue }
                      let cost = priors[index] + model.cost(pi, a, pj, b)
                      if keepingCosts { costs[here * shapeCount + index] = Float(cost) }
                      let candidate = previous + cost
                      if candidate < value {
                        value = candidate
                        choice = UInt8(index)
                      }
                    }
                    best[here] = value
                    back[here] = choice
                  }
                }
              }
            }
          }
        }
      }
    }
    var cells: [(Int, Int)] = [(rows, columns)]
    var used: [Int] = []
    var (i, j) = (rows, columns)
    var touches = false
    while i > 0 || j > 0 {
      if (j == band.low[i] && j > 0) || (j == band.high[i] && j < columns) { touches = true }
      let index = Int(back[offsets[i] + j - band.low[i]])
      let shape = shapes[index]
      used.append(index)
      i -= shape.a
      j -= shape.b
      cells.append((i, j))
    }
    return Result(
      cells: cells.reversed(), shapes: used.reversed(), cost: best[cellCount - 1],
      touchesEdge: touches, band: band, costs: costs)
  }

  /// The best path, starting from a band around `guide` and doubling the band while the path
  /// touches its edge (up to `maxCells` cells).
  func search(around guide: [(Int, Int)], halfWidth: Int, maxCells: Int, keepingCosts: Bool = false) -> Result {
    var width = max(1, halfWidth)
    var band = Band(around: guide, rows: rows, columns: columns, halfWidth: width)
    while true {
      let result = search(in: band, keepingCosts: keepingCosts)
      if !result.touchesEdge || band.isFull(columns: columns) { return result }
      width *= 2
      let wider = Band(around: result.cells, rows: rows, columns: columns, halfWidth: width)
      if wider.cellCount > maxCells { return result }
      band = wider
    }
  }

  /// Posterior probabilities of the beads of a result searched with `keepingCosts`
  /// (forward-backward over its band with log-sum-exp instead of minimum).
  func posteriors(of result: Result) -> [Double] {
    let band = result.band
    let shapeCount = shapes.count
    var offsets = [Int](repeating: 0, count: rows + 2)
    for r in 0...rows { offsets[r + 1] = offsets[r] + band.high[r] - band.low[r] + 1 }
    func cell(_ i: Int, _ j: Int) -> Int? {
      guard i >= 0, i <= rows, j >= band.low[i], j <= band.high[i] else { return nil }
      return offsets[i] + j - band.low[i]
    }
    let costs = result.costs
    guard costs.count == offsets[rows + 1] * shapeCount else {
      return Array(repeating: 0, count: result.shapes.count)
    }
    var forward = [Double](repeating: .infinity, count: offsets[rows + 1])
    forward[0] = 0
    for i in 0...rows {
      for j in band.low[i]...band.high[i] where i > 0 || j > 0 {
        let here = offsets[i] + j - band.low[i]
        var sum = SoftMinimum()
        for (index, shape) in shapes.enumerated() {
          guard let p = cell(i - shape.a, j - shape.b), forward[p] < .infinity else { continue }
          sum.add(forward[p] + Double(costs[here * shapeCount + index]))
        }
        forward[here] = sum.value
      }
    }
    var backward = [Double](repeating: .infinity, count: offsets[rows + 1])
    backward[offsets[rows + 1] - 1] = 0
    for i in stride(from: rows, through: 0, by: -1) {
      for j in stride(from: band.high[i], through: band.low[i], by: -1) where i < rows || j < columns {
        var sum = SoftMinimum()
        for (index, shape) in shapes.enumerated() {
          guard let n = cell(i + shape.a, j + shape.b), backward[n] < .infinity else { continue }
          let cost = Double(costs[n * shapeCount + index])
          guard cost < .infinity else { continue }
          sum.add(backward[n] + cost)
        }
        backward[offsets[i] + j - band.low[i]] = sum.value
      }
    }
    let total = forward[offsets[rows + 1] - 1]
    var probabilities: [Double] = []
    for (k, index) in result.shapes.enumerated() {
      let shape = shapes[index]
      let (i, j) = result.cells[k]
      guard let start = cell(i, j), let end = cell(i + shape.a, j + shape.b) else {
        probabilities.append(0)
        continue
      }
      let pathCost = forward[start] + Double(costs[end * shapeCount + index]) + backward[end]
      probabilities.append(min(1, exp(total - pathCost)))
    }
    return probabilities
  }

  /// -log Σ exp(-x) over values added one by one, without overflow.
  struct SoftMinimum {
    private var smallest = Double.infinity
    private var sum = 0.0

    mutating func add(_ v: Double) {
      if v >= smallest {
        sum += exp(smallest - v)
      } else {
        sum = smallest == .infinity ? 1 : sum * exp(v - smallest) + 1
        smallest = v
      }
    }

    var value: Double { smallest == .infinity ? .infinity : smallest - log(sum) }
  }
}
