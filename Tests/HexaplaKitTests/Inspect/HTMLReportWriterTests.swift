import Foundation
import Testing

@testable import HexaplaKit

@Suite("HTML report")
struct HTMLReportWriterTests {
  static let units: [InspectedUnit] = [
    InspectedUnit(
      number: 1,
      variants: [
        .init(language: "en", text: "Prices rose 4.5% in 2008, said Smith & Co."),
        .init(language: "zh", text: "史密斯公司称，2008年价格上涨了4.5%。"),
      ], beadType: "1-1", score: 0.9, anchors: ["2008", "4.5"], document: "a"),
    InspectedUnit(
      number: 2,
      variants: [
        .init(language: "en", text: "The fee is 1,000 euros <cheap>."),
        .init(language: "ar", text: "الرسوم 1000 يورو."),
      ],
      beadType: "1-1", score: 0.1, anchors: ["1000"], document: "b"),
    InspectedUnit(
      number: 3, variants: [.init(language: "en", text: "Alone.")], beadType: "1-0", score: 0.3, document: "b"),
  ]

  func report(low: Double? = nil) throws -> String {
    let sink = MemorySink()
    var options = AlignmentInspector.ViewOptions()
    options.lowScore = low
    try AlignmentInspector(units: Self.units).writeHTML(title: "sample.tmx", options: options, to: sink)
    #expect(sink.isFinished)
    return sink.text
  }

  @Test("one self-contained page with columns, beads, scores, statistics and histogram")
  func structure() throws {
    let html = try report(low: 0.5)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(html.hasSuffix("</html>\n"))
    #expect(html.contains("<meta charset=\"utf-8\">"))
    #expect(html.contains("<style>"))
    #expect(html.contains("<svg class=\"histogram\""))
    #expect(html.contains("<th lang=\"en\">en</th><th lang=\"zh\">zh</th><th lang=\"ar\">ar</th>"))
    #expect(html.contains("<td lang=\"ar\" dir=\"auto\">الرسوم <mark>1000</mark> يورو.</td>"))
    #expect(html.contains("<tr class=\"unit low\" id=\"u2\">"))
    #expect(html.contains("<tr class=\"unit low unpaired\" id=\"u3\">"))
    #expect(html.contains("<td class=\"missing\" lang=\"zh\" title=\"no zh counterpart\">—</td>"))
    #expect(html.contains("<tr class=\"document\"><th colspan=\"6\">b</th></tr>"))
    #expect(html.contains("<td class=\"score\" style=\"background:hsl(108,70%,82%)\">0.90</td>"))
  }

  @Test("anchors highlighted in both languages; numbers match across digit grouping; text escaped")
  func anchors() throws {
    let html = try report()
    #expect(html.contains("Prices rose <mark>4.5</mark>% in <mark>2008</mark>, said Smith &amp; Co."))
    #expect(html.contains("史密斯公司称，<mark>2008</mark>年价格上涨了<mark>4.5</mark>%。"))
    #expect(html.contains("The fee is <mark>1,000</mark> euros &lt;cheap&gt;."))
  }

  @Test(
    "anchor matching: whole words in spaced scripts, anywhere in CJK",
    arguments: [
      (["Moab"], "Moabitish Moab, moab.", ["Moab", "moab"]),
      (["2024"], "2024年预算", ["2024"]),
      (["1000"], "1 000 et 10000 et 1,000", ["1 000", "1,000"]),
      (["北京"], "在北京市", ["北京"]),
      (["Café"], "Cafés and café", ["café"]),
      (["Obama"], "奥巴马Obama说", ["Obama"]),
    ])
  func anchorMatching(anchors: [String], text: String, found: [String]) {
    let highlighter = AnchorHighlighter(anchors: anchors)
    #expect(highlighter.ranges(in: text).map { String(text[$0]) } == found)
  }

  @Test("no external resources: no URL in src or href, no script, no link")
  func selfContained() throws {
    let html = try report()
    let references = try NSRegularExpression(pattern: "(src|href)\\s*=\\s*\"([^\"]*)\"", options: [.caseInsensitive])
    let matches = references.matches(in: html, range: NSRange(html.startIndex..., in: html))
    #expect(!matches.isEmpty)
    for match in matches {
      let value = String(html[Range(match.range(at: 2), in: html)!])
      #expect(value.hasPrefix("#"), "external reference \(value)")
    }
    #expect(!html.lowercased().contains("http"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<link"))
  }

  @Test("without --low, units scoring below 0.5 are weak; a file scoring 0.99 throughout has none")
  func lowConfidenceByDefault() throws {
    let html = try report()
    #expect(html.contains("<tr class=\"unit\" id=\"u1\">"))
    #expect(html.contains("<tr class=\"unit low\" id=\"u2\">"))
    #expect(html.contains("<tr class=\"unit low unpaired\" id=\"u3\">"))
    #expect(html.contains("low confidence (score below 0.50)"))
    let sure = Self.units.map { unit -> InspectedUnit in
      var copy = unit
      copy.score = 0.99
      return copy
    }
    let sink = MemorySink()
    try AlignmentInspector(units: sure).writeHTML(title: "sure.tmx", options: .init(), to: sink)
    #expect(!sink.text.contains("class=\"unit low"))
  }

  @Test("length-ratio outliers are marked in their rows")
  func ratioOutliers() throws {
    var units: [InspectedUnit] = (1...8).map { n in
      InspectedUnit(
        number: n,
        variants: [
          .init(language: "en", text: "A short sentence \(n)."), .init(language: "de", text: "Ein kurzer Satz \(n)."),
        ], beadType: "1-1", score: 0.9)
    }
    units.append(
      InspectedUnit(
        number: 9,
        variants: [
          .init(language: "en", text: "Yes."),
          .init(language: "de", text: String(repeating: "Ein sehr langer Satz. ", count: 8)),
        ], beadType: "1-1", score: 0.9))
    let sink = MemorySink()
    try AlignmentInspector(units: units).writeHTML(title: "t", options: .init(), to: sink)
    #expect(sink.text.contains("<td class=\"bead\">1-1 <span class=\"ratio\""))
    #expect(sink.text.components(separatedBy: "1-1 <span class=\"ratio\"").count == 2)
    #expect(sink.text.contains("<a href=\"#u9\">#9</a>"))
  }

  @Test("deterministic")
  func deterministic() throws {
    #expect(try report() == report())
  }
}
