import Testing

@testable import HexaplaKit

@Suite("Boilerplate in text copies of pages")
struct BoilerplateFilterTests {
  /// An edition, line by line, with the kind expected for each line (nil: content).
  struct Edition: CustomTestStringConvertible, Sendable {
    let name: String
    let lines: [(text: String, kind: BoilerplateKind?)]
    var testDescription: String { name }
  }

  static let storm = "The storm made landfall near the port city early on Monday."
  static let evacuated = "Officials said more than 12,000 people had left their homes."

  @Test(
    "furniture at both edges of an edition is found, the text between is not",
    arguments: [
      Edition(
        name: "zh: menu, headline, dateline with source; print and close, editor",
        lines: [
          ("简体中文 | English | Français | Русский | 日本語", .languageMenu), ("暴风雨袭击沿海城市", nil),
          ("2024-05-06 10:30 来源：新华网", .dateline), ("周一，暴风雨在港口城市附近登陆。", nil),
          ("官员说，超过一万二千人离开了家园。", nil), ("【打印本页】 【关闭窗口】", .interfaceText),
          ("责编：刘洋", .byline),
        ]),
      Edition(
        name: "en: headline, byline, dateline; share prompt, copyright",
        lines: [
          ("Storm hits coast", nil), ("By Jane Doe and John Roe", .byline),
          ("Updated: 5 May 2024, 10:30 BST", .dateline), (storm, nil), (evacuated, nil),
          ("Share on Facebook", .interfaceText),
          ("Copyright © 2024 Daily Planet. All rights reserved.", .copyright),
        ]),
      Edition(
        name: "ru: print version and editor at the bottom",
        lines: [
          ("Шторм обрушился на побережье в понедельник.", nil), ("Более 12 000 человек покинули дома.", nil),
          ("Версия для печати", .interfaceText), ("Редактор: Иван Петров", .byline),
        ]),
      Edition(
        name: "fr: dateline at the top; editor and follow prompt at the bottom",
        lines: [
          ("Mis à jour le 6 mai 2024 à 10h30", .dateline), ("La tempête a frappé la côte lundi.", nil),
          ("Plus de 12 000 personnes ont quitté leur maison.", nil),
          ("Rédaction : Jeanne Dupont", .byline), ("Suivez-nous sur Twitter", .interfaceText),
        ]),
      Edition(
        name: "de: dateline at the top; print prompt and credit at the bottom",
        lines: [
          ("Aktualisiert am 6. Mai 2024, 10:30 Uhr", .dateline), ("Der Sturm traf am Montag die Küste.", nil),
          ("Artikel drucken", .interfaceText), ("Redaktion: Anna Schmidt", .byline),
        ]),
      Edition(
        name: "ar, th: share and follow prompts",
        lines: [
          ("ضربت العاصفة الساحل يوم الاثنين.", nil), ("شارك على تويتر", .interfaceText),
          ("ติดตามเราทาง Facebook", .interfaceText),
        ]),
      Edition(
        name: "ko: reporter at the top; editor and copyright at the bottom",
        lines: [
          ("홍길동 기자 hong@example.com", .byline), ("월요일 폭풍이 해안을 강타했다.", nil),
          ("편집: 김철수", .byline), ("무단전재 및 재배포 금지", .copyright),
        ]),
    ])
  func edges(edition: Edition) {
    #expect(BoilerplateFilter().classify(edition.lines.map(\.text)) == edition.lines.map(\.kind))
  }

  @Test(
    "headlines, headings and lines that only look like furniture are content",
    arguments: [
      Edition(
        name: "a product name as the title", lines: [("iPhone 7", nil), (storm, nil), (evacuated, nil)]),
      Edition(
        name: "date headings in the middle of a story",
        lines: [(storm, nil), ("12 May 2016", nil), (evacuated, nil), ("13 May 2016", nil), (storm, nil)]),
      Edition(
        name: "one-word headings",
        lines: [("Background", nil), (storm, nil), ("Reactions", nil), (evacuated, nil)]),
      Edition(
        name: "a prompt word, a byline and a dateline inside the text",
        lines: [
          (storm, nil), ("Share", nil), (evacuated, nil), ("By Jane Doe", nil), ("2024-05-01 12:30", nil),
          (storm, nil),
        ]),
      Edition(
        name: "the edge runs stop at the first line of content",
        lines: [("Share on Facebook", .interfaceText), (storm, nil), ("Print", nil), (evacuated, nil)]),
      Edition(
        name: "sentences that begin like furniture",
        lines: [
          ("By 2020, sales had doubled.", nil), (storm, nil),
          ("Share prices fell sharply on Monday after the report.", nil),
        ]),
    ])
  func content(edition: Edition) {
    #expect(BoilerplateFilter().classify(edition.lines.map(\.text)) == edition.lines.map(\.kind))
  }

  @Test("a short line that two editions write the same is content in both")
  func shared() {
    let english = [
      "Samsung Galaxy S7", "Samsung showed its new phone on Sunday.", "Lee Jae-yong", Self.storm,
    ]
    let french = [
      "Samsung Galaxy S7", "Samsung a présenté son nouveau téléphone dimanche.", "Lee Jae-yong", Self.storm,
    ]
    let filter = BoilerplateFilter()
    #expect(filter.classify(english) == [nil, nil, nil, nil])
    #expect(filter.classify(french) == [nil, nil, nil, nil])
  }

  @Test(
    "in the middle of the text only a language menu or a complete copyright notice is furniture",
    arguments: [
      ("English | Français | Español", BoilerplateKind?.some(.languageMenu)),
      ("中文EnglishРусскийDeutsch", .languageMenu),
      ("Copyright © 2024 Daily Planet. All rights reserved.", .copyright),
      ("© 2024 新华网 版权所有", .copyright),
      ("© 2024 Daily Planet", nil),
      ("Copyright Notice", nil),
      ("Editor: Jane Doe", nil),
      ("Updated: 5 May 2024", nil),
      ("Share on Facebook", nil),
    ])
  func middle(line: String, kind: BoilerplateKind?) {
    #expect(BoilerplateFilter().classify([Self.storm, line, Self.evacuated]) == [nil, kind, nil])
  }

  @Test(
    "a line alone is furniture by its form",
    arguments: [
      ("中文 | Русский | English | Français | Español | العربية", BoilerplateKind.languageMenu),
      ("한어Русский языкEnglishFrançaisEspañol", .languageMenu),
      ("中文 | English", .languageMenu),
      ("Report/Feedback", .interfaceText),
      ("Share this article", .interfaceText),
      ("Facebook Twitter LinkedIn Email", .interfaceText),
      ("分享到：微信 微博", .interfaceText),
      ("字号：大 中 小", .interfaceText),
      ("Поделиться ВКонтакте", .interfaceText),
      ("Imprimir artículo", .interfaceText),
      ("Leggi anche", .interfaceText),
      ("印刷する", .interfaceText),
      ("공유하기", .interfaceText),
      ("Comments (12)", .interfaceText),
      ("Read more…", .interfaceText),
      ("Editor: Jane Doe", .byline),
      ("责任编辑：陈大文", .byline),
      ("[责任编辑：李四]", .byline),
      ("（记者 王五 李六）", .byline),
      ("文/张三", .byline),
      ("Редактор: Иван Петров", .byline),
      ("محرر: أحمد علي", .byline),
      ("編集：山田太郎", .byline),
      ("Source: Reuters", .byline),
      ("Par Jeanne Dupont", .byline),
      ("(Reporting by Jane Doe; Editing by John Smith)", .byline),
      ("2024年5月6日 10:30", .dateline),
      ("06.05.2024 10:30 GMT", .dateline),
      ("Published May 5, 2024 at 10:30 a.m. ET", .dateline),
      ("Опубликовано 6 мая 2024 года в 12:30", .dateline),
      ("입력 2024.05.06 10:30 수정 2024.05.06 11:00", .dateline),
      ("6 أيار 2024", .dateline),
      ("Posted 3 hours ago", .dateline),
      ("© 2024 Xinhua", .copyright),
      ("版权所有 新闻网", .copyright),
      ("Tous droits réservés", .copyright),
      ("Read more: Climate talks stall in Bonn", .interfaceText),
      ("相关阅读：波恩气候谈判陷入僵局", .interfaceText),
      ("Lesen Sie auch: Klimagespräche in Bonn stocken", .interfaceText),
      ("اقرأ أيضاً: تعثر محادثات المناخ في بون", .interfaceText),
      ("อ่านเพิ่มเติม: การเจรจาสภาพภูมิอากาศหยุดชะงัก", .interfaceText),
      ("Tags: climate, energy, Europe", .interfaceText),
      ("标签：气候 能源", .interfaceText),
      ("Теги: климат, энергетика", .interfaceText),
      ("Mots-clés : climat, énergie", .interfaceText),
      ("Sign up for our daily newsletter", .interfaceText),
      ("Подпишитесь на нашу рассылку", .interfaceText),
      ("Suscríbete a nuestro boletín", .interfaceText),
      ("5 min read", .interfaceText),
      ("Story continues below advertisement", .interfaceText),
      ("Foto: dpa", .byline),
      ("사진=연합뉴스", .byline),
      ("อัปเดตล่าสุด 3 มี.ค. 2564 14:32 น.", .dateline),
    ])
  func furniture(line: String, kind: BoilerplateKind) {
    #expect(BoilerplateFilter().classify([line]) == [kind])
  }

  @Test(
    "a line alone that reads as text is content, even where furniture stands",
    arguments: [
      "Rivers rise as storm hits coast", "暴风雨袭击沿海 河水上涨", "Français", "Facebook",
      "Follow the money", "By the Numbers", "Print Media in Decline", "Source of the Nile",
      "Copyright law in the digital age", "Video: storm hits coast", "1 / 5", "1990–2000",
      "Version 2.0.1", "English is spoken by about 1.5 billion people.",
      "Editor: What did you think of the film?", "May 2016 was the warmest month on record.",
      "He was born in 1990.", "周一，暴风雨在港口城市附近登陆，风速高达每小时150公里。",
      "The companies reported revenue of 120 billion dollars in 2019 and 2020.",
      "Related research shows a different picture.", "Tags on luggage were checked twice.",
      "Read more books, the doctor told him.", "Keywords matter less than people think, she said.",
      "More than 300 people attended the summit.", "Recommended dose: 5 mg twice a day",
      "Themen wie Handel und Klima standen auf der Agenda.", "关键词搜索量在去年增长了一倍。",
      "Thèmes abordés : le commerce et le climat ont dominé les débats.",
      "Смотрите: это главное правило.", "Topics: The Great Debate",
    ])
  func text(line: String) {
    #expect(BoilerplateFilter().classify([line]) == [nil])
  }

  /// Lines for the byte-level shortcuts: ASCII and not, signs anywhere, closing quotes,
  /// white space, a prepended Arabic number sign joined with the full stop after it.
  static let shortcutLines = [
    "", "c", "(", "©", "a©", "©a", "x (c) y", "x(C)", "(c", "c)", "ⓒ 2024", "2024 ⓒ", "Copyright 2020",
    "COPYRIGHT", "copy", "Ｃopyright", "版权所有 2020", "著作権", "Le chat.", "le chat", "Où ?", "Fin !",
    "“Quoted.”", "He said \"no.\"", "(A note.)", "[1]", "end.\r\n", "end. ", "tab\t", "a.b", "日本。",
    "終わり。」", "x\u{600}.", "\u{600}.", "...", "?", "a\u{301}.", "• Share |", "» Read more", "- item -",
    "Home > News", "1904.", "2024-05-01", "é", "ends with é.",
  ]

  @Test("the byte-level shortcuts agree with the character-level tests they stand for")
  func shortcuts() {
    let marks = ["©", "ⓒ", "(c)", "copyright", "版权所有", "版權所有", "著作権"]
    let closing: Set<Character> = ["\"", "'", "”", "’", "»", ")", "）", "」", "』", "]", "›"]
    let enders: [Character] = [".", "!", "?", "。", "！", "？", "…", "؟", "।", "။", "።", "．", "؛"]
    for line in Self.shortcutLines {
      let bytes = Array(line.utf8)
      let signed =
        [Array("©".utf8), Array("ⓒ".utf8), Array("(c)".utf8), Array("(C)".utf8)].contains { needle in
          bytes.count >= needle.count
            && (0...(bytes.count - needle.count)).contains { bytes[$0..<$0 + needle.count].elementsEqual(needle) }
        } || marks.contains { line.prefix(12).lowercased().hasPrefix($0) }
      #expect(BoilerplateFilter.maySignCopyright(line) == signed, "\(line)")
      let last = line.reversed().first { !closing.contains($0) && !$0.isWhitespace }
      #expect(BoilerplateFilter.endsSentence(line) == (last.map { enders.contains($0) } ?? false), "\(line)")
      #expect(BoilerplateFilter.endsSentence(line[...]) == BoilerplateFilter.endsSentence(line), "\(line)")
      var stripped = Substring(line.trimmingWhitespace())
      while true {
        let before = (stripped.startIndex, stripped.endIndex)
        stripped = stripped.drop { BoilerplateFilter.decoration.contains($0) || $0.isWhitespace }
        while let end = stripped.last, BoilerplateFilter.decoration.contains(end) || end.isWhitespace {
          stripped = stripped.dropLast()
        }
        if let first = stripped.first, let close = BoilerplateFilter.brackets[first], !stripped.dropFirst().isEmpty,
          stripped.last == close, !stripped.dropFirst().dropLast().contains(close)
        {
          stripped = stripped.dropFirst().dropLast()
        }
        if stripped.startIndex == before.0, stripped.endIndex == before.1 { break }
      }
      #expect(BoilerplateFilter.strippingDecoration(line) == String(stripped), "\(line)")
    }
  }
}
