import Testing

@testable import HexaplaKit

@Suite("Side-by-side terminal view")
struct SideBySideRendererTests {
  static let units: [InspectedUnit] = [
    InspectedUnit(
      number: 1,
      variants: [.init(language: "en", text: "The cat sat on the mat."), .init(language: "zh", text: "猫坐在垫子上。")],
      beadType: "1-1", score: 0.93),
    InspectedUnit(
      number: 2,
      variants: [
        .init(
          language: "en",
          text: "Prices rose by 4.5 percent in March, the fastest pace since 2008, officials said on Tuesday."),
        .init(language: "zh", text: "官员周二表示，三月份价格上涨了4.5%，是2008年以来最快的速度。"),
      ],
      beadType: "1-1", score: 0.81),
    InspectedUnit(
      number: 3, variants: [.init(language: "en", text: "An unpaired sentence.")], beadType: "1-0", score: 0.12),
    InspectedUnit(
      number: 4,
      variants: [.init(language: "en", text: "Café au lait"), .init(language: "zh", text: "Cafe\u{301} 咖啡")],
      beadType: "1-1", score: 0.5),
  ]

  func render(
    _ units: [InspectedUnit], languages: [String], width: Int, style: SideBySideStyle = .plain, low: Double? = nil
  ) throws -> String {
    let renderer = try SideBySideRenderer(
      languages: languages, width: width, style: style, lowScore: low, largestNumber: 99)
    var text = renderer.header()
    for unit in units { text += try renderer.render(unit) }
    return text
  }

  @Test("no line is wider than the terminal", arguments: [40, 50, 60, 80, 100, 133])
  func fits(width: Int) throws {
    let text = try render(Self.units, languages: ["en", "zh"], width: width, low: 0.3)
    for line in text.split(separator: "\n") {
      #expect(TerminalCells.width(of: line) <= width, "\(line)")
    }
  }

  @Test("width 60, plain")
  func golden60() throws {
    let text = try render(Self.units, languages: ["en", "zh"], width: 60, low: 0.3)
    #expect(
      text == """
           # bead score │ en                   │ zh
        ────────────────┼──────────────────────┼────────────────────
           1 1-1   0.93 │ The cat sat on the   │ 猫坐在垫子上。
                        │ mat.                 │
           2 1-1   0.81 │ Prices rose by 4.5   │ 官员周二表示，三月
                        │ percent in March,    │ 份价格上涨了4.5%，
                        │ the fastest pace     │ 是2008年以来最快的
                        │ since 2008,          │ 速度。
                        │ officials said on    │
                        │ Tuesday.             │
        !  3 1-0   0.12 │ An unpaired          │ —
                        │ sentence.            │
           4 1-1   0.50 │ Café au lait         │ Café 咖啡

        """)
  }

  static let rightToLeft: [InspectedUnit] = [
    InspectedUnit(
      number: 7,
      variants: [
        .init(language: "en", text: "The minister visited Cairo on Monday."),
        .init(language: "ar", text: "زار الوزير القاهرة يوم الاثنين."),
        .init(language: "he", text: "השר ביקר בקהיר ביום שני."),
      ], beadType: "1-1-1", score: 0.77),
    InspectedUnit(
      number: 8, variants: [.init(language: "ar", text: "جملة بلا مقابل."), .init(language: "he", text: "משפט.")],
      beadType: "0-1-1", score: 0.4),
  ]

  @Test("width 100, three languages with right-to-left text in logical order")
  func golden100() throws {
    let text = try render(Self.rightToLeft, languages: ["en", "ar", "he"], width: 100)
    #expect(
      text == """
           # bead  score │ en                        │ ar                        │ he
        ─────────────────┼───────────────────────────┼───────────────────────────┼──────────────────────────
           7 1-1-1  0.77 │ The minister visited      │ زار الوزير القاهرة يوم    │ השר ביקר בקהיר ביום שני.
                         │ Cairo on Monday.          │ الاثنين.                  │
           8 0-1-1  0.40 │ —                         │ جملة بلا مقابل.           │ משפט.

        """)
  }

  @Test("bidi isolates only when asked, around right-to-left lines only")
  func isolates() throws {
    let style = SideBySideStyle(colors: false, isolatesRightToLeft: true)
    let text = try render(Self.rightToLeft, languages: ["en", "ar"], width: 100, style: style)
    #expect(text.contains("│ \u{2068}زار الوزير القاهرة يوم الاثنين.\u{2069}"))
    #expect(!text.contains("\u{2068}The"))
    #expect(!(try render(Self.rightToLeft, languages: ["en", "ar"], width: 100)).contains("\u{2068}"))
  }

  @Test("narrow terminals stack the languages in one column")
  func stacked() throws {
    let text = try render([Self.units[0], Self.units[2]], languages: ["en", "zh"], width: 34, low: 0.3)
    #expect(
      text == """
           # bead score │ en, zh
        ────────────────┼─────────────────
           1 1-1   0.93 │ en The cat sat
                        │    on the mat.
                        │ zh 猫坐在垫子
                        │    上。
        !  3 1-0   0.12 │ en An unpaired
                        │    sentence.
                        │ zh —

        """)
  }

  @Test("colour marks low-scoring units; plain style has no escape codes")
  func colour() throws {
    let colored = try render(
      Self.units, languages: ["en", "zh"], width: 80, style: SideBySideStyle(colors: true), low: 0.3)
    #expect(colored.contains("\u{1B}[1;31m!  3 1-0   0.12\u{1B}[0m"))
    let plain = try render(Self.units, languages: ["en", "zh"], width: 80, low: 0.3)
    #expect(!plain.contains("\u{1B}"))
  }

  @Test("colour underlines the unit's anchors in every column, side by side and stacked", arguments: [80, 30])
  func anchors(width: Int) throws {
    var unit = Self.units[1]
    unit.anchors = ["4.5", "2008"]
    let colored = try render([unit], languages: ["en", "zh"], width: width, style: SideBySideStyle(colors: true))
    let underlined = colored.components(separatedBy: "\u{1B}[4m").dropFirst().map {
      $0.components(separatedBy: "\u{1B}[0m")[0]
    }
    #expect(underlined.sorted() == ["2008", "2008", "4.5", "4.5"])
    let plain = try render([unit], languages: ["en", "zh"], width: width)
    #expect(!plain.contains("\u{1B}"))
  }

  @Test("files without bead types and scores: no evidence columns")
  func noEvidence() throws {
    let units = [
      InspectedUnit(
        number: 1,
        variants: [.init(language: "de", text: "Hallo Welt."), .init(language: "fr", text: "Bonjour le monde.")])
    ]
    let renderer = try SideBySideRenderer(
      languages: ["de", "fr"], width: 40, style: SideBySideStyle(showsEvidence: false), largestNumber: 9)
    let text = try renderer.header() + renderer.render(units[0])
    #expect(
      text == """
           # │ de              │ fr
        ─────┼─────────────────┼────────────────
           1 │ Hallo Welt.     │ Bonjour le
             │                 │ monde.

        """)
  }

  @Test("a width too small for anything is an error")
  func tooNarrow() {
    #expect(
      throws: HexaplaError.inconsistentInput(
        message: "a width of 20 columns is too narrow to show units (need at least 30)")
    ) { try SideBySideRenderer(languages: ["en", "zh"], width: 20) }
  }
}
