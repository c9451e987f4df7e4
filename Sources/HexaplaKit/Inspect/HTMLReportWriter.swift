/// Writes a self-contained HTML page for an aligned file: statistics with an inline SVG score
/// histogram, then one table row per unit with its bead type, its score as a colour, the
/// text of each language (`lang` and `dir="auto"` on every cell) and anchors highlighted.
///
/// The page loads nothing: inline CSS, no script, no external URL. Units are written as they
/// come (`write(_:)`), so the caller can stream a large file; the statistics come first and
/// must be gathered beforehand.
public final class HTMLReportWriter {
  private let sink: TextSink
  private let languages: [String]
  private let lowScore: Double?
  private let showsDocuments: Bool
  private var currentDocument: String?
  private var lengthOutliers: Set<Int> = []
  private let anchorForms = AnchorForms()

  /// Prepares a report.
  /// - Parameters:
  ///   - languages: the columns, in order.
  ///   - lowScore: units scoring below it are marked as low confidence.
  public init(
    sink: TextSink, languages: [String], lowScore: Double?, showsDocuments: Bool
  ) {
    self.sink = sink
    self.languages = languages
    self.lowScore = lowScore
    self.showsDocuments = showsDocuments
  }

  /// Writes the head of the page, the statistics and the table header.
  /// - Throws: `HexaplaError.outputNotWritable`.
  public func begin(title: String, statistics stats: InspectionStatistics) throws {
    lengthOutliers = Set(stats.lengthRatios().flatMap { $0.outliers.map(\.unit) })
    var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    out += "<meta name=\"generator\" content=\"Hexapla \(HexaplaVersion.current)\">\n"
    out += "<title>\(Self.escape(title)) · Hexapla alignment</title>\n<style>\n\(Self.css)</style>\n</head>\n<body>\n"
    out += "<header><h1>\(Self.escape(title))</h1>\n"
    out +=
      "<p class=\"summary\">\(CountPhrase.of(stats.total.units, "unit")) · \(stats.languages.map(Self.escape).joined(separator: " · "))"
    if let mean = stats.total.meanScore { out += " · mean score \(mean.fixedDecimals(2))" }
    out += "</p></header>\n"
    out += statisticsSection(stats)
    out += "<section class=\"units\">\n<h2>Units</h2>\n"
    out += "<p class=\"legend\"><span class=\"key low\">low confidence"
    if let lowScore {
      out += " (score below \(lowScore.fixedDecimals(2)))"
    }
    out += "</span> <span class=\"key unpaired\">unpaired: no counterpart</span> "
    out += "<span class=\"key\"><span class=\"ratio\">⇔</span> length-ratio outlier</span> <mark>anchor</mark> "
    out +=
      "<label><input type=\"checkbox\" id=\"only-flagged\"> show only low-confidence and unpaired units</label></p>\n"
    out += "<table class=\"alignment\">\n<colgroup><col class=\"c-n\"><col class=\"c-bead\"><col class=\"c-score\">"
    out += String(repeating: "<col>", count: languages.count) + "</colgroup>\n"
    out += "<thead><tr><th>#</th><th>bead</th><th>score</th>"
    for language in languages { out += "<th lang=\"\(Self.escape(language))\">\(Self.escape(language))</th>" }
    out += "</tr></thead>\n<tbody>\n"
    try sink.write(out)
  }

  /// Writes one unit's row.
  /// - Throws: `HexaplaError.outputNotWritable`.
  public func write(_ unit: InspectedUnit) throws {
    var out = ""
    if showsDocuments, unit.document != currentDocument {
      currentDocument = unit.document
      out +=
        "<tr class=\"document\"><th colspan=\"\(languages.count + 3)\">"
        + Self.escape(unit.document ?? "(no document)") + "</th></tr>\n"
    }
    let present = unit.presentLanguages
    let isUnpaired = Set(present).count < 2
    let isLow = lowScore.map { threshold in unit.score.map { $0 < threshold } ?? false } ?? false
    var classes = ["unit"]
    if isLow { classes.append("low") }
    if isUnpaired { classes.append("unpaired") }
    out += "<tr class=\"\(classes.joined(separator: " "))\" id=\"u\(unit.number)\">"
    out += "<td class=\"n\"><a href=\"#u\(unit.number)\">\(unit.number)</a></td>"
    out += "<td class=\"bead\">\(Self.escape(unit.beadType ?? ""))"
    if lengthOutliers.contains(unit.number) {
      out += " <span class=\"ratio\" title=\"length ratio far from the file's usual one\">⇔</span>"
    }
    out += "</td>"
    if let score = unit.score {
      let hue = Int((max(0, min(1, score)) * 120).rounded())
      out += "<td class=\"score\" style=\"background:hsl(\(hue),70%,82%)\">\(score.fixedDecimals(2))</td>"
    } else {
      out += "<td class=\"score none\"></td>"
    }
    let forms = anchorForms.forms(in: unit)
    for language in languages {
      let tag = Self.escape(language)
      if let text = unit.text(in: language) {
        let highlighter = AnchorHighlighter(anchors: unit.anchors + (forms[language] ?? []))
        out += "<td lang=\"\(tag)\" dir=\"auto\">\(Self.highlighted(text, highlighter))</td>"
      } else {
        out += "<td class=\"missing\" lang=\"\(tag)\" title=\"no \(tag) counterpart\">—</td>"
      }
    }
    out += "</tr>\n"
    try sink.write(out)
  }

  /// Closes the table and the page and finishes the sink (renaming a file into place).
  /// - Throws: `HexaplaError.outputNotWritable`.
  public func end() throws {
    try sink.write("</tbody>\n</table>\n</section>\n</body>\n</html>\n")
    try sink.finish()
  }

  // MARK: - Statistics

  private func statisticsSection(_ stats: InspectionStatistics) -> String {
    var out = "<section class=\"stats\">\n<h2>Statistics</h2>\n<div class=\"panels\">\n"
    out += "<div class=\"panel\"><h3>Sentences</h3><table class=\"numbers\">"
    out += "<tr><th></th>" + stats.languages.map { "<th>\(Self.escape($0))</th>" }.joined() + "</tr>"
    let rows: [(String, [String: Int])] = [
      ("sentences", stats.total.sentences), ("segments", stats.segments), ("unpaired", stats.total.unpaired),
    ]
    for (name, counts) in rows {
      out += "<tr><th>\(name)</th>" + stats.languages.map { "<td>\(counts[$0] ?? 0)</td>" }.joined() + "</tr>"
    }
    out += "</table></div>\n"
    if !stats.beadTypes.isEmpty {
      out += "<div class=\"panel\"><h3>Bead types</h3><table class=\"numbers\">"
      for (bead, count) in StatisticsReport.sortedBeads(stats.beadTypes) {
        out += "<tr><th>\(Self.escape(bead))</th><td>\(count)</td></tr>"
      }
      out += "</table></div>\n"
    }
    if !stats.scores.isEmpty {
      out += "<div class=\"panel\"><h3>Scores</h3>\(Self.histogramSVG(stats.histogram))"
      out += "<p>mean \(stats.total.meanScore.map { $0.fixedDecimals(2) } ?? "–")"
      out += " · median \(stats.medianScore.map { $0.fixedDecimals(2) } ?? "–")</p></div>\n"
    }
    let pairs = stats.lengthRatios()
    if !pairs.isEmpty {
      out += "<div class=\"panel\"><h3>Length-ratio outliers</h3><ul class=\"outliers\">"
      let collapse = pairs.count > 3
      var quiet: [String] = []
      var tooFew: [String] = []
      for pair in pairs {
        let name = "\(pair.first)/\(pair.second)"
        if collapse && (pair.pairs < 5 || pair.outliers.isEmpty) {
          if pair.pairs < 5 { tooFew.append(name) } else { quiet.append(name) }
          continue
        }
        out +=
          "<li><b>\(Self.escape(name))</b>: median ratio "
          + exp(pair.medianLogRatio).fixedDecimals(2) + "; "
        if pair.pairs < 5 {
          out += "too few units to judge"
        } else if pair.outliers.isEmpty {
          out += "none"
        } else {
          out += pair.outliers.prefix(20).map {
            "<a href=\"#u\($0.unit)\">#\($0.unit)</a> ×\(exp($0.logRatio).fixedDecimals(2))"
          }.joined(separator: ", ")
          if pair.outliers.count > 20 { out += ", … (\(pair.outliers.count) in all)" }
        }
        out += "</li>"
      }
      if !quiet.isEmpty { out += "<li>none in \(Self.escape(StatisticsReport.listed(quiet)))</li>" }
      if !tooFew.isEmpty {
        out += "<li>too few units (under 5) to judge \(Self.escape(StatisticsReport.listed(tooFew)))</li>"
      }
      out += "</ul></div>\n"
    }
    if stats.documents.count > 1 {
      out += "<div class=\"panel wide\"><h3>Documents</h3><table class=\"numbers\"><tr><th>document</th><th>units</th>"
      out += stats.languages.map { "<th>\(Self.escape($0))</th>" }.joined() + "<th>mean score</th></tr>"
      for (name, tally) in stats.documents {
        out += "<tr><th>\(Self.escape(name.isEmpty ? "(none)" : name))</th><td>\(tally.units)</td>"
        out += stats.languages.map { "<td>\(tally.sentences[$0] ?? 0)</td>" }.joined()
        out += "<td>\(tally.meanScore.map { $0.fixedDecimals(2) } ?? "–")</td></tr>"
      }
      out += "</table></div>\n"
    }
    out += "</div>\n</section>\n"
    return out
  }

  /// A bar chart of the score histogram as inline SVG, bars coloured like the score cells.
  static func histogramSVG(_ histogram: [Int]) -> String {
    let width = 300
    let height = 120
    let top = 14
    let bottom = 18
    let largest = max(histogram.max() ?? 0, 1)
    let slot = width / max(histogram.count, 1)
    var out =
      "<svg class=\"histogram\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"score histogram\">"
    for (bin, count) in histogram.enumerated() {
      // A non-empty bin gets at least 2 px, so a few units next to many still show.
      let barHeight = count == 0 ? 0 : max(2, (height - top - bottom) * count / largest)
      let x = bin * slot + 2
      let y = height - bottom - barHeight
      let hue = Int((Double(bin) + 0.5) / Double(histogram.count) * 120)
      out +=
        "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(slot - 4)\" height=\"\(barHeight)\" fill=\"hsl(\(hue),60%,55%)\"><title>\(count)</title></rect>"
      if count > 0 {
        out += "<text x=\"\(x + (slot - 4) / 2)\" y=\"\(y - 3)\" text-anchor=\"middle\">\(count)</text>"
      }
    }
    out += "<line x1=\"0\" y1=\"\(height - bottom)\" x2=\"\(width)\" y2=\"\(height - bottom)\" stroke=\"#888\"/>"
    for tick in stride(from: 0, through: histogram.count, by: 5) {
      let x = min(width - 8, max(8, tick * slot))
      let label = (Double(tick) / Double(histogram.count)).fixedDecimals(1)
      out += "<text x=\"\(x)\" y=\"\(height - 4)\" text-anchor=\"middle\">\(label)</text>"
    }
    out += "</svg>"
    return out
  }

  // MARK: - Escaping

  /// `text` with anchors wrapped in `<mark>`, escaped for HTML.
  static func highlighted(_ text: String, _ highlighter: AnchorHighlighter) -> String {
    var out = ""
    var position = text.startIndex
    for range in highlighter.ranges(in: text) {
      out += escape(String(text[position..<range.lowerBound]))
      out += "<mark>" + escape(String(text[range])) + "</mark>"
      position = range.upperBound
    }
    out += escape(String(text[position...]))
    return out
  }

  /// Escapes `&`, `<`, `>` and `"`, and drops control characters HTML does not allow.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\n", "\t": out += " "
      default:
        if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  static let css = """
    :root { color-scheme: light; --rule: #d8dce3; --muted: #667085; }
    * { box-sizing: border-box; }
    body { margin: 0; padding: 1.25rem 1.5rem 3rem; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans",
      "Noto Sans CJK SC", "Noto Sans Arabic", "Noto Sans Hebrew", sans-serif; color: #1d2330; background: #fafbfc; }
    h1 { font-size: 1.4rem; margin: 0 0 .2rem; overflow-wrap: anywhere; }
    h2 { font-size: 1.1rem; margin: 1.5rem 0 .6rem; }
    h3 { font-size: .95rem; margin: 0 0 .5rem; color: #344054; }
    .summary, .legend { color: var(--muted); margin: 0 0 .5rem; }
    .panels { display: flex; flex-wrap: wrap; gap: 1rem; }
    .panel { background: #fff; border: 1px solid var(--rule); border-radius: 6px; padding: .75rem 1rem; }
    .panel.wide { flex-basis: 100%; }
    table.numbers { border-collapse: collapse; }
    table.numbers th, table.numbers td { padding: .15rem .6rem; text-align: right; border-bottom: 1px solid #eef0f3; }
    table.numbers th:first-child { text-align: left; font-weight: 600; }
    .histogram text { font-size: 10px; fill: #475467; }
    ul.outliers { margin: 0; padding-left: 1.1rem; max-width: 40rem; }
    table.alignment { width: 100%; border-collapse: collapse; table-layout: fixed; background: #fff; }
    table.alignment col.c-n { width: 4.2rem; } table.alignment col.c-bead { width: 4.2rem; }
    table.alignment col.c-score { width: 4rem; }
    table.alignment th { position: sticky; top: 0; background: #eef1f5; text-align: left; padding: .35rem .6rem;
      border-bottom: 2px solid var(--rule); z-index: 1; }
    table.alignment td { padding: .35rem .6rem; vertical-align: top; border-bottom: 1px solid var(--rule);
      overflow-wrap: anywhere; unicode-bidi: plaintext; }
    table.alignment td[lang="zh"], table.alignment td[lang^="zh-"], table.alignment td[lang="ja"] { line-break: strict; }
    td.n { color: var(--muted); font-variant-numeric: tabular-nums; text-align: right; }
    td.n a { color: inherit; text-decoration: none; }
    td.bead { font-variant-numeric: tabular-nums; color: #344054; }
    td.score { font-variant-numeric: tabular-nums; text-align: right; }
    tr.low td.n { border-left: 4px solid #d92d20; font-weight: 700; color: #b42318; }
    tr.unpaired { background: #f4f1fb; }
    tr.unpaired td.bead { color: #6941c6; font-weight: 600; }
    td.missing { color: #98a2b3; text-align: center;
      background: repeating-linear-gradient(135deg, #f2f4f7, #f2f4f7 6px, #e9ecf1 6px, #e9ecf1 12px); }
    tr.document th { background: #dfe7f3; text-align: left; position: static; }
    .ratio { color: #b54708; font-weight: 700; }
    mark { background: #fde68a; border-radius: 2px; padding: 0 1px; }
    .key { display: inline-block; padding: 0 .4rem; margin-right: .4rem; }
    .key.low { border-left: 4px solid #d92d20; }
    .key.unpaired { background: #f4f1fb; }
    body:has(#only-flagged:checked) tr.unit:not(.low):not(.unpaired) { display: none; }

    """
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
