import Testing

@testable import HexaplaKit

/// `MultiAligner.separateAdditions`: a sentence only one edition has, glued to its neighbour's
/// link, becomes a unit of its own when length alone says which part translates the pivot.
@Suite("Additions glued to a neighbour")
struct AdditionSeparationTests {
  /// Links of the other edition as `pivot:other` (`[0]:[0, 1]`) after separation, for one
  /// link of pivot sentence 0 with the other edition's first sentences (lengths `other`),
  /// followed by twelve 1-1 links of 100 letters a side (which set the length ratio near 1),
  /// `splits` of them 1-2 links instead (50 + 50 letters).
  static func separated(pivot: Int, other: [Int], score: Double, splits: Int = 0) -> [String] {
    var links: [PivotLink] = [PivotLink(pivot: 0..<1, other: 0..<other.count, score: score)]
    var pivotLengths = [pivot]
    var otherLengths = other
    for k in 1...12 {
      let start = otherLengths.count
      let pieces = k <= splits ? [50, 50] : [100]
      links.append(PivotLink(pivot: k..<(k + 1), other: start..<(start + pieces.count), score: 0.99))
      pivotLengths.append(100)
      otherLengths += pieces
    }
    var all: [[PivotLink]] = [[], links]
    MultiAligner.separateAdditions(links: &all, lengths: [pivotLengths, otherLengths], pivot: 0)
    return all[1].prefix { $0.pivot != 1..<2 }.map { "\(Array($0.pivot)):\(Array($0.other))" }
  }

  @Test(
    "which links come out",
    arguments: [
      // An added sentence after the translation: a unit of its own.
      (40, [41, 30], 0.6, ["[0]:[0]", "[]:[1]"]),
      // Before it.
      (40, [30, 39], 0.6, ["[]:[0]", "[0]:[1]"]),
      // A translator's split of one sentence in two: the whole fits, kept.
      (80, [41, 39], 0.6, ["[0]:[0, 1]"]),
      // Either part could be the translation: kept together.
      (40, [38, 42], 0.6, ["[0]:[0, 1]"]),
      // A confident link is the aligner's to keep.
      (40, [41, 30], 0.9, ["[0]:[0, 1]"]),
    ])
  func links(pivot: Int, other: [Int], score: Double, expected: [String]) {
    #expect(Self.separated(pivot: pivot, other: other, score: score) == expected)
  }

  @Test("an edition that splits sentences often (more than one link in ten) keeps its links")
  func freeTranslation() {
    // 1 of 13 links pairs several sentences: looked at; 2 of 13: the translator's habit.
    #expect(Self.separated(pivot: 40, other: [41, 30], score: 0.6, splits: 0) == ["[0]:[0]", "[]:[1]"])
    #expect(Self.separated(pivot: 40, other: [41, 30], score: 0.6, splits: 1) == ["[0]:[0, 1]"])
  }

  @Test(
    "names and numbers a translation keeps as written",
    arguments: [
      ("LUISS 대학의 학생들은 2015년 로마에 갔다.", ["luiss", "2015"]),
      // In Latin script only numbers: every word is Latin.
      ("Les étudiants de LUISS sont allés à Rome en 2015.", ["2015"]),
      ("종양 DNA 분석 3곳", ["dna"]),
    ] as [(String, [String])])
  func tokens(text: String, expected: [String]) {
    #expect(MultiAligner.foreignTokens(text) == expected)
  }

  @Test(
    "a sentence at one end with names or numbers the pivot lacks is taken off, even from a confident link",
    arguments: [
      // The added sentence names what the pivot does not: off.
      (["오스만은 곡물 수출을 막고자 했다.", "LUISS 대학의 학생들은 회의에 참석했다."], ["[0]:[0]", "[]:[1]"]),
      (["LUISS 대학의 학생들은 회의에 참석했다.", "오스만은 곡물 수출을 막고자 했다."], ["[]:[0]", "[0]:[1]"]),
      // The pivot has the name: a translator's split, kept.
      (["오스만은 곡물 수출을 막고자 했다.", "Ottoman 제국이었다."], ["[0]:[0, 1]"]),
      // Both ends hold unknown names: no telling which, kept.
      (["IBM 곡물 수출을 막고자 했다.", "LUISS 대학의 학생들은 회의에 참석했다."], ["[0]:[0, 1]"]),
    ] as [([String], [String])])
  func unexplainedEnd(other: [String], expected: [String]) {
    let pivotText = "The Ottomans wanted to stop the grain from being shipped away."
    var links: [PivotLink] = [PivotLink(pivot: 0..<1, other: 0..<2, score: 0.95)]
    var pivotTexts = [pivotText]
    var otherTexts = other
    for k in 1...12 {
      links.append(PivotLink(pivot: k..<(k + 1), other: (k + 1)..<(k + 2), score: 0.99))
      pivotTexts.append("Pivot sentence number \(k) of the article.")
      otherTexts.append("기사의 피벗 문장 \(k)번입니다.")
    }
    let texts = [pivotTexts, otherTexts]
    let lengths = texts.map { $0.map(MultiAligner.letterCount) }
    var all: [[PivotLink]] = [[], links]
    MultiAligner.separateAdditions(links: &all, lengths: lengths, pivot: 0, texts: texts)
    #expect(all[1].prefix { $0.pivot != 1..<2 }.map { "\(Array($0.pivot)):\(Array($0.other))" } == expected)
  }
}
