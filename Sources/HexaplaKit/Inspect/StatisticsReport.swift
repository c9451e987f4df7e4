/// Renders `InspectionStatistics` as plain text (with text bars) or deterministic JSON.
public enum StatisticsReport {
  /// Width of the longest histogram bar, in characters.
  static let barWidth = 30

  /// `3 pairs: a/b, c/d, e/f`, at most six pairs named.
  static func listed(_ pairs: [String]) -> String {
    "\(pairs.count) pair\(pairs.count == 1 ? "" : "s"): " + pairs.prefix(6).joined(separator: ", ")
      + (pairs.count > 6 ? ", …" : "")
  }

  /// A document's unpaired sentences: one count per language (`1/0`) for up to three
  /// languages, else the total and the languages that have any (`3 (fr 2, zh 1)`).
  static func unpairedSummary(_ unpaired: [String: Int], languages: [String]) -> String {
    if languages.count <= 3 { return languages.map { String(unpaired[$0] ?? 0) }.joined(separator: "/") }
    let counts = languages.compactMap { language in unpaired[language].flatMap { $0 > 0 ? (language, $0) : nil } }
    let total = counts.reduce(0) { $0 + $1.1 }
    return total == 0 ? "0" : "\(total) (" + counts.map { "\($0.0) \($0.1)" }.joined(separator: ", ") + ")"
  }

  /// The statistics as aligned plain-text tables, ending in a newline.
  public static func text(_ stats: InspectionStatistics) -> String {
    var out = ""
    let languages = stats.languages
    out += "Units: \(stats.total.units)\n"
    out += "Languages: \(languages.isEmpty ? "none" : languages.joined(separator: ", "))\n"
    if !languages.isEmpty {
      out += "\n"
      let rows: [(String, [Int])] = [
        ("sentences", languages.map { stats.total.sentences[$0] ?? 0 }),
        ("segments", languages.map { stats.segments[$0] ?? 0 }),
        ("unpaired sentences", languages.map { stats.total.unpaired[$0] ?? 0 }),
      ]
      out += table(header: [""] + languages, rows: rows.map { [$0.0] + $0.1.map(String.init) })
    }
    if !stats.beadTypes.isEmpty {
      out += "\nBead types\n"
      let beads = sortedBeads(stats.beadTypes)
      let total = stats.beadTypes.values.reduce(0, +)
      out += table(
        header: nil,
        rows: beads.map { ["  " + $0.key, String($0.value), percent($0.value, of: total)] })
    }
    if !stats.scores.isEmpty {
      out += "\nScores (" + CountPhrase.of(stats.scores.count, "unit")
      if let mean = stats.total.meanScore { out += ", mean \(mean.fixedDecimals(2))" }
      if let median = stats.medianScore { out += ", median \(median.fixedDecimals(2))" }
      out += ")\n"
      let largest = stats.histogram.max() ?? 0
      let countWidth = String(largest).count
      for (bin, count) in stats.histogram.enumerated() {
        let from = (Double(bin) / Double(InspectionStatistics.histogramBins)).fixedDecimals(1)
        let to = (Double(bin + 1) / Double(InspectionStatistics.histogramBins)).fixedDecimals(1)
        let bar = largest == 0 ? 0 : Int((Double(count) * Double(barWidth) / Double(largest)).rounded(.up))
        let number = String(count)
        let line =
          "  \(from)–\(to) \(String(repeating: " ", count: countWidth - number.count))\(number) "
          + String(repeating: "█", count: bar)
        out += line.trimmingTrailingSpaces() + "\n"
      }
    }
    let pairs = stats.lengthRatios()
    if !pairs.isEmpty {
      out +=
        "\nLength-ratio outliers (ln character ratio more than \(InspectionStatistics.outlierThreshold.fixedDecimals(0)) robust SD from the median)\n"
      // With many languages, the pairs without anything to report share one line each.
      let collapse = pairs.count > 3
      var quiet: [String] = []
      var tooFew: [String] = []
      for pair in pairs {
        let name = "\(pair.first)/\(pair.second)"
        if collapse && pair.pairs < 5 {
          tooFew.append(name)
          continue
        }
        if collapse && pair.outliers.isEmpty {
          quiet.append(name)
          continue
        }
        out +=
          "  \(name): \(pair.pairs) unit\(pair.pairs == 1 ? "" : "s"), median ratio \(exp(pair.medianLogRatio).fixedDecimals(2)), "
        if pair.pairs < 5 {
          out += "too few units to judge\n"
        } else if pair.outliers.isEmpty {
          out += "no outliers\n"
        } else {
          let shown = pair.outliers.prefix(10).map { "#\($0.unit) (×\(exp($0.logRatio).fixedDecimals(2)))" }
          out +=
            "\(pair.outliers.count) outlier\(pair.outliers.count == 1 ? "" : "s"): "
            + shown.joined(separator: ", ") + (pair.outliers.count > 10 ? ", …" : "") + "\n"
        }
      }
      if !quiet.isEmpty { out += "  no outliers in \(listed(quiet))\n" }
      if !tooFew.isEmpty { out += "  too few units (under 5) to judge \(listed(tooFew))\n" }
    }
    if stats.documents.count > 1 {
      out += "\nDocuments\n"
      var rows: [[String]] = []
      for (name, tally) in stats.documents {
        var row = ["  " + (name.isEmpty ? "(none)" : TerminalCells.displayable(name)), String(tally.units)]
        row += languages.map { String(tally.sentences[$0] ?? 0) }
        row += [unpairedSummary(tally.unpaired, languages: languages)]
        row += [tally.meanScore.map { $0.fixedDecimals(2) } ?? "–"]
        rows.append(row)
      }
      out += table(
        header: ["  document", "units"] + languages + ["unpaired", "mean score"], rows: rows)
    }
    return out
  }

  /// The statistics as one JSON object with a fixed key order, ending in a newline.
  public static func json(_ stats: InspectionStatistics) -> String {
    func object(_ counts: [String: Int], keys: [String]) -> String {
      "{" + keys.map { "\(JSONText.quoted($0)):\(counts[$0] ?? 0)" }.joined(separator: ",") + "}"
    }
    func optional(_ value: Double?) -> String { value.map { JSONText.number($0) } ?? "null" }
    let languages = stats.languages
    var out = "{"
    out += "\"units\":\(stats.total.units)"
    out += ",\"languages\":[" + languages.map(JSONText.quoted).joined(separator: ",") + "]"
    out += ",\"sentences\":" + object(stats.total.sentences, keys: languages)
    out += ",\"segments\":" + object(stats.segments, keys: languages)
    out += ",\"unpairedSentences\":" + object(stats.total.unpaired, keys: languages)
    out += ",\"beadTypes\":" + object(stats.beadTypes, keys: sortedBeads(stats.beadTypes).map(\.key))
    out += ",\"scores\":{\"count\":\(stats.scores.count),\"mean\":\(optional(stats.total.meanScore))"
    out += ",\"median\":\(optional(stats.medianScore)),\"histogram\":["
    out += stats.histogram.enumerated().map { bin, count in
      let bins = Double(InspectionStatistics.histogramBins)
      return
        "{\"from\":\(JSONText.number(Double(bin) / bins)),\"to\":\(JSONText.number(Double(bin + 1) / bins)),\"count\":\(count)}"
    }.joined(separator: ",")
    out += "]}"
    out += ",\"lengthRatios\":["
    out += stats.lengthRatios().map { pair in
      "{\"languages\":[\(JSONText.quoted(pair.first)),\(JSONText.quoted(pair.second))],\"units\":\(pair.pairs)"
        + ",\"medianLogRatio\":\(JSONText.number(pair.medianLogRatio)),\"mad\":\(JSONText.number(pair.mad))"
        + ",\"outliers\":["
        + pair.outliers.map {
          "{\"unit\":\($0.unit),\"logRatio\":\(JSONText.number($0.logRatio)),\"robustZ\":\(JSONText.number($0.robustZ, digits: 2))}"
        }.joined(separator: ",") + "]}"
    }.joined(separator: ",")
    out += "]"
    out += ",\"documents\":["
    out += stats.documents.map { name, tally in
      "{\"name\":\(JSONText.quoted(name)),\"units\":\(tally.units)"
        + ",\"sentences\":" + object(tally.sentences, keys: languages)
        + ",\"unpairedSentences\":" + object(tally.unpaired, keys: languages)
        + ",\"meanScore\":\(optional(tally.meanScore))}"
    }.joined(separator: ",")
    out += "]}\n"
    return out
  }

  // MARK: - Formatting

  /// Bead types by decreasing count, then by name.
  static func sortedBeads(_ beads: [String: Int]) -> [(key: String, value: Int)] {
    beads.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
  }

  static func percent(_ part: Int, of total: Int) -> String {
    total == 0 ? "" : (Double(part) * 100 / Double(total)).fixedDecimals(1) + "%"
  }

  /// Columns: the first left-aligned, the others right-aligned, two spaces apart.
  static func table(header: [String]?, rows: [[String]]) -> String {
    let all = (header.map { [$0] } ?? []) + rows
    let columns = all.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: columns)
    for row in all {
      for (i, cell) in row.enumerated() { widths[i] = max(widths[i], TerminalCells.width(of: cell)) }
    }
    var out = ""
    for row in all {
      var line = ""
      for (i, cell) in row.enumerated() {
        let pad = String(repeating: " ", count: widths[i] - TerminalCells.width(of: cell))
        line += i == 0 ? cell + pad : "  " + pad + cell
      }
      out += line.trimmingTrailingSpaces() + "\n"
    }
    return out
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
