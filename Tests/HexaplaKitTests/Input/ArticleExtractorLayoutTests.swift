import Testing

@testable import HexaplaKit

/// Hand-written pages for the ways real pages spread an article over their markup (split
/// bodies, galleries, lists, tables, teaser cards), each with the text it must give.
@Suite("Article extraction: split bodies, lists and teasers")
struct ArticleExtractorLayoutTests {
  static let first = ArticleExtractorPageTests.first
  static let second = ArticleExtractorPageTests.second
  static let third = ArticleExtractorPageTests.third
  static let caption =
    "Water covered the main street of the old town on Monday morning, as the river rose, and shops stayed shut."

  /// A part of a split body, four wrappers deep as page builders render it.
  static func part(_ classes: String, _ paragraphs: [String]) -> String {
    "<div class=\"block\"><div class=\"grid\"><div class=\"cell\"><div class=\"\(classes)\">"
      + paragraphs.map { "<p>\($0)</p>" }.joined() + "</div></div></div></div>"
  }

  @Test(
    "how the article is laid out",
    arguments: [
      (
        "a body split into parts of one template, an advert between them",
        "<article><h1>Storm hits coast</h1>" + part("article-text", [first])
          + "<div class=\"block\"><div class=\"ad\">Advertisement</div></div>" + part("article-text", [second])
          + part("article-text", [third]) + "</article>",
        [first, second, third]
      ),
      (
        "numbered parts of one template (story-body-1, story-body-2)",
        "<article><h1>Storm hits coast</h1><div class=\"supplemental\"><div class=\"story-body story-body-1\"><p>\(first)</p><p>\(second)</p></div></div>"
          + "<div class=\"supplemental\"><div class=\"story-body story-body-2\"><p>\(third)</p></div></div></article>",
        [first, second, third]
      ),
      (
        "a photo gallery widget beside the paragraphs, with more text than they have",
        "<div class=\"text-wrapper\"><h1>Storm hits coast</h1><p>\(first)</p>"
          + "<div class=\"widget-wrapper type-gallery\"><ul class=\"legends\">"
          + (1...3).map { "<li><h2>\($0)/3 Flooded street</h2><p>\(caption)</p></li>" }.joined()
          + "</ul></div><p>\(second)</p><p>\(third)</p></div>",
        [first, second, third]
      ),
      (
        "a section whose id spells its heading (sharing-the-warning)",
        "<div class=\"document\"><h1>Storm hits coast</h1><div class=\"section\" id=\"sharing-the-warning\">"
          + "<h2>Sharing the warning</h2><p>\(first)</p><p>\(second)</p><p>\(third)</p></div></div>"
          + "<footer><p>\(String(repeating: caption + " ", count: 4))</p></footer>",
        ["Sharing the warning", first, second, third]
      ),
      (
        "a list of prose keeps its short items and its bare link; a list of links is left out",
        "<div class=\"story\"><h1>Storm hits coast</h1><p>\(first)</p><p>\(second)</p>"
          + "<ul><li>Water</li><li>Torch</li><li><a href=\"/map\">The map of the shelters</a></li><li>\(third)</li></ul>"
          + "<ul><li><a href=\"/1\">Floods in the north last year</a></li><li><a href=\"/2\">How to prepare for a storm</a></li></ul></div>",
        [first, second, "Water", "Torch", "The map of the shelters", third]
      ),
      (
        "teaser cards whose headline sits inside the link are link text",
        "<div class=\"story\"><h1>Storm hits coast</h1><p>\(first)</p><p>\(second)</p><p>\(third)</p><div class=\"cards\">"
          + "<a href=\"/1\"><div class=\"title\">Floods in the north last year, and what was learnt from them</div></a>"
          + "<a href=\"/2\"><div class=\"title\">How to prepare a house for the next storm, step by step</div></a></div></div>",
        [first, second, third]
      ),
      (
        "a note link with a furniture class inside a sentence",
        "<div class=\"story\"><h1>Storm hits coast</h1><p>"
          + first.replacingOccurrences(
            of: "port city", with: "<a class=\"popup\" href=\"javascript:void(0)\">port city</a>")
          + "</p><p>\(second)</p><p>\(third)</p></div>",
        [first, second, third]
      ),
      (
        "text in nested inline elements is read once",
        "<div><h1>Storm hits coast</h1><div><span><b>\(first)</b></span></div><div><span><i>\(second)</i> <a href=\"#n1\">[1]</a></span></div>"
          + "<div><span>\(third)</span></div></div>",
        [first, second + " [1]", third]
      ),
    ] as [(String, String, [String])])
  func layout(name: String, body: String, expected: [String]) throws {
    let page = "<html><body>\(body)</body></html>"
    let article = try ArticleExtractor.extract(bytes: Array(page.utf8), path: "storm.en.html")
    #expect(article.headline == "Storm hits coast", "\(name)")
    #expect(article.paragraphs == expected, "\(name)")
  }

  @Test("a data table is read with the text around it, every cell")
  func dataTable() throws {
    let rows = [
      ("Northport", "120 mm", "The harbour wall was breached, and boats were thrown onto the quay by the waves."),
      ("Eastfield", "95 mm", "Fields were flooded, the main road was closed, and two farms were cut off."),
      ("Westbay", "60 mm", "Trees fell on the railway line, so trains stopped running until the evening."),
    ]
    let page =
      "<html><body><div class=\"page\"><h1>Storm hits coast</h1><p>\(Self.first)</p><table>"
      + "<tr><th>Town</th><th>Rain</th><th>What happened</th></tr>"
      + rows.map { "<tr><td><a href=\"/t/\($0.0)\">\($0.0)</a></td><td>\($0.1)</td><td>\($0.2)</td></tr>" }.joined()
      + "</table></div></body></html>"
    let article = try ArticleExtractor.extract(bytes: Array(page.utf8), path: "storm.en.html")
    #expect(article.paragraphs == [Self.first, "Town", "Rain", "What happened"] + rows.flatMap { [$0.0, $0.1, $0.2] })
  }
}
