/// Choosing the container of the body text and the blocks of the article.
extension ContentScorer {
  /// Below this weighted length a body is too short to be the article: the next-best container
  /// is tried (a page whose best container holds only a quote or the standfirst).
  static let shortArticle = 250.0

  /// The extracted article: the body of the best container, or of the next best while the
  /// body is shorter than `shortArticle` (the longest of those tried when none is longer; a
  /// container around an earlier one only when it holds twice its text).
  func article() -> Article {
    let allBlocks = blocks()
    let headlineIndex = headlineNode()
    let headline =
      headlineIndex.map { readBlock($0, tag: "h1").lines.joined(separator: " ") }
      ?? metaTitle()
    var paragraphs: [String] = []
    var length = 0.0
    var chosen: Int?
    let (ranked, scores, linkDensities) = rankedContainers(allBlocks)
    var blockOf: [Int: Block] = [:]
    for block in allBlocks { blockOf[block.node] = block }
    for container in ranked.prefix(5) {
      let members = withSiblings(container, scores: scores, linkDensities: linkDensities, blockOf: blockOf)
      let candidate = body(of: members, blocks: allBlocks, headline: headline, headlineIndex: headlineIndex)
      let candidateLength = Self.weightedLength(candidate)
      // A container around the one chosen holds the same text and its surroundings: it must
      // hold much more to be the article.
      let needed = chosen.map { isInside($0, container) } == true ? 2 * length : length
      if candidateLength > needed {
        paragraphs = candidate
        length = candidateLength
        chosen = container
      }
      if length >= Self.shortArticle { break }
    }
    return Article(headline: headline, paragraphs: paragraphs, language: declaredLanguage())
  }

  /// The weighted length of some lines (see `weight(_:)`).
  static func weightedLength(_ lines: [String]) -> Double {
    lines.reduce(0) { total, line in total + line.unicodeScalars.reduce(0) { $0 + weight($1) } }
  }

  /// The container and those of its siblings that continue the article, as Readability joins
  /// them: siblings scoring at least a fifth of the container (more easily with the same class),
  /// and paragraphs of prose with few links.
  private func withSiblings(
    _ container: Int, scores: [Int: Double], linkDensities: [Double], blockOf: [Int: Block]
  ) -> [Int] {
    guard container != 0 else { return [0] }
    let parent = tree.nodes[container].parent
    let top = (scores[container] ?? 0) * (1 - linkDensities[container])
    let threshold = max(10, 0.2 * top)
    let className = tree.nodes[container].attributes["class"]
    var members: [Int] = []
    for sibling in tree.nodes[parent].children where tree.nodes[sibling].name != nil && !excluded[sibling] {
      if sibling == container {
        members.append(sibling)
        continue
      }
      let bonus = className != nil && tree.nodes[sibling].attributes["class"] == className ? 0.2 * top : 0
      if let score = scores[sibling], score * (1 - linkDensities[sibling]) + bonus >= threshold {
        members.append(sibling)
      } else if tree.nodes[sibling].name == "p", let block = blockOf[sibling] {
        let text = block.lines.joined(separator: " ")
        if block.length > 80 && block.linkDensity < 0.25
          || block.linkDensity == 0 && Self.endsSentence(text) && block.length > 0
        {
          members.append(sibling)
        }
      }
    }
    return members
  }

  /// Whether a text ends with sentence punctuation (of Latin, CJK, Arabic or Devanagari script).
  static func endsSentence(_ text: String) -> Bool {
    guard let last = text.last else { return false }
    return [".", "!", "?", "。", "！", "？", "؟", "।", "…", "\u{201D}", "»"].contains(last)
  }

  /// The body blocks of `members` (a container and siblings), with a standfirst before them.
  private func body(of members: [Int], blocks allBlocks: [Block], headline: String?, headlineIndex: Int?) -> [String] {
    var paragraphs: [String] = []
    let first = members.min() ?? 0
    let isMember = { (node: Int) in members.contains { self.isInside(node, $0) } }
    // A standfirst before the body container (in the article header).
    for block in allBlocks
    where !isMember(block.node) && isStandfirst(block.node)
      && precedes(block.node, first) && block.linkDensity < 0.5
    {
      paragraphs.append(contentsOf: block.lines)
    }
    for block in allBlocks where isMember(block.node) {
      if block.node == headlineIndex { continue }
      if block.linkDensity > 0.5 { continue }
      if block.tag == "li" || block.tag == "td" || block.tag == "th" || block.tag == "#text",
        block.length < 10 && ContentScorer.commaCount(block.lines.joined()) == 0
      {
        continue
      }
      paragraphs.append(contentsOf: block.lines)
    }
    if let headline, paragraphs.first == headline { paragraphs.removeFirst() }
    return paragraphs
  }

  /// The candidate containers of the body text, best first: the best-scoring ancestors of the
  /// text blocks.
  ///
  /// Each text block scores its three nearest ancestors (less for farther ones); a node's score,
  /// less its share of link text, ranks it; each then climbs to its parent while the parent
  /// holds much more of the scored text.
  /// - Complexity: O(*b* · *d* + *n* + *k* log *k*) for *b* blocks, tree depth *d*, *n* nodes and
  ///   *k* ≤ 3*b* scored nodes.
  private func rankedContainers(_ blocks: [Block]) -> (ranked: [Int], scores: [Int: Double], linkDensities: [Double]) {
    var scores: [Int: Double] = [:]
    for block in blocks where ["p", "pre", "td", "blockquote", "#text", "li", "dd"].contains(block.tag) {
      let text = block.lines.joined(separator: " ")
      guard block.length >= 25 else { continue }
      var score = 1 + Double(Self.commaCount(text)) + min((block.length / 100).rounded(.down), 3)
      if block.tag == "li" { score *= 0.5 }
      var ancestor = block.tag == "#text" ? block.node : tree.nodes[block.node].parent
      var divisor = 1.0
      for _ in 0..<3 {
        if scores[ancestor] == nil { scores[ancestor] = initialScore(ancestor) }
        scores[ancestor, default: 0] += score / divisor
        if ancestor == 0 { break }
        ancestor = tree.nodes[ancestor].parent
        divisor = divisor == 1 ? 2 : divisor * 1.5
      }
    }
    let linkDensities = linkDensities(blocks)
    let ranked = scores.map { (node: $0.key, score: $0.value * (1 - linkDensities[$0.key])) }
      .sorted { ($0.score, $1.node) > ($1.score, $0.node) }
    var result: [Int] = []
    for candidate in ranked.prefix(8) {
      var chosen = candidate.node
      // Climb while the parent holds much more of the scored text (content split over
      // sibling containers), as Readability does with siblings.
      while chosen != 0 {
        let parent = tree.nodes[chosen].parent
        guard let parentScore = scores[parent], let own = scores[chosen], parentScore > own * 1.3,
          linkDensities[parent] < 0.35
        else { break }
        chosen = parent
      }
      if !result.contains(chosen) { result.append(chosen) }
    }
    return (result, scores, linkDensities)
  }

  /// A node's score before its blocks count: by tag, and ±25 for content or furniture class words.
  private func initialScore(_ index: Int) -> Double {
    guard let name = tree.nodes[index].name else { return 0 }
    var score: Double
    switch name {
    case "article": score = 10
    case "main": score = 8
    case "div", "section": score = 5
    case "pre", "td", "blockquote": score = 3
    case "ol", "ul", "dl", "li", "form": score = -3
    case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
    default: score = 0
    }
    let words = hintWords(index)
    if Self.matches(words, Self.positive) { score += 25 }
    if Self.matches(words, Self.negative) { score -= 25 }
    return score
  }

  /// Per node, the share of its blocks' weighted text that is inside links (0 without blocks),
  /// every node in one sweep: each block adds its lengths to itself and each of its ancestors.
  /// - Complexity: O(*b* · *d* + *n*) for *b* blocks, tree depth *d* and *n* nodes.
  private func linkDensities(_ blocks: [Block]) -> [Double] {
    var lengths = [Double](repeating: 0, count: tree.nodes.count)
    var links = lengths
    for block in blocks {
      var node = block.node
      while true {
        lengths[node] += block.length
        links[node] += block.linkLength
        if node == 0 { break }
        node = tree.nodes[node].parent
      }
    }
    return zip(lengths, links).map { length, link in length > 0 ? link / length : 0 }
  }

  /// Whether `node` is `ancestor` or inside it.
  private func isInside(_ node: Int, _ ancestor: Int) -> Bool {
    var current = node
    while true {
      if current == ancestor { return true }
      if current == 0 { return false }
      current = tree.nodes[current].parent
    }
  }

  private func precedes(_ a: Int, _ b: Int) -> Bool { a < b }  // nodes are in document order

  /// Whether the element or one of its two nearest ancestors has a standfirst class word.
  private func isStandfirst(_ index: Int) -> Bool {
    var current = index
    for _ in 0..<3 {
      if Self.matches(hintWords(current), Self.standfirstWords) { return true }
      current = tree.nodes[current].parent
      if current == 0 { break }
    }
    return false
  }
}
