import Testing

@testable import HexaplaKit

@Suite("Boilerplate in text copies of pages")
struct BoilerplateFilterTests {
  @Test(
    "boilerplate lines and their kinds",
    arguments: [
      ("한어Русский языкEnglishFrançaisEspañol", BoilerplateKind.languageMenu),
      ("中文 | Русский | English | Français | Español | العربية", .languageMenu),
      ("简体中文 繁體中文 English 日本語 한국어", .languageMenu),
      ("Report/Feedback", .interfaceText),
      ("Share this article", .interfaceText),
      ("Partager sur Facebook", .interfaceText),
      ("分享到：微信 微博", .interfaceText),
      ("Поделиться", .interfaceText),
      ("By Jane Doe", .byline),
      ("Par Jeanne Dupont", .byline),
      ("记者 张三 李四", .byline),
      ("홍길동 기자 hong@example.com", .byline),
      ("Updated: 2024-05-06 10:30", .dateline),
      ("2024年5月6日 10:30", .dateline),
      ("06.05.2024 10:30 GMT", .dateline),
      ("Copyright © 2024 Daily Planet. All rights reserved.", .copyright),
      ("版权所有 新闻网", .copyright),
    ])
  func boilerplate(line: String, kind: BoilerplateKind) {
    #expect(BoilerplateFilter(editions: []).classify(line) == kind)
  }

  @Test(
    "content lines, including short headlines and sentences that look alike, are kept",
    arguments: [
      "Rivers rise as storm hits coast",
      "Share prices fell sharply on Monday after the report.",
      "By 2020, sales had doubled.",
      "English is spoken by about 1.5 billion people.",
      "Français",
      "He was born in 1990.",
      "暴风雨袭击沿海 河水上涨",
      "周一，暴风雨在港口城市附近登陆，风速高达每小时150公里。",
      "Reporters said the vote, held on 5 May, was close.",
      "The companies reported revenue of 120 billion dollars in 2019 and 2020.",
    ])
  func content(line: String) {
    #expect(BoilerplateFilter(editions: []).classify(line) == nil)
  }

  @Test("a short unpunctuated line found in two editions is boilerplate; the headlines are not")
  func repeated() {
    let english = ["Storm hits coast", "The storm hit the coast on Monday.", "Xinhua Online"]
    let french = ["La tempête frappe la côte", "La tempête a frappé la côte lundi.", "Xinhua Online"]
    let filter = BoilerplateFilter(editions: [english, french])
    #expect(english.map { filter.classify($0) } == [nil, nil, .repeatedAcrossEditions])
    #expect(french.map { filter.classify($0) } == [nil, nil, .repeatedAcrossEditions])
  }
}
