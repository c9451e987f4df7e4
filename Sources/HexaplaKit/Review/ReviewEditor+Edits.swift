/// The edits themselves: each says which units it replaces with which.
extension ReviewEditor {
  /// `count` units at `start` become `units`; the cursor goes to `cursor`.
  struct Replacement {
    var start: Int
    var count: Int
    var units: [ReviewUnit]
    var cursor: Int
    var message: String
  }

  /// Why an edit cannot be done, in words for the status line.
  struct Refusal: Error {
    var message: String
    init(_ message: String) { self.message = message }
  }

  /// The sentences of one language in a unit being rebuilt, with the `<tuv>` they came from.
  struct Piece {
    var language: LanguageTag
    var sentences: [String]
    /// Edition indices, parallel to `sentences`, when known.
    var indices: [Int]?
    var variant: TMXUnit.Variant
    /// Whether the sentences differ from the variant's (its inline markup no longer applies).
    var changed = false
  }

  func merge(_ position: Int) -> Result<Replacement, Refusal> {
    guard position + 1 < units.count else { return .failure(Refusal("there is no unit after this one to merge with")) }
    let (first, second) = (units[position], units[position + 1])
    if let refusal = differentDocuments(first, second) { return .failure(refusal) }
    var pieces: [Piece] = []
    for language in orderedLanguages(first, second) {
      let a = piece(position, language)
      let b = piece(position + 1, language)
      guard var merged = a ?? b else { continue }
      if let a, let b {
        merged.sentences = a.sentences + b.sentences
        merged.indices = a.indices.flatMap { x in b.indices.map { x + $0 } }
        merged.changed = true
      }
      pieces.append(merged)
    }
    var template = first.tmx
    let types = Set(template.props.map(\.type))
    template.props += second.tmx.props.filter { !types.contains($0.type) }
    template.notes += second.tmx.notes.filter { !template.notes.contains($0) }
    let anchors = Self.anchors(of: first.tmx) + Self.anchors(of: second.tmx)
    let unit = build(template, pieces, origin: first.origin, anchors: anchors)
    return .success(
      Replacement(
        start: position, count: 2, units: [unit], cursor: position,
        message: "merged units \(position + 1) and \(position + 2)"))
  }

  func split(_ position: Int, firstPart: [LanguageTag: Int]) -> Result<Replacement, Refusal> {
    let unit = units[position]
    var before: [Piece] = []
    var after: [Piece] = []
    for language in orderedLanguages(unit) {
      guard let whole = piece(position, language) else { continue }
      let cut = min(max(firstPart[language] ?? whole.sentences.count, 0), whole.sentences.count)
      if cut > 0 {
        var part = whole
        part.sentences = Array(whole.sentences[..<cut])
        part.indices = whole.indices.map { Array($0[..<cut]) }
        part.changed = cut < whole.sentences.count
        before.append(part)
      }
      if cut < whole.sentences.count {
        var part = whole
        part.sentences = Array(whole.sentences[cut...])
        part.indices = whole.indices.map { Array($0[cut...]) }
        part.changed = cut > 0
        after.append(part)
      }
    }
    guard !before.isEmpty, !after.isEmpty else {
      return .failure(Refusal("both parts of a split need a sentence: move a boundary first"))
    }
    let anchors = Self.anchors(of: unit.tmx)
    let first = build(unit.tmx, before, origin: unit.origin, anchors: anchors)
    var secondTemplate = unit.tmx
    secondTemplate.tuid = freshIdentifier(after: unit.tmx.tuid)
    let second = build(secondTemplate, after, origin: unit.origin, anchors: anchors)
    return .success(
      Replacement(
        start: position, count: 1, units: [first, second], cursor: position, message: "split unit \(position + 1)"))
  }

  func moveFirstUp(_ position: Int, language: LanguageTag) -> Result<Replacement, Refusal> {
    guard position > 0 else { return .failure(Refusal("there is no unit before this one")) }
    return move(from: position, to: position - 1, language: language)
  }

  func moveLastDown(_ position: Int, language: LanguageTag) -> Result<Replacement, Refusal> {
    guard position + 1 < units.count else { return .failure(Refusal("there is no unit after this one")) }
    return move(from: position, to: position + 1, language: language)
  }

  /// Moves the sentence of `language` nearest to `target` from unit `source` into it.
  private func move(from source: Int, to target: Int, language: LanguageTag) -> Result<Replacement, Refusal> {
    guard var from = piece(source, language), !from.sentences.isEmpty else {
      return .failure(Refusal("unit \(source + 1) has no \(language) sentence"))
    }
    if let refusal = differentDocuments(units[source], units[target]) { return .failure(refusal) }
    let upward = target < source
    let sentence = upward ? from.sentences.removeFirst() : from.sentences.removeLast()
    let index = from.indices.map { upward ? $0.first! : $0.last! }
    from.indices = from.indices.map { upward ? Array($0.dropFirst()) : Array($0.dropLast()) }
    from.changed = true
    var into: Piece
    if var existing = piece(target, language) {
      existing.sentences = upward ? existing.sentences + [sentence] : [sentence] + existing.sentences
      existing.indices = existing.indices.flatMap { known in
        index.map { upward ? known + [$0] : [$0] + known }
      }
      existing.changed = true
      into = existing
    } else {
      into = from
      into.sentences = [sentence]
      into.indices = index.map { [$0] }
    }
    let sourceUnit = units[source]
    let targetUnit = units[target]
    let sourcePieces = orderedLanguages(sourceUnit).compactMap { other -> Piece? in
      other == language ? (from.sentences.isEmpty ? nil : from) : piece(source, other)
    }
    let targetPieces = orderedLanguages(targetUnit, sourceUnit).compactMap { other -> Piece? in
      other == language ? into : piece(target, other)
    }
    let anchors = Self.anchors(of: sourceUnit.tmx) + Self.anchors(of: targetUnit.tmx)
    let newTarget = build(targetUnit.tmx, targetPieces, origin: targetUnit.origin, anchors: anchors)
    var replaced = [newTarget]
    if !sourcePieces.isEmpty {
      let newSource = build(
        sourceUnit.tmx, sourcePieces, origin: sourceUnit.origin, anchors: Self.anchors(of: sourceUnit.tmx))
      replaced = upward ? [newTarget, newSource] : [newSource, newTarget]
    }
    let start = min(source, target)
    let cursor = sourcePieces.isEmpty ? min(source, target) : source
    return .success(
      Replacement(
        start: start, count: 2, units: replaced, cursor: cursor,
        message:
          "moved the \(upward ? "first" : "last") \(language) sentence of unit \(source + 1) to unit \(target + 1)"
          + (sourcePieces.isEmpty ? " (unit \(source + 1) was left empty and is gone)" : "")))
  }

  func unpair(_ position: Int) -> Result<Replacement, Refusal> {
    let unit = units[position]
    let languages = orderedLanguages(unit)
    guard languages.count >= 2 else { return .failure(Refusal("unit \(position + 1) has only one language")) }
    var parts: [ReviewUnit] = []
    var template = unit.tmx
    for language in languages {
      guard let whole = piece(position, language) else { continue }
      parts.append(build(template, [whole], origin: unit.origin, anchors: []))
      template.tuid = freshIdentifier(after: unit.tmx.tuid, besides: parts.compactMap(\.tmx.tuid))
    }
    return .success(
      Replacement(
        start: position, count: 1, units: parts, cursor: position,
        message: "unit \(position + 1) unpaired into \(parts.count) one-language units"))
  }

  func accept(_ position: Int) -> Result<Replacement, Refusal> {
    var unit = units[position]
    guard !unit.isReviewed else { return .failure(Refusal("unit \(position + 1) is already reviewed")) }
    Self.setProp(TMXUnit.PropertyType.score, TMXUnit.formatScore(1), in: &unit.tmx.props)
    Self.setProp(ReviewUnit.reviewedProperty, reviewDate, in: &unit.tmx.props)
    unit.isEdited = true
    return .success(
      Replacement(
        start: position, count: 1, units: [unit], cursor: min(position + 1, units.count - 1),
        message: "unit \(position + 1) accepted"))
  }

  // MARK: - Building units

  /// The sentences of `language` in unit `position`, or nil when it has none.
  func piece(_ position: Int, _ language: LanguageTag) -> Piece? {
    let unit = units[position]
    guard let variant = unit.tmx.variants.first(where: { $0.language == language }) else { return nil }
    let sentences = self.sentences(of: position, in: language)
    guard !sentences.isEmpty else { return nil }
    let indices = unit.sentenceIndices(in: language).flatMap { $0.count == sentences.count ? $0 : nil }
    return Piece(language: language, sentences: sentences, indices: indices, variant: variant)
  }

  /// The languages with text in `units`, in document order (languages the document does not
  /// list, which cannot happen for units read from it, last).
  func orderedLanguages(_ units: ReviewUnit...) -> [LanguageTag] {
    var present: [LanguageTag] = []
    for unit in units {
      for language in unit.languages where !present.contains(language) { present.append(language) }
    }
    let order = { (language: LanguageTag) in self.languages.firstIndex(of: language) ?? Int.max }
    return present.enumerated().sorted { (order($0.element), $0.offset) < (order($1.element), $1.offset) }
      .map(\.element)
  }

  /// An edited unit from `template`'s identity, attributes, notes and props and the sentences of
  /// `pieces`: `x-score` 1, `x-reviewed`, `x-bead` and `x-sentences-LANG` recomputed, and those
  /// of `anchors` that still occur in its text as `x-anchors`.
  func build(_ template: TMXUnit, _ pieces: [Piece], origin: Int, anchors: [String]) -> ReviewUnit {
    var tmx = template
    tmx.variants = pieces.map { piece in
      var variant = piece.variant
      let separator = piece.language.joinsSentencesWithoutSpace ? "" : " "
      variant.segment = piece.sentences.joined(separator: separator)
      if piece.changed { variant.markup = nil }
      return variant
    }
    let prefix = TMXUnit.PropertyType.sentencesPrefix
    tmx.props.removeAll { $0.type.hasPrefix(prefix) || $0.type == ReviewUnit.reviewedProperty }
    Self.setProp(TMXUnit.PropertyType.score, TMXUnit.formatScore(1), in: &tmx.props)
    let counts = languages.map { language in pieces.first { $0.language == language }?.sentences.count ?? 0 }
    Self.setProp(TMXUnit.PropertyType.bead, counts.map(String.init).joined(separator: "-"), in: &tmx.props)
    let texts = tmx.variants.map { $0.segment.lowercased() }
    var kept: [String] = []
    for anchor in anchors where !kept.contains(anchor) {
      let folded = anchor.lowercased()
      if texts.contains(where: { $0.contains(folded) }) { kept.append(anchor) }
    }
    if kept.isEmpty {
      tmx.props.removeAll { $0.type == TMXUnit.PropertyType.anchors }
    } else {
      Self.setProp(TMXUnit.PropertyType.anchors, TMXUnit.joinAnchors(kept), in: &tmx.props)
    }
    for piece in pieces {
      if let indices = piece.indices {
        tmx.props.append(
          TMXProperty(type: prefix + piece.language.description, value: indices.map(String.init).joined(separator: ","))
        )
      }
    }
    tmx.props.append(TMXProperty(type: ReviewUnit.reviewedProperty, value: reviewDate))
    var sentences: [String: [String]] = [:]
    for piece in pieces { sentences[piece.language.description] = piece.sentences }
    return ReviewUnit(tmx: tmx, origin: origin, isEdited: true, sentences: sentences)
  }

  /// Sets the first prop of `type` to `value`, or appends one.
  static func setProp(_ type: String, _ value: String, in props: inout [TMXProperty]) {
    if let index = props.firstIndex(where: { $0.type == type }) {
      props[index].value = value
    } else {
      props.append(TMXProperty(type: type, value: value))
    }
  }

  static func anchors(of unit: TMXUnit) -> [String] {
    unit.prop(TMXUnit.PropertyType.anchors).map { TMXUnit.splitAnchors($0).filter { !$0.isEmpty } } ?? []
  }

  /// A refusal when the units come from different documents (`x-document`).
  func differentDocuments(_ a: ReviewUnit, _ b: ReviewUnit) -> Refusal? {
    let (x, y) = (a.tmx.prop(TMXUnit.PropertyType.document), b.tmx.prop(TMXUnit.PropertyType.document))
    guard x != y else { return nil }
    return Refusal("the units come from different documents (\(x ?? "none") and \(y ?? "none"))")
  }

  /// A `tuid` for a unit cut from one with `tuid` (`12` gives `12-1`, or `12-2` if taken...),
  /// used by no unit; nil when `tuid` is nil (the writer numbers such units).
  func freshIdentifier(after tuid: String?, besides taken: [String] = []) -> String? {
    guard let tuid else { return nil }
    let used = Set(units.compactMap(\.tmx.tuid)).union(taken)
    var number = 1
    while used.contains("\(tuid)-\(number)") { number += 1 }
    return "\(tuid)-\(number)"
  }
}
