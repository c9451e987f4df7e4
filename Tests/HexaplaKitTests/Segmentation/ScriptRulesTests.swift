import Testing

@testable import HexaplaKit

/// The full stops, initials and abbreviations of more scripts (issue 19), marked as in
/// `SegmentationRulesTests`. Sentences written for these tests; the Hebrew verses are Genesis 1:1-2
/// (public domain).
@Suite("Segmentation rules of more scripts")
struct ScriptRulesTests {
  @Test(
    "each script's full stop ends a sentence, and only it",
    arguments: [
      // Armenian: `։`, or `:` typed for it, ends a sentence; `.` is a pause (mijaket).
      ("hy", "Երեկ անձրև էր:| Այսօր արևոտ է։| Վաղը կտեսնենք:"),
      ("hy", "Նա ասաց. գնանք տուն:| Բոլորը համաձայնեցին:"),
      ("hy", "Խ. Աբովյանի անվան համալսարանը բացվեց 1922 թ. մայիսին:| Այն մեծ է:"),
      ("hy", "Մենք գնացինք հետ...| Ճանապարհը երկար էր:"),
      // Biblical Hebrew: sof pasuq `׃` ends a verse.
      ("he", "בְּרֵאשִׁית בָּרָא אֱלֹהִים אֵת הַשָּׁמַיִם וְאֵת הָאָרֶץ׃| וְהָאָרֶץ הָיְתָה תֹהוּ וָבֹהוּ׃"),
      ("he", "הוא הגיע מוקדם.| היא הגיעה מאוחר."),
    ])
  func fullStops(language: String, text: String) throws {
    try SegmentationRulesTests.check(language, text)
  }

  @Test(
    "initials and abbreviations of caseless scripts do not end a sentence",
    arguments: [
      ("hi", "वरिष्ठ अधिकारी एन. सी. शर्मा ने कहा कि काम पूरा हुआ है ।| वे कल आएंगे ।"),
      ("hi", "पूर्व प्रधानमंत्री स्व. राजीव गांधी यहाँ आए थे ।| सभा बड़ी थी ।"),
      ("ta", "கூட்டத்தில் தி.மு.க. தலைவர் பேசினார்.| பின்னர் அவர் சென்றார்."),
      ("ta", "இதில் ஆர். ராமன், எஸ்.எஸ். கண்ணன் ஆகியோர் கலந்து கொண்டனர்.| விழா முடிந்தது."),
      ("ta", "இதன் விலை ரூ. 500 ஆகும்.| அது அதிகம்."),
      ("ka", "ფრანგი მეცნიერი რ. დეკარტი აქ ცხოვრობდა.| მან ბევრი წიგნი დაწერა."),
      ("ka", "ბანკი (ინგლ. Central Bank) ქალაქში მდებარეობს.| ის დიდია."),
      ("ka", "აქ იყო წიგნები, რუკები და ა. შ.| შემდეგ წავედით."),
      ("uk", "Він живе у м. Київ і працює в інституті ім. І. Карпенка-Карого.| Там тепло."),
      ("uk", "Академію заснував В. І. Вернадський.| Це було давно."),
      ("uk", "Приклад показано на схемі (мал. 8).| Далі буде."),
      ("vi", "Công trình ở TP. HCM vừa xây dựng xong .| Người dân rất vui ."),
    ])
  func initialsAndAbbreviations(language: String, text: String) throws {
    try SegmentationRulesTests.check(language, text)
  }

  @Test(
    "punctuation set apart, datelines, list dashes and hashtags",
    arguments: [
      // Tokenised text: a closing quote and a detached full stop end the sentence before them.
      ("vi", "Anh ấy nói : \" Tôi đi đây ... \" .| Rồi anh đi ."),
      ("uk", "Усе відкриється новими ( цікавими ! ) гранями.| Далі буде."),
      ("en", "(We check in early and we fly next day. )| Hop onto a bus."),
      ("ru", "«Куда ты идёшь?» — спросил он.| Она молчала."),
      // A news dateline is a sentence of its own.
      ("fa", "لندن - ایرنا:| هفته‌نامه اقتصادی گزارش داد که قیمت نفت افزایش یافت."),
      ("fa", "او گفت: فردا می‌آیم."),
      ("en", "Fast and small UI.| -Supports dark mode.| -Works offline."),
      ("en", "We ship a new UI.| #flutter is great for this."),
      // A closing list of hashtags stays with its sentence.
      ("en", "We ship a new UI. #flutter #dart"),
      ("en", "We met J. R. R. Tolkien once."),
    ])
  func detachedPunctuation(language: String, text: String) throws {
    try SegmentationRulesTests.check(language, text)
  }

  @Test("every full stop in the rule data has Unicode's Terminal_Punctuation")
  func fullStopsAreTerminalPunctuation() throws {
    for code in ["hy", "he"] {
      let data = BuiltInRuleData.data(for: code)
      #expect(!data.fullStops.isEmpty)
      for scalar in data.fullStops.unicodeScalars {
        #expect(UnicodeProperties.isTerminalPunctuation(scalar), "\(code): U+\(String(scalar.value, radix: 16))")
      }
      let rules = SegmentationRules.builtIn(for: try LanguageTag(code))
      #expect(rules.fullStops.count == data.fullStops.unicodeScalars.count)
    }
    #expect(!UnicodeProperties.isSentenceTerminal("\u{05C3}"))
    #expect(UnicodeProperties.isSentenceTerminal("\u{0589}"))
  }
}
