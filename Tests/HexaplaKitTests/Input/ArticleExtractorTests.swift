import Foundation
import Testing

@testable import HexaplaKit

@Suite("Article extraction from HTML")
struct ArticleExtractorTests {
  /// A news page with a cookie banner, site header, navigation, language menu, share bar,
  /// byline, related links, figure, comments, sidebar and footer.
  static let newsPage = """
    <!DOCTYPE html>
    <html lang="en"><head><meta charset="utf-8">
    <title>Rivers rise as storm hits coast | Daily Planet</title>
    <script>var x = "<p>not text</p>";</script><style>p { color: red }</style>
    </head><body>
    <div id="cookie-banner"><p>We use cookies to improve your experience. By continuing, you accept.</p></div>
    <header class="site-header"><a href="/">Daily Planet</a>
    <nav><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
    <div class="languages"><a href="/zh">中文</a> <a href="/ru">Русский</a></div>
    </header>
    <main><article class="story">
    <header class="article-header">
    <h1>Rivers rise as storm hits coast</h1>
    <p class="standfirst">Thousands were evacuated on Monday as the river crested at 7.5 metres.</p>
    <p class="byline">By Jane Doe</p><time datetime="2024-05-06">6 May 2024</time>
    </header>
    <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
    <div class="article-body">
    <p>The storm made landfall near the port city early on Monday, bringing winds of up to 150 km/h.</p>
    <p>Officials said more than 12,000 people had left their homes, and schools were closed.<br>Power was cut to about 40,000 households.</p>
    <h2>Warnings ignored</h2>
    <p>Residents said the warning came too late, while the <a href="/mayor">mayor</a> defended the response.</p>
    <aside class="related"><h3>Related</h3><ul><li><a href="/a">Floods last year</a></li></ul></aside>
    <p>“We did everything we could,” the mayor told reporters on <time>Tuesday</time>.</p>
    <figure><img src="x.jpg"><figcaption>A flooded street in the city centre.</figcaption></figure>
    </div></article>
    <section id="comments" class="comments"><h3>Comments (2)</h3>
    <div class="comment"><p>This is terrible news, my thoughts go out to everyone affected, really.</p></div>
    </section></main>
    <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/1">Story one</a></li></ol></aside>
    <footer><p>© 2024 Daily Planet. All rights reserved.</p></footer>
    </body></html>
    """

  @Test("a news page gives headline, standfirst and body only")
  func newsPage() throws {
    let article = try ArticleExtractor.extract(bytes: Array(Self.newsPage.utf8), path: "storm.en.html")
    #expect(article.headline == "Rivers rise as storm hits coast")
    #expect(
      article.paragraphs == [
        "Thousands were evacuated on Monday as the river crested at 7.5 metres.",
        "The storm made landfall near the port city early on Monday, bringing winds of up to 150 km/h.",
        "Officials said more than 12,000 people had left their homes, and schools were closed.",
        "Power was cut to about 40,000 households.",
        "Warnings ignored",
        "Residents said the warning came too late, while the mayor defended the response.",
        "“We did everything we could,” the mayor told reporters on Tuesday.",
      ])
  }

  /// A Chinese page laid out with divs and <br>, no semantic elements, declared GB2312.
  static let chinesePage = """
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
    <title>暴风雨袭击沿海 河水上涨_新闻中心</title></head>
    <body><div class="top"><a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/en">English</a></div>
    <div class="main"><div class="left">
    <div class="info">2024-05-06 10:30 来源：本报</div>
    <div id="text">周一，暴风雨在港口城市附近登陆，风速高达每小时150公里。<br><br>官员说，超过一万二千人离开家园，该地区的学校全部停课。<br>
    约四万户家庭停电。</div>
    <div class="fenxiang">分享到：<a>微信</a><a>微博</a></div>
    </div>
    <div class="right"><ul><li><a href="/1">今日要闻一</a></li><li><a href="/2">今日要闻二</a></li></ul></div></div>
    <div class="foot">版权所有 2024 新闻网</div></body></html>
    """

  @Test("a GBK page with loose text and <br> paragraphs; the title without the site name")
  func chineseGBK() throws {
    let utf8 = Data(Self.chinesePage.utf8)
    let gbk = try #require(String(data: utf8, encoding: .utf8)).data(using: .init(rawValue: 0x8000_0632))
    let bytes = [UInt8](try #require(gbk))
    #expect(bytes != Array(utf8))
    let article = try ArticleExtractor.extract(bytes: bytes, path: "storm.zh.html")
    #expect(article.headline == "暴风雨袭击沿海 河水上涨")
    #expect(
      article.paragraphs == [
        "周一，暴风雨在港口城市附近登陆，风速高达每小时150公里。",
        "官员说，超过一万二千人离开家园，该地区的学校全部停课。",
        "约四万户家庭停电。",
      ])
  }

  @Test("og:title is the headline when the page has no <h1>")
  func ogTitle() throws {
    let page = """
      <html><head><meta property="og:title" content="Le fleuve déborde"><title>Accueil - Journal</title></head>
      <body><div class="content"><p>Le fleuve a débordé lundi, et des milliers de personnes ont été évacuées.</p></div></body></html>
      """
    let article = try ArticleExtractor.extract(bytes: Array(page.utf8), path: "p.fr.html")
    #expect(article.headline == "Le fleuve déborde")
    #expect(article.paragraphs == ["Le fleuve a débordé lundi, et des milliers de personnes ont été évacuées."])
    #expect(
      article.text == "Le fleuve déborde\nLe fleuve a débordé lundi, et des milliers de personnes ont été évacuées.\n")
  }

  @Test(
    "charset from BOM, meta charset, http-equiv or XML declaration; UTF-8 by default",
    arguments: [
      ([0xEF, 0xBB, 0xBF] + Array("<p>x</p>".utf8), "UTF-8", 3),
      ([0xFF, 0xFE, 0x3C, 0x00], "UTF-16LE", 2),
      (Array("<html><head><META CHARSET='Shift_JIS'>".utf8), "Shift_JIS", 0),
      (Array(#"<meta http-equiv="content-type" content="text/html; charset=ISO-8859-1">"#.utf8), "windows-1252", 0),
      (Array(#"<?xml version="1.0" encoding="iso-8859-1"?><html>"#.utf8), "windows-1252", 0),
      (Array("<html><body>plain</body></html>".utf8), "UTF-8", 0),
    ] as [([UInt8], String, Int)])
  func charset(bytes: [UInt8], name: String, bom: Int) {
    let detected = HTMLCharset.detect(bytes)
    #expect(detected.name == name)
    #expect(detected.bomLength == bom)
  }

  @Test("a Latin-1 page is decoded by its declared charset")
  func latin1() throws {
    let bytes: [UInt8] =
      Array(#"<html><head><meta charset="iso-8859-1"></head><body><p>Caf"#.utf8) + [0xE9]
      + Array(" et cr".utf8) + [0xE8] + Array("me, voil".utf8) + [0xE0]
      + Array(" le menu du jour.</p></body></html>".utf8)
    let article = try ArticleExtractor.extract(bytes: bytes, path: "menu.fr.html")
    #expect(article.paragraphs == ["Café et crème, voilà le menu du jour."])
  }

  @Test(
    "bad pages are errors naming the file",
    arguments: [
      (
        Array(
          "<html><body><nav><a href='/'>Home</a></nav><ul><li><a href='/a'>A story</a></li></ul></body></html>".utf8),
        "index.en.html: no article text found in the page (is it an article, or only a menu or index page?)"
      ),
      (
        Array(
          "<html><body><ul><li><a href='/a'>The storm hits the coast on Monday morning</a></li><li><a href='/b'>Schools across the region are closed</a></li></ul></body></html>"
            .utf8),
        "links.en.html: no article text found in the page (is it an article, or only a menu or index page?)"
      ),
    ] as [([UInt8], String)])
  func badPages(bytes: [UInt8], message: String) {
    let path = message.split(separator: ":")[0]
    #expect {
      _ = try ArticleExtractor.extract(bytes: bytes, path: String(path))
    } throws: { error in
      "\(error)" == message
    }
  }

  @Test("a long comment thread does not outweigh the article")
  func comments() throws {
    let comment =
      "<div class=\"comment-body\"><p>I have lived here for thirty years, and I have never seen anything like it, honestly, never.</p></div>"
    let page = """
      <html><body><div class="post"><h1>Flood closes bridge</h1>
      <div class="post-content"><p>The old bridge was closed on Friday after the river rose, officials said.</p>
      <p>Engineers will inspect it next week, and traffic will be diverted until then.</p></div></div>
      <div id="disqus_thread">\(String(repeating: comment, count: 8))</div></body></html>
      """
    let article = try ArticleExtractor.extract(bytes: Array(page.utf8), path: "bridge.en.html")
    #expect(article.headline == "Flood closes bridge")
    #expect(
      article.paragraphs == [
        "The old bridge was closed on Friday after the river rose, officials said.",
        "Engineers will inspect it next week, and traffic will be diverted until then.",
      ])
  }

  @Test("an old table layout: the text cell wins over the menu cell")
  func tableLayout() throws {
    let page = """
      <html><body><table><tr>
      <td width="150"><a href="/1">News</a><br><a href="/2">Sport</a><br><a href="/3">Weather</a><br><a href="/4">Contact</a></td>
      <td><font size="5"><b>Flood closes bridge</b></font><br><br>
      The old bridge was closed on Friday after the river rose, officials said.<br><br>
      Engineers will inspect it next week, and traffic will be diverted until then.</td>
      </tr></table></body></html>
      """
    let article = try ArticleExtractor.extract(bytes: Array(page.utf8), path: "bridge.en.html")
    #expect(
      article.paragraphs == [
        "Flood closes bridge",
        "The old bridge was closed on Friday after the river rose, officials said.",
        "Engineers will inspect it next week, and traffic will be diverted until then.",
      ])
  }
}
