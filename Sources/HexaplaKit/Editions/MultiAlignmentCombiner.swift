/// Combines pairwise alignments of every edition with a pivot edition into consistent
/// N-language units: each sentence of each edition lands in exactly one unit.
///
/// Units are the connected components of a union-find over sentences: a link joins its pivot
/// sentences and its other-edition sentences. Where two pairwise alignments group the pivot
/// differently (edition A pairs pivot sentences 3 and 4 with one sentence, edition B pairs them
/// separately), the components merge the groups into one larger unit instead of contradicting
/// each other. An unpaired sentence of an edition that falls inside a merged unit joins it, so
/// every unit holds a contiguous run of sentences in every edition.
public struct MultiAlignmentCombiner: Sendable {
  /// The index of the pivot among the editions.
  public var pivot: Int
  /// The number of sentences of each edition, in edition order.
  public var sentenceCounts: [Int]

  public init(pivot: Int, sentenceCounts: [Int]) {
    self.pivot = pivot
    self.sentenceCounts = sentenceCounts
  }

  /// One combined unit: the sentence indices of every edition (edition order), its score
  /// (the lowest score of the links it joins) and their anchors.
  public struct Group: Hashable, Sendable {
    public var sentences: [Range<Int>]
    public var score: Double
    public var anchors: [String]

    /// Sentence counts per edition joined by `-` (`1-1-2`).
    public var beadType: String { sentences.map { String($0.count) }.joined(separator: "-") }
  }

  /// Combines `links[e]`, the alignment of edition `e` with the pivot (ignored for the pivot
  /// itself), into groups in document order.
  /// - Precondition: each edition's links cover its sentences and the pivot's once, in order.
  /// - Complexity: O(n α(n)) in the total number of sentences, plus sorting the groups.
  public func combine(_ links: [[PivotLink]]) -> [Group] {
    let editions = sentenceCounts.count
    var offsets: [Int] = []
    var total = 0
    for count in sentenceCounts {
      offsets.append(total)
      total += count
    }
    var sets = UnionFind(count: total)
    let node = { (edition: Int, sentence: Int) in offsets[edition] + sentence }

    for edition in 0..<editions where edition != pivot {
      for link in links[edition] {
        let members = link.pivot.map { node(pivot, $0) } + link.other.map { node(edition, $0) }
        for member in members.dropFirst() { sets.union(members[0], member) }
      }
    }
    // An unpaired run of an edition between two links of the same group joins it.
    for edition in 0..<editions where edition != pivot {
      let list = links[edition]
      var previousPivot: Int?
      for (k, link) in list.enumerated() {
        if let last = link.pivot.last {
          previousPivot = last
          continue
        }
        guard let before = previousPivot,
          let after = list[(k + 1)...].first(where: { !$0.pivot.isEmpty })?.pivot.first,
          sets.find(node(pivot, before)) == sets.find(node(pivot, after))
        else { continue }
        for sentence in link.other { sets.union(node(pivot, before), node(edition, sentence)) }
      }
    }

    // Gather the components with their members, scores and anchors.
    var groupOfRoot: [Int: Int] = [:]
    var members: [[[Int]]] = []
    var keys: [(Int, Int, Int, Int)] = []
    var scores: [Double] = []
    var anchors: [[String]] = []
    func group(for root: Int) -> Int {
      if let index = groupOfRoot[root] { return index }
      groupOfRoot[root] = members.count
      members.append(Array(repeating: [], count: editions))
      keys.append((Int.max, Int.max, Int.max, Int.max))
      scores.append(1)
      anchors.append([])
      return members.count - 1
    }
    for edition in 0..<editions {
      for sentence in 0..<sentenceCounts[edition] {
        let index = group(for: sets.find(node(edition, sentence)))
        members[index][edition].append(sentence)
      }
    }
    for edition in 0..<editions where edition != pivot {
      for link in links[edition] {
        guard let first = link.pivot.first.map({ node(pivot, $0) }) ?? link.other.first.map({ node(edition, $0) })
        else { continue }
        let index = group(for: sets.find(first))
        scores[index] = min(scores[index], link.score)
        for anchor in link.anchors where !anchors[index].contains(anchor) { anchors[index].append(anchor) }
        // Order: a group with pivot sentences sits at its first pivot sentence; a group of
        // unpaired sentences sits just before the pivot sentence it falls in front of.
        let key =
          link.pivot.isEmpty
          ? (link.pivot.lowerBound, 0, edition, link.other.lowerBound)
          : (link.pivot.lowerBound, 1, 0, 0)
        if key < keys[index] { keys[index] = key }
      }
    }
    // Pivot sentences no link mentions (when there are no other editions).
    for index in members.indices where keys[index].0 == Int.max {
      if let first = members[index][pivot].first { keys[index] = (first, 1, 0, 0) }
    }
    let order = members.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
    return order.map { index in
      Group(
        sentences: members[index].map { list in
          guard let first = list.first, let last = list.last else { return 0..<0 }
          return first..<(last + 1)
        }, score: scores[index], anchors: anchors[index])
    }
  }
}

/// Disjoint sets over 0..<count with path halving and union by size.
struct UnionFind {
  private var parent: [Int]
  private var size: [Int]

  init(count: Int) {
    parent = Array(0..<count)
    size = Array(repeating: 1, count: count)
  }

  mutating func find(_ x: Int) -> Int {
    var x = x
    while parent[x] != x {
      parent[x] = parent[parent[x]]
      x = parent[x]
    }
    return x
  }

  mutating func union(_ a: Int, _ b: Int) {
    var ra = find(a)
    var rb = find(b)
    guard ra != rb else { return }
    if size[ra] < size[rb] { swap(&ra, &rb) }
    parent[rb] = ra
    size[ra] += size[rb]
  }
}
