import Testing

@testable import HexaplaKit

@Suite("Each language's own form of a shared anchor")
struct AnchorFormsTests {
  @Test("a name and a number in Latin and Cyrillic; an anchor only one side has is not shown")
  func ownForms() {
    let unit = InspectedUnit(
      number: 1,
      variants: [
        .init(language: "en", text: "Kori Schulman wrote 25 posts in 2016."),
        .init(language: "ru", text: "Кори написала 25 постов."),
      ])
    let forms = AnchorForms().forms(in: unit)
    #expect(forms["en"]?.contains("Kori") == true)
    #expect(forms["ru"]?.contains("Кори") == true)
    #expect(forms["en"]?.contains("25") == true)
    #expect(forms["ru"]?.contains("25") == true)
    #expect(forms["en"]?.contains("2016") == false)
  }

  @Test(
    "a name the unit shares is shown in each script's own spelling, when it sounds alike",
    arguments: [
      ("ru", "Кори Шульман, помощник президента Обамы, написала в блоге.", ["Кори", "Шульман", "Обамы"], ["помощник"]),
      ("zh", "奧巴馬的特別助理科瑞·舒爾曼在周一發布的博客中寫道。", ["奧巴馬", "科瑞", "舒爾曼"], []),
      ("ru", "Лондон и Париж написали в понедельник.", [], ["Лондон", "Париж"]),
      // から (kara) has Kori's consonants, but hiragana words are not names.
      ("ja", "オバマの補佐官コリはブログから書いた。", ["オバマ", "コリ"], ["から"]),
      // Name sounds: an uncased script's own form of a matched name, not its other words.
      ("ar", "كتبت كوري شولمان، المساعدة الخاصة لأوباما، في مدونة.", ["شولمان"], ["المساعدة"]),
    ])
  func soundAlike(language: String, text: String, shown: [String], notShown: [String]) {
    let unit = InspectedUnit(
      number: 1,
      variants: [
        .init(language: "en", text: "Obama special assistant Kori Schulman wrote in a blog post Monday."),
        .init(language: language, text: text),
      ],
      anchors: ["Obama", "Kori", "Schulman", "blog"])
    let forms = AnchorForms().forms(in: unit)[language] ?? []
    let highlighted = AnchorHighlighter(anchors: forms).ranges(in: text).map { String(text[$0]) }
    for form in shown { #expect(highlighted.contains { $0.contains(form) }, "\(form) in \(highlighted)") }
    for form in notShown { #expect(!highlighted.contains { $0.contains(form) }, "\(form) in \(highlighted)") }
  }

  /// Thai writes a foreign name in pieces that ICU's dictionary cuts apart; they are joined
  /// into a name where the run carries the silencing mark `์` (`มาร์กาเรต` Margaret), not where
  /// it has none (`ชูลแมน` Schulman, cut into `ชูล` `แมน`: joined without the mark, runs of
  /// native words match English names by chance).
  @Test(
    "Thai: a name written in pieces is shown where it carries the silencing mark",
    arguments: [
      (
        "Margaret Boehmer of Plano, Texas, said her pregnancy was normal.", ["Margaret", "Boehmer", "Plano", "Texas"],
        "มาร์กาเรต โบห์เมอร์ จากพลาโน เท็กซัส กล่าวว่าการตั้งครรภ์ของเธอเป็นปกติ", ["มาร์กาเรต"], ["การตั้งครรภ์"]
      ),
      (
        "Obama special assistant Kori Schulman wrote in a blog post Monday.", ["Obama", "Kori", "Schulman", "blog"],
        "คอรี ชูลแมน ผู้ช่วยพิเศษของโอบามา เขียนในบล็อก", [], ["ชูลแมน", "ผู้ช่วยพิเศษ"]
      ),
    ])
  func thaiNamePieces(english: String, anchors: [String], thai: String, shown: [String], notShown: [String]) {
    let unit = InspectedUnit(
      number: 1, variants: [.init(language: "en", text: english), .init(language: "th", text: thai)], anchors: anchors)
    let forms = AnchorForms().forms(in: unit)["th"] ?? []
    let highlighted = AnchorHighlighter(anchors: forms).ranges(in: thai).map { String(thai[$0]) }
    for form in shown { #expect(highlighted.contains { $0.contains(form) }, "\(form) in \(highlighted)") }
    for form in notShown { #expect(!highlighted.contains { $0.contains(form) }, "\(form) in \(highlighted)") }
  }

  @Test(
    "consonant skeletons: one edit apart from four consonants on, equal from two",
    arguments: [
      ("schulman", "sulman", true), ("obama", "aobama", true), ("obama", "obamy", true), ("kori", "kerui", true),
      ("schulman", "shuerman", true), ("london", "lundun", true), ("obama", "moab", false), ("kori", "kim", false),
      ("paris", "london", false), ("ma", "mu", false),
    ])
  func skeletons(a: String, b: String, alike: Bool) {
    #expect(AnchorForms.soundAlike(AnchorForms.consonantSkeleton(a), AnchorForms.consonantSkeleton(b)) == alike)
  }
}
