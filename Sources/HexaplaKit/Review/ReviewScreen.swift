/// The screen of `hexapla review` for a session and a terminal size: a pure function, so that
/// what the terminal shows can be tested line by line.
///
/// Rows: a title (file, position, weak and reviewed counts, unsaved edits), the column headings
/// of `inspect`'s side-by-side view, the units from `top` on, drawn by `SideBySideRenderer`
/// (East Asian widths, wrapping, right-to-left text as `inspect` shows it, `!` and `~` on weak
/// units) behind a one-cell marker column (`>` the current unit, `+` a reviewed one), a status
/// row and a footer with the keys. No line is wider than the terminal.
public enum ReviewScreen {
  /// One screen.
  public struct Frame: Hashable, Sendable {
    /// The rows, top to bottom, `height` of them.
    public var lines: [String]
    /// The first unit shown (moved so the current unit is on screen).
    public var top: Int
    /// How many units are shown whole.
    public var unitsShown: Int
  }

  /// The smallest terminal the view is drawn in.
  public static let minimumWidth = 40
  public static let minimumHeight = 8

  /// The footer's keys, most needed first: as many as the width holds are shown.
  public static let keys = [
    "? help", "m merge", "s split", "<> move", "x unpair", "a accept", "u undo", "w save", "q quit", "n/N weak",
    "/ find", "^R redo", "Tab language",
  ]

  /// The help screen's lines.
  public static let help = [
    "Keys",
    "  ↑ ↓  j k  Enter      previous, next unit",
    "  PgUp PgDn  b Space   a screen up, down     g G  Home End   first, last unit",
    "  n N                  next, previous weak unit (! low score, ~ length ratio)",
    "  / TEXT Enter         find a unit matching TEXT (regular expression; / Enter again: next)",
    "  Tab ← →  h l         select the language that s, < and > act on",
    "  m                    merge the unit with the next",
    "  s                    split the unit: ← → move the selected language's boundary,",
    "                       Tab the language, Enter split, Esc cancel",
    "  <  >                 move the first sentence of the selected language to the unit",
    "                       before, or its last sentence to the unit after",
    "  x                    unpair: each language becomes a one-language unit",
    "  a                    accept the unit as it is (and go to the next)",
    "  u  Ctrl-R            undo, redo (unlimited)",
    "  w                    save (edited and accepted units get x-reviewed and x-score 1)",
    "  q                    quit (asks when there are unsaved edits)",
    "",
    "Press any key to go back.",
  ]

  /// The screen for `session` in a `width` × `height` terminal.
  public static func render(_ session: ReviewSession, width: Int, height: Int, style: SideBySideStyle = .plain)
    -> Frame
  {
    let editor = session.editor
    guard width >= minimumWidth, height >= minimumHeight else {
      return Frame(
        lines: pad(
          [
            clip("terminal too small: \(width)×\(height) (needs \(minimumWidth)×\(minimumHeight))", width)
          ],
          height), top: session.top, unitsShown: 0)
    }
    let languages = editor.languages.map(\.description)
    var rendererStyle = style
    rendererStyle.showsEvidence = editor.document.hasEvidence
    guard !languages.isEmpty,
      let renderer = try? SideBySideRenderer(
        languages: languages, width: width - 1, style: rendererStyle, lowScore: AlignedUnit.lowConfidenceScore,
        largestNumber: max(editor.units.count, 1),
        longestBead: editor.units.map { $0.tmx.prop(TMXUnit.PropertyType.bead)?.count ?? 0 }.max() ?? 0)
    else {
      return Frame(
        lines: pad([title(session, width, style), "", clip(session.message ?? "nothing to show", width)], height),
        top: 0, unitsShown: 0)
    }
    renderer.lengthOutliers = Set(editor.lengthOutliers.map { $0 + 1 })
    var lines = [title(session, width, style)]
    lines += renderer.header().split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { " " + $0 }
    let bodyHeight = height - lines.count - 2
    var top = session.top
    var shown = 0
    if session.mode == .help {
      lines += help.prefix(bodyHeight).map { clip($0, width) }
    } else {
      var cache: [Int: [String]] = [:]
      func unitLines(_ position: Int) -> [String] {
        if let cached = cache[position] { return cached }
        let made = self.unitLines(session, position, renderer, style)
        cache[position] = made
        return made
      }
      let cursor = session.cursor
      top = min(max(top, 0), max(cursor, 0))
      while top < cursor, (top...cursor).reduce(0, { $0 + unitLines($1).count }) > bodyHeight { top += 1 }
      var body: [String] = []
      var position = top
      while position < editor.units.count, body.count < bodyHeight {
        let next = unitLines(position)
        if body.count + next.count <= bodyHeight { shown += 1 }
        body += next.prefix(bodyHeight - body.count)
        position += 1
      }
      lines += body
    }
    lines = pad(lines, height - 2)
    lines.append(clip(status(session), width))
    lines.append(paint(clip(footer(session, width), width), "2", style))
    return Frame(lines: lines, top: top, unitsShown: max(shown, 1))
  }

  /// The unit's rows from the renderer, behind the marker column; in split mode the current
  /// unit shows `//` where each language will be cut.
  private static func unitLines(
    _ session: ReviewSession, _ position: Int, _ renderer: SideBySideRenderer, _ style: SideBySideStyle
  ) -> [String] {
    let editor = session.editor
    var unit = editor.inspected(position)
    if position == session.cursor, case .split(let cuts) = session.mode {
      let sentences = session.currentSentences()
      for (index, language) in editor.languages.enumerated() where !sentences[index].isEmpty {
        let separator = language.joinsSentencesWithoutSpace ? "" : " "
        let before = sentences[index][..<cuts[index]].joined(separator: separator)
        let after = sentences[index][cuts[index]...].joined(separator: separator)
        let text = [before, after].filter { !$0.isEmpty }.joined(separator: " // ")
        let shown = cuts[index] == 0 ? "// " + text : cuts[index] == sentences[index].count ? text + " //" : text
        if let slot = unit.variants.firstIndex(where: { $0.language == language.description }) {
          unit.variants[slot].text = shown
        }
      }
    }
    let rows = ((try? renderer.render(unit)) ?? "").split(separator: "\n").map(String.init)
    let marker: String
    if position == session.cursor {
      marker = paint(">", "7", style)
    } else {
      marker = editor.units[position].isReviewed ? "+" : " "
    }
    return rows.map { marker + $0 }
  }

  private static func title(_ session: ReviewSession, _ width: Int, _ style: SideBySideStyle) -> String {
    let editor = session.editor
    let name = editor.document.path.split(separator: "/").last.map(String.init) ?? editor.document.path
    var parts = [
      "hexapla review", name,
      editor.units.isEmpty ? "no units" : "unit \(session.cursor + 1)/\(editor.units.count)",
      "\(editor.weakUnits.count) weak", "\(editor.units.filter(\.isReviewed).count) reviewed",
    ]
    if editor.isModified { parts.append("unsaved edits") }
    return paint(clip(parts.joined(separator: " · "), width), "7", style)
  }

  private static func status(_ session: ReviewSession) -> String {
    let editor = session.editor
    switch session.mode {
    case .search(let text): return "/" + text
    case .confirmQuit: return "Unsaved edits: w save and quit, q quit without saving, Esc go back"
    case .split(let cuts):
      let sentences = session.currentSentences()
      let parts = editor.languages.enumerated().compactMap { index, language -> String? in
        sentences[index].isEmpty
          ? nil
          : (index == session.language ? "[\(language)]" : "\(language)") + " \(cuts[index])|"
            + "\(sentences[index].count - cuts[index])"
      }
      return "split: " + parts.joined(separator: "  ")
    case .help, .browse: break
    }
    if let message = session.message { return message }
    guard editor.units.indices.contains(session.cursor) else { return "" }
    let unit = editor.units[session.cursor]
    var parts = ["unit \(session.cursor + 1)"]
    if let tuid = unit.tmx.tuid { parts[0] += " (tuid \(tuid))" }
    if editor.weakUnits.contains(session.cursor) { parts.append("weak") }
    if unit.isReviewed { parts.append("reviewed") }
    if let language = session.selectedLanguage { parts.append("language \(language) (Tab)") }
    return parts.joined(separator: " · ")
  }

  private static func footer(_ session: ReviewSession, _ width: Int) -> String {
    switch session.mode {
    case .split: return "← → move the boundary  Tab language  Enter split  Esc cancel"
    case .search: return "Enter find  Esc cancel"
    case .help: return "any key: back"
    case .confirmQuit: return "w save and quit  q quit  Esc back"
    case .browse:
      var line = ""
      for item in keys {
        let next = line.isEmpty ? item : line + "  " + item
        if TerminalCells.width(of: next) > width { break }
        line = next
      }
      return line
    }
  }

  /// `text` cut to `width` cells.
  static func clip(_ text: String, _ width: Int) -> String {
    TerminalCells.width(of: text) > width ? TerminalCells.prefix(of: text, fitting: width) : text
  }

  private static func pad(_ lines: [String], _ height: Int) -> [String] {
    Array(lines.prefix(height)) + Array(repeating: "", count: max(0, height - lines.count))
  }

  private static func paint(_ text: String, _ code: String, _ style: SideBySideStyle) -> String {
    style.colors && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
