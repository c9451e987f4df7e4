import Foundation

/// Pairs the sentences of two editions of a text: length, shared anchors and lexical evidence,
/// searched by dynamic programming in a band around a first-pass path.
///
/// An `Aligner` holds only its options: it is cheap to create and safe to use from several
/// threads at once.
public struct Aligner: Sendable {
  /// How many beads the prior rate of sentences without counterpart is worth against the
  /// rate a pair's best path shows: a document of a few dozen sentences moves it about halfway.
  static let skipPriorWeight = 20.0
  /// How much cheaper (in nats) the estimate must make a sentence without counterpart for the
  /// final pass to run again with it.
  static let skipCostStep = 0.5
  /// The settings.
  public var options: AlignerOptions

  public init(options: AlignerOptions = AlignerOptions()) {
    self.options = options
  }

  /// Aligns two lists of sentences.
  /// - Parameters:
  ///   - sourceParagraphs, targetParagraphs: the paragraph of each sentence (soft anchors), if known.
  ///   - sourceBoundaryCosts: per source sentence s, the cost (in nats) of a bead that holds
  ///     sentences s - 1 and s together (entry 0 unused): how strongly other evidence, such as
  ///     other editions, keeps them apart; nil for none.
  /// - Returns: beads covering every sentence of both sides exactly once, in order.
  /// - Throws: `HexaplaError.icuFailure` when ICU cannot segment words of a language;
  ///   `HexaplaError.inconsistentInput` when paragraph lists do not match the sentences.
  /// - Complexity: near-linear in the number of sentences (see `BandedBeadSearch`).
  public func align(
    source: [String], sourceLanguage: LanguageTag, target: [String], targetLanguage: LanguageTag,
    sourceParagraphs: [Int]? = nil, targetParagraphs: [Int]? = nil, sourceBoundaryCosts: [Double]? = nil,
    targetBoundaryCosts: [Double]? = nil
  ) throws -> Alignment {
    if let sourceBoundaryCosts, sourceBoundaryCosts.count != source.count {
      throw HexaplaError.inconsistentInput(
        message: "\(sourceBoundaryCosts.count) source boundary costs for \(source.count) sentences")
    }
    if let targetBoundaryCosts, targetBoundaryCosts.count != target.count {
      throw HexaplaError.inconsistentInput(
        message: "\(targetBoundaryCosts.count) target boundary costs for \(target.count) sentences")
    }
    if let sourceParagraphs, sourceParagraphs.count != source.count {
      throw HexaplaError.inconsistentInput(
        message: "\(sourceParagraphs.count) source paragraph numbers for \(source.count) sentences")
    }
    if let targetParagraphs, targetParagraphs.count != target.count {
      throw HexaplaError.inconsistentInput(
        message: "\(targetParagraphs.count) target paragraph numbers for \(target.count) sentences")
    }
    if source.isEmpty || target.isEmpty {
      return Alignment(
        beads: source.indices.map { Bead(source: $0..<$0 + 1, target: 0..<0, score: 1) }
          + target.indices.map { Bead(source: source.count..<source.count, target: $0..<$0 + 1, score: 1) })
    }
    let clock = StageClock()
    let (sourceSide, targetSide) = try Self.sides(
      source: source, sourceLanguage: sourceLanguage, target: target, targetLanguage: targetLanguage,
      keepingWords: options.dictionary != nil)
    clock.lap("tokens")
    return try align(
      features: AlignmentFeatures(source: consume sourceSide, target: consume targetSide),
      sourceLanguage: sourceLanguage,
      targetLanguage: targetLanguage, sourceParagraphs: sourceParagraphs, targetParagraphs: targetParagraphs,
      sourceBoundaryCosts: sourceBoundaryCosts, targetBoundaryCosts: targetBoundaryCosts)
  }

  /// Aligns two lists of segmented sentences, using their paragraphs as soft anchors and, in a
  /// language that ends sentences with a space, its scored cuts (`SpaceBoundaryEvidence`).
  /// - Parameter sourceBoundaryCosts: as in `align(source:sourceLanguage:target:targetLanguage:sourceParagraphs:targetParagraphs:sourceBoundaryCosts:targetBoundaryCosts:)`,
  ///   added to the source's own evidence.
  /// - Throws: as `align(source:sourceLanguage:target:targetLanguage:sourceParagraphs:targetParagraphs:sourceBoundaryCosts:targetBoundaryCosts:)`.
  public func align(
    source: [Sentence], sourceLanguage: LanguageTag, target: [Sentence], targetLanguage: LanguageTag,
    sourceBoundaryCosts: [Double]? = nil
  ) throws -> Alignment {
    var sourceCosts = sourceBoundaryCosts
    if let own = SpaceBoundaryEvidence.joinCosts(of: source, language: sourceLanguage) {
      // Given costs of another count are refused below, as they are.
      sourceCosts =
        sourceBoundaryCosts.map { given in given.count == own.count ? zip(given, own).map(+) : given } ?? own
    }
    return try align(
      source: source.map(\.text), sourceLanguage: sourceLanguage, target: target.map(\.text),
      targetLanguage: targetLanguage, sourceParagraphs: source.map(\.paragraph),
      targetParagraphs: target.map(\.paragraph), sourceBoundaryCosts: sourceCosts,
      targetBoundaryCosts: SpaceBoundaryEvidence.joinCosts(of: target, language: targetLanguage))
  }

  /// Reads the tokens of both sides, the two sides in parallel, into integers a sentence at a
  /// time; `keepingWords` keeps the word strings too (for a dictionary).
  static func sides(
    source: [String], sourceLanguage: LanguageTag, target: [String], targetLanguage: LanguageTag,
    keepingWords: Bool
  ) throws -> (SideTokens, SideTokens) {
    let cjk: (LanguageTag) -> Bool = { AnchorExtractor.cjkLanguages.contains($0.language) }
    let crossScript = cjk(sourceLanguage) != cjk(targetLanguage)
    // Names by sound between scripts that differ (en-ru, en-ar, ar-th, en-ko), except Chinese
    // and Japanese (whose names `crossScript` keys through their romanisation).
    let script: (LanguageTag) -> String? = { $0.script ?? LanguageNames.likelyScript($0.icuLocale) }
    let hanzi: (LanguageTag) -> Bool = { cjk($0) && $0.language != "ko" }
    let soundKeys =
      !hanzi(sourceLanguage) && !hanzi(targetLanguage) && script(sourceLanguage) != nil
      && script(targetLanguage) != nil && script(sourceLanguage) != script(targetLanguage)
    let korean = [sourceLanguage.language == "ko", targetLanguage.language == "ko"]
    let unspaced = [sourceLanguage, targetLanguage].map { AnchorExtractor.unspacedLanguages.contains($0.language) }
    let jobs = [(source, sourceLanguage), (target, targetLanguage)]
    let results = LockedResults<SideTokens>(count: 2)
    DispatchQueue.concurrentPerform(iterations: 2) { side in
      do {
        let extractor = try AnchorExtractor(
          language: jobs[side].1, crossScript: crossScript, soundKeys: soundKeys, pairedWithKorean: korean[1 - side],
          pairedWithUnspaced: unspaced[1 - side])
        var tokens = SideTokens(keepingWords: keepingWords)
        for sentence in jobs[side].0 { tokens.append(extractor.extract(sentence), wordIDs: extractor.wordIDs) }
        tokens.vocabulary = extractor.vocabulary
        results.set(side, .success(tokens))
      } catch {
        results.set(side, .failure(error))
      }
    }
    return (try results.get(0), try results.get(1))
  }

  /// Aligns the features of two sides.
  func align(
    features: consuming AlignmentFeatures, sourceLanguage: LanguageTag, targetLanguage: LanguageTag,
    sourceParagraphs: [Int]?, targetParagraphs: [Int]?, sourceBoundaryCosts: [Double]? = nil,
    targetBoundaryCosts: [Double]? = nil
  ) throws -> Alignment {
    let clock = StageClock()
    if let dictionary = options.dictionary {
      features.addDictionary(dictionary, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }
    let rows = features.sourceLengths.count
    let columns = features.targetLengths.count
    let maxSide = max(1, options.maxBeadSide)
    // The paragraphs the passes after the first use: a paragraph of one text may be joined to
    // its neighbour (`paragraphJoins`).
    var paragraphs = (source: sourceParagraphs, target: targetParagraphs)
    // Memory stays bounded: the band never grows past these many cells (a back-pointer byte per
    // cell in the first pass; 1 + 8 + 8 in the final pass, which keeps forward and backward sums).
    func search(
      _ features: AlignmentFeatures, shapes: [BeadShape], guide: [(Int, Int)], width: Int, final: Bool
    ) -> (BandedBeadSearch.Result, BandedBeadSearch) {
      let model = features.costModel(
        maxSide: maxSide, shapes: shapes, options: options, sourceParagraphs: paragraphs.source,
        targetParagraphs: paragraphs.target, sourceBoundaryCosts: sourceBoundaryCosts,
        targetBoundaryCosts: targetBoundaryCosts)
      let searcher = BandedBeadSearch(model: model, shapes: shapes, rows: rows, columns: columns)
      return (run(searcher, guide: guide, width: width, final: final), searcher)
    }
    func run(_ searcher: BandedBeadSearch, guide: [(Int, Int)], width: Int, final: Bool) -> BandedBeadSearch.Result {
      searcher.search(around: guide, halfWidth: width, maxCells: final ? 8_000_000 : 40_000_000, keepingCosts: final)
    }
    // First pass: simple shapes in a wide band around the length diagonal.
    let simple = BeadShape.all(maxSide: min(2, maxSide), skipCost: options.skipCost)
    let all = BeadShape.all(maxSide: maxSide, skipCost: options.skipCost)
    // The first pass's features and cost model go out of scope before the second pass makes its
    // own (at a million sentences a side the model holds about half a gigabyte).
    let first: BandedBeadSearch.Result
    let confident: [(Int, Int)]
    do {
      let strong = features.restricted(to: [.number, .url, .latinWord, .name, .punctuation])
      let (path, firstSearcher) = search(
        strong, shapes: simple, guide: features.lengthDiagonal(), width: options.firstPassBandWidth, final: false)
      clock.lap("first pass")
      // Confident 1-1 beads of the first path: those inside a run of three 1-1 beads.
      let isOneToOne = path.shapes.map { simple[$0].a == 1 && simple[$0].b == 1 }
      confident = isOneToOne.indices.compactMap { k -> (Int, Int)? in
        guard isOneToOne[k], k > 0, k + 1 < isOneToOne.count, isOneToOne[k - 1], isOneToOne[k + 1] else {
          return nil
        }
        return path.cells[k]
      }
      if options.estimatesLengthVariance {
        features.estimateLengthVariance(from: confident, model: firstSearcher.model, prior: options.lengthVariance)
      }
      first = path
    }
    if let (collector, document) = options.lexiconCollection {
      if collector.claim(document: document, source: sourceLanguage, target: targetLanguage) {
        collector.add(features.lexiconCounts(from: confident), source: sourceLanguage, target: targetLanguage)
      }
      return Alignment(
        beads: zip(first.shapes, first.cells).map { index, cell in
          Bead(source: cell.0..<cell.0 + simple[index].a, target: cell.1..<cell.1 + simple[index].b, score: 1)
        })
    }
    if options.estimatesReliabilities {
      features.estimateReliabilities(from: confident)
      // Dictionaries differ widely in coverage: their links' reliability per side, measured.
      _ = features.estimateDictionaryReliability(from: confident)
    }
    if options.learnsLexicon {
      if let table = options.learnedLexicon, min(rows, columns) >= AlignmentFeatures.lexiconMinimumBeads {
        // A table learned beforehand, over more text of this language pair; only for a pair of
        // texts as long as a table of its own needs (a few sentences align well enough by
        // length and anchors, and a table's misses would only add noise).
        _ = features.addLexicon(table)
      } else {
        // Word pairs from the same beads.
        _ = features.learnLexicon(from: confident)
      }
      clock.lap("lexicon")
    }
    // The words are keys now, where the lexicon linked them: their tables go before the second
    // pass makes its own.
    features.releaseWords()
    // One paragraph more on one side: the translator left one out or split one. Of the ways to
    // join it to a neighbour that make the paragraphs correspond, the one whose best path costs
    // least.
    if let joined = Self.paragraphJoins(
      source: sourceParagraphs, target: targetParagraphs, sourceLengths: features.sourceLengths,
      targetLengths: features.targetLengths)
    {
      var best: (cost: Double, paragraphs: (source: [Int]?, target: [Int]?))?
      for candidate in joined {
        paragraphs = candidate
        let (path, _) = search(features, shapes: all, guide: first.cells, width: options.bandWidth, final: false)
        if best.map({ path.cost < $0.cost }) ?? true { best = (path.cost, candidate) }
      }
      paragraphs = best?.paragraphs ?? (sourceParagraphs, targetParagraphs)
      clock.lap("paragraph joins")
    }
    // Second pass: every shape and all evidence in a narrow band around the first path.
    var shapes = all
    var (result, searcher) = search(
      features, shapes: shapes, guide: first.cells, width: options.bandWidth, final: true)
    clock.lap("second pass")
    // Sentences without counterpart: as often as this pair's best path has them (one step of
    // hard EM), at least as often as the prior; searched again when that makes them markedly
    // cheaper. (Expected counts under the posteriors overrate them where large beads compete:
    // tried, they tore Chinese comma-spliced sentences apart.)
    if options.estimatesSkipCosts {
      let skips = result.shapes.filter { shapes[$0].a == 0 || shapes[$0].b == 0 }.count
      let cost = BeadShape.skipCost(
        skips: skips, beads: result.shapes.count, prior: options.skipCost, priorWeight: Self.skipPriorWeight)
      if cost < options.skipCost - Self.skipCostStep {
        for k in shapes.indices where shapes[k].a == 0 || shapes[k].b == 0 { shapes[k].prior = cost }
        // The first search's sums and costs are not needed beside the second's.
        result.forward = []
        result.beadCosts = []
        // The same cost model: the shapes' priors are not part of it (building a second one
        // took as long as the search, and was the peak of memory at a million sentences a side).
        searcher = BandedBeadSearch(model: searcher.model, shapes: shapes, rows: rows, columns: columns)
        result = run(searcher, guide: result.cells, width: options.bandWidth, final: true)
        clock.lap("skip costs")
      }
    }
    let posteriors = searcher.posteriors(of: result)
    // The forward sums (8 bytes a cell) are not needed beside the beads.
    result.forward = []
    result.beadCosts = []
    clock.lap("posteriors")
    var beads: [Bead] = []
    for (k, index) in result.shapes.enumerated() {
      let shape = shapes[index]
      let (i, j) = result.cells[k]
      let shared = searcher.model.sharedKeys(i, shape.a, j, shape.b)
      beads.append(
        Bead(
          source: i..<i + shape.a, target: j..<j + shape.b, score: posteriors[k],
          anchors: features.displays(of: shared)))
    }
    return Alignment(beads: beads)
  }
}
