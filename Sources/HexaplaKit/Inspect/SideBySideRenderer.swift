/// Renders units as side-by-side columns, one per language, that fit a terminal width.
///
/// Each unit starts with a gutter holding a flag (`!` when its score is below the low-score
/// threshold, `~` when its length ratio is an outlier), its number, bead type and score; the columns follow, separated by `│`. Text
/// is wrapped at word boundaries and measured in terminal cells (CJK takes two, combining
/// marks none). No line is wider than `width`. When the columns would be narrower than
/// `minimumColumnWidth`, the languages are stacked in one column instead. With colours, the
/// unit's anchors (numbers, names...) are underlined where they occur in a line.
public final class SideBySideRenderer {
  /// The narrowest useful column.
  public static let minimumColumnWidth = 8

  /// The languages shown, in column order.
  public let languages: [String]
  /// The maximum line width in cells.
  public let width: Int
  /// Colours, bidi isolation, evidence columns.
  public let style: SideBySideStyle
  /// Units scoring below this are flagged.
  public let lowScore: Double?
  /// Units marked `~`: their length ratio is an outlier (see `InspectionStatistics`).
  public var lengthOutliers: Set<Int> = []

  private let wrapper = LineWrapper()
  private let anchorForms = AnchorForms()
  private let locales: [String]
  private let numberWidth: Int
  private let beadWidth: Int
  private static let scoreWidth = 5

  /// Prepares a renderer.
  /// - Parameters:
  ///   - largestNumber: the largest unit number expected, to size the number field (larger
  ///     numbers widen it for their own rows, still within `width`).
  ///   - longestBead: the length of the longest bead type expected (a file may have more
  ///     languages than are shown); longer ones are clipped with `…`.
  /// - Throws: `HexaplaError.inconsistentInput` when `width` cannot hold even stacked columns.
  public init(
    languages: [String], width: Int, style: SideBySideStyle = .plain, lowScore: Double? = nil,
    largestNumber: Int = 9999, longestBead: Int = 0
  ) throws {
    self.languages = languages
    self.width = width
    self.style = style
    self.lowScore = lowScore
    self.locales = languages.map { (try? LanguageTag($0))?.icuLocale ?? "" }
    self.numberWidth = max(3, String(largestNumber).count)
    self.beadWidth = max(4, 2 * languages.count - 1, longestBead)
    let labelWidth = (languages.map { TerminalCells.width(of: $0) }.max() ?? 0) + 1
    let needed = gutterWidth(numberWidth: numberWidth) + 3 + labelWidth + Self.minimumColumnWidth
    guard width >= needed else {
      throw HexaplaError.inconsistentInput(
        message: "a width of \(width) columns is too narrow to show units (need at least \(needed))")
    }
  }

  /// Whether the languages are stacked in one column because the width is too small for
  /// side-by-side columns.
  public var isStacked: Bool {
    columnWidths(gutter: gutterWidth(numberWidth: numberWidth)).contains { $0 < Self.minimumColumnWidth }
  }

  /// The column headings and a rule under them, each line ending in a newline.
  public func header() -> String {
    let gutter = gutterWidth(numberWidth: numberWidth)
    var label = " " + String(repeating: " ", count: numberWidth - 1) + "#"
    if style.showsEvidence {
      label += " " + TerminalCells.padded("bead", to: beadWidth) + " " + "score"
    }
    let titles = isStacked ? [languages.joined(separator: ", ")] : languages
    let widths = isStacked ? [width - gutter - 3] : columnWidths(gutter: gutter)
    var line = paint(label, "1")
    var rule = String(repeating: "─", count: gutter)
    for (index, title) in titles.enumerated() {
      let clipped = clip(title, to: widths[index])
      line +=
        paint(" │ ", "2")
        + paint(index == titles.count - 1 ? clipped : TerminalCells.padded(clipped, to: widths[index]), "1")
      rule += "─┼─" + String(repeating: "─", count: widths[index])
    }
    return line.trimmingTrailingSpaces() + "\n" + paint(rule, "2") + "\n"
  }

  /// The lines of one unit, each ending in a newline.
  /// - Throws: `HexaplaError.icuFailure` when ICU cannot open a line iterator.
  public func render(_ unit: InspectedUnit) throws -> String {
    let digits = max(numberWidth, String(unit.number).count)
    let gutter = gutterWidth(numberWidth: digits)
    let isLow = lowScore.map { threshold in unit.score.map { $0 < threshold } ?? false } ?? false
    let forms = style.colors ? anchorForms.forms(in: unit) : [:]
    let highlighters = languages.map { language -> AnchorHighlighter? in
      let anchors = unit.anchors + (forms[language] ?? [])
      return style.colors && !anchors.isEmpty ? AnchorHighlighter(anchors: anchors) : nil
    }
    var cells: [[String]]
    var missing: [Bool]
    if isStacked {
      let labelWidth = (languages.map { TerminalCells.width(of: $0) }.max() ?? 0) + 1
      let available = width - gutter - 3
      var lines: [String] = []
      var stackedMissing = true
      for (index, language) in languages.enumerated() {
        let text = unit.text(in: language).map(TerminalCells.displayable)
        let label = TerminalCells.padded(language, to: labelWidth)
        let wrapped = try text.map { try wrapper.wrap($0, width: available - labelWidth, locale: locales[index]) } ?? []
        if !wrapped.isEmpty { stackedMissing = false }
        for (lineIndex, line) in (wrapped.isEmpty ? ["—"] : wrapped).enumerated() {
          let prefix = lineIndex == 0 ? paint(label, "2") : String(repeating: " ", count: labelWidth)
          lines.append(prefix + isolate(wrapped.isEmpty ? line : highlighted(line, highlighters[index])))
        }
      }
      cells = [lines]
      missing = [stackedMissing]
    } else {
      let widths = columnWidths(gutter: gutter)
      cells = []
      missing = []
      for (index, language) in languages.enumerated() {
        let text = unit.text(in: language).map(TerminalCells.displayable)
        let wrapped = try text.map { try wrapper.wrap($0, width: widths[index], locale: locales[index]) } ?? []
        missing.append(wrapped.isEmpty)
        cells.append(wrapped.isEmpty ? ["—"] : wrapped)
      }
    }
    let widths = isStacked ? [width - gutter - 3] : columnWidths(gutter: gutter)
    let height = cells.map(\.count).max() ?? 1
    var output = ""
    for lineIndex in 0..<height {
      var line = lineIndex == 0 ? gutterText(unit, digits: digits, isLow: isLow) : String(repeating: " ", count: gutter)
      for (column, lines) in cells.enumerated() {
        line += paint(" │ ", "2")
        let text = lineIndex < lines.count ? lines[lineIndex] : ""
        let shown: String
        if isStacked || text.isEmpty {
          shown = text
        } else if missing[column] {
          shown = paint(text, "2")
        } else {
          shown = isolate(highlighted(text, highlighters[column]))
        }
        line += shown
        if column < cells.count - 1 {
          let pad = widths[column] - TerminalCells.width(of: text)
          if pad > 0 { line += String(repeating: " ", count: pad) }
        }
      }
      output += line.trimmingTrailingSpaces() + "\n"
    }
    return output
  }

  // MARK: - Layout

  private func gutterWidth(numberWidth: Int) -> Int {
    1 + numberWidth + (style.showsEvidence ? 1 + beadWidth + 1 + Self.scoreWidth : 0)
  }

  /// Column widths for side-by-side columns; the remainder goes to the first columns.
  private func columnWidths(gutter: Int) -> [Int] {
    let count = max(languages.count, 1)
    let available = width - gutter - 3 * count
    let base = available / count
    let extra = available % count
    return (0..<count).map { base + ($0 < extra ? 1 : 0) }
  }

  private func gutterText(_ unit: InspectedUnit, digits: Int, isLow: Bool) -> String {
    let number = String(unit.number)
    let isOutlier = !isLow && lengthOutliers.contains(unit.number)
    var text = (isLow ? "!" : isOutlier ? "~" : " ") + String(repeating: " ", count: digits - number.count) + number
    if style.showsEvidence {
      let bead = clip(unit.beadType ?? "", to: beadWidth)
      let score = unit.score.map { $0.fixedDecimals(2) } ?? ""
      text +=
        " " + TerminalCells.padded(bead, to: beadWidth) + " "
        + String(repeating: " ", count: max(0, Self.scoreWidth - score.count)) + score
      if isOutlier { return paint(text, "33") }
      if !isLow, style.colors, let beadType = unit.beadType, beadType.split(separator: "-").contains("0") {
        // Unpaired sentences (1-0, 0-1) in cyan, so they can be told apart at a glance.
        let numberPart = String(text.prefix(1 + digits))
        return numberPart + paint(String(text.dropFirst(1 + digits)), "36")
      }
    }
    return isLow ? paint(text, "1;31") : isOutlier ? paint(text, "33") : text
  }

  private func clip(_ text: String, to cells: Int) -> String {
    TerminalCells.width(of: text) > cells ? TerminalCells.prefix(of: text, fitting: cells - 1) + "…" : text
  }

  private func paint(_ text: String, _ code: String) -> String {
    style.colors && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  /// `text` with the anchors `highlighter` finds in it underlined.
  private func highlighted(_ text: String, _ highlighter: AnchorHighlighter?) -> String {
    guard let highlighter else { return text }
    var result = ""
    var last = text.startIndex
    for range in highlighter.ranges(in: text) {
      result += text[last..<range.lowerBound] + paint(String(text[range]), "4")
      last = range.upperBound
    }
    return result + text[last...]
  }

  private func isolate(_ text: String) -> String {
    style.isolatesRightToLeft && TerminalCells.containsRightToLeft(text) ? "\u{2068}\(text)\u{2069}" : text
  }
}
