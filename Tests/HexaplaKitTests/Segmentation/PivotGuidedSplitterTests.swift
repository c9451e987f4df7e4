import Testing

@testable import HexaplaKit

@Suite("Splitting under-segmented sentences by the pivot")
struct PivotGuidedSplitterTests {
  func sentence(_ text: String, at offset: Int = 0) -> Sentence {
    Sentence(text: text, paragraph: 0, range: offset..<(offset + text.utf8.count))
  }

  @Test(
    "cuts at the boundary whose length share matches the pivot's",
    arguments: [
      // A missing full stop before a capital.
      (
        "de", "Es wurde im April durchgeführt Das wird neue Grenzen setzen, sagen die Forscher.", [30, 50],
        ["Es wurde im April durchgeführt", "Das wird neue Grenzen setzen, sagen die Forscher."]
      ),
      // An ordinal-looking full stop the segmenter kept ("70.").
      (
        "pl", "Zdjęcia były z lat 70. Lubię bawić się tym pomysłem i szukam muzy.", [20, 45],
        ["Zdjęcia były z lat 70.", "Lubię bawić się tym pomysłem i szukam muzy."]
      ),
      // Thai: a space ends a sentence; the cut nearest the pivot's share wins.
      (
        "th", "ฉันไม่รู้ว่าทำไม ฉันเลือกเธอ สองปีต่อมาเธอยื่นอุทธรณ์ต่อศาลสูง", [30, 40],
        ["ฉันไม่รู้ว่าทำไม ฉันเลือกเธอ", "สองปีต่อมาเธอยื่นอุทธรณ์ต่อศาลสูง"]
      ),
      // Chinese: after an ellipsis with no space.
      (
        "zh", "我不知道為什麼我會選她……兩年後，在香港高等法院上，朱婷表現得十分鎮定。", [40, 70],
        ["我不知道為什麼我會選她……", "兩年後，在香港高等法院上，朱婷表現得十分鎮定。"]
      ),
    ] as [(String, String, [Int], [String])])
  func cuts(language: String, text: String, lengths: [Int], expected: [String]) throws {
    let splitter = PivotGuidedSplitter(language: try LanguageTag(language))
    let pieces = try #require(splitter.split([sentence(text, at: 10)], pivotLengths: lengths))
    #expect(pieces.map(\.text) == expected)
    // Ranges point into the source.
    let source = String(repeating: " ", count: 10) + text
    let bytes = Array(source.utf8)
    #expect(pieces.map { String(decoding: bytes[$0.range], as: UTF8.self) } == expected)
  }

  @Test(
    "with uncertain cuts only, a full stop inside a sentence is a cut only after a may-end abbreviation or an ordinal",
    arguments: [
      ("ru", "Первая кинокомпания была основана в 1916 г. Самым удачным фильмом был «Эль Греко».", true),
      ("ru", "Обсерватория использовалась примерно до 700 г. до н. э. Центральное пространство было открыто.", true),
      ("ru", "Об этом сообщил проф. Иванов на конференции в Москве в прошлом году.", false),
      ("ru", "Это было сказано, т. е. Иванов знал об этом заранее и ничего не сделал.", false),
      ("en", "The meeting was chaired by Dr. Watson, who spoke for an hour about the new plan.", false),
      ("en", "They sell tea, coffee, sugar, etc. The shop opens at nine every morning of the week.", true),
      // An ordinal-looking number where ordinals take a full stop (Polish), not in English.
      ("pl", "Zdjęcia były z lat 70. Lubię bawić się tym pomysłem i szukam muzy w starych filmach.", true),
      ("en", "The report was published on page 70. Lubię is the name of the town in the south of it.", false),
    ] as [(String, String, Bool)])
  func uncertainOnly(language: String, text: String, cuts: Bool) throws {
    let tag = try LanguageTag(language)
    var splitter = PivotGuidedSplitter(language: tag)
    splitter.allowsClauseCuts = false
    splitter.uncertainOnly = SegmentationRules.builtIn(for: tag)
    // The pivot's two sentences are as long as the pieces before and after the full stop in
    // question (the only one followed by a capital).
    let characters = Array(text)
    let stop = try #require(
      characters.indices.first {
        $0 + 2 < characters.count && characters[$0] == "." && characters[$0 + 1] == " "
          && characters[$0 + 2].isUppercase
      })
    let pieces = splitter.split([sentence(text)], pivotLengths: [stop + 1, characters.count - stop - 2])
    #expect((pieces?.count == 2) == cuts)
  }

  @Test(
    "when other editions support the split: a missing full stop before any capital, a quotation closed without one; never at a comma",
    arguments: [
      (
        "de", "Vier weitere geben die Neigung des Vollmondes an; und zwar im Sommer und im Winter",
        "Zwei messen die Längen des Mondmonats", true
      ),
      ("it", "Il temporale ha colpito la costa lunedì", "Migliaia di persone hanno lasciato le case.", true),
      (
        "ar", "قال بارات: \"في المدن التي انطلقنا فيها سيستمر عملنا\"",
        "قيل أن جهود الإنترنت هي الدافع الأساس للإنفاق.", true
      ),
      (
        "fr", "La station de métro a ouvert en 2004,", "et les médias en ont beaucoup parlé pendant des semaines.",
        false
      ),
      ("zh", "日本与中亚将首次举行峰会 专家：", "日本即便举行峰会也难以改变地区格局", false),
    ] as [(String, String, String, Bool)])
  func supportedSplit(language: String, first: String, second: String, cuts: Bool) throws {
    try expectGuessedCut(language: language, first: first, second: second, cuts: cuts, supported: true)
  }

  @Test(
    "with uncertain cuts only, a missing full stop is a cut only before a capitalised sentence starter",
    arguments: [
      ("de", "Es wurde von April bis Juni durchgeführt", "Das wird neue Grenzen für die Forschung setzen.", true),
      ("de", "Es wurde von April bis Juni durchgeführt", "Mexiko wird neue Grenzen für die Forschung setzen.", false),
      ("es", "China aceptó las estipulaciones del Tratado", "La isla de Hong Kong fue cedida al Reino Unido.", true),
      ("es", "China aceptó las estipulaciones del tratado,", "la isla de Hong Kong fue cedida al Reino Unido.", false),
    ] as [(String, String, String, Bool)])
  func missingFullStop(language: String, first: String, second: String, cuts: Bool) throws {
    try expectGuessedCut(language: language, first: first, second: second, cuts: cuts, supported: false)
  }

  /// Whether `first` and `second`, joined, are cut back into the two with uncertain cuts only
  /// (`supported`: a split that other editions support, `cutsBeforeCapitals`).
  func expectGuessedCut(language: String, first: String, second: String, cuts: Bool, supported: Bool) throws {
    let tag = try LanguageTag(language)
    var splitter = PivotGuidedSplitter(language: tag)
    splitter.allowsClauseCuts = false
    splitter.uncertainOnly = SegmentationRules.builtIn(for: tag)
    splitter.cutsBeforeCapitals = supported
    let separator = tag.joinsSentencesWithoutSpace ? "" : " "
    let pieces = splitter.split([sentence(first + separator + second)], pivotLengths: [first.count, second.count])
    #expect(pieces.map { $0.map(\.text) } == (cuts ? [first, second] : nil))
  }

  @Test(
    "a number found once in the pivot and once in the sentence falls on its side of the cut",
    arguments: [
      // By length alone the cut falls after ในปี; 1399 belongs to the first pivot sentence.
      (nil, ["จอห์นแห่งกอนท์ถึงแก่อสัญกรรมในปี", "1399 อัศวินไลเว็ตถูกปล่อยตัว"]),
      ([["1399"], []], ["จอห์นแห่งกอนท์ถึงแก่อสัญกรรมในปี 1399", "อัศวินไลเว็ตถูกปล่อยตัว"]),
    ] as [([[String]]?, [String])])
  func numbers(pivotNumbers: [[String]]?, expected: [String]) throws {
    let splitter = PivotGuidedSplitter(language: try LanguageTag("th"))
    let text = "จอห์นแห่งกอนท์ถึงแก่อสัญกรรมในปี 1399 อัศวินไลเว็ตถูกปล่อยตัว"
    let pieces = try #require(splitter.split([sentence(text)], pivotLengths: [31, 23], pivotNumbers: pivotNumbers))
    #expect(pieces.map(\.text) == expected)
  }

  @Test("Thai: a full stop after a Thai letter (an abbreviation) is no cut")
  func thaiAbbreviation() throws {
    let splitter = PivotGuidedSplitter(language: try LanguageTag("th"))
    let text = "ราชรัฐโมราเวียได้กลายมาเป็นเขตตะวันออก ในปี ค. ศ. 833 ก็ได้เป็นรัฐเกรตโมราเวียใหญ่"
    // The pivot's share points right after "ศ." (AD): the nearest space outside the
    // abbreviation and its number wins instead.
    let end = try #require(text.range(of: "ศ.")).upperBound
    let lengths = [text[..<end], text[end...]].map { $0.filter { !$0.isWhitespace }.count }
    let pieces = try #require(splitter.split([sentence(text)], pivotLengths: lengths))
    #expect(pieces.map(\.text) == ["ราชรัฐโมราเวียได้กลายมาเป็นเขตตะวันออก ในปี ค. ศ. 833", "ก็ได้เป็นรัฐเกรตโมราเวียใหญ่"])
  }

  @Test("re-cuts two wrongly split Thai sentences into the pivot's two")
  func recut() throws {
    let splitter = PivotGuidedSplitter(language: try LanguageTag("th"))
    let pieces = try #require(
      splitter.split(
        [sentence("ฉันไม่รู้ว่าทำไม ฉันเลือกเธอ สองปีต่อมา", at: 0), sentence("เธอยื่นอุทธรณ์ต่อศาลสูง", at: 100)],
        pivotLengths: [26, 32]))
    #expect(pieces.map(\.text) == ["ฉันไม่รู้ว่าทำไม ฉันเลือกเธอ", "สองปีต่อมา เธอยื่นอุทธรณ์ต่อศาลสูง"])
  }

  @Test(
    "a capital after a lower-case letter is no cut inside brackets or in a script without case",
    arguments: [
      // Korean quoting a Latin name: "Marina Circuit" is no missing full stop.
      ("ko", "야스 마리나 서킷(Yas Marina Circuit) 웹사이트는 타이밍이 정확하다.", [18, 20], false),
      ("ko", "야스 마리나 서킷 Yas Marina Circuit 웹사이트는 타이밍이 정확하다.", [18, 20], false),
      // Inside parentheses in a cased script neither.
      ("en", "The team (led by the mayor Anna Berg of the city) met on Monday at noon.", [32, 40], false),
      // The same boundary outside brackets is a guess worth taking.
      ("en", "The team was led by the mayor Anna Berg of the city met on Monday at noon.", [30, 43], true),
    ] as [(String, String, [Int], Bool)])
  func noCapitalCut(language: String, text: String, lengths: [Int], cuts: Bool) throws {
    let splitter = PivotGuidedSplitter(language: try LanguageTag(language))
    #expect((splitter.split([sentence(text)], pivotLengths: lengths) != nil) == cuts)
  }

  @Test(
    "brackets count within a sentence only",
    arguments: [
      ("a (b) c", [false, false, false, true, false, false, false]),
      // Not closed before the full stop: the later ")" closes nothing.
      ("(a. b) c", [false, false, false, false, false, false, false, false]),
      ("x（名）y", [false, false, true, false, false]),
    ] as [(String, [Bool])])
  func brackets(text: String, expected: [Bool]) {
    #expect(PivotGuidedSplitter.insideBrackets(Array(text), terminal: ["."]) == expected)
  }

  @Test(
    "quotations: between paired marks, a straight pair too; an unclosed mark counts for nothing",
    arguments: [
      ("a «b» c", "0001000"),
      ("a \"b, c\" d", "0001111000"),
      ("„a“ b", "01000"),
      ("a « b c", "0000000"),
    ] as [(String, String)])
  func quotations(text: String, expected: String) {
    #expect(PivotGuidedSplitter.insideQuotations(Array(text)).map { $0 ? "1" : "0" }.joined() == expected)
  }

  @Test("no cut without a sentence-like boundary near the pivot's share")
  func noCut() throws {
    let splitter = PivotGuidedSplitter(language: try LanguageTag("en"))
    #expect(
      splitter.split([sentence("the cat sat on the mat and the dog slept by the door")], pivotLengths: [20, 20]) == nil)
    #expect(
      splitter.split([sentence("Short. And then a much much longer second part follows here")], pivotLengths: [40, 5])
        == nil)
  }
}

@Suite("Splitting against the other editions: a translator's comma merge stays whole")
struct PivotGuidedSplitterCommaMergeTests {
  @Test(
    "a guessed cut before a capital is refused where a comma fits the pivot boundary as well; kept where none does",
    arguments: [
      // Two sentences joined by the translator with a comma: the capital cut falls mid-clause.
      (
        "ru",
        "Для административных целей римляне разделили полуостров на две части, к III веку император Каракалла создал новое подразделение.",
        [70, 62], false
      ),
      // A missing full stop and no comma near the boundary: still cut.
      ("it", "Il temporale ha colpito la costa lunedì Migliaia di persone hanno lasciato le case.", [39, 44], true),
      // A capital inside a clause (a name) fits the boundary a little better than the merge's
      // comma, but not by the guess's penalty: whole. Never between the name's two words.
      (
        "fr",
        "La première société du pays fut créée en 1920, et Nova Film en 1925, le plus grand succès de 1930 fut Rose, réalisé par Jean Dupont.",
        [44, 56], false
      ),
      // A comma inside a quotation is no merge: the quotation closed without a full stop is cut.
      (
        "ar", "قال المدير: \"في المدن التي بدأنا فيها العمل, سيستمر عملنا\" وقيل إن الجهود هي الدافع الأساسي للإنفاق.",
        [52, 48], true
      ),
    ] as [(String, String, [Int], Bool)])
  func commaMerge(language: String, text: String, pivotLengths: [Int], cuts: Bool) throws {
    let tag = try LanguageTag(language)
    var splitter = PivotGuidedSplitter(language: tag)
    splitter.allowsClauseCuts = false
    splitter.uncertainOnly = SegmentationRules.builtIn(for: tag)
    splitter.cutsBeforeCapitals = true
    let sentence = Sentence(text: text, paragraph: 0, range: 0..<text.utf8.count)
    splitter.keepsCommaMerges = true
    #expect((splitter.split([sentence], pivotLengths: pivotLengths)?.count == 2) == cuts)
    // Without the rule the guessed cut is taken in every case.
    splitter.keepsCommaMerges = false
    #expect(splitter.split([sentence], pivotLengths: pivotLengths)?.count == 2)
  }
}
