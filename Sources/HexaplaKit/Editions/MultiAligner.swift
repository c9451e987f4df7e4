import Foundation

/// Aligns several editions of one article into N-language units: each edition is aligned to
/// a pivot edition, and the pairwise alignments are combined so that every sentence lands in
/// exactly one unit (see `MultiAlignmentCombiner`). Boilerplate kept in an edition becomes
/// units of its own, placed after the unit of the sentence before it.
public struct MultiAligner: Sendable {
  /// Aligns the pivot's sentences with another edition's; returns links covering both sides
  /// once, in order, with indices into the given arrays. `pivotBoundaryCosts`, when given, holds
  /// per pivot sentence s the cost of a link joining pivot sentences s - 1 and s (entry 0 unused).
  public typealias PairwiseAlign =
    @Sendable (
      _ pivot: [Sentence], _ pivotLanguage: LanguageTag, _ other: [Sentence], _ otherLanguage: LanguageTag,
      _ pivotBoundaryCosts: [Double]?
    ) throws -> [PivotLink]

  /// The pivot's language; nil for the first edition.
  public var pivotLanguage: LanguageTag?
  /// Whether the pairwise alignments of one article run on several cores.
  public var parallel: Bool
  /// Whether an edition whose links join pivot sentences that the other editions keep apart is
  /// aligned again with a cost on those joins (see `consensusBoundaryCosts`).
  public var realignsWithConsensus = true
  /// Whether a sentence paired with several pivot sentences that most other editions keep
  /// apart is split at its own best boundary (see `PivotGuidedSplitter`).
  public var splitsUndersegmented = true
  /// Whether an uncertain link that joins pivot sentences is taken as an omission where the
  /// lengths say so (see `separateOmissions`).
  public var separatesOmissions = true
  /// Whether the editions are pre-segmented: one sentence per line, taken as is.
  public var presegmented = false
  /// Whether editions are re-cut with the pivot as their guide (see `GuidedSegmenter`): one in
  /// a language that ends sentences with a space (Thai, Lao, Khmer) at its sentence-like
  /// boundaries, then aligned again; any other only where its segmenter guessed
  /// (`GuidedSegmenter.cutsOnlyAtGuessedFullStops`), each piece linked with its pivot sentence.
  /// Not with a pivot that ends sentences with a space (its own boundaries are guesses).
  public var recutsWithPivot = true
  private let pairwise: PairwiseAlign

  /// Creates a multi-aligner over a pairwise aligner.
  public init(pivotLanguage: LanguageTag? = nil, parallel: Bool = true, pairwise: @escaping PairwiseAlign) {
    self.pivotLanguage = pivotLanguage
    self.parallel = parallel
    self.pairwise = pairwise
  }

  /// The result for one article.
  public struct Result: Sendable {
    /// The units in document order; every variant lists its edition's sentences.
    public var units: [AlignedUnit]
    /// The sentences of each edition, in edition order.
    public var sentences: [[Sentence]]
    /// Per edition, warnings about its text (a sentence cut for its length).
    public var warnings: [[String]] = []
  }

  /// Segments and aligns `editions` (at least one).
  /// - Parameter document: the article name stored in every unit.
  /// - Throws: `HexaplaError.inconsistentInput` when the pivot language is not among the
  ///   editions or an edition has no sentences; errors of segmentation and alignment.
  public func align(_ editions: [Edition], document: String? = nil) throws -> Result {
    guard !editions.isEmpty else { throw HexaplaError.inconsistentInput(message: "no editions to align") }
    let pivot: Int
    if let pivotLanguage {
      guard let index = editions.firstIndex(where: { $0.document.language == pivotLanguage }) else {
        throw HexaplaError.inconsistentInput(
          message: "pivot language '\(pivotLanguage)' is not among the editions ("
            + editions.map(\.document.language.description).joined(separator: ", ") + ")")
      }
      pivot = index
    } else {
      pivot = 0
    }
    let clock = StageClock()
    // Segment; hold boilerplate aside.
    var sentences: [[Sentence]] = []
    var content: [[Int]] = []  // original indices of the sentences that are aligned
    var warnings: [[String]] = []
    for (index, edition) in editions.enumerated() {
      let language = edition.document.language
      var rules = SegmentationRules.builtIn(for: language)
      // An edition that a translation will re-cut is cut at every space that may end a
      // sentence (Thai, Lao): the translation joins the wrong cuts.
      let hasGuide =
        index == pivot
        ? editions.contains(where: { !$0.document.language.endsSentencesWithSpace })
        : !editions[pivot].document.language.endsSentencesWithSpace
      if recutsWithPivot, language.endsSentencesWithSpace, hasGuide { rules.cutsAtEveryLikelySpace = true }
      let segmented =
        presegmented
        ? LineSegmenter.sentences(in: edition.document.text)
        : try Segmenter(language: language, paragraphMode: .line, rules: rules).segment(edition.document.text)
      let (all, cuts) = StreamingSegmenter.cuttingLongSentences(segmented, path: edition.document.source)
      warnings.append(cuts)
      guard all.contains(where: { !$0.text.isEmpty }) else {
        throw HexaplaError.emptyInput(path: edition.document.source)
      }
      let unpaired = edition.unpairedParagraphs
      sentences.append(all)
      content.append(all.indices.filter { !unpaired.contains(all[$0].paragraph) })
    }
    clock.lap("sentences")
    let languages = editions.map(\.document.language)
    let others = editions.indices.filter { $0 != pivot }
    let texts = editions.map(\.document.text)
    let recuts = !presegmented && recutsWithPivot
    // Each edition's content sentences: all of them (the same array, not a copy: at a million
    // sentences a side a copy holds 40 MB) unless boilerplate is held aside.
    var otherInputs = editions.indices.map { e in
      content[e].count == sentences[e].count ? sentences[e] : content[e].map { sentences[e][$0] }
    }
    var round = try alignWithPivot(
      otherInputs[pivot], inputs: otherInputs, pivot: pivot, languages: languages, texts: texts, recuts: recuts)
    // The pivot re-cut where the other editions show its segmenter guessed wrong, and every
    // edition aligned again with the new pivot sentences.
    if recuts, !others.isEmpty,
      let recut = recutPivot(
        otherInputs[pivot], text: texts[pivot], pivotLanguage: languages[pivot], round: round,
        languages: languages, pivot: pivot)
    {
      Self.replaceContent(of: &sentences[pivot], content: &content[pivot], with: recut)
      otherInputs[pivot] = recut
      round = try alignWithPivot(
        recut, inputs: otherInputs, pivot: pivot, languages: languages, texts: texts, recuts: recuts)
    }
    if realignsWithConsensus && others.count >= 2 {
      round = try realignWithConsensus(round, pivotContent: otherInputs[pivot], pivot: pivot, languages: languages)
    }
    var links: [[PivotLink]] = Array(repeating: [], count: editions.count)
    for edition in others {
      let (editionLinks, inputs) = round[edition]
      links[edition] = editionLinks
      if inputs != otherInputs[edition] {
        Self.replaceContent(of: &sentences[edition], content: &content[edition], with: inputs)
      }
    }
    if splitsUndersegmented && others.count >= 2 {
      Self.splitUndersegmented(
        links: &links, sentences: &sentences, content: &content, pivot: pivot, languages: languages)
    }
    if separatesOmissions {
      let lengths = editions.indices.map { e in content[e].map { Self.letterCount(sentences[e][$0].text) } }
      Self.separateOmissions(links: &links, lengths: lengths, pivot: pivot)
      let texts = editions.indices.map { e in content[e].map { sentences[e][$0].text } }
      Self.separateAdditions(links: &links, lengths: lengths, pivot: pivot, texts: texts)
    }
    clock.lap("pairwise alignments")
    let groups = MultiAlignmentCombiner(pivot: pivot, sentenceCounts: content.map(\.count)).combine(links)

    // Units with original sentence indices.
    let units = groups.map { group in
      AlignedUnit(
        variants: editions.indices.map { e in
          let indices = group.sentences[e].map { content[e][$0] }
          return AlignedUnit.Variant(
            language: languages[e], sentences: indices.map { sentences[e][$0] }, sentenceIndices: indices)
        }, score: group.score, beadType: group.beadType, anchors: group.anchors, document: document)
    }
    clock.lap("units")
    return Result(
      units: Self.insertingBoilerplate(units, editions: editions, sentences: sentences, document: document),
      sentences: sentences, warnings: warnings)
  }

  /// Aligns every other edition with the pivot's sentences, re-cutting each (when `recuts`)
  /// with the pivot as its guide: where that changed it, the links follow the cuts (each piece
  /// with its pivot sentence), or, in a language that ends sentences with a space (cut at
  /// every likely space first), the edition is aligned again.
  /// - Returns: per edition (an empty entry for the pivot), its links and content sentences.
  /// - Complexity: one or two pairwise alignments per edition.
  private func alignWithPivot(
    _ pivotContent: [Sentence], inputs: [[Sentence]], pivot: Int, languages: [LanguageTag], texts: [String],
    recuts: Bool
  ) throws -> [([PivotLink], [Sentence])] {
    let others = languages.indices.filter { $0 != pivot }
    let results = LockedResults<([PivotLink], [Sentence])>(count: languages.count)
    let pairwise = self.pairwise
    let pivotLanguage = languages[pivot]
    let recutsOthers = recuts && !pivotLanguage.endsSentencesWithSpace
    let work: @Sendable (Int) -> Void = { k in
      let edition = others[k]
      results.set(
        edition,
        Swift.Result {
          var own = inputs[edition]
          var links = try pairwise(pivotContent, pivotLanguage, own, languages[edition], nil)
          if recutsOthers {
            let recut = GuidedSegmenter(language: languages[edition], guideLanguage: pivotLanguage).refinedAlignment(
              own, text: texts[edition], guide: pivotContent,
              beads: links.map { Bead(source: $0.pivot, target: $0.other, score: $0.score, anchors: $0.anchors) })
            if recut.sentences != own {
              own = recut.sentences
              if languages[edition].endsSentencesWithSpace {
                // Cut at every likely space first: aligned again once the spaces are decided.
                links = try pairwise(pivotContent, pivotLanguage, own, languages[edition], nil)
              } else {
                // Cuts only where a sentence held several pivot sentences: each piece takes one.
                links = recut.beads.map {
                  PivotLink(pivot: $0.source, other: $0.target, score: $0.score, anchors: $0.anchors)
                }
              }
            }
          }
          return (links, own)
        })
    }
    if parallel && others.count > 1 {
      DispatchQueue.concurrentPerform(iterations: others.count, execute: work)
    } else {
      for k in others.indices { work(k) }
    }
    return try languages.indices.map { $0 == pivot ? ([], []) : try results.get($0) }
  }

  /// The cost, in nats, of joining two pivot sentences for each other edition that keeps them
  /// apart beyond those that join them too: about what a 2-1 bead gains over 1-1 and 1-0 when
  /// the left-out sentence is short, so that a few editions' agreement turns an omission glued
  /// to its neighbour into a 1-0, while a real merge (one sentence with the length of two) keeps
  /// its clear length evidence.
  static let consensusVoteCost = 1.5
  /// The most a join of two pivot sentences costs, however many editions keep them apart.
  static let consensusMaxCost = 6.0

  /// Per edition (nil for the pivot and for editions with no join to reconsider), per pivot
  /// sentence s the cost of joining pivot sentences s - 1 and s in that edition's links:
  /// `consensusVoteCost` for each of the other editions that keeps them apart beyond those
  /// that join them, at most `consensusMaxCost`.
  /// - Complexity: O(links + pivotCount × editions).
  static func consensusBoundaryCosts(_ links: [[PivotLink]], pivot: Int, pivotCount: Int) -> [[Double]?] {
    let others = links.indices.filter { $0 != pivot }
    let separated = separatingEditions(links, pivot: pivot, pivotCount: pivotCount)
    return links.indices.map { edition -> [Double]? in
      guard edition != pivot, pivotCount > 1 else { return nil }
      var joins = Array(repeating: false, count: pivotCount + 1)
      for link in links[edition] where link.pivot.count >= 2 {
        for b in (link.pivot.lowerBound + 1)..<link.pivot.upperBound { joins[b] = true }
      }
      var reconsidered = false
      let costs = (0..<pivotCount).map { b -> Double in
        guard b > 0 else { return 0 }
        let apart = separated[b] - (joins[b] ? 0 : 1)
        let together = others.count - 1 - apart
        let cost = min(consensusMaxCost, consensusVoteCost * Double(max(0, apart - together)))
        if joins[b] && cost > 0 { reconsidered = true }
        return cost
      }
      return reconsidered ? costs : nil
    }
  }

  /// Aligns again, with `consensusBoundaryCosts`, each edition whose links join pivot
  /// sentences that the other editions keep apart.
  /// - Complexity: one pairwise alignment per such edition.
  private func realignWithConsensus(
    _ round: [([PivotLink], [Sentence])], pivotContent: [Sentence], pivot: Int, languages: [LanguageTag]
  ) throws -> [([PivotLink], [Sentence])] {
    let costs = Self.consensusBoundaryCosts(round.map(\.0), pivot: pivot, pivotCount: pivotContent.count)
    let editions = costs.indices.filter { costs[$0] != nil }
    guard !editions.isEmpty else { return round }
    let results = LockedResults<[PivotLink]>(count: languages.count)
    let pairwise = self.pairwise
    let work: @Sendable (Int) -> Void = { k in
      let edition = editions[k]
      results.set(
        edition,
        Swift.Result {
          try pairwise(pivotContent, languages[pivot], round[edition].1, languages[edition], costs[edition])
        })
    }
    if parallel && editions.count > 1 {
      DispatchQueue.concurrentPerform(iterations: editions.count, execute: work)
    } else {
      for k in editions.indices { work(k) }
    }
    var result = round
    let pivotLengths = pivotContent.map { Self.letterCount($0.text) }
    for edition in editions {
      let own = round[edition].1
      result[edition].0 = Self.keepingMerges(
        try results.get(edition), joined: round[edition].0, pivotLengths: pivotLengths,
        lengths: own.map { Self.letterCount($0.text) }, texts: own.map(\.text),
        commasAreSparse: !languages[edition].joinsSentencesWithoutSpace)
    }
    return result
  }

  /// How much worse than one pivot sentence a translator's merge may fit both by length for
  /// `keepingMerges` (a merge often shortens what it joins).
  static let mergeSlack = 0.05
  /// How close to the pivot boundary's length share the merge's comma must fall.
  static let mergeJointTolerance = 0.1

  /// `links` (an edition realigned with `consensusBoundaryCosts`) with a pivot sentence the
  /// consensus left unpaired put back with its neighbour's link of one pivot sentence, where
  /// the first alignment (`joined`) had them together, the edition's sentences hold a comma or
  /// semicolon where the pivot boundary falls (`mergeJointTolerance`, outside quotations and
  /// brackets; only in scripts that space words, where commas are sparse) and fit both pivot
  /// sentences about as well by length (`mergeSlack`, lengths scaled by the editions' ratio):
  /// a translator's merge keeps its evidence against the other editions' votes.
  /// - Complexity: O(n) in the links and the linked sentences' length.
  static func keepingMerges(
    _ links: [PivotLink], joined: [PivotLink], pivotLengths: [Int], lengths: [Int], texts: [String],
    commasAreSparse: Bool
  ) -> [PivotLink] {
    var wasJoined = Set<Int>()  // pivot boundaries b (between b - 1 and b) the first alignment joined
    for link in joined where link.pivot.count >= 2 {
      for b in (link.pivot.lowerBound + 1)..<link.pivot.upperBound { wasJoined.insert(b) }
    }
    guard commasAreSparse, !wasJoined.isEmpty else { return links }
    let ratio = Double(max(1, lengths.reduce(0, +))) / Double(max(1, pivotLengths.reduce(0, +)))
    func mismatch(_ pivot: Range<Int>, _ other: Range<Int>) -> Double {
      let scaled = ratio * Double(pivot.reduce(0) { $0 + pivotLengths[$1] })
      let own = Double(other.reduce(0) { $0 + lengths[$1] })
      return abs(scaled - own) / max(1, max(scaled, own))
    }
    func hasJoint(_ pivot: Range<Int>, _ other: Range<Int>) -> Bool {
      let characters = Array(other.map { texts[$0] }.joined(separator: " "))
      let total = Double(max(1, other.reduce(0) { $0 + lengths[$1] }))
      let target = Double(pivotLengths[pivot.lowerBound]) / Double(max(1, pivot.reduce(0) { $0 + pivotLengths[$1] }))
      return PivotGuidedSplitter.clauseJoints(characters).contains { joint in
        abs(Double(letterCount(String(characters[..<joint]))) / total - target) <= mergeJointTolerance
      }
    }
    func isMerge(_ both: Range<Int>, _ one: Range<Int>, _ other: Range<Int>) -> Bool {
      mismatch(both, other) <= mismatch(one, other) + mergeSlack && hasJoint(both, other)
    }
    func isLeftOut(_ link: PivotLink) -> Bool { link.pivot.count == 1 && link.other.isEmpty }
    var result: [PivotLink] = []
    var k = 0
    while k < links.count {
      let link = links[k]
      if link.pivot.count == 1, !link.other.isEmpty {
        if k + 1 < links.count, isLeftOut(links[k + 1]), wasJoined.contains(link.pivot.upperBound) {
          let both = link.pivot.lowerBound..<(link.pivot.upperBound + 1)
          if isMerge(both, link.pivot, link.other) {
            result.append(PivotLink(pivot: both, other: link.other, score: link.score, anchors: link.anchors))
            k += 2
            continue
          }
        }
        if let last = result.last, isLeftOut(last), last.pivot.upperBound == link.pivot.lowerBound,
          wasJoined.contains(link.pivot.lowerBound)
        {
          let both = last.pivot.lowerBound..<link.pivot.upperBound
          if isMerge(both, link.pivot, link.other) {
            result[result.count - 1] = PivotLink(
              pivot: both, other: link.other, score: link.score, anchors: link.anchors)
            k += 1
            continue
          }
        }
      }
      result.append(link)
      k += 1
    }
    return result
  }

  /// The pivot's sentences re-cut as more than half of the editions able to guide it propose
  /// (`GuidedSegmenter` with each edition as the guide; editions that end sentences with a
  /// space cannot guide): new boundaries where they agree the segmenter missed one, joins
  /// where they agree it cut at a bare space (Thai, Lao, Khmer). Nil when nothing changes.
  private func recutPivot(
    _ pivotContent: [Sentence], text: String, pivotLanguage: LanguageTag, round: [([PivotLink], [Sentence])],
    languages: [LanguageTag], pivot: Int
  ) -> [Sentence]? {
    let guides = languages.indices.filter { $0 != pivot && !languages[$0].endsSentencesWithSpace }
    guard !guides.isEmpty else { return nil }
    let starts = Set(pivotContent.map(\.range.lowerBound))
    var added: [Int: Int] = [:]  // byte offset of a new sentence start → editions proposing it
    var removed: [Int: Int] = [:]  // byte offset of a start the proposals join away → editions
    for edition in guides {
      let (links, own) = round[edition]
      let recut = GuidedSegmenter(language: pivotLanguage, guideLanguage: languages[edition]).refine(
        pivotContent, text: text, guide: own,
        beads: links.map { Bead(source: $0.other, target: $0.pivot, score: $0.score, anchors: $0.anchors) })
      let proposed = Set(recut.map(\.range.lowerBound))
      for start in proposed.subtracting(starts) { added[start, default: 0] += 1 }
      for start in starts.subtracting(proposed) { removed[start, default: 0] += 1 }
    }
    let cuts = Set(added.filter { $0.value * 2 > guides.count }.keys)
    let joins = Set(removed.filter { $0.value * 2 > guides.count }.keys)
    guard !cuts.isEmpty || !joins.isEmpty else { return nil }
    let utf8 = Array(text.utf8)
    func sentence(_ range: Range<Int>, paragraph: Int) -> Sentence? {
      var from = range.lowerBound
      var to = range.upperBound
      while from < to, utf8[from] == 0x20 || utf8[from] == 0x0A || utf8[from] == 0x09 { from += 1 }
      while to > from, utf8[to - 1] == 0x20 || utf8[to - 1] == 0x0A || utf8[to - 1] == 0x09 { to -= 1 }
      guard from < to else { return nil }
      return Sentence(text: String(decoding: utf8[from..<to], as: UTF8.self), paragraph: paragraph, range: from..<to)
    }
    // Joins first (within a paragraph), then cuts.
    var joined: [Sentence] = []
    for current in pivotContent {
      if let last = joined.last, joins.contains(current.range.lowerBound), last.paragraph == current.paragraph,
        let merged = sentence(last.range.lowerBound..<current.range.upperBound, paragraph: last.paragraph)
      {
        joined[joined.count - 1] = merged
      } else {
        joined.append(current)
      }
    }
    var result: [Sentence] = []
    for current in joined {
      let inside = cuts.filter { $0 > current.range.lowerBound && $0 < current.range.upperBound }.sorted()
      guard !inside.isEmpty else {
        result.append(current)
        continue
      }
      let bounds = [current.range.lowerBound] + inside + [current.range.upperBound]
      for (start, end) in zip(bounds, bounds.dropFirst()) {
        if let piece = sentence(start..<end, paragraph: current.paragraph) { result.append(piece) }
      }
    }
    return result == pivotContent ? nil : result
  }

  /// Puts `inputs` (re-cut content sentences) in place of an edition's content sentences,
  /// keeping its other (boilerplate) sentences where they were, in source order.
  static func replaceContent(of sentences: inout [Sentence], content: inout [Int], with inputs: [Sentence]) {
    let kept = Set(content)
    let others = sentences.indices.filter { !kept.contains($0) }.map { sentences[$0] }
    var all: [Sentence] = []
    var newContent: [Int] = []
    var k = 0
    for other in others {
      while k < inputs.count, inputs[k].range.lowerBound < other.range.lowerBound {
        newContent.append(all.count)
        all.append(inputs[k])
        k += 1
      }
      all.append(other)
    }
    for input in inputs[k...] {
      newContent.append(all.count)
      all.append(input)
    }
    sentences = all
    content = newContent
  }

  /// The posterior score below which a link that joins pivot sentences is reconsidered as an
  /// omission (see `separateOmissions`).
  static let omissionScore = 0.8
  /// How much better (in relative length mismatch) a part of the pivot sentences must fit the
  /// other edition's sentences than all of them, for the rest to count as left out.
  static let omissionMargin = 0.15

  /// Letters and digits of a text (its length without spaces and punctuation). In a text
  /// written mostly in another script, Latin letters in parentheses are not counted: they
  /// gloss a name the text has already transliterated (`야스 마리나 서킷(Yas Marina Circuit)`),
  /// so the translation holds that name once.
  static func letterCount(_ text: String) -> Int {
    var count = 0
    var otherScript = 0  // letters beyond ASCII
    var glossed = 0  // ASCII letters inside parentheses
    var depth = 0
    for scalar in text.unicodeScalars {
      // ASCII (most characters of most texts): the letters and digits are the alphanumerics.
      if scalar.isASCII {
        let byte = UInt8(scalar.value)
        if (byte | 0x20) &- 0x61 < 26 {
          count += 1
          if depth > 0 { glossed += 1 }
        } else if byte &- 0x30 < 10 {
          count += 1
        } else if byte == 0x28 {
          depth += 1
        } else if byte == 0x29 {
          depth = max(0, depth - 1)
        }
      } else if scalar == "（" {
        depth += 1
      } else if scalar == "）" {
        depth = max(0, depth - 1)
      } else if scalar.properties.isAlphabetic {
        count += 1
        otherScript += 1
      } else if scalar.properties.numericType != nil {
        count += 1
      }
    }
    return glossed > 0 && 2 * otherScript > count - glossed ? count - glossed : count
  }

  /// Where an edition's uncertain link (score below `omissionScore`) pairs several pivot
  /// sentences with its own, and more than half of the other editions keep those pivot
  /// sentences apart (with two editions: always), takes the pivot sentences it more probably
  /// translates: the contiguous part whose length, scaled by the two editions' length ratio,
  /// fits its sentences clearly better (`omissionMargin`) than the whole. The rest become
  /// pivot sentences this edition left out, so that its omission does not merge them in every
  /// language's unit.
  /// - Complexity: O(a²) per such link of a pivot sentences, O(n) in all.
  static func separateOmissions(links: inout [[PivotLink]], lengths: [[Int]], pivot: Int) {
    let others = links.indices.filter { $0 != pivot }
    let separated = separatingEditions(links, pivot: pivot, pivotCount: lengths[pivot].count)
    let pivotTotal = Double(max(1, lengths[pivot].reduce(0, +)))
    for edition in others {
      let ratio = Double(max(1, lengths[edition].reduce(0, +))) / pivotTotal
      var result: [PivotLink] = []
      for link in links[edition] {
        guard link.pivot.count >= 2, !link.other.isEmpty, link.score < omissionScore,
          ((link.pivot.lowerBound + 1)..<link.pivot.upperBound).allSatisfy({ b in
            others.count < 2 || separated[b] * 2 > others.count - 1
          })
        else {
          result.append(link)
          continue
        }
        let own = Double(link.other.reduce(0) { $0 + lengths[edition][$1] })
        func mismatch(_ range: Range<Int>) -> Double {
          let scaled = ratio * Double(range.reduce(0) { $0 + lengths[pivot][$1] })
          return abs(scaled - own) / max(1, max(scaled, own))
        }
        let (best, bestMismatch, _) = bestProperPart(of: link.pivot, by: mismatch)
        guard bestMismatch + omissionMargin < mismatch(link.pivot) else {
          result.append(link)
          continue
        }
        let at = link.other.lowerBound
        for p in link.pivot.lowerBound..<best.lowerBound {
          result.append(PivotLink(pivot: p..<(p + 1), other: at..<at, score: link.score))
        }
        result.append(PivotLink(pivot: best, other: link.other, score: link.score, anchors: link.anchors))
        for p in best.upperBound..<link.pivot.upperBound {
          result.append(
            PivotLink(pivot: p..<(p + 1), other: link.other.upperBound..<link.other.upperBound, score: link.score))
        }
      }
      links[edition] = result
    }
  }

  /// The contiguous part of `range`, shorter than all of it, with the least `mismatch` (the
  /// first on ties), that mismatch, and the least one of any other such part (infinity when
  /// there is none).
  /// - Complexity: O(n²) calls of `mismatch` for a range of n.
  static func bestProperPart(of range: Range<Int>, by mismatch: (Range<Int>) -> Double) -> (
    part: Range<Int>, mismatch: Double, runnerUp: Double
  ) {
    var best = range
    var bestMismatch = Double.infinity
    var runnerUp = Double.infinity
    for start in range {
      for end in (start + 1)...range.upperBound where end - start < range.count {
        let m = mismatch(start..<end)
        if m < bestMismatch {
          runnerUp = bestMismatch
          bestMismatch = m
          best = start..<end
        } else {
          runnerUp = min(runnerUp, m)
        }
      }
    }
    return (best, bestMismatch, runnerUp)
  }

  /// The largest share of an edition's links that pair several of its sentences with the
  /// pivot's for `separateAdditions` to look for additions in them: sentence-by-sentence
  /// translation (news) has a few in a hundred, free translation one in eight or more.
  static let splitShare = 0.1

  /// Where an edition's uncertain link (score below `omissionScore`) pairs several of its own
  /// sentences with the pivot's, keeps the contiguous part of its sentences whose length,
  /// scaled by the two editions' length ratio, fits the pivot sentences clearly better
  /// (`omissionMargin`) than all of them and than any other part; the rest become sentences
  /// only this edition has (a translator's addition glued to its neighbour). A translator's
  /// split (one pivot sentence in two) fits as a whole and is kept; an edition with many such
  /// links (more than `splitShare`) is left as it is.
  /// - Complexity: O(a²) per such link of a sentences, O(n) in all.
  static func separateAdditions(links: inout [[PivotLink]], lengths: [[Int]], pivot: Int, texts: [[String]]? = nil) {
    let pivotTotal = Double(max(1, lengths[pivot].reduce(0, +)))
    for edition in links.indices where edition != pivot {
      let ratio = Double(max(1, lengths[edition].reduce(0, +))) / pivotTotal
      // Where this translator often renders one sentence as several (literary and free
      // translation), a link with several of its sentences is more probably such a split.
      let paired = links[edition].filter { !$0.pivot.isEmpty && !$0.other.isEmpty }
      guard Double(paired.filter { $0.other.count >= 2 }.count) <= splitShare * Double(paired.count) else {
        continue
      }
      var result: [PivotLink] = []
      for link in links[edition] {
        guard link.other.count >= 2, !link.pivot.isEmpty else {
          result.append(link)
          continue
        }
        let scaled = ratio * Double(link.pivot.reduce(0) { $0 + lengths[pivot][$1] })
        func mismatch(_ range: Range<Int>) -> Double {
          let own = Double(range.reduce(0) { $0 + lengths[edition][$1] })
          return abs(scaled - own) / max(1, max(scaled, own))
        }
        var (best, bestMismatch, runnerUp) = bestProperPart(of: link.other, by: mismatch)
        // In an uncertain link, length alone may tell which part translates the pivot: clearly
        // better than the whole and than any other part. In any link, a sentence at either end
        // may hold names or numbers the pivot sentences lack while the rest fits the pivot
        // about as well as the whole.
        if link.score >= omissionScore || !(bestMismatch + omissionMargin < min(mismatch(link.other), runnerUp)) {
          guard let texts,
            let rest = Self.restAfterUnexplainedEnd(
              link.other, texts: texts[edition], pivotText: link.pivot.map { texts[pivot][$0] }.joined(separator: " ")),
            mismatch(rest) <= mismatch(link.other) + omissionMargin
          else {
            result.append(link)
            continue
          }
          best = rest
        }
        for o in link.other.lowerBound..<best.lowerBound {
          result.append(
            PivotLink(pivot: link.pivot.lowerBound..<link.pivot.lowerBound, other: o..<(o + 1), score: link.score))
        }
        result.append(PivotLink(pivot: link.pivot, other: best, score: link.score, anchors: link.anchors))
        for o in best.upperBound..<link.other.upperBound {
          result.append(
            PivotLink(pivot: link.pivot.upperBound..<link.pivot.upperBound, other: o..<(o + 1), score: link.score))
        }
      }
      links[edition] = result
    }
  }

  /// `sentences` without its first or its last sentence where exactly one of those two holds
  /// names or numbers (`foreignTokens`) none of which `pivotText` has while the others' are
  /// all found there: a sentence that translates nothing of the pivot's. Nil otherwise.
  static func restAfterUnexplainedEnd(_ sentences: Range<Int>, texts: [String], pivotText: String) -> Range<Int>? {
    let pivotFolded = pivotText.lowercased()
    // Per sentence: nil without such tokens, else whether the pivot has any of them.
    let explained: [Bool?] = sentences.map { k in
      let tokens = foreignTokens(texts[k])
      return tokens.isEmpty ? nil : tokens.contains { pivotFolded.contains($0) }
    }
    let firstUnexplained = explained.first! == false
    let lastUnexplained = explained.last! == false
    guard firstUnexplained != lastUnexplained else { return nil }
    let rest = firstUnexplained ? explained.dropFirst() : explained.dropLast()
    guard rest.allSatisfy({ $0 != false }) else { return nil }
    return firstUnexplained
      ? (sentences.lowerBound + 1)..<sentences.upperBound
      : sentences.lowerBound..<(sentences.upperBound - 1)
  }

  /// What of a sentence a translation keeps as written: numbers of two or more digits and,
  /// in a sentence written mostly in another script than Latin, runs of two or more Latin
  /// letters (`LUISS`, `DNA`), lower-cased.
  static func foreignTokens(_ text: String) -> [String] {
    var ascii = 0
    var other = 0
    for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
      if scalar.isASCII { ascii += 1 } else { other += 1 }
    }
    let latinCounts = other > ascii
    var tokens: [String] = []
    var run = ""
    var letters = false
    func flush() {
      if run.count >= 2, letters ? latinCounts : true { tokens.append(run.lowercased()) }
      run = ""
      letters = false
    }
    for scalar in text.unicodeScalars {
      let isDigit = scalar.isASCII && scalar.properties.numericType != nil
      let isLetter = scalar.isASCII && scalar.properties.isAlphabetic
      if isDigit || isLetter {
        if !run.isEmpty, letters != isLetter { flush() }
        run.unicodeScalars.append(scalar)
        letters = isLetter
      } else {
        flush()
      }
    }
    flush()
    return tokens
  }

  /// For each pivot boundary b (between pivot sentences b - 1 and b), how many non-pivot
  /// editions put the two sentences in different links (index 0 and `pivotCount` unused).
  /// - Complexity: O(links + pivotCount × editions).
  static func separatingEditions(_ links: [[PivotLink]], pivot: Int, pivotCount: Int) -> [Int] {
    var separated = Array(repeating: 0, count: pivotCount + 1)
    for edition in links.indices where edition != pivot {
      var together = Set<Int>()
      for link in links[edition] where link.pivot.count >= 2 {
        for b in (link.pivot.lowerBound + 1)..<link.pivot.upperBound { together.insert(b) }
      }
      for b in 1..<max(1, pivotCount) where !together.contains(b) { separated[b] += 1 }
    }
    return separated
  }

  /// Splits under-segmented sentences of non-pivot editions (see `PivotGuidedSplitter`) and
  /// rewrites the links, sentence lists and content indices to match.
  /// - Complexity: O(*E* · (*P* + *S*)) for *E* editions of at most *S* sentences and *P* pivot
  ///   sentences, plus one `PivotGuidedSplitter.split` per link that joins pivot sentences most
  ///   other editions keep apart (each edition's sentences go to the splitter at most once).
  static func splitUndersegmented(
    links: inout [[PivotLink]], sentences: inout [[Sentence]], content: inout [[Int]], pivot: Int,
    languages: [LanguageTag]
  ) {
    let pivotSentences = content[pivot].map { sentences[pivot][$0] }
    let pivotCount = pivotSentences.count
    let others = links.indices.filter { $0 != pivot }
    let separated = separatingEditions(links, pivot: pivot, pivotCount: pivotCount)
    let length = { (sentence: Sentence) in sentence.text.reduce(0) { $0 + ($1.isWhitespace ? 0 : 1) } }
    for edition in others {
      // Cuts only where a sentence boundary was possible: never at a comma or inside a clause.
      var splitter = PivotGuidedSplitter(language: languages[edition])
      splitter.allowsClauseCuts = false
      if !languages[edition].endsSentencesWithSpace {
        splitter.uncertainOnly = SegmentationRules.builtIn(for: languages[edition])
        splitter.cutsBeforeCapitals = true
        splitter.keepsCommaMerges = true
      }
      let inputs = content[edition].map { sentences[edition][$0] }
      var newInputs: [Sentence] = []
      var newLinks: [PivotLink] = []
      var didSplit = false
      for link in links[edition] {
        if link.pivot.count >= 2, !link.other.isEmpty {
          // Boundaries most of the other editions keep (this one joins them).
          let wanted = ((link.pivot.lowerBound + 1)..<link.pivot.upperBound).filter {
            separated[$0] * 2 > others.count - 1
          }
          if !wanted.isEmpty {
            let bounds = [link.pivot.lowerBound] + wanted + [link.pivot.upperBound]
            let groups = zip(bounds, bounds.dropFirst()).map { $0..<$1 }
            let lengths = groups.map { group in group.reduce(0) { $0 + length(pivotSentences[$1]) } }
            let numbers = groups.map { group in
              group.flatMap { PivotGuidedSplitter.digitRuns(Array(pivotSentences[$0].text)).map(\.text) }
            }
            if let pieces = splitter.split(link.other.map { inputs[$0] }, pivotLengths: lengths, pivotNumbers: numbers)
            {
              didSplit = true
              for (group, piece) in zip(groups, pieces) {
                newLinks.append(
                  PivotLink(
                    pivot: group, other: newInputs.count..<(newInputs.count + 1), score: link.score,
                    anchors: link.anchors))
                newInputs.append(piece)
              }
              continue
            }
          }
        }
        let start = newInputs.count
        newInputs.append(contentsOf: link.other.map { inputs[$0] })
        newLinks.append(
          PivotLink(pivot: link.pivot, other: start..<newInputs.count, score: link.score, anchors: link.anchors))
      }
      guard didSplit else { continue }
      replaceContent(of: &sentences[edition], content: &content[edition], with: newInputs)
      links[edition] = newLinks
    }
  }

  /// Places each boilerplate sentence in a unit of its own after the unit holding the
  /// edition's previous aligned sentence (at the start when there is none).
  static func insertingBoilerplate(
    _ units: [AlignedUnit], editions: [Edition], sentences: [[Sentence]], document: String?
  ) -> [AlignedUnit] {
    var unitOf: [[Int: Int]] = Array(repeating: [:], count: editions.count)
    for (u, unit) in units.enumerated() {
      for (e, variant) in unit.variants.enumerated() {
        for index in variant.sentenceIndices { unitOf[e][index] = u }
      }
    }
    var after: [Int: [AlignedUnit]] = [:]  // unit index (-1: start) → boilerplate units
    for (e, edition) in editions.enumerated() {
      let unpaired = edition.unpairedParagraphs
      guard !unpaired.isEmpty else { continue }
      var kinds: [Int: BoilerplateKind] = [:]
      for line in edition.boilerplate { if let paragraph = line.paragraph { kinds[paragraph] = line.kind } }
      var previousUnit = -1
      for (s, sentence) in sentences[e].enumerated() {
        if let u = unitOf[e][s] {
          previousUnit = u
          continue
        }
        guard unpaired.contains(sentence.paragraph) else { continue }
        let variants = editions.indices.map { k in
          AlignedUnit.Variant(
            language: editions[k].document.language, sentences: k == e ? [sentence] : [],
            sentenceIndices: k == e ? [s] : [])
        }
        after[previousUnit, default: []].append(
          AlignedUnit(
            variants: variants, score: 1,
            beadType: editions.indices.map { $0 == e ? "1" : "0" }.joined(separator: "-"),
            anchors: [], document: document, boilerplate: kinds[sentence.paragraph]))
      }
    }
    guard !after.isEmpty else { return units }
    var result = after[-1] ?? []
    for (u, unit) in units.enumerated() {
      result.append(unit)
      result.append(contentsOf: after[u] ?? [])
    }
    return result
  }
}
