import Foundation

/// What `hexapla review` does with each key: moving between units, searching, the edits, undo,
/// saving and quitting. It holds no terminal; `ReviewScreen` draws it.
public struct ReviewSession {
  /// What the keys do now.
  public enum Mode: Hashable, Sendable {
    /// Moving between units and editing them.
    case browse
    /// The key list; any key goes back.
    case help
    /// Typing a search (the text so far).
    case search(String)
    /// Choosing where to split the current unit: per document language, how many of its
    /// sentences go to the first part.
    case split([Int])
    /// Asked to quit with unsaved edits.
    case confirmQuit
  }

  /// The units and their edits.
  public private(set) var editor: ReviewEditor
  /// The current unit (0-based).
  public private(set) var cursor: Int
  /// The selected language, an index into `editor.languages`: the one split and move act on.
  public private(set) var language = 0
  /// The first unit on screen (kept by the terminal layer from `ReviewScreen.Frame.top`).
  public var top = 0
  /// How many units Page Up and Page Down move (the terminal layer sets it from the last frame).
  public var pageUnits = 5
  /// What the keys do now.
  public private(set) var mode = Mode.browse
  /// A one-time line for the status row (what an edit did, why it was refused).
  public private(set) var message: String?
  /// How many times `w` saved.
  public private(set) var saves = 0
  /// Whether the user has quit.
  public private(set) var isFinished = false
  /// Where `w` saves.
  public let outputPath: String
  /// Whether saving renumbers the `tuid`s.
  public let renumber: Bool
  private var lastSearch: String?
  private let onWarning: (String) -> Void

  /// A session at the first unit not yet reviewed (a resumed review starts where it stopped).
  public init(
    editor: ReviewEditor, outputPath: String, renumber: Bool = false, onWarning: @escaping (String) -> Void = { _ in }
  ) {
    self.editor = editor
    self.outputPath = outputPath
    self.renumber = renumber
    self.onWarning = onWarning
    let start = editor.firstUnreviewed
    cursor = start ?? 0
    if editor.units.isEmpty {
      message = "the file has no units"
    } else if start == nil {
      message = "every unit is reviewed already"
    } else if let start, start > 0 {
      message = "resuming at unit \(start + 1), the first not yet reviewed"
    }
  }

  /// The selected language.
  public var selectedLanguage: LanguageTag? {
    editor.languages.indices.contains(language) ? editor.languages[language] : nil
  }

  /// Acts on one key.
  public mutating func handle(_ key: ReviewKey) {
    message = nil
    switch mode {
    case .help: mode = .browse
    case .search(let text): search(key, text)
    case .split(let cuts): split(key, cuts)
    case .confirmQuit: confirmQuit(key)
    case .browse: browse(key)
    }
  }

  private mutating func browse(_ key: ReviewKey) {
    let count = editor.units.count
    switch key {
    case .up, .character("k"): move(to: cursor - 1)
    case .down, .character("j"), .enter: move(to: cursor + 1)
    case .pageUp, .character("b"): move(to: cursor - max(1, pageUnits))
    case .pageDown, .character(" "), .character("f"): move(to: cursor + max(1, pageUnits))
    case .home, .character("g"): move(to: 0)
    case .end, .character("G"): move(to: count - 1)
    case .tab, .right, .character("l"): selectLanguage(language + 1)
    case .backTab, .left, .character("h"): selectLanguage(language - 1)
    case .character("n"): nextWeak(forward: true)
    case .character("N"): nextWeak(forward: false)
    case .character("/"): mode = .search("")
    case .character("?"): mode = .help
    case .character("m"): edit(.merge(unit: cursor))
    case .character("s"): startSplit()
    case .character("<"):
      if let language = selectedLanguage { edit(.moveFirstUp(unit: cursor, language: language)) }
    case .character(">"):
      if let language = selectedLanguage { edit(.moveLastDown(unit: cursor, language: language)) }
    case .character("x"): edit(.unpair(unit: cursor))
    case .character("a"): edit(.accept(unit: cursor))
    case .character("u"): show(editor.undo())
    case .control("r"): show(editor.redo())
    case .character("w"): save()
    case .character("q"), .control("c"):
      if editor.isModified { mode = .confirmQuit } else { isFinished = true }
    default: break
    }
  }

  private mutating func move(to position: Int) {
    guard !editor.units.isEmpty else { return }
    cursor = min(max(position, 0), editor.units.count - 1)
  }

  private mutating func selectLanguage(_ index: Int) {
    let count = editor.languages.count
    guard count > 0 else { return }
    language = (index % count + count) % count
  }

  private mutating func nextWeak(forward: Bool) {
    let weak = editor.weakUnits
    let found =
      forward
      ? weak.filter { $0 > cursor }.min()
      : weak.filter { $0 < cursor }.max()
    if let found {
      cursor = found
    } else {
      message = weak.isEmpty ? "no weak units" : "no weak unit \(forward ? "after" : "before") this one"
    }
  }

  private mutating func edit(_ edit: ReviewEdit) {
    guard !editor.units.isEmpty else { return }
    show(editor.apply(edit))
  }

  private mutating func show(_ outcome: ReviewEditor.Outcome) {
    switch outcome {
    case .applied(let position, let text):
      move(to: position)
      message = text
    case .refused(let reason):
      message = reason
    }
  }

  private mutating func save() {
    do {
      try editor.document.save(editor.units, to: outputPath, renumber: renumber, onWarning: onWarning)
      editor.markSaved()
      saves += 1
      message = "saved \(CountPhrase.of(editor.units.count, "unit")) to \(outputPath)"
    } catch {
      message = "not saved: \(error)"
    }
  }

  private mutating func confirmQuit(_ key: ReviewKey) {
    switch key {
    case .character("y"), .character("q"): isFinished = true
    case .character("w"):
      save()
      if !editor.isModified { isFinished = true }
    default:
      mode = .browse
      message = "not quitting"
    }
  }

  // MARK: - Search

  private mutating func search(_ key: ReviewKey, _ text: String) {
    switch key {
    case .character(let character): mode = .search(text + String(character))
    case .backspace:
      if text.isEmpty { mode = .browse } else { mode = .search(String(text.dropLast())) }
    case .escape, .control("c"), .control("g"): mode = .browse
    case .enter:
      mode = .browse
      let pattern = text.isEmpty ? lastSearch : text
      guard let pattern else {
        message = "no search yet"
        return
      }
      lastSearch = pattern
      find(pattern)
    default: mode = .search(text)
    }
  }

  /// Moves to the next unit after the cursor with a match in any language, wrapping around.
  /// - Complexity: O(n) in the size of the text.
  private mutating func find(_ pattern: String) {
    let matcher: UnitMatcher
    do { matcher = try UnitMatcher(pattern: pattern) } catch {
      message = "\(error)".replacingOccurrences(of: "--grep ", with: "search ")
      return
    }
    let count = editor.units.count
    for step in 1...max(count, 1) where count > 0 {
      let position = (cursor + step) % count
      if matcher.matches(editor.inspected(position)) {
        if position <= cursor { message = "search wrapped to the top" }
        cursor = position
        return
      }
    }
    message = "no unit matches /\(pattern)"
  }

  // MARK: - Split

  /// The sentences of each document language in the current unit.
  public func currentSentences() -> [[String]] {
    guard editor.units.indices.contains(cursor) else { return [] }
    return editor.languages.map { editor.sentences(of: cursor, in: $0) }
  }

  private mutating func startSplit() {
    guard !editor.units.isEmpty else { return }
    let sentences = currentSentences()
    if sentences[language].count < 2 {
      guard let other = sentences.firstIndex(where: { $0.count >= 2 }) else {
        message = "every language of this unit has one sentence: x unpairs it"
        return
      }
      language = other
    }
    mode = .split(Self.proposedCuts(sentences, after: 1, in: language))
  }

  /// Where to cut each language when `language` is cut after `cut` sentences: at the sentence
  /// boundary whose share of the language's characters is nearest to the share before the cut
  /// (the proportion Gale and Church's length model rests on); the reviewer moves any of them.
  static func proposedCuts(_ sentences: [[String]], after cut: Int, in language: Int) -> [Int] {
    func shares(_ list: [String]) -> [Double] {
      let lengths = list.map { Double(InspectionStatistics.characterCount($0)) }
      let total = max(lengths.reduce(0, +), 1)
      var running = 0.0
      return [0]
        + lengths.map {
          running += $0
          return running / total
        }
    }
    let target = shares(sentences[language])[min(cut, sentences[language].count)]
    return sentences.enumerated().map { index, list in
      if index == language { return cut }
      let candidates = shares(list)
      return candidates.indices.min { abs(candidates[$0] - target) < abs(candidates[$1] - target) } ?? 0
    }
  }

  private mutating func split(_ key: ReviewKey, _ cuts: [Int]) {
    let sentences = currentSentences()
    var cuts = cuts
    switch key {
    case .left, .character("h"): cuts[language] = max(0, cuts[language] - 1)
    case .right, .character("l"): cuts[language] = min(sentences[language].count, cuts[language] + 1)
    case .tab, .down, .character("j"):
      selectLanguage(language + 1)
    case .backTab, .up, .character("k"):
      selectLanguage(language - 1)
    case .enter, .character("s"):
      mode = .browse
      var firstPart: [LanguageTag: Int] = [:]
      for (index, tag) in editor.languages.enumerated() where !sentences[index].isEmpty {
        firstPart[tag] = cuts[index]
      }
      edit(.split(unit: cursor, firstPart: firstPart))
      return
    case .escape, .control("c"), .character("q"):
      mode = .browse
      message = "split cancelled"
      return
    default: break
    }
    mode = .split(cuts)
  }
}
