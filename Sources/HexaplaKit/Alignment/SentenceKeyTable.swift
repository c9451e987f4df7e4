/// The anchor keys of each sentence of one side, interned to integers: sorted and unique per
/// sentence, stored flat so the search reads them without allocating.
struct SentenceKeyTable: Sendable {
  /// `offsets[i]..<offsets[i + 1]` indexes the keys of sentence `i`.
  var offsets: [Int32]
  /// The keys of all sentences, one after the other.
  var keys: [Int32]

  /// A table from per-sentence key lists (sorted and deduplicated here).
  init(_ lists: [[Int32]]) {
    offsets = [0]
    offsets.reserveCapacity(lists.count + 1)
    keys = []
    for list in lists { append(list) }
  }

  /// Adds a sentence's keys (sorted and deduplicated here).
  mutating func append(_ list: [Int32]) {
    // Sorted and deduplicated in place at the end of `keys` (no copy of the list).
    let start = keys.count
    keys.append(contentsOf: list)
    keys[start...].sort()
    var previous: Int32 = -1
    var end = start
    for index in start..<keys.count where keys[index] != previous {
      previous = keys[index]
      keys[end] = previous
      end += 1
    }
    keys.removeSubrange(end...)
    offsets.append(Int32(keys.count))
  }

  /// The number of sentences.
  var count: Int { offsets.count - 1 }

  /// The keys of sentence `i`.
  func keys(of i: Int) -> ArraySlice<Int32> { keys[Int(offsets[i])..<Int(offsets[i + 1])] }

  /// Whether sentence `i` holds `key` (binary search).
  @inline(__always)
  func contains(_ key: Int32, in i: Int) -> Bool {
    var low = Int(offsets[i])
    var high = Int(offsets[i + 1])
    while low < high {
      let mid = (low + high) >> 1
      let k = keys[mid]
      if k == key { return true }
      if k < key { low = mid + 1 } else { high = mid }
    }
    return false
  }

  /// The number of sentences holding each key (`keyCount` keys).
  func documentFrequencies(keyCount: Int) -> [Int32] {
    var df = [Int32](repeating: 0, count: keyCount)
    for key in keys { df[Int(key)] += 1 }
    return df
  }

  /// The same table with keys renumbered by `map` (keys mapped to -1 are dropped).
  func remapped(_ map: [Int32]) -> SentenceKeyTable {
    // A sentence at a time (no list per sentence held for all of them).
    var result = SentenceKeyTable([])
    result.offsets.reserveCapacity(count + 1)
    var list: [Int32] = []
    for i in 0..<count {
      list.removeAll(keepingCapacity: true)
      for key in keys(of: i) where map[Int(key)] >= 0 { list.append(map[Int(key)]) }
      result.append(list)
    }
    return result
  }
}
