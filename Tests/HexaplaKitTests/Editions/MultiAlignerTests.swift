import Testing

@testable import HexaplaKit

@Suite("Aligning several editions")
struct MultiAlignerTests {
  /// A pairwise aligner for tests: pairs sentences in order, one to one; the longer side's
  /// surplus is unpaired at the end.
  static let inOrder: MultiAligner.PairwiseAlign = { pivot, _, other, _, _ in
    (0..<max(pivot.count, other.count)).map { k in
      PivotLink(
        pivot: k < pivot.count ? k..<k + 1 : pivot.count..<pivot.count,
        other: k < other.count ? k..<k + 1 : other.count..<other.count, score: 0.8,
        anchors: [])
    }
  }

  func edition(_ text: String, _ tag: String, unpaired: [Int] = []) throws -> Edition {
    let boilerplate = unpaired.map { Edition.BoilerplateLine(text: "", kind: .interfaceText, paragraph: $0) }
    return Edition(
      document: Document(text: text, language: try LanguageTag(tag), source: "a.\(tag).txt"),
      boilerplate: boilerplate)
  }

  func rows(_ result: MultiAligner.Result) -> [String] {
    result.units.map { unit in unit.beadType + " " + unit.variants.map(\.text).joined(separator: " | ") }
  }

  @Test("three editions, each a variant per unit, in edition order, with the pivot chosen by language")
  func three() throws {
    let editions = [
      try edition("Un. Deux.\n", "fr"), try edition("One. Two.\n", "en"), try edition("一。二。\n", "zh"),
    ]
    let result = try MultiAligner(pivotLanguage: try LanguageTag("en"), pairwise: Self.inOrder)
      .align(editions, document: "a")
    #expect(rows(result) == ["1-1-1 Un. | One. | 一。", "1-1-1 Deux. | Two. | 二。"])
    #expect(result.units.allSatisfy { $0.document == "a" })
    #expect(result.units[1].variants[2].sentenceIndices == [1])
  }

  @Test("a Thai edition is re-cut with the pivot as guide, boilerplate kept in place", arguments: [true, false])
  func thaiRecut(recuts: Bool) throws {
    let editions = [
      try edition(GuidedSegmenterTests.english + "\n", "en"),
      try edition("เมนู\n" + GuidedSegmenterTests.thai + "\n", "th", unpaired: [0]),
    ]
    var aligner = MultiAligner(aligner: Aligner(), pivotLanguage: try LanguageTag("en"))
    aligner.recutsWithPivot = recuts
    let result = try aligner.align(editions)
    let thai = result.units.map { $0.variants[1].sentences.count }
    if recuts {
      #expect(result.units.map(\.beadType) == ["0-1"] + Array(repeating: "1-1", count: 5))
      #expect(thai == [1, 1, 1, 1, 1, 1])
      #expect(result.sentences[1].map(\.paragraph) == [0, 1, 1, 1, 1, 1])
    } else {
      // Without the re-cut, the Thai sentences the segmenter joined or split pair 1-2 and 2-1.
      #expect(result.units.map(\.beadType) == ["0-1", "1-1", "1-1", "1-2", "2-1"])
    }
    #expect(result.units[0].variants[1].text == "เมนู")
  }

  @Test(
    "an edition is re-cut after a full stop its segmenter guessed wrong, with the pivot as guide",
    arguments: [true, false])
  func abbreviationRecut(recuts: Bool) throws {
    let editions = [
      try edition(GuidedSegmenterTests.englishOfRussian + "\n", "en"),
      try edition(GuidedSegmenterTests.russian + "\n", "ru"),
    ]
    var aligner = MultiAligner(aligner: Aligner(), pivotLanguage: try LanguageTag("en"))
    aligner.recutsWithPivot = recuts
    let result = try aligner.align(editions)
    #expect(result.units.map(\.beadType) == (recuts ? ["1-1", "1-1", "1-1"] : ["2-1", "1-1"]))
  }

  @Test("kept boilerplate becomes units of its own after the sentence before it")
  func boilerplate() throws {
    let editions = [
      try edition("Menu\nOne. Two.\nShare\n", "en", unpaired: [0, 2]),
      try edition("Un.\nPartager\nDeux.\n", "fr", unpaired: [1]),
    ]
    let result = try MultiAligner(pairwise: Self.inOrder).align(editions)
    #expect(
      rows(result) == [
        "1-0 Menu | ", "1-1 One. | Un.", "0-1  | Partager", "1-1 Two. | Deux.", "1-0 Share | ",
      ])
  }

  @Test("an unknown pivot language is an error listing the editions")
  func unknownPivot() throws {
    let editions = [try edition("One.\n", "en"), try edition("Un.\n", "fr")]
    #expect(
      throws: HexaplaError.inconsistentInput(message: "pivot language 'de' is not among the editions (en, fr)")
    ) {
      _ = try MultiAligner(pivotLanguage: try LanguageTag("de"), pairwise: Self.inOrder).align(editions)
    }
  }
}

@Suite("Aligning several editions: under-segmentation")
struct MultiAlignerSplitTests {
  @Test("one edition's 2-1 is split when the other editions keep the pivot sentences apart")
  func splitsMinority() throws {
    // A pairwise aligner that pairs by sentence count: 1-1 when counts match, else all-in-one.
    let byCount: MultiAligner.PairwiseAlign = { pivot, _, other, _, _ in
      if pivot.count == other.count {
        return pivot.indices.map { PivotLink(pivot: $0..<$0 + 1, other: $0..<$0 + 1, score: 0.9) }
      }
      return [PivotLink(pivot: 0..<pivot.count, other: 0..<other.count, score: 0.6)]
    }
    let editions = try [
      ("The storm hit the coast on Monday. Thousands of people left their homes.", "en"),
      ("La tempête a frappé la côte lundi. Des milliers de personnes ont quitté leur maison.", "fr"),
      ("Der Sturm traf am Montag die Küste. Tausende Menschen verließen ihre Häuser.", "de"),
      ("Il temporale ha colpito la costa lunedì Migliaia di persone hanno lasciato le case.", "it"),
    ].map { text, tag in
      Edition(document: Document(text: text + "\n", language: try LanguageTag(tag), source: "a.\(tag).txt"))
    }
    let result = try MultiAligner(pairwise: byCount).align(editions)
    #expect(result.units.map(\.beadType) == ["1-1-1-1", "1-1-1-1"])
    #expect(
      result.units.map { $0.variants[3].text } == [
        "Il temporale ha colpito la costa lunedì", "Migliaia di persone hanno lasciato le case.",
      ])
    #expect(result.sentences[3].count == 2)

    var unsplit = MultiAligner(pairwise: byCount)
    unsplit.splitsUndersegmented = false
    #expect(try unsplit.align(editions).units.map(\.beadType) == ["2-2-2-1"])
  }
}

@Suite("Aligning several editions: consensus of the other editions")
struct MultiAlignerConsensusTests {
  static func links(_ groups: [Int]) -> [PivotLink] {
    // groups: pivot sentences per link, each paired with one sentence of the edition.
    var start = 0
    return groups.enumerated().map { k, size in
      defer { start += size }
      return PivotLink(pivot: start..<(start + size), other: k..<(k + 1), score: 0.9)
    }
  }

  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let editions: [[Int]]  // per non-pivot edition: pivot sentences per link
    let expected: [String]  // per non-pivot edition: its boundary costs, or "-" when not realigned
    var testDescription: String { name }
  }

  @Test(
    "a join costs 1.5 nats per edition keeping the sentences apart beyond those joining them, at most 6",
    arguments: [
      Case(name: "one of three joins", editions: [[2, 1], [1, 1, 1], [1, 1, 1]], expected: ["0 3 3", "-", "-"]),
      Case(name: "two of three join", editions: [[2, 1], [2, 1], [1, 1, 1]], expected: ["-", "-", "-"]),
      Case(
        name: "one of six joins", editions: [[2, 1]] + Array(repeating: [1, 1, 1], count: 5),
        expected: ["0 6 6", "-", "-", "-", "-", "-"]),
      Case(name: "nobody joins", editions: [[1, 1, 1], [1, 1, 1]], expected: ["-", "-"]),
    ])
  func costs(_ test: Case) {
    let links = [[]] + test.editions.map(Self.links)
    let costs = MultiAligner.consensusBoundaryCosts(links, pivot: 0, pivotCount: 3)
    #expect(costs[0] == nil)
    let shown = costs.dropFirst().map { costs in
      costs.map { $0.map { String(format: "%g", $0) }.joined(separator: " ") } ?? "-"
    }
    #expect(shown == test.expected)
  }

  @Test("an edition that leaves out a short sentence gets a 1-0 unit, not a join, when the others keep it")
  // Without the others' evidence the Spanish 2-1 would merge the first two units in every language.
  func omissionAgainstConsensus() throws {
    let texts = [
      (
        "en",
        "The council met on Monday to discuss the new budget for the city schools. Not everyone agreed. The mayor said the plan would be voted on next month after a public hearing."
      ),
      (
        "fr",
        "Le conseil s'est réuni lundi pour discuter du nouveau budget des écoles de la ville. Tout le monde n'était pas d'accord. Le maire a dit que le plan serait voté le mois prochain après une audience publique."
      ),
      (
        "de",
        "Der Rat trat am Montag zusammen, um über den neuen Haushalt der städtischen Schulen zu beraten. Nicht alle waren einverstanden. Der Bürgermeister sagte, über den Plan werde nächsten Monat nach einer öffentlichen Anhörung abgestimmt."
      ),
      (
        "it",
        "Il consiglio si è riunito lunedì per discutere il nuovo bilancio delle scuole della città. Non tutti erano d'accordo. Il sindaco ha detto che il piano sarà votato il mese prossimo dopo un'audizione pubblica."
      ),
      (
        "pt",
        "O conselho reuniu-se na segunda-feira para discutir o novo orçamento das escolas da cidade. Nem todos concordaram. O prefeito disse que o plano será votado no próximo mês, após uma audiência pública."
      ),
      (
        "es",
        "El consejo se reunió el lunes para discutir el nuevo presupuesto de las escuelas de la ciudad. El alcalde dijo que el plan se votaría el próximo mes tras una audiencia pública."
      ),
    ]
    let editions = try texts.map { tag, text in
      Edition(document: Document(text: text + "\n", language: try LanguageTag(tag), source: "a.\(tag).txt"))
    }
    let result = try MultiAligner(aligner: Aligner(), pivotLanguage: try LanguageTag("en")).align(editions)
    #expect(result.units.map(\.beadType) == ["1-1-1-1-1-1", "1-1-1-1-1-0", "1-1-1-1-1-1"])
    var alone = MultiAligner(aligner: Aligner(), pivotLanguage: try LanguageTag("en"))
    alone.realignsWithConsensus = false
    alone.separatesOmissions = false
    #expect(try alone.align(editions).units.map(\.beadType) == ["2-2-2-2-2-1", "1-1-1-1-1-1"])
  }
}
