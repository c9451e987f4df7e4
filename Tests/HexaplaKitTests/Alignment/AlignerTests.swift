import HexaplaKit
import Testing

@Suite("Aligner")
struct AlignerTests {
  /// One line per bead: `1-1 "Hello." <> "Hallo."`.
  static func dump(_ alignment: Alignment, _ source: [String], _ target: [String]) -> String {
    alignment.beads.map { bead in
      let s = bead.source.map { source[$0] }.joined(separator: " ")
      let t = bead.target.map { target[$0] }.joined(separator: " ")
      return "\(bead.typeName) \"\(s)\" <> \"\(t)\""
    }.joined(separator: "\n")
  }

  /// Whether the beads cover every sentence of both sides exactly once, in order.
  static func coversEverything(_ alignment: Alignment, _ n: Int, _ m: Int) -> Bool {
    var i = 0
    var j = 0
    for bead in alignment.beads {
      guard bead.source.lowerBound == i, bead.target.lowerBound == j, !(bead.source.isEmpty && bead.target.isEmpty)
      else { return false }
      i = bead.source.upperBound
      j = bead.target.upperBound
    }
    return i == n && j == m
  }

  static func align(_ source: [String], _ sourceLanguage: String, _ target: [String], _ targetLanguage: String)
    throws -> Alignment
  {
    try Aligner().align(
      source: source, sourceLanguage: try LanguageTag(sourceLanguage), target: target,
      targetLanguage: try LanguageTag(targetLanguage))
  }

  @Test("1-1 and 1-2 beads found by length, numbers and cognates")
  func merges() throws {
    let en = [
      "In 1956 the expedition reached Nepal.",
      "The team had 12 members and 40 porters.",
      "They climbed for 40 days, and the weather was terrible the whole time.",
      "Why did they go?",
      "Nobody knows.",
    ]
    let de = [
      "1956 erreichte die Expedition Nepal.",
      "Das Team hatte 12 Mitglieder und 40 Träger.",
      "Sie kletterten 40 Tage lang.",
      "Das Wetter war die ganze Zeit schrecklich.",
      "Warum gingen sie?",
      "Niemand weiß es.",
    ]
    let alignment = try Self.align(en, "en", de, "de")
    #expect(
      Self.dump(alignment, en, de) == """
        1-1 "In 1956 the expedition reached Nepal." <> "1956 erreichte die Expedition Nepal."
        1-1 "The team had 12 members and 40 porters." <> "Das Team hatte 12 Mitglieder und 40 Träger."
        1-2 "They climbed for 40 days, and the weather was terrible the whole time." <> "Sie kletterten 40 Tage lang. Das Wetter war die ganze Zeit schrecklich."
        1-1 "Why did they go?" <> "Warum gingen sie?"
        1-1 "Nobody knows." <> "Niemand weiß es."
        """)
    #expect(alignment.beads[0].anchors.contains("1956"))
    #expect(alignment.beads.allSatisfy { $0.score >= 0 && $0.score <= 1 })
  }

  @Test("Chinese and English: names through pinyin, numbers through numerals")
  func chineseEnglish() throws {
    let zh = ["那天晚上陈清扬没走。", "她说二〇〇四年她在北京。", "我问她为什么。", "她笑了。"]
    let en = [
      "Chen Qingyang did not leave that night.", "She said that in 2004 she was in Beijing.",
      "I asked her why.", "She laughed.",
    ]
    let alignment = try Self.align(zh, "zh", en, "en")
    #expect(alignment.beads.map(\.typeName) == ["1-1", "1-1", "1-1", "1-1"])
    #expect(alignment.beads[1].anchors.contains("二〇〇四"))
  }

  @Test(
    "Latin words quoted in CJK text are anchors against English",
    arguments: [
      ("ko", "야스 마리나 서킷(Yas Marina Circuit) 웹사이트는 타이밍이 정확하다.", "그녀는 CNN Style에 경험담을 이야기했다."),
      ("zh", "亞斯碼頭賽道（Yas Marina Circuit）網站上有精確計時。", "她跟CNN Style談了自己的經歷。"),
      ("ja", "ヤス・マリーナ・サーキット（Yas Marina Circuit）のウェブサイトに正確な時間がある。", "彼女はCNN Styleに経験を語った。"),
    ])
  func latinInCJK(language: String, first: String, second: String) throws {
    let en = ["The Yas Marina Circuit website has exact timings.", "She spoke to CNN Style about the experience."]
    let alignment = try Self.align(en, "en", [first, second], language)
    #expect(alignment.beads.map(\.anchors) == [["Yas", "Marina", "Circuit"], ["CNN", "Style"]])
  }

  @Test(
    "edge cases keep every sentence exactly once",
    arguments: [(0, 0), (0, 3), (4, 0), (1, 1), (1, 10), (10, 1), (3, 60), (60, 3)])
  func edges(n: Int, m: Int) throws {
    let source = (0..<n).map { "Sentence number \($0 + 1) is here." }
    let target = (0..<m).map { "Der Satz Nummer \($0 + 1) steht hier." }
    let alignment = try Self.align(source, "en", target, "de")
    #expect(Self.coversEverything(alignment, n, m))
    if n == 0 || m == 0 {
      #expect(alignment.beads.count == n + m)
      #expect(alignment.beads.allSatisfy { $0.source.isEmpty || $0.target.isEmpty })
    }
  }

  @Test("one side twenty times longer: the matching sentence pairs, the rest stay unpaired")
  func unequal() throws {
    let target = (0..<40).map { "Ein ganz anderer Satz über Wetter und Berge, Nummer \($0 + 1)." }
    let source = ["The 2012 report on Kangchenjunga was published in Zürich."]
    var longer = target
    longer.insert("Der Bericht von 2012 über den Kangchenjunga erschien in Zürich.", at: 17)
    let alignment = try Self.align(source, "en", longer, "de")
    #expect(Self.coversEverything(alignment, 1, 41))
    let paired = alignment.beads.first { !$0.source.isEmpty && !$0.target.isEmpty }
    #expect(paired?.target == 17..<18)
    #expect(alignment.unpairedTargetCount == 40)
  }

  @Test("smaller beads on request, still scored", arguments: [1, 2])
  func maxSide(side: Int) throws {
    var options = AlignerOptions()
    options.maxBeadSide = side
    let source = ["One sentence here.", "And another one that is long, much longer than the first.", "Third."]
    let target = ["Ein Satz hier.", "Und noch einer, der lang ist.", "Viel länger als der erste.", "Dritter."]
    let alignment = try Aligner(options: options).align(
      source: source, sourceLanguage: try LanguageTag("en"), target: target, targetLanguage: try LanguageTag("de"))
    #expect(Self.coversEverything(alignment, 3, 4))
    #expect(alignment.beads.allSatisfy { $0.source.count <= side && $0.target.count <= side })
    #expect(alignment.beads.contains { $0.score > 0.5 })
  }

  @Test("same input, same output")
  func deterministic() throws {
    let source = (0..<50).map { "Line \($0) with \($0 * 7) items and some words." }
    let target = (0..<55).map { "Zeile \($0) mit \($0 * 7) Dingen." }
    let first = try Self.align(source, "en", target, "de")
    let second = try Self.align(source, "en", target, "de")
    #expect(first == second)
    #expect(first.beadLines == second.beadLines)
  }

  @Test("paragraph lists must match the sentences")
  func paragraphs() throws {
    #expect(throws: HexaplaError.inconsistentInput(message: "2 source paragraph numbers for 1 sentences")) {
      try Aligner().align(
        source: ["A."], sourceLanguage: try LanguageTag("en"), target: ["B."], targetLanguage: try LanguageTag("de"),
        sourceParagraphs: [0, 1])
    }
  }

  @Test("beads become aligned units with texts, types and scores")
  func units() throws {
    let en = [
      Sentence(text: "Hello.", paragraph: 0, range: 0..<6), Sentence(text: "Bye.", paragraph: 0, range: 7..<11),
    ]
    let de = [
      Sentence(text: "Hallo.", paragraph: 0, range: 0..<6), Sentence(text: "Tschüss.", paragraph: 0, range: 7..<16),
    ]
    let alignment = Alignment(beads: [
      Bead(source: 0..<1, target: 0..<1, score: 0.9), Bead(source: 1..<2, target: 1..<2, score: 0.8, anchors: ["."]),
    ])
    let units = alignment.units(
      source: en, sourceLanguage: try LanguageTag("en"), target: de, targetLanguage: try LanguageTag("de"),
      document: "doc")
    #expect(
      units.map { "\($0.beadType) \($0.variants[0].text) <> \($0.variants[1].text) \($0.score)" } == [
        "1-1 Hello. <> Hallo. 0.9", "1-1 Bye. <> Tschüss. 0.8",
      ])
    #expect(units[1].anchors == ["."])
    #expect(units[0].document == "doc")
    #expect(alignment.beadLines == "[0]:[0]:0.9000\n[1]:[1]:0.8000\n")
  }
}
