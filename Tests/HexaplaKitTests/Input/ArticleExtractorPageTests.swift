import Foundation
import Testing

@testable import HexaplaKit

/// Hand-written pages, one per way real pages went wrong (issue 15), each with the text it
/// must give.
@Suite("Article extraction: how real pages are built")
struct ArticleExtractorPageTests {
  static let first = "The storm made landfall near the port city early on Monday, bringing winds of up to 150 km/h."
  static let second =
    "Officials said more than 12,000 people had left their homes, and schools were closed for the week."
  static let third = "Residents said the warning came too late, while the mayor defended the response of the city."
  static let body = "<p>\(first)</p><p>\(second)</p><p>\(third)</p>"

  @Test(
    "page structure: wrappers kept, furniture left out",
    arguments: [
      (
        "a negative class word on an ancestor of the article only lowers its score",
        """
        <html><body><div class="site no-share modal-enabled"><div class="elementor-widget-container">
        <h1>Storm hits coast</h1>\(body)</div>
        <div class="share-buttons"><p><a href="#">Share on Facebook</a> or send it to a friend today</p></div>
        </div></body></html>
        """
      ),
      (
        "a Drupal field--label-hidden body field",
        """
        <html><body><div class="node"><h1>Storm hits coast</h1>
        <div class="field field--name-body field--type-text-with-summary field--label-hidden">\(body)</div></div>
        <div class="hidden"><p>This paragraph is hidden by its class and must not be read at all.</p></div>
        </body></html>
        """
      ),
      (
        "a <form> around the whole page (ASP.NET)",
        """
        <html><body><form id="aspnetForm" method="post" action="./story.aspx">
        <div id="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></div>
        <div><h1>Storm hits coast</h1>\(body)</div>
        <form class="search"><input name="q"><p>Search the whole site for more stories about it</p></form>
        </form></body></html>
        """
      ),
      (
        "the article inside <noscript>",
        """
        <html><body><div id="app"></div><noscript><h1>Storm hits coast</h1>\(body)</noscript>
        <noscript><p>Please enable JavaScript in your browser to see the comments.</p></noscript>
        </body></html>
        """
      ),
      (
        "an <aside> around the main text, a small one beside it",
        """
        <html><body><aside class="layout"><h1>Storm hits coast</h1>\(body)</aside>
        <aside><p>Most read today: a list of stories that other people have enjoyed reading.</p></aside>
        </body></html>
        """
      ),
      (
        "paragraphs inside inline wrappers (<span><p>) are read once",
        """
        <html><body><h1>Storm hits coast</h1><div> <span> <span><div class="step"><span>\(body)</span></div></span> </span></div>
        </body></html>
        """
      ),
      (
        "a short best block falls back to the next-best container",
        """
        <html><body><h1>Storm hits coast</h1>
        <div><div><div><div class="quote"><blockquote><p>“We did, as always, everything, and I mean everything, we could, day, night, rain, wind, and more, for this city,” she said.</p></blockquote></div></div></div></div>
        <div>\(body)</div></body></html>
        """
      ),
    ] as [(String, String)])
  func structure(name: String, page: String) throws {
    let article = try ArticleExtractor.extract(bytes: Array(page.utf8), path: "storm.en.html")
    #expect(article.headline == "Storm hits coast", "\(name)")
    #expect(article.paragraphs == [Self.first, Self.second, Self.third], "\(name)")
    #expect(article.warnings.isEmpty, "\(name)")
  }

  @Test(
    "text damage: ruby readings, soft hyphens and zero-width spaces",
    arguments: [
      (
        "<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもたちは<ruby>学校<rt>がっこう</rt></ruby>へ行きました。</p>",
        "子どもたちは学校へ行きました。"
      ),
      (
        "<p>Die Donau&shy;dampf\u{AD}schiff\u{200B}fahrt fährt&#8203; heute nicht, sagte der Kapitän.</p>",
        "Die Donaudampfschifffahrt fährt heute nicht, sagte der Kapitän."
      ),
      (
        "<p>خانه\u{200C}ها و زیبا\u{200D} هستند، گفت.</p>",
        "خانه\u{200C}ها و زیبا\u{200D} هستند، گفت."
      ),
    ] as [(String, String)])
  func textDamage(paragraph: String, expected: String) throws {
    let page = "<html><body><div>\(paragraph)\(Self.body)</div></body></html>"
    let article = try ArticleExtractor.extract(bytes: Array(page.utf8), path: "page.html")
    #expect(article.paragraphs.first == expected)
  }

  /// Russian text in windows-1251 (Cyrillic А–я is 0xC0–0xFF there, ё 0xB8, Ё 0xA8).
  static func windows1251(_ text: String) -> [UInt8] {
    text.unicodeScalars.map { scalar in
      switch scalar.value {
      case 0x0410...0x044F: UInt8(scalar.value - 0x0410 + 0xC0)
      case 0x0451: 0xB8
      case 0x0401: 0xA8
      case 0x2014: 0x97
      default: UInt8(scalar.value)
      }
    }
  }

  static func latin1(_ text: String) -> [UInt8] { text.unicodeScalars.map { UInt8($0.value) } }

  static let russian = [
    "В понедельник шторм обрушился на побережье, и ветер достигал ста пятидесяти километров в час.",
    "Власти сообщили, что более двенадцати тысяч человек покинули свои дома, а школы закрыты.",
    "Жители говорят, что предупреждение пришло слишком поздно, но мэр защищает действия города.",
  ]
  static let french = [
    "La tempête a touché la côte lundi matin, avec des vents très forts près du port.",
    "Les écoles sont fermées, et des milliers de personnes ont quitté leur maison.",
    "Le maire a défendu la réponse de la ville, même si les habitants étaient déçus.",
    "La météo annonce encore de la pluie pour demain, mais moins de vent sur la côte.",
  ]
  static func page(_ paragraphs: [String], head: String = "") -> String {
    "<html><head>\(head)<title>t</title></head><body><div>"
      + paragraphs.map { "<p>\($0)</p>" }.joined() + "</div></body></html>"
  }

  @Test(
    "charsets: declared, detected, damaged",
    arguments: [
      ("undeclared windows-1251", windows1251(page(russian)), russian, "windows-1251"),
      (
        "the encoding only in the XML declaration",
        latin1("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + page(french)), french, "windows-1252"
      ),
      (
        "declared gb2312 but saved as UTF-8", Array(page(french, head: "<meta charset=\"gb2312\">").utf8), french,
        "UTF-8"
      ),
      (
        "UTF-16LE without a byte-order mark", page(russian).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
        russian, "UTF-16LE"
      ),
      (
        "UTF-16BE without a byte-order mark", page(french).utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] },
        french, "UTF-16BE"
      ),
      (
        "an unknown declared charset: detected", latin1(page(french, head: "<meta charset=\"x-no-such\">")), french,
        "windows-1252"
      ),
    ] as [(String, [UInt8], [String], String)])
  func charsets(name: String, bytes: [UInt8], expected: [String], charset: String) throws {
    let decoded = try HTMLCharset.decode(bytes, path: "page.html")
    #expect(decoded.charset == charset, "\(name)")
    let article = try ArticleExtractor.extract(bytes: bytes, path: "page.html")
    #expect(article.paragraphs == expected, "\(name)")
  }

  @Test("stray bad bytes in a UTF-8 page become U+FFFD with a warning")
  func strayBytes() throws {
    var damaged = Array(Self.page(Self.french, head: "<meta charset=\"utf-8\">").utf8)
    let at = try #require(damaged.firstIndex(of: UInt8(ascii: "L")))
    damaged.insert(0xFF, at: at)
    let article = try ArticleExtractor.extract(bytes: damaged, path: "page.html")
    #expect(article.paragraphs == ["\u{FFFD}" + Self.french[0]] + Self.french.dropFirst())
    #expect(article.warnings == ["1 byte not valid UTF-8 (the first at byte \(at)) replaced by U+FFFD"])
  }

  @Test("a page with little text is extracted with a warning")
  func shortPage() throws {
    let page = "<html><body><div><p>Only this one short paragraph, nothing else here.</p></div></body></html>"
    let article = try ArticleExtractor.extract(bytes: Array(page.utf8), path: "page.html")
    #expect(article.paragraphs == ["Only this one short paragraph, nothing else here."])
    #expect(article.warnings == ["only 49 characters of article text found; is it an article page?"])
  }

  @Test(
    "the declared language: <html lang>, og:locale, Content-Language",
    arguments: [
      (#"<html lang="fr-FR"><body>"#, "fr"),
      (#"<html xml:lang="fr"><body>"#, "fr"),
      (#"<html><head><meta property="og:locale" content="fr_CA"></head><body>"#, "fr"),
      (#"<html><head><meta http-equiv="Content-Language" content="fr, en"></head><body>"#, "fr"),
      (#"<html lang="zh-Hant-TW"><body>"#, "zh-Hant"),
      ("<html><body>", nil),
    ] as [(String, String?)])
  func language(start: String, expected: String?) throws {
    let page = start + "<div>" + Self.french.map { "<p>\($0)</p>" }.joined() + "</div></body></html>"
    let article = try ArticleExtractor.extract(bytes: Array(page.utf8), path: "page.html")
    #expect(article.language?.description == expected)
  }
}
