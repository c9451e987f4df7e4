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
///   length of the texts as long as the band stays narrow. The memory is a back-pointer byte
///   per cell, and 8 bytes more for the forward sums when the posteriors are wanted.
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

    /// Where each row's cells start in a flat array of the band's cells (one more entry: the
    /// cell count), and the most cells a row has.
    func rowOffsets() -> (offsets: [Int], widest: Int) {
      var offsets = [Int](repeating: 0, count: low.count + 1)
      var widest = 1
      for r in low.indices {
        offsets[r + 1] = offsets[r] + high[r] - low[r] + 1
        widest = max(widest, high[r] - low[r] + 1)
      }
      return (offsets, widest)
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
    /// With `keepingCosts`: per cell of the band, -log of the summed probability of every path
    /// from (0, 0) to it (the forward pass of `posteriors(of:)`), each bead's cost rounded
    /// to a `Float`.
    var forward: [Double]
    /// With `keepingCosts`, when they fit in `costCacheBytes`: the cost of every bead with
    /// source sentences (prior included, rounded to a `Float` as the forward sums add it) that
    /// ends in a cell of the band, at `costSlot(shape) * cells + cell`, for `posteriors(of:)`
    /// to read instead of computing it again; empty otherwise.
    var beadCosts: [Float] = []
  }

  /// The most bytes the bead costs of a search kept for its posteriors may take (at 4 bytes
  /// per cell and shape with source sentences, about 44 per cell: a band of 6 million cells).
  static let costCacheBytes = 256 << 20

  /// Per shape, where its bead costs start in `Result.beadCosts` (in cells), -1 for the
  /// shapes without source sentences; and how many shapes have slots.
  func costSlots() -> (slots: [Int], count: Int) {
    var count = 0
    let slots = shapes.map { shape -> Int in
      guard shape.a > 0 else { return -1 }
      count += 1
      return count - 1
    }
    return (slots, count)
  }

  let model: BeadCostModel
  let shapes: [BeadShape]
  let rows: Int
  let columns: Int

  /// The costs of the beads without source sentences (0-b): `model.cost(i, 0, j, b)` of shape
  /// `index` at `starts[index] + j`, for every column j it fits (they do not depend on the row i).
  func insertionCosts() -> (costs: [Double], starts: [Int]) {
    var costs: [Double] = []
    var starts = [Int](repeating: 0, count: shapes.count)
    for (index, shape) in shapes.enumerated() where shape.a == 0 {
      starts[index] = costs.count
      costs += (0...max(0, columns - shape.b)).map { model.cost(0, 0, $0, shape.b) }
    }
    return (costs, starts)
  }

  /// The best path inside `band`; with `keepingCosts`, also the forward sums that
  /// `posteriors(of:)` needs.
  ///
  /// Row by row: the beads that start in an earlier row are costed a shape at a time over the
  /// row's columns (`BeadCostModel.costs`), then each cell takes the cheapest candidate in shape
  /// order, with the beads that start in the same row (0-1) costed as the cells fill. Only the
  /// path costs of the rows a bead can reach back to are kept, and a back-pointer byte per cell.
  func search(in band: Band, keepingCosts: Bool = false) -> Result {
    let (offsets, widest) = band.rowOffsets()
    let cellCount = offsets[rows + 1]
    let shapeCount = shapes.count
    let shapeA = shapes.map(\.a)
    let shapeB = shapes.map(\.b)
    let priors = shapes.map(\.prior)
    // The best path cost of each cell of the last `ring` rows: row r at `(r % ring) * widest`.
    let ring = (shapeA.max() ?? 1) + 1
    var best = [Double](repeating: .infinity, count: ring * widest)
    var back = [UInt8](repeating: UInt8.max, count: cellCount)
    var forward = [Double](repeating: .infinity, count: keepingCosts ? cellCount : 0)
    let (slots, slotCount) = costSlots()
    let caching = keepingCosts && cellCount * slotCount * MemoryLayout<Float>.size <= Self.costCacheBytes
    var kept = [Float](repeating: .infinity, count: caching ? cellCount * slotCount : 0)
    // Per shape, the candidate path cost (and forward sum) of each cell of the current row
    // (index j - low).
    var candidates = [Double](repeating: .infinity, count: widest * shapeCount)
    var forwardCandidates = [Double](repeating: .infinity, count: keepingCosts ? widest * shapeCount : 0)
    var beadCosts = [Double](repeating: 0, count: widest)
    var gains = [Double](repeating: 0, count: max(1, model.keyCount))
    let (insertions, insertionStarts) = insertionCosts()
    var lastCost = Double.infinity
    kept.withUnsafeMutableBufferPointer { kept in
      best.withUnsafeMutableBufferPointer { best in
        back.withUnsafeMutableBufferPointer { back in
          forward.withUnsafeMutableBufferPointer { forward in
            candidates.withUnsafeMutableBufferPointer { candidates in
              forwardCandidates.withUnsafeMutableBufferPointer { forwardCandidates in
                beadCosts.withUnsafeMutableBufferPointer { beadCosts in
                  gains.withUnsafeMutableBufferPointer { gains in
                    band.low.withUnsafeBufferPointer { low in
                      band.high.withUnsafeBufferPointer { high in
                        offsets.withUnsafeBufferPointer { offsets in
                          for i in 0...rows {
                            let rowLow = low[i]
                            let rowHigh = high[i]
                            let rowStart = offsets[i]
                            let rowBest = (i % ring) * widest - rowLow
                            for index in 0..<shapeCount where shapeA[index] > 0 {
                              let a = shapeA[index]
                              let b = shapeB[index]
                              let row = index * widest - rowLow
                              let pi = i - a
                              let first = pi >= 0 ? max(rowLow, low[pi] + b) : rowHigh + 1
                              let last = pi >= 0 ? min(rowHigh, high[pi] + b) : rowHigh
                              for j in rowLow..<min(first, rowHigh + 1) { candidates[row + j] = .infinity }
                              if last < rowHigh {
                                for j in max(rowLow, last + 1)...rowHigh { candidates[row + j] = .infinity }
                              }
                              guard first <= last else { continue }
                              model.costs(
                                pi, a, targets: (first - b)...(last - b), b, gains: gains.baseAddress!,
                                into: beadCosts.baseAddress!)
                              let previousBest = (pi % ring) * widest - low[pi] - b
                              let previousCell = offsets[pi] - low[pi] - b
                              let prior = priors[index]
                              let keptRow = slots[index] * cellCount + rowStart - rowLow
                              for j in first...last {
                                let cost = prior + beadCosts[j - first]
                                if caching { kept[keptRow + j] = Float(cost) }
                                let previous = best[previousBest + j]
                                guard previous < .infinity else {
                                  candidates[row + j] = .infinity
                                  continue
                                }
                                candidates[row + j] = previous + cost
                                if keepingCosts {
                                  forwardCandidates[row + j] = forward[previousCell + j] + Double(Float(cost))
                                }
                              }
                            }
                            if i == 0 {
                              best[rowBest + rowLow] = 0
                              if keepingCosts { forward[0] = 0 }
                            }
                            for j in rowLow...rowHigh where i > 0 || j > 0 {
                              var value = Double.infinity
                              var choice = UInt8.max
                              var sum = SoftMinimum()
                              for index in 0..<shapeCount {
                                let candidate: Double
                                if shapeA[index] > 0 {
                                  candidate = candidates[index * widest + j - rowLow]
                                  if keepingCosts, candidate < .infinity {
                                    sum.add(forwardCandidates[index * widest + j - rowLow])
                                  }
                                } else {
                                  // A bead that starts in this row: its start cell is filled.
                                  let b = shapeB[index]
                                  let pj = j - b
                                  guard pj >= rowLow else { continue }
                                  let previous = best[rowBest + pj]
                                  guard previous < .infinity else { continue }
                                  let cost = priors[index] + insertions[insertionStarts[index] + pj]
                                  candidate = previous + cost
                                  if keepingCosts { sum.add(forward[rowStart + pj - rowLow] + Double(Float(cost))) }
                                }
                                if candidate < value {
                                  value = candidate
                                  choice = UInt8(index)
                                }
                              }
                              best[rowBest + j] = value
                              back[rowStart + j - rowLow] = choice
                              if keepingCosts { forward[rowStart + j - rowLow] = sum.value }
                            }
                          }
                          lastCost = best[(rows % ring) * widest + high[rows] - low[rows]]
                        }
                      }
                    }
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
      cells: cells.reversed(), shapes: used.reversed(), cost: lastCost,
      touchesEdge: touches, band: band, forward: forward, beadCosts: kept)
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

  /// Posterior probabilities of the beads of a result searched with `keepingCosts`: the
  /// backward pass over its band (log-sum-exp instead of minimum), with the bead costs the
  /// search kept, or computed again as the search computed them (and rounded to a `Float`, as
  /// it summed them).
  /// - Complexity: the time of the search (`search(in:keepingCosts:)`), in O(w) memory beside
  ///   its forward sums.
  func posteriors(of result: Result) -> [Double] {
    let band = result.band
    let shapeCount = shapes.count
    let (offsets, widest) = band.rowOffsets()
    let cellCount = offsets[rows + 1]
    let forward = result.forward
    guard forward.count == cellCount else { return Array(repeating: 0, count: result.shapes.count) }
    let shapeA = shapes.map(\.a)
    let shapeB = shapes.map(\.b)
    let priors = shapes.map(\.prior)
    var gains = [Double](repeating: 0, count: max(1, model.keyCount))
    let (insertions, insertionStarts) = insertionCosts()
    /// The cost of a bead as the search summed it.
    func beadCost(_ i: Int, _ index: Int, _ j: Int) -> Double {
      let a = shapeA[index]
      let b = shapeB[index]
      var cost = 0.0
      if a > 0 {
        gains.withUnsafeMutableBufferPointer { gains in
          model.costs(i, a, targets: j...j, b, gains: gains.baseAddress!, into: &cost)
        }
      } else {
        cost = insertions[insertionStarts[index] + j]
      }
      return Double(Float(priors[index] + cost))
    }
    // The backward sums of the rows a bead can reach (row r at `(r % ring) * widest`), and
    // those of the path's cells (index as in `result.cells`).
    let ring = (shapeA.max() ?? 1) + 1
    var backward = [Double](repeating: .infinity, count: ring * widest)
    var pathBackward = [Double](repeating: .infinity, count: result.cells.count)
    var pathIndex = result.cells.count - 1
    // Per shape, the costs of the beads that start in the current row (index j - low), and
    // the columns they cover.
    var rowCosts = [Double](repeating: 0, count: widest * shapeCount)
    var firsts = [Int](repeating: 0, count: shapeCount)
    var lasts = [Int](repeating: -1, count: shapeCount)
    var nextRows = [Int](repeating: 0, count: shapeCount)
    // Where the kept cost of a bead starting at column j of the current row is, less j.
    let kept = result.beadCosts
    let (slots, _) = costSlots()
    var keptRows = [Int](repeating: 0, count: shapeCount)
    kept.withUnsafeBufferPointer { kept in
      backward.withUnsafeMutableBufferPointer { backward in
        rowCosts.withUnsafeMutableBufferPointer { rowCosts in
          gains.withUnsafeMutableBufferPointer { gains in
            for i in stride(from: rows, through: 0, by: -1) {
              let rowLow = band.low[i]
              let rowHigh = band.high[i]
              let rowStart = offsets[i]
              let rowBackward = (i % ring) * widest - rowLow
              for j in rowLow...rowHigh { backward[rowBackward + j] = .infinity }
              if i == rows { backward[rowBackward + columns] = 0 }
              for index in 0..<shapeCount where shapeA[index] > 0 {
                let a = shapeA[index]
                let b = shapeB[index]
                let n = i + a
                firsts[index] = n <= rows ? max(rowLow, band.low[n] - b) : 0
                lasts[index] = n <= rows ? min(rowHigh, band.high[n] - b) : -1
                guard firsts[index] <= lasts[index] else { continue }
                nextRows[index] = (n % ring) * widest - band.low[n] + b
                if !kept.isEmpty {
                  keptRows[index] = slots[index] * cellCount + offsets[n] - band.low[n] + b
                  continue
                }
                model.costs(
                  i, a, targets: firsts[index]...lasts[index], b, gains: gains.baseAddress!,
                  into: rowCosts.baseAddress! + index * widest + firsts[index] - rowLow)
              }
              for j in stride(from: rowHigh, through: rowLow, by: -1) where i < rows || j < columns {
                // No bead leaves a cell no path reaches.
                guard forward[rowStart + j - rowLow] < .infinity else { continue }
                var sum = SoftMinimum()
                for index in 0..<shapeCount {
                  let a = shapeA[index]
                  let b = shapeB[index]
                  let next: Int
                  let cost: Double
                  if a > 0 {
                    guard j >= firsts[index], j <= lasts[index] else { continue }
                    next = nextRows[index] + j
                    guard backward[next] < .infinity else { continue }
                    cost =
                      kept.isEmpty
                      ? Double(Float(priors[index] + rowCosts[index * widest + j - rowLow]))
                      : Double(kept[keptRows[index] + j])
                  } else {
                    guard j + b <= rowHigh else { continue }
                    next = rowBackward + j + b
                    guard backward[next] < .infinity else { continue }
                    cost = Double(Float(priors[index] + insertions[insertionStarts[index] + j]))
                  }
                  sum.add(backward[next] + cost)
                }
                backward[rowBackward + j] = sum.value
              }
              while pathIndex >= 0, result.cells[pathIndex].0 == i {
                pathBackward[pathIndex] = backward[rowBackward + result.cells[pathIndex].1]
                pathIndex -= 1
              }
            }
          }
        }
      }
    }
    func cell(_ i: Int, _ j: Int) -> Int? {
      guard i >= 0, i <= rows, j >= band.low[i], j <= band.high[i] else { return nil }
      return offsets[i] + j - band.low[i]
    }
    let total = forward[cellCount - 1]
    var probabilities: [Double] = []
    for (k, index) in result.shapes.enumerated() {
      let shape = shapes[index]
      let (i, j) = result.cells[k]
      guard let start = cell(i, j), cell(i + shape.a, j + shape.b) != nil else {
        probabilities.append(0)
        continue
      }
      let pathCost = forward[start] + beadCost(i, index, j) + pathBackward[k + 1]
      probabilities.append(min(1, exp(total - pathCost)))
    }
    return probabilities
  }

  /// -log Σ exp(-x) over values added one by one, without overflow.
  struct SoftMinimum {
    private var smallest = Double.infinity
    private var sum = 0.0

    mutating func add(_ v: Double) {
      // A term more than `negligible` nats above the smallest changes no bit of the sum (at
      // least 1, at most the count of terms): exp(-45) < 3e-20, below half a unit in the last
      // place of 1 even times 1,000 terms; so its exponential is not computed.
      if v >= smallest {
        if v - smallest < Self.negligible { sum += exp(smallest - v) }
      } else {
        if smallest == .infinity {
          sum = 1
        } else if smallest - v < Self.negligible {
          sum = sum * exp(v - smallest) + 1
        } else {
          sum = 1
        }
        smallest = v
      }
    }

    /// See `add`.
    static let negligible = 45.0

    var value: Double { smallest == .infinity ? .infinity : smallest - log(sum) }
  }
}
