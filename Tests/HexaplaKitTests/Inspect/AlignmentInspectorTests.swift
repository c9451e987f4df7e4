import Testing

@testable import HexaplaKit

@Suite("Inspector: filters and passes")
struct AlignmentInspectorTests {
  static let units: [InspectedUnit] = [
    InspectedUnit(
      number: 1, variants: [.init(language: "en", text: "Café society."), .init(language: "fr", text: "La société.")],
      beadType: "1-1", score: 0.9),
    InspectedUnit(
      number: 2,
      variants: [.init(language: "en", text: "ISTANBUL grows."), .init(language: "fr", text: "Istanbul grandit.")],
      beadType: "1-1", score: 0.8),
    InspectedUnit(
      number: 3, variants: [.init(language: "en", text: "Rain."), .init(language: "fr", text: "Pluie.")],
      beadType: "1-1", score: 0.2),
    InspectedUnit(number: 4, variants: [.init(language: "fr", text: "Seul.")], beadType: "0-1", score: 0.7),
  ]

  func view(_ configure: (inout AlignmentInspector.ViewOptions) -> Void) throws -> String {
    var options = AlignmentInspector.ViewOptions()
    options.width = 60
    configure(&options)
    let sink = MemorySink()
    try AlignmentInspector(units: Self.units).showSideBySide(options, to: sink)
    return sink.text
  }

  func numbers(_ text: String) -> [Int] {
    text.split(separator: "\n").dropFirst(2).compactMap { line in
      line.dropFirst().split(separator: " ").first.flatMap { Int($0) }
    }
  }

  @Test(
    "grep: case-insensitive, Unicode-aware, NFC; regex or literal",
    arguments: [
      ("istanbul", false, [2]),
      ("CAFE\u{301}", false, [1]),  // decomposed pattern matches composed text
      ("soci[eé]t", false, [1]),
      ("pluie|seul", false, [3, 4]),
      ("a.", true, []),
      ("bul\\s", false, [2]),
    ])
  func grep(pattern: String, literal: Bool, expected: [Int]) throws {
    let matcher = try UnitMatcher(pattern: pattern, literal: literal)
    #expect(Self.units.filter(matcher.matches).map(\.number) == expected)
  }

  @Test("an invalid regular expression is an error")
  func badPattern() {
    #expect(
      throws: HexaplaError.inconsistentInput(
        message: "invalid --grep pattern '(unclosed': not a valid regular expression")
    ) { try UnitMatcher(pattern: "(unclosed") }
  }

  @Test("--from and --limit")
  func window() throws {
    #expect(
      numbers(
        try view {
          $0.from = 2
          $0.limit = 2
        }) == [2, 3])
    #expect(numbers(try view { $0.limit = 1 }) == [1])
  }

  @Test("--langs chooses and orders the columns")
  func languages() throws {
    let text = try view { $0.languages = ["fr"] }
    #expect(text.hasPrefix("   # bead score │ fr\n"))
    #expect(numbers(text) == [1, 2, 3, 4])
  }

  @Test("--suspicious flags units scoring below 0.5 (here: one)")
  func suspicious() throws {
    let text = try view { $0.flagsWeakest = true }
    let flagged = text.split(separator: "\n").filter { $0.hasPrefix("!") }
    #expect(flagged.count == 1)
    #expect(flagged.first?.hasPrefix("!  3") == true)
  }

  @Test("--suspicious also marks length-ratio outliers with ~")
  func lengthOutliers() throws {
    var options = AlignmentInspector.ViewOptions()
    options.flagsWeakest = true
    options.lowScore = 0.1
    options.width = 80
    let sink = MemorySink()
    try AlignmentInspector(units: InspectionStatisticsTests.units).showSideBySide(options, to: sink)
    let flags = sink.text.split(separator: "\n").filter { $0.hasPrefix("!") || $0.hasPrefix("~") }
      .map { String($0.prefix(4)) }
    #expect(flags == ["~  8", "! 10", "! 11"])
  }

  @Test("the two passes read the source twice, the plain view once")
  func passes() throws {
    var opened = 0
    let inspector = AlignmentInspector(open: {
      opened += 1
      var iterator = Self.units.makeIterator()
      return { iterator.next() }
    })
    var options = AlignmentInspector.ViewOptions()
    try inspector.showSideBySide(options, to: MemorySink())
    #expect(opened == 1)
    options.flagsWeakest = true
    try inspector.showSideBySide(options, to: MemorySink())
    #expect(opened == 3)
  }
}

@Suite("AlignmentInspector: --langs matched to the file's tags")
struct AlignmentInspectorLanguageMatchTests {
  @Test(
    "exact, by case, the only more or less specific tag; a tag two could be is a warning",
    arguments: [
      (["zh-hans"], ["en", "zh-Hans"], ["zh-Hans"], nil),
      (["zh"], ["en", "zh-Hans"], ["zh-Hans"], nil),
      (["zh-Hans", "en-GB"], ["en", "zh"], ["zh", "en"], nil),
      (
        ["zh"], ["zh-Hans", "zh-Hant"], ["zh"],
        "'zh' could be any of zh-Hans, zh-Hant in the file; give the one you mean"
      ),
      (["de"], ["en", "fr"], ["de"], "no unit has text in 'de'; the file has en, fr"),
    ] as [([String], [String], [String], String?)])
  func match(requested: [String], seen: [String], expected: [String], warning: String?) {
    var warnings: [String] = []
    let matched = AlignmentInspector.match(requested, in: seen, complete: true) { warnings.append($0) }
    #expect(matched == expected)
    #expect(warnings == (warning.map { [$0] } ?? []))
  }
}
