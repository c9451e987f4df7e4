/// News datelines, which are sentences of their own.
extension BoundaryRefiner {
  /// The most words a dateline has (`دهلی نو - ایرنا:`, `تهران - واحد مرکزی خبر:`).
  static let maximumDatelineWords = 6

  /// Where the sentence after a dateline at `start` begins, or nil when none is there. A dateline
  /// is a place and a news agency set apart by a spaced dash and closed by a colon before white
  /// space (`لندن - ایرنا: …`, `London - IRNA: …`): a few words of letters, nothing else, and no
  /// lower-case word after the dash.
  /// - Complexity: O(1): it reads at most 120 units, most sentences a few words of them.
  func datelineEnd(_ s: TextScanner, from start: Int) -> Int? {
    let u = s.text
    let limit = min(u.count, start + 120)
    guard Self.containsColon(u, start..<limit) else { return nil }
    // First the units alone (most sentences have no colon and spaced dash among their first
    // words), then the letters.
    var k = start
    var tokens = 0
    var dash = false
    var previousIsSpace = true
    var tokenStart = start
    while k < limit {
      let c = u[k]
      if c.isWhitespaceUnit {
        previousIsSpace = true
      } else {
        // Names are short words: a long run without spaces (Chinese, Thai) is no dateline.
        if previousIsSpace { tokenStart = k } else if k - tokenStart > 24 { return nil }
        if c == 0x3A { break }
        if c < 0x80, c != 0x2D, (c | 0x20) < 0x61 || (c | 0x20) > 0x7A { return nil }
        if TextScanner.isDash(c), previousIsSpace { dash = true }
        if previousIsSpace {
          tokens += 1
          if tokens > Self.maximumDatelineWords + 1 { return nil }
        }
        previousIsSpace = false
      }
      k += 1
    }
    guard dash, k < limit else { return nil }
    var i = start
    var words = 0
    var dashes = 0
    var inWord = false
    while i < limit {
      let c = u[i]
      if c.isWhitespaceUnit {
        inWord = false
      } else if TextScanner.isDash(c) {
        // A dash alone between two words, once.
        guard !inWord, i + 1 < limit, u[i + 1].isWhitespaceUnit, words > 0 else { return nil }
        dashes += 1
        // In a cased script the agency is a name (`Canção - tema:` is no dateline).
        guard dashes == 1, !s.isLowercase(at: s.skippingWhitespace(from: i + 1)) else { return nil }
      } else if c == 0x3A {
        guard inWord, dashes == 1, i + 1 < u.count, u[i + 1].isWhitespaceUnit else { return nil }
        let next = s.skippingWhitespace(from: i + 1)
        return next < u.count ? next : nil
      } else if s.isLetter(at: i) || c == 0x200C {
        if !inWord {
          words += 1
          guard words <= Self.maximumDatelineWords else { return nil }
        }
        inWord = true
      } else {
        return nil
      }
      i += 1
    }
    return nil
  }

  /// Whether `range` of `u` holds a colon, which every dateline ends with: a test four units at
  /// a time that rules out most sentences faster than reading their words.
  private static func containsColon(_ u: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
    var i = range.lowerBound
    let lanes: UInt64 = 0x0001_0001_0001_0001
    let top: UInt64 = 0x8000_8000_8000_8000
    while i + 4 <= range.upperBound {
      // A lane of `w` is a colon when that lane of `x` is zero; the test for a zero lane has no
      // false positive in a word without one.
      let x = UnsafeRawPointer(u.baseAddress! + i).loadUnaligned(as: UInt64.self) ^ (0x3A &* lanes)
      if (x &- lanes) & ~x & top != 0 { return true }
      i += 4
    }
    while i < range.upperBound {
      if u[i] == 0x3A { return true }
      i += 1
    }
    return false
  }
}
