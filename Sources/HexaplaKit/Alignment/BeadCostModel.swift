import Foundation

/// The cost of a bead, in nats: -log of how likely the bead is as a translation, against chance.
///
/// Three terms add up:
/// - length: Gale and Church's normal model of the length difference, in grapheme clusters
///   scaled by the ratio of the two texts (so 1 Chinese character weighs about 3 Latin ones);
///   a 1-0 or 0-1 bead pays a fraction of Gale and Church's term with an empty side (in full it
///   would make long unmatched sentences glue onto a neighbour; without it a long sentence is
///   left unpaired as cheaply as a short caption, though translators rarely drop long ones);
/// - anchors: every distinct key of a side either finds its match on the other side, worth
///   log(q / p), or does not, costing log((1 - q) / (1 - p)), where q is how often the key is
///   matched in a true pair and p the chance of finding it in a random window of as many
///   sentences; an unpaired sentence pays for its unmatched keys like a bad pairing would,
///   except for numbers and URLs the other text lacks altogether, which only a pairing pays for;
/// - paragraphs: a bead that spans a paragraph boundary on one side pays a fixed cost, and
///   when both texts have as many paragraphs (translators keep an article's paragraphs), so
///   does a bead that pairs sentences of different paragraphs (the k-th with another than the
///   k-th);
/// - boundaries: a bead that holds sentences of one side across a boundary with a given cost
///   pays that cost (a source boundary other editions keep, in an N-edition alignment; a space
///   the scored rules of Thai cut at or join, `SpaceBoundaryEvidence`).
struct BeadCostModel: Sendable {
  private let sourcePrefix: FlatBuffer<Double>
  private let targetPrefix: FlatBuffer<Double>
  private let variance: Double
  let source: SentenceKeyTable
  let target: SentenceKeyTable
  private let stride: Int
  /// The number of anchor keys.
  let keyCount: Int
  /// Per key and window size k (index `key * stride + k`): how much cheaper a matched key is
  /// than a missed one, log(q / p) - log((1 - q) / (1 - p)), negated.
  private let sourceGain: FlatBuffer<Double>
  private let targetGain: FlatBuffer<Double>
  /// Per key and bead shape a-b (index `(key * stride + a) * stride + b`): what a key both
  /// sides share takes off the cost, `sourceGain[key * stride + b] + targetGain[key * stride + a]`.
  private let pairGain: FlatBuffer<Double>
  /// The sorted keys of sentences i..<i+a (slot `i * stride + a`), flat: in 16 bits when every
  /// key fits (`narrowKeys`; the wide buffers are empty), else in 32 (the narrow ones are).
  private let sourceUnionOffsets: FlatBuffer<Int32>
  private let sourceUnionKeys: FlatBuffer<Int32>
  private let targetUnionOffsets: FlatBuffer<Int32>
  private let targetUnionKeys: FlatBuffer<Int32>
  private let sourceNarrowKeys: FlatBuffer<UInt16>
  private let targetNarrowKeys: FlatBuffer<UInt16>
  /// Whether the union keys are held in 16 bits.
  let narrowKeys: Bool
  /// The cost of missing every key of sentences i..<i+a (a > 0) in a window of k sentences,
  /// for the windows a bead shape uses (index `i * sourceBaseCount + sourceBaseSlots[(a - 1) *
  /// stride + k]`; the other windows' slots are -1 and their costs summed when asked, from
  /// `sourceMiss`).
  private let sourceBase: FlatBuffer<Double>
  private let targetBase: FlatBuffer<Double>
  private let sourceBaseSlots: [Int]
  private let targetBaseSlots: [Int]
  private let sourceBaseCount: Int
  private let targetBaseCount: Int
  /// Per key and window size k (index `key * stride + k`): what missing it costs, negated.
  private let sourceMiss: FlatBuffer<Double>
  private let targetMiss: FlatBuffer<Double>
  /// Per side, how many paragraphs start before each sentence (one more entry: all of them).
  private let sourceParagraphStartCounts: FlatBuffer<Int32>?
  private let targetParagraphStartCounts: FlatBuffer<Int32>?
  /// The rank of each sentence's paragraph (0, 1, ...), when both texts have as many paragraphs.
  private let sourceParagraphRanks: [Int32]?
  private let targetParagraphRanks: [Int32]?
  private let paragraphCost: Double
  private let paragraphMismatchCost: Double
  private let skipLengthWeight: Double
  /// Prefix sums of the source boundary costs (slot s: the boundaries before sentences 1..<s).
  private let sourceBoundaryPrefix: FlatBuffer<Double>?
  /// Prefix sums of the target boundary costs, as `sourceBoundaryPrefix`.
  private let targetBoundaryPrefix: FlatBuffer<Double>?

  /// Builds the model.
  /// - Parameters:
  ///   - sourceLengths, targetLengths: sentence lengths in grapheme clusters.
  ///   - source, target: the sentences' anchor keys (keys present on both sides only).
  ///   - reliabilities: for each key, how often a true translation keeps it (by its kind).
  ///   - countedSides: for each key, the sides whose sentences count it (both when nil); a key
  ///     not counted on a side still matches the other side's keys there.
  ///   - maxSide: the largest bead side the search uses.
  ///   - shapes: the bead shapes the search uses, whose windows' base costs are kept (the
  ///     others are summed when asked: the same values, more slowly); nil for every shape up
  ///     to `maxSide` on both sides.
  ///   - sourceBoundaryCosts: per source sentence s, the cost of a bead holding sentences
  ///     s - 1 and s (entry 0 unused); nil for none.
  ///   - targetBoundaryCosts: the same for target sentences.
  ///   - narrowKeys: whether to hold the window keys in 16 bits (half the memory: at a million
  ///     sentences a side, 150 MB less); nil for whenever every key fits.
  init(
    sourceLengths: [Int], targetLengths: [Int], source: SentenceKeyTable, target: SentenceKeyTable,
    reliabilities: [Double], countedSides: [KeySides]? = nil, maxSide: Int, shapes: [BeadShape]? = nil,
    variance: Double, sourceParagraphs: [Int]?, targetParagraphs: [Int]?, paragraphCost: Double,
    paragraphMismatchCost: Double = 0, skipLengthWeight: Double = 0,
    sourceBoundaryCosts: [Double]? = nil, targetBoundaryCosts: [Double]? = nil, narrowKeys: Bool? = nil
  ) {
    let totalSource = Double(max(1, sourceLengths.reduce(0, +)))
    let totalTarget = Double(max(1, targetLengths.reduce(0, +)))
    // Scale the denser side up so both count in units of the longer text. No two languages
    // differ by more than about 5 to 1 in characters (Chinese against English is about 1 to 3):
    // beyond that the editions differ in content and the ratio says nothing about translation.
    // When one edition has over 3 times as many sentences as the other, the ratio of totals
    // measures extra content, not translation: keep it within 25% of the ratio of median
    // sentence lengths, which extra content does not move.
    func median(_ lengths: [Int]) -> Double {
      let sorted = lengths.sorted()
      return sorted.isEmpty ? 1 : Double(max(1, sorted[sorted.count / 2]))
    }
    var ratio = totalTarget / totalSource
    let counts = (Double(max(1, sourceLengths.count)), Double(max(1, targetLengths.count)))
    if max(counts.0, counts.1) > 3 * min(counts.0, counts.1) {
      let medianRatio = median(targetLengths) / median(sourceLengths)
      ratio = min(1.25 * medianRatio, max(0.8 * medianRatio, ratio))
    }
    ratio = min(5, max(0.2, ratio))
    let sourceScale = max(1, ratio)
    let targetScale = max(1, 1 / ratio)
    var prefix = [0.0]
    for l in sourceLengths { prefix.append(prefix.last! + Double(l) * sourceScale) }
    sourcePrefix = FlatBuffer(prefix)
    prefix = [0.0]
    for l in targetLengths { prefix.append(prefix.last! + Double(l) * targetScale) }
    targetPrefix = FlatBuffer(prefix)
    self.variance = variance
    self.source = source
    self.target = target
    stride = maxSide + 1
    let keyCount = reliabilities.count
    self.keyCount = keyCount
    let sourceDF = source.documentFrequencies(keyCount: keyCount)
    let targetDF = target.documentFrequencies(keyCount: keyCount)
    func tables(own: [Int32], other: [Int32], otherCount: Int, side: KeySides) -> ([Double], [Double]) {
      var match = [Double](repeating: 0, count: keyCount * (maxSide + 1))
      var miss = match
      for key in 0..<keyCount where own[key] > 0 && (countedSides?[key] ?? .both).contains(side) {
        // A key the other text lacks altogether (a number, a URL) is expected in a translation
        // as often as its kind is kept; one it has fewer times can match only that often.
        let share = other[key] == 0 ? 1 : min(1, Double(other[key]) / Double(own[key]))
        let q = min(0.95, reliabilities[key] * share)
        let f = min(0.999, Double(other[key]) / Double(max(1, otherCount)))
        for k in 0...maxSide {
          let p = 1 - pow(1 - f, Double(k))
          match[key * (maxSide + 1) + k] = k == 0 ? 0 : log(q / max(p, 1e-9))
          // A sentence without counterpart (k = 0) does not pay for keys the other text lacks:
          // their absence is what such a sentence looks like.
          miss[key * (maxSide + 1) + k] = k == 0 && other[key] == 0 ? 0 : log((1 - q) / max(1e-9, 1 - p))
        }
      }
      return (match, miss)
    }
    let (sourceMatch, sourceMiss) = tables(own: sourceDF, other: targetDF, otherCount: target.count, side: .source)
    let (targetMatch, targetMiss) = tables(own: targetDF, other: sourceDF, otherCount: source.count, side: .target)
    let sourceGains = zip(sourceMiss, sourceMatch).map { $0 - $1 }
    let targetGains = zip(targetMiss, targetMatch).map { $0 - $1 }
    sourceGain = FlatBuffer(sourceGains)
    targetGain = FlatBuffer(targetGains)
    self.sourceMiss = FlatBuffer(sourceMiss)
    self.targetMiss = FlatBuffer(targetMiss)
    let side = maxSide + 1
    var pairs = [Double](repeating: 0, count: keyCount * side * side)
    for key in 0..<keyCount {
      for a in 0...maxSide {
        for b in 0...maxSide {
          pairs[(key * side + a) * side + b] = sourceGains[key * side + b] + targetGains[key * side + a]
        }
      }
    }
    pairGain = FlatBuffer(pairs)
    /// The keys of every window of up to `maxSide` sentences, and what missing them costs,
    /// written in place (at a million sentences a side they take hundreds of megabytes, which
    /// arrays copied into buffers would need twice).
    /// The slots of the windows (a sentences, in a window of k) whose base costs are kept.
    func slots(_ windows: [(a: Int, k: Int)]) -> (slots: [Int], count: Int) {
      var slots = [Int](repeating: -1, count: maxSide * (maxSide + 1))
      var count = 0
      for (a, k) in windows where a > 0 && a <= maxSide && k >= 0 && k <= maxSide {
        guard slots[(a - 1) * (maxSide + 1) + k] < 0 else { continue }
        slots[(a - 1) * (maxSide + 1) + k] = count
        count += 1
      }
      return (slots, count)
    }
    let every = (1...max(1, maxSide)).flatMap { a in (0...maxSide).map { (a: a, k: $0) } }
    let sourceSlots = slots(shapes.map { $0.map { (a: $0.a, k: $0.b) } } ?? every)
    let targetSlots = slots(shapes.map { $0.map { (a: $0.b, k: $0.a) } } ?? every)
    func unions<Key: FixedWidthInteger>(
      _ table: SentenceKeyTable, miss: [Double], slots: (slots: [Int], count: Int), as: Key.Type
    ) -> (offsets: FlatBuffer<Int32>, keys: FlatBuffer<Key>, base: FlatBuffer<Double>) {
      let side = maxSide + 1
      let offsetCount = (table.count + 1) * side + 1
      let offsets = UnsafeMutablePointer<Int32>.allocate(capacity: offsetCount)
      // A sentence is in `a` windows of each size `a`: the unions hold its keys at most
      // 1 + 2 + ... + maxSide times (only the part written becomes resident).
      let bound = max(1, table.keys.count * maxSide * side / 2)
      let keys = UnsafeMutablePointer<Key>.allocate(capacity: bound)
      let baseCount = max(1, table.count * slots.count)
      let base = UnsafeMutablePointer<Double>.allocate(capacity: baseCount)
      base.initialize(repeating: 0, count: baseCount)
      offsets[0] = 0
      var offsetIndex = 1
      var keyCount = 0
      var union: [Int32] = []
      var merged: [Int32] = []
      for i in 0...table.count {
        union.removeAll(keepingCapacity: true)
        for a in 0...maxSide {
          if a > 0, i + a <= table.count {
            Self.mergeUnique(union, table.keys(of: i + a - 1), into: &merged)
            swap(&union, &merged)
            precondition(keyCount + union.count <= bound, "BeadCostModel: window keys over their bound")
            for key in union {
              (keys + keyCount).initialize(to: Key(key))
              keyCount += 1
            }
            for k in 0...maxSide {
              let slot = slots.slots[(a - 1) * side + k]
              guard slot >= 0 else { continue }
              var sum = 0.0
              for key in union { sum -= miss[Int(key) * side + k] }
              base[i * slots.count + slot] = sum
            }
          }
          offsets[offsetIndex] = Int32(keyCount)
          offsetIndex += 1
        }
      }
      return (
        FlatBuffer(adopting: offsets, count: offsetIndex), FlatBuffer(adopting: keys, count: keyCount),
        FlatBuffer(adopting: base, count: baseCount)
      )
    }
    let narrow = narrowKeys ?? (keyCount <= Int(UInt16.max) + 1)
    self.narrowKeys = narrow
    let sourceUnions: (offsets: FlatBuffer<Int32>, base: FlatBuffer<Double>)
    let targetUnions: (offsets: FlatBuffer<Int32>, base: FlatBuffer<Double>)
    if narrow {
      let sourceNarrow = unions(source, miss: sourceMiss, slots: sourceSlots, as: UInt16.self)
      let targetNarrow = unions(target, miss: targetMiss, slots: targetSlots, as: UInt16.self)
      sourceUnions = (sourceNarrow.offsets, sourceNarrow.base)
      targetUnions = (targetNarrow.offsets, targetNarrow.base)
      sourceNarrowKeys = sourceNarrow.keys
      targetNarrowKeys = targetNarrow.keys
      sourceUnionKeys = FlatBuffer([])
      targetUnionKeys = FlatBuffer([])
    } else {
      let sourceWide = unions(source, miss: sourceMiss, slots: sourceSlots, as: Int32.self)
      let targetWide = unions(target, miss: targetMiss, slots: targetSlots, as: Int32.self)
      sourceUnions = (sourceWide.offsets, sourceWide.base)
      targetUnions = (targetWide.offsets, targetWide.base)
      sourceUnionKeys = sourceWide.keys
      targetUnionKeys = targetWide.keys
      sourceNarrowKeys = FlatBuffer([])
      targetNarrowKeys = FlatBuffer([])
    }
    sourceBaseSlots = sourceSlots.slots
    sourceBaseCount = sourceSlots.count
    targetBaseSlots = targetSlots.slots
    targetBaseCount = targetSlots.count
    sourceUnionOffsets = sourceUnions.offsets
    sourceBase = sourceUnions.base
    targetUnionOffsets = targetUnions.offsets
    targetBase = targetUnions.base
    if let sp = sourceParagraphs, let tp = targetParagraphs, sp.count == sourceLengths.count,
      tp.count == targetLengths.count
    {
      let sourceStarts = Self.paragraphStarts(sp)
      let targetStarts = Self.paragraphStarts(tp)
      func counts(_ starts: [Bool]) -> FlatBuffer<Int32> {
        var counts: [Int32] = [0]
        counts.reserveCapacity(starts.count + 1)
        for start in starts { counts.append(counts.last! + (start ? 1 : 0)) }
        return FlatBuffer(counts)
      }
      sourceParagraphStartCounts = counts(sourceStarts)
      targetParagraphStartCounts = counts(targetStarts)
      func ranks(_ starts: [Bool]) -> [Int32] {
        var rank: Int32 = -1
        return starts.map { start in
          if start { rank += 1 }
          return rank
        }
      }
      if Self.paragraphsCorrespond(
        sourceStarts: sourceStarts, sourceLengths: sourceLengths, targetStarts: targetStarts,
        targetLengths: targetLengths)
      {
        sourceParagraphRanks = ranks(sourceStarts)
        targetParagraphRanks = ranks(targetStarts)
      } else {
        sourceParagraphRanks = nil
        targetParagraphRanks = nil
      }
    } else {
      sourceParagraphStartCounts = nil
      targetParagraphStartCounts = nil
      sourceParagraphRanks = nil
      targetParagraphRanks = nil
    }
    self.paragraphCost = paragraphCost
    self.paragraphMismatchCost = paragraphMismatchCost
    self.skipLengthWeight = skipLengthWeight
    sourceBoundaryPrefix = Self.boundaryPrefix(sourceBoundaryCosts, count: sourceLengths.count)
    targetBoundaryPrefix = Self.boundaryPrefix(targetBoundaryCosts, count: targetLengths.count)
  }

  /// The cost of pairing source sentences `i..<i+a` with target sentences `j..<j+b`
  /// (without the bead type's prior).
  @inline(__always)
  func cost(_ i: Int, _ a: Int, _ j: Int, _ b: Int) -> Double {
    lengthCost(i, a, j, b) + anchorCost(i, a, j, b) + paragraphPenalty(i, a, j, b) + boundaryPenalty(i, a)
      + targetBoundaryPenalty(j, b)
  }

  /// Prefix sums of `costs` (per sentence, the cost of a bead across the boundary before it),
  /// or nil for none or all 0.
  private static func boundaryPrefix(_ costs: [Double]?, count: Int) -> FlatBuffer<Double>? {
    guard let costs, costs.count == count, costs.contains(where: { $0 != 0 }) else { return nil }
    var sums = [0.0]
    sums.reserveCapacity(count + 1)
    for cost in costs { sums.append(sums.last! + cost) }
    return FlatBuffer(sums)
  }

  /// The cost of missing every key of source sentences i..<i+a (0 < a ≤ maxSide) in a window
  /// of k target sentences: kept, or summed over the window's keys as `init` sums the kept ones.
  @inline(__always)
  private func sourceBaseCost(_ i: Int, _ a: Int, _ k: Int) -> Double {
    let slot = sourceBaseSlots[(a - 1) * stride + k]
    if slot >= 0 { return sourceBase[i * sourceBaseCount + slot] }
    var sum = 0.0
    for x in Int(sourceUnionOffsets[i * stride + a])..<Int(sourceUnionOffsets[i * stride + a + 1]) {
      sum -= sourceMiss[sourceUnionKey(x) * stride + k]
    }
    return sum
  }

  /// `sourceBaseCost` of target sentences j..<j+b in a window of k source sentences.
  @inline(__always)
  private func targetBaseCost(_ j: Int, _ b: Int, _ k: Int) -> Double {
    let slot = targetBaseSlots[(b - 1) * stride + k]
    if slot >= 0 { return targetBase[j * targetBaseCount + slot] }
    var sum = 0.0
    for y in Int(targetUnionOffsets[j * stride + b])..<Int(targetUnionOffsets[j * stride + b + 1]) {
      sum -= targetMiss[targetUnionKey(y) * stride + k]
    }
    return sum
  }

  /// The key at `x` of the source windows' unions, whichever width holds them.
  @inline(__always)
  private func sourceUnionKey(_ x: Int) -> Int { narrowKeys ? Int(sourceNarrowKeys[x]) : Int(sourceUnionKeys[x]) }

  /// The key at `y` of the target windows' unions, whichever width holds them.
  @inline(__always)
  private func targetUnionKey(_ y: Int) -> Int { narrowKeys ? Int(targetNarrowKeys[y]) : Int(targetUnionKeys[y]) }

  /// The costs of the source boundaries inside source sentences `i..<i+a`.
  @inline(__always)
  private func boundaryPenalty(_ i: Int, _ a: Int) -> Double {
    Self.boundaryPenalty(sourceBoundaryPrefix, i, a)
  }

  /// The costs of the target boundaries inside target sentences `j..<j+b`.
  @inline(__always)
  private func targetBoundaryPenalty(_ j: Int, _ b: Int) -> Double {
    Self.boundaryPenalty(targetBoundaryPrefix, j, b)
  }

  /// The costs, by their prefix sums, of the boundaries inside sentences `i..<i+a` of one side.
  @inline(__always)
  private static func boundaryPenalty(_ prefix: FlatBuffer<Double>?, _ i: Int, _ a: Int) -> Double {
    guard a > 1, let prefix else { return 0 }
    return prefix[i + a] - prefix[i + 1]
  }

  /// The length term.
  @inline(__always)
  func lengthCost(_ i: Int, _ a: Int, _ j: Int, _ b: Int) -> Double {
    let ls = sourcePrefix[i + a] - sourcePrefix[i]
    let lt = targetPrefix[j + b] - targetPrefix[j]
    let mean = (ls + lt) / 2
    guard mean > 0 else { return 0 }
    // A sentence without counterpart: a fraction of the cost of pairing it with nothing
    // (the length difference is its whole length), on top of its prior and unmatched anchors.
    if a == 0 || b == 0 {
      guard skipLengthWeight > 0 else { return 0 }
      let x = (ls + lt) / (2 * variance * mean).squareRoot()
      return skipLengthWeight * Self.negativeLogErfc(x)
    }
    let x = abs(lt - ls) / (2 * variance * mean).squareRoot()
    return Self.negativeLogErfc(x)
  }

  /// The squared length difference of a bead over its mean length. Under the length model it
  /// is the variance per character times a chi-square variable with one degree of freedom
  /// (`lengthCost` is the tail of the normal deviation it makes).
  func lengthDeviation(_ i: Int, _ a: Int, _ j: Int, _ b: Int) -> Double {
    let ls = sourcePrefix[i + a] - sourcePrefix[i]
    let lt = targetPrefix[j + b] - targetPrefix[j]
    let mean = (ls + lt) / 2
    guard mean > 0 else { return 0 }
    return (lt - ls) * (lt - ls) / mean
  }

  /// -log(erfc(x)) for x ≥ 0, from a table with linear interpolation below 6 (error < 1e-5)
  /// and the asymptotic expansion above.
  @inline(__always)
  static func negativeLogErfc(_ x: Double) -> Double { negativeLogErfc(x, table: erfcTable.address) }

  /// `negativeLogErfc(_:)` with `erfcTable`'s address read once by the caller (a static
  /// constant is checked for its initialisation at every read).
  @inline(__always)
  static func negativeLogErfc(_ x: Double, table: UnsafePointer<Double>) -> Double {
    if x < 6 {
      let position = x * 1000
      let index = Int(position)
      let fraction = position - Double(index)
      return table[index] + (table[index + 1] - table[index]) * fraction
    }
    return x * x + log(x * Double.pi.squareRoot())
  }

  private static let erfcTable = FlatBuffer((0...6001).map { -log(erfc(Double($0) / 1000)) })

  /// The anchor term (negative when the shared anchors outweigh the missing ones): the cost
  /// of missing every key of both sides, corrected for the keys the sides share.
  @inline(__always)
  func anchorCost(_ i: Int, _ a: Int, _ j: Int, _ b: Int) -> Double {
    var total = 0.0
    let side = stride
    var sourceLow = 0
    var sourceHigh = 0
    var targetLow = 0
    var targetHigh = 0
    if a > 0 {
      let slot = i * side + a
      total += sourceBaseCost(i, a, b)
      sourceLow = Int(sourceUnionOffsets[slot])
      sourceHigh = Int(sourceUnionOffsets[slot + 1])
    }
    if b > 0 {
      let slot = j * side + b
      total += targetBaseCost(j, b, a)
      targetLow = Int(targetUnionOffsets[slot])
      targetHigh = Int(targetUnionOffsets[slot + 1])
    }
    guard a > 0, b > 0 else { return total }
    // Sorted merge of the two sides' key sets.
    var x = sourceLow
    var y = targetLow
    while x < sourceHigh && y < targetHigh {
      let u = sourceUnionKey(x)
      let v = targetUnionKey(y)
      if u == v {
        let key = u
        total += sourceGain[key * side + b] + targetGain[key * side + a]
        x += 1
        y += 1
      } else if u < v {
        x += 1
      } else {
        y += 1
      }
    }
    return total
  }

  /// `cost(i, a, j, b)` for every j in `targets` (a > 0), into `output[j - targets.lowerBound]`:
  /// the same sums in the same order, with what each key of the source window gains written in
  /// `gains` (one entry per key, 0 on entry and left 0) instead of merged with each target
  /// window's keys (adding the 0 of a key the source window lacks changes no bit of a sum that
  /// starts at +0).
  func costs(
    _ i: Int, _ a: Int, targets: ClosedRange<Int>, _ b: Int, gains: UnsafeMutablePointer<Double>,
    into output: UnsafeMutablePointer<Double>
  ) {
    if narrowKeys {
      costs(
        i, a, targets: targets, b, gains: gains, into: output, sourceKeys: sourceNarrowKeys.address,
        targetKeys: targetNarrowKeys.address)
    } else {
      costs(
        i, a, targets: targets, b, gains: gains, into: output, sourceKeys: sourceUnionKeys.address,
        targetKeys: targetUnionKeys.address)
    }
  }

  /// `costs(_:_:targets:_:gains:into:)` with the window keys at `sourceKeys` and `targetKeys`.
  @inline(__always)
  private func costs<Key: FixedWidthInteger>(
    _ i: Int, _ a: Int, targets: ClosedRange<Int>, _ b: Int, gains: UnsafeMutablePointer<Double>,
    into output: UnsafeMutablePointer<Double>, sourceKeys: UnsafePointer<Key>, targetKeys: UnsafePointer<Key>
  ) {
    let side = stride
    let sourceSlot = i * side + a
    let sourceBaseCost = self.sourceBaseCost(i, a, b)
    let boundary = boundaryPenalty(i, a)
    guard b > 0 else {
      // Nothing depends on the target sentence: the same cost in every column.
      let length = lengthCost(i, a, targets.lowerBound, 0)
      var total = 0.0
      total += sourceBaseCost
      let value = length + total + paragraphPenalty(i, a, targets.lowerBound, 0) + boundary
      output.update(repeating: value, count: targets.count)
      return
    }
    let sourceLow = Int(sourceUnionOffsets[sourceSlot])
    let sourceHigh = Int(sourceUnionOffsets[sourceSlot + 1])
    let shapeGain = pairGain.address + (a * side + b)
    for x in sourceLow..<sourceHigh {
      let key = Int(sourceKeys[x])
      gains[key] = shapeGain[key * side * side]
    }
    // The length terms' deviations first, in a loop without branches (its square roots and
    // divisions overlap): as `lengthCost` computes them, NaN where both lengths are 0.
    let ls = sourcePrefix[i + a] - sourcePrefix[i]
    let prefix = targetPrefix.address
    var out = output
    for j in targets {
      let lt = prefix[j + b] - prefix[j]
      let mean = (ls + lt) / 2
      out.pointee = abs(lt - ls) / (2 * variance * mean).squareRoot()
      out += 1
    }
    let targetBases = targetBase.address
    // The target windows' base costs: kept (at `j * targetCount + targetSlot`) for the shapes
    // the model was made for, else summed for each window.
    let targetSlot = targetBaseSlots[(b - 1) * side + a]
    let targetCount = targetBaseCount
    let targetOffsets = targetUnionOffsets.address
    out = output
    let erfcTable = Self.erfcTable.address
    for j in targets {
      let x = out.pointee
      let length = x.isNaN ? 0 : Self.negativeLogErfc(x, table: erfcTable)
      var total = 0.0
      total += sourceBaseCost
      let slot = j &* side &+ b
      total += targetSlot >= 0 ? targetBases[j &* targetCount &+ targetSlot] : targetBaseCost(j, b, a)
      var y = Int(targetOffsets[slot])
      let end = Int(targetOffsets[slot &+ 1])
      while y < end {
        total += gains[Int(targetKeys[y])]
        y &+= 1
      }
      out.pointee = length + total + paragraphPenalty(i, a, j, b) + boundary + targetBoundaryPenalty(j, b)
      out += 1
    }
    for x in sourceLow..<sourceHigh { gains[Int(sourceKeys[x])] = 0 }
  }

  @inline(__always)
  private func paragraphPenalty(_ i: Int, _ a: Int, _ j: Int, _ b: Int) -> Double {
    guard let sourceCounts = sourceParagraphStartCounts, let targetCounts = targetParagraphStartCounts else {
      return 0
    }
    // The paragraph starts among sentences i + 1 ..< i + a, and j + 1 ..< j + b.
    var crossings = 0
    if a > 1 { crossings += Int(sourceCounts[i + a] - sourceCounts[i + 1]) }
    if b > 1 { crossings += Int(targetCounts[j + b] - targetCounts[j + 1]) }
    if a > 0, b > 0, let sourceRanks = sourceParagraphRanks, let targetRanks = targetParagraphRanks,
      sourceRanks[i] != targetRanks[j] || sourceRanks[i + a - 1] != targetRanks[j + b - 1]
    {
      return Double(crossings) * paragraphCost + paragraphMismatchCost
    }
    return Double(crossings) * paragraphCost
  }

  /// Per sentence, whether it starts a paragraph (its paragraph number differs from the one
  /// before; the first always does).
  static func paragraphStarts(_ paragraphs: [Int]) -> [Bool] {
    paragraphs.indices.map { $0 == 0 || paragraphs[$0] != paragraphs[$0 - 1] }
  }

  /// Whether the k-th paragraph of one text is, by all signs, the translation of the k-th of
  /// the other: both have as many paragraphs (more than one) of 1.5 sentences or more on
  /// average, and every boundary between two
  /// paragraphs falls, as a share of its text's length, closer to the same boundary of the
  /// other text than half the length of the two paragraphs beside it (a sentence added or left
  /// out moves it by a sentence; a paragraph merged and another split by the translator move
  /// the boundaries between them by a whole paragraph).
  /// - Complexity: O(n) in the sentences.
  static func paragraphsCorrespond(
    sourceStarts: [Bool], sourceLengths: [Int], targetStarts: [Bool], targetLengths: [Int]
  ) -> Bool {
    /// The share of the text before each paragraph start after the first, and 1 at the end.
    func boundaries(_ starts: [Bool], _ lengths: [Int]) -> [Double] {
      let total = Double(max(1, lengths.reduce(0, +)))
      var shares: [Double] = []
      var before = 0
      for (index, length) in lengths.enumerated() {
        if index > 0, starts[index] { shares.append(Double(before) / total) }
        before += length
      }
      shares.append(1)
      return shares
    }
    let source = boundaries(sourceStarts, sourceLengths)
    let target = boundaries(targetStarts, targetLengths)
    // Paragraphs of a sentence each (a text with one sentence per line) are the sentences:
    // their number stays the same whenever a translator merges two and adds one.
    guard source.count > 1, source.count == target.count,
      2 * sourceLengths.count >= 3 * source.count, 2 * targetLengths.count >= 3 * target.count
    else { return false }
    for k in 0..<(source.count - 1) {
      let before = k == 0 ? 0 : min(source[k - 1], target[k - 1])
      let around = min(source[k + 1], target[k + 1]) - before
      if abs(source[k] - target[k]) >= around / 2 { return false }
    }
    return true
  }

  /// The sorted union of two sorted lists without duplicates, into `result` (its storage reused).
  static func mergeUnique(_ x: [Int32], _ y: ArraySlice<Int32>, into result: inout [Int32]) {
    result.removeAll(keepingCapacity: true)
    result.reserveCapacity(x.count + y.count)
    var p = x.startIndex
    var q = y.startIndex
    while p < x.endIndex || q < y.endIndex {
      let next: Int32
      if q == y.endIndex || (p < x.endIndex && x[p] <= y[q]) {
        next = x[p]
        p += 1
      } else {
        next = y[q]
        q += 1
      }
      if result.last != next { result.append(next) }
    }
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
