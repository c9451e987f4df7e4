/// The units of a document under review, the edits made to them and their undo history.
///
/// Every edit replaces a few neighbouring units with new ones and is recorded as that
/// replacement, so undo and redo are unlimited and cost memory in proportion to the units an
/// edit touched, not to the file. Edited and accepted units get `x-reviewed` (the review date)
/// and `x-score` 1; an edit that changes sentences also recomputes `x-bead`, `x-sentences-LANG`
/// (when the sentences' indices are known) and keeps only the `x-anchors` still in the text; a
/// language whose sentences change loses its inline markup (the flattened text is kept).
/// Weak units are the ones `inspect --suspicious` marks (score below
/// `AlignedUnit.lowConfidenceScore`, or a length-ratio outlier as `InspectionStatistics` finds
/// them), less those already reviewed.
public struct ReviewEditor {
  /// What an edit, undo or redo did.
  public enum Outcome: Hashable, Sendable {
    /// Done; the unit to show next, and what happened, for the status line.
    case applied(cursor: Int, message: String)
    /// Not done, and why.
    case refused(String)
  }

  /// One recorded edit: `removed` units at `start` were replaced by `inserted`.
  struct Change {
    var id: Int
    var start: Int
    var removed: [ReviewUnit]
    var inserted: [ReviewUnit]
    var cursorBefore: Int
    var cursorAfter: Int
    var message: String
  }

  /// The document as read.
  public let document: ReviewDocument
  /// The units now.
  public private(set) var units: [ReviewUnit]
  /// The value of `x-reviewed` on units edited or accepted in this session (a TMX date).
  public let reviewDate: String
  /// Positions of weak units (see the type's description).
  public private(set) var weakUnits: Set<Int> = []
  /// Positions of weak units whose length ratio is an outlier (`inspect`'s `~`).
  public private(set) var lengthOutliers: Set<Int> = []

  private var undoStack: [Change] = []
  private var redoStack: [Change] = []
  private var nextID = 1
  private var savedID = 0
  let splitter = SentenceSplitter()

  /// Starts a review of `document`; `reviewDate` goes into `x-reviewed`.
  public init(document: ReviewDocument, reviewDate: String) {
    self.document = document
    self.reviewDate = reviewDate
    self.units = document.units.enumerated().map { ReviewUnit(tmx: $0.element, origin: $0.offset) }
    findWeakUnits()
  }

  /// The languages of the document, in the order of `x-bead` counts.
  public var languages: [LanguageTag] { document.languages }

  /// Whether there are edits since the start or the last `markSaved()`.
  public var isModified: Bool { (undoStack.last?.id ?? 0) != savedID }
  /// Edits that can be undone.
  public var undoCount: Int { undoStack.count }
  /// Undone edits that can be redone.
  public var redoCount: Int { redoStack.count }

  /// Records that the units as they are now were saved.
  public mutating func markSaved() { savedID = undoStack.last?.id ?? 0 }

  /// The first unit without `x-reviewed`, where a resumed session starts; nil when all are reviewed.
  public var firstUnreviewed: Int? { units.firstIndex { !$0.isReviewed } }

  /// The unit at `position` as `inspect` shows it (number = position + 1).
  public func inspected(_ position: Int) -> InspectedUnit {
    InspectedUnit(units[position].tmx, number: position + 1)
  }

  /// The sentences of `language` in unit `position` (none when it has no text in it).
  public func sentences(of position: Int, in language: LanguageTag) -> [String] {
    let unit = units[position]
    if let known = unit.sentences[language.description] { return known }
    guard let variant = unit.tmx.variants.first(where: { $0.language == language }) else { return [] }
    return splitter.sentences(of: variant.segment, in: language)
  }

  /// Applies `edit`, or says why it cannot be done.
  public mutating func apply(_ edit: ReviewEdit) -> Outcome {
    guard units.indices.contains(edit.unit) else { return .refused("there is no unit \(edit.unit + 1)") }
    let result: Result<Replacement, Refusal>
    switch edit {
    case .merge(let unit): result = merge(unit)
    case .split(let unit, let firstPart): result = split(unit, firstPart: firstPart)
    case .moveFirstUp(let unit, let language): result = moveFirstUp(unit, language: language)
    case .moveLastDown(let unit, let language): result = moveLastDown(unit, language: language)
    case .unpair(let unit): result = unpair(unit)
    case .accept(let unit): result = accept(unit)
    }
    switch result {
    case .failure(let refusal): return .refused(refusal.message)
    case .success(let replacement):
      let change = Change(
        id: nextID, start: replacement.start,
        removed: Array(units[replacement.start..<(replacement.start + replacement.count)]),
        inserted: replacement.units, cursorBefore: edit.unit, cursorAfter: replacement.cursor,
        message: replacement.message)
      nextID += 1
      perform(change, reverse: false)
      undoStack.append(change)
      redoStack.removeAll()
      return .applied(cursor: change.cursorAfter, message: change.message)
    }
  }

  /// Undoes the last edit not undone.
  public mutating func undo() -> Outcome {
    guard let change = undoStack.popLast() else { return .refused("nothing to undo") }
    perform(change, reverse: true)
    redoStack.append(change)
    return .applied(cursor: change.cursorBefore, message: "undone: \(change.message)")
  }

  /// Redoes the last edit undone.
  public mutating func redo() -> Outcome {
    guard let change = redoStack.popLast() else { return .refused("nothing to redo") }
    perform(change, reverse: false)
    undoStack.append(change)
    return .applied(cursor: change.cursorAfter, message: "redone: \(change.message)")
  }

  private mutating func perform(_ change: Change, reverse: Bool) {
    let (old, new) = reverse ? (change.inserted, change.removed) : (change.removed, change.inserted)
    units.replaceSubrange(change.start..<(change.start + old.count), with: new)
    findWeakUnits()
  }

  /// Recomputes `weakUnits` and `lengthOutliers`.
  /// - Complexity: O(n log n) in the number of units.
  private mutating func findWeakUnits() {
    var statistics = InspectionStatistics()
    var weak = Set<Int>()
    for position in units.indices {
      let unit = inspected(position)
      statistics.add(unit)
      if !units[position].isReviewed, let score = unit.score, score < AlignedUnit.lowConfidenceScore {
        weak.insert(position)
      }
    }
    let outliers = Set(
      statistics.lengthRatios().flatMap { $0.outliers.map { $0.unit - 1 } }.filter { !units[$0].isReviewed })
    lengthOutliers = outliers
    weakUnits = weak.union(outliers)
  }
}
