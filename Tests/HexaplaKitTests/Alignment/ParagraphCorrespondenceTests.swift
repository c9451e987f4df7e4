import Foundation
import TestResources
import Testing

@testable import HexaplaKit

/// When two texts' paragraphs correspond, pairing sentences of different paragraphs costs
/// `paragraphMismatchCost`; when they do not (another number of paragraphs, or boundaries a
/// paragraph apart), nothing changes.
@Suite("Paragraph correspondence")
struct ParagraphCorrespondenceTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let source: [Int]  // sentence lengths, paragraphs separated by 0
    let target: [Int]
    let corresponds: Bool
    var testDescription: String { name }

    /// Lengths and paragraph starts from the `0`-separated list.
    static func split(_ layout: [Int]) -> (lengths: [Int], starts: [Bool]) {
      var lengths: [Int] = []
      var starts: [Bool] = []
      var newParagraph = true
      for value in layout {
        if value == 0 {
          newParagraph = true
          continue
        }
        lengths.append(value)
        starts.append(newParagraph || starts.isEmpty)
        newParagraph = false
      }
      return (lengths, starts)
    }
  }

  static let cases: [Case] = [
    Case(
      name: "same layout", source: [50, 60, 0, 40, 35, 0, 70, 30], target: [55, 58, 0, 45, 30, 0, 66, 35],
      corresponds: true),
    Case(
      name: "a sentence added at a paragraph's start", source: [50, 60, 0, 40, 35, 0, 70, 30],
      target: [50, 60, 0, 30, 40, 35, 0, 70, 30], corresponds: true),
    Case(
      name: "one sentence per paragraph: a merge and an addition keep the count",
      source: [50, 0, 60, 0, 40, 0, 70], target: [50, 0, 100, 0, 30, 0, 70], corresponds: false),
    Case(name: "one paragraph", source: [50, 60], target: [50, 60], corresponds: false),
    Case(
      name: "another number of paragraphs", source: [50, 30, 0, 60, 20, 0, 40, 30],
      target: [50, 30, 60, 20, 0, 40, 30],
      corresponds: false),
    Case(
      name: "merged here, split there: boundaries a paragraph apart",
      source: [50, 50, 0, 50, 50, 0, 50, 50, 50, 50, 0, 50, 50],
      target: [50, 50, 50, 50, 0, 50, 50, 0, 50, 50, 0, 50, 50], corresponds: false),
  ]

  @Test("which layouts correspond", arguments: cases)
  func corresponds(_ testCase: Case) {
    let source = Case.split(testCase.source)
    let target = Case.split(testCase.target)
    #expect(
      BeadCostModel.paragraphsCorrespond(
        sourceStarts: source.starts, sourceLengths: source.lengths, targetStarts: target.starts,
        targetLengths: target.lengths) == testCase.corresponds)
  }

  /// A model over two two-sentence paragraphs a side, with paragraphs 0 0 1 1.
  static func model(mismatchCost: Double, targetParagraphs: [Int] = [0, 0, 1, 1]) -> BeadCostModel {
    BeadCostModel(
      sourceLengths: [40, 40, 40, 40], targetLengths: [40, 40, 40, 40],
      source: SentenceKeyTable([[], [], [], []]), target: SentenceKeyTable([[], [], [], []]),
      reliabilities: [], maxSide: 2, variance: 6.8, sourceParagraphs: [0, 0, 1, 1],
      targetParagraphs: targetParagraphs, paragraphCost: 2, paragraphMismatchCost: mismatchCost)
  }

  @Test("a pairing across corresponding paragraphs pays the mismatch cost")
  func mismatchCost() {
    let model = Self.model(mismatchCost: 6.9)
    let free = Self.model(mismatchCost: 0)
    // Source sentence 1 (paragraph 0) with target sentence 2 (paragraph 1).
    #expect(abs(model.cost(1, 1, 2, 1) - free.cost(1, 1, 2, 1) - 6.9) < 1e-9)
    // Within a paragraph, and for sentences left unpaired, nothing changes.
    #expect(model.cost(1, 1, 1, 1) == free.cost(1, 1, 1, 1))
    #expect(model.cost(1, 1, 2, 0) == free.cost(1, 1, 2, 0))
    // Paragraphs that do not correspond (three on the target side) cost nothing extra.
    let other = Self.model(mismatchCost: 6.9, targetParagraphs: [0, 1, 1, 2])
    let otherFree = Self.model(mismatchCost: 0, targetParagraphs: [0, 1, 1, 2])
    #expect(other.cost(1, 1, 2, 1) == otherFree.cost(1, 1, 2, 1))
  }

  /// Paragraph numbers of a `0`-separated layout.
  static func paragraphs(_ layout: [Int]) -> [Int] {
    var numbers: [Int] = []
    var paragraph = 0
    for value in layout {
      if value == 0 {
        paragraph += 1
      } else {
        numbers.append(paragraph)
      }
    }
    return numbers
  }

  @Test(
    "one paragraph more on one side: the joins of two neighbours that make the paragraphs correspond",
    arguments: [
      // A one-sentence paragraph (the second) left out of the target: joined to the first or
      // to the third, both correspond; so does the third joined to the fourth (the boundary
      // test allows a sentence's shift), which the searches then weigh.
      (
        [50, 60, 0, 45, 0, 40, 35, 0, 70, 30], [55, 58, 0, 45, 30, 0, 66, 35],
        ["0 0 0 1 1 2 2 | 0 0 1 1 2 2", "0 0 1 1 1 2 2 | 0 0 1 1 2 2", "0 0 1 2 2 2 2 | 0 0 1 1 2 2"]
      ),
      // The same on the other side.
      (
        [55, 58, 0, 45, 30, 0, 66, 35], [50, 60, 0, 45, 0, 40, 35, 0, 70, 30],
        ["0 0 1 1 2 2 | 0 0 0 1 1 2 2", "0 0 1 1 2 2 | 0 0 1 1 1 2 2", "0 0 1 1 2 2 | 0 0 1 2 2 2 2"]
      ),
      // As many paragraphs: nothing to join.
      ([50, 60, 0, 40, 35], [55, 58, 0, 45, 30], []),
      // Two more: not tried.
      ([50, 0, 60, 0, 40, 0, 35, 40], [55, 58, 40, 0, 45, 30], []),
    ] as [([Int], [Int], [String])])
  func joins(source: [Int], target: [Int], expected: [String]) {
    let lengths = (Case.split(source).lengths, Case.split(target).lengths)
    let joins =
      Aligner.paragraphJoins(
        source: Self.paragraphs(source), target: Self.paragraphs(target), sourceLengths: lengths.0,
        targetLengths: lengths.1) ?? []
    // Each candidate as its paragraph ranks, source | target.
    func ranks(_ paragraphs: [Int]?) -> String {
      var rank = -1
      return (paragraphs ?? []).indices.map { i in
        if i == 0 || paragraphs![i] != paragraphs![i - 1] { rank += 1 }
        return String(rank)
      }.joined(separator: " ")
    }
    #expect(joins.map { "\(ranks($0.source)) | \(ranks($0.target))" } == expected)
  }

  /// A sentence of `words` words of the given letters, different for every seed (no words in
  /// common with another text: lengths are the only evidence).
  static func sentence(seed: Int, words: Int, letters: [Character]) -> String {
    var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1
    let text = (0..<words).map { _ in
      String(
        (0..<5).map { _ in
          state ^= state << 13
          state ^= state >> 7
          state ^= state << 17
          return letters[Int(state % UInt64(letters.count))]
        })
    }.joined(separator: " ")
    return text.prefix(1).uppercased() + text.dropFirst() + "."
  }

  @Test("a paragraph left out of one edition: the paragraphs after it keep their counterparts")
  func leftOut() throws {
    // Source paragraphs of 2, 1, 2, 2, 2 sentences of like length; the target leaves out the
    // one-sentence paragraph and adds a sentence of its own in the last paragraph. By length
    // alone, a path that pairs every target sentence with the next source sentence costs no
    // sentence without counterpart until the addition.
    let latin = Array("abcdefghijklmnopqrstuvwxyz")
    let cyrillic = Array("абвгдежзиклмнопрстуфхцчшщыэюя")
    let layout = [0, 0, 1, 2, 2, 3, 3, 4, 4]
    // Lengths vary as sentences do: 6 to 16 words.
    let words = layout.indices.map { 6 + $0 * 7 % 11 }
    let source = layout.indices.map { Self.sentence(seed: $0, words: words[$0], letters: latin) }
    // Target: every source sentence but the third (index 2), and an addition before the last.
    var target: [String] = []
    var targetParagraphs: [Int] = []
    for (i, paragraph) in layout.enumerated() where i != 2 {
      if i == 8 {
        target.append(Self.sentence(seed: 100, words: 12, letters: cyrillic))
        targetParagraphs.append(paragraph - 1)
      }
      target.append(Self.sentence(seed: 50 + i, words: words[i], letters: cyrillic))
      targetParagraphs.append(paragraph > 1 ? paragraph - 1 : paragraph)
    }
    let alignment = try Aligner().align(
      source: source, sourceLanguage: LanguageTag("en"), target: target, targetLanguage: LanguageTag("ru"),
      sourceParagraphs: layout, targetParagraphs: targetParagraphs)
    // The middle paragraphs' sentences (source 3 to 6) each with its translation (target 2
    // to 5), however the paragraph left out and the addition are taken.
    for k in 3...6 {
      let bead = try #require(alignment.beads.first { $0.source.contains(k) })
      #expect(bead.target.contains(k - 1), "source \(k): \(bead.source) - \(bead.target)")
    }
  }

  /// Three paragraphs of a real edition pair (Tests/TestResources/Resources/divergent): the
  /// Arabic adds a sentence of its own before the first paragraph's two and leaves out the
  /// second paragraph's last of four (and merges two sentences of the third). Pairing each English sentence with the Arabic before its
  /// translation leaves nothing unpaired, at one pairing across the paragraph boundary.
  @Test("a sentence added to one paragraph and one left out of the next: no shift across the boundary")
  func additionThenOmission() throws {
    let directory = TestResources.directory.appendingPathComponent("divergent")
    func sentences(_ language: String) throws -> [Sentence] {
      let text = try String(contentsOf: directory.appendingPathComponent("shift.\(language).txt"), encoding: .utf8)
      return try Segmenter(language: LanguageTag(language)).segment(text)
    }
    let english = try sentences("en")
    let arabic = try sentences("ar")
    #expect(english.map(\.paragraph) == [0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2])
    #expect(arabic.map(\.paragraph) == [0, 0, 0, 1, 1, 1, 2, 2, 2, 2])
    /// Each bead as source-target sentence numbers ("-" for none).
    func beads(_ options: AlignerOptions) throws -> [String] {
      try Aligner(options: options).align(
        source: english, sourceLanguage: LanguageTag("en"), target: arabic, targetLanguage: LanguageTag("ar")
      ).beads.map { bead in
        func side(_ range: Range<Int>) -> String { range.isEmpty ? "-" : range.map(String.init).joined(separator: "+") }
        return "\(side(bead.source))-\(side(bead.target))"
      }
    }
    #expect(
      try beads(AlignerOptions()) == ["--0", "0-1", "1-2", "2-3", "3-4", "4-5", "5--", "6-6", "7-7", "8-8", "9+10-9"])
    // At 1 in 1,000 (6.9 nats) the shift was cheaper.
    var lenient = AlignerOptions()
    lenient.paragraphMismatchCost = 6.9
    #expect(try beads(lenient) == ["0-0", "1-1", "2-2", "3-3", "4-4", "5-5", "6-6", "7-7", "8-8", "9+10-9"])
  }

  @Test("the default is in use")
  func defaultCost() {
    #expect(AlignerOptions().paragraphMismatchCost > AlignerOptions().skipCost)
  }
}
