/// Choosing the container of the body text and the blocks of the article.
extension ContentScorer {
  /// The extracted article.
  func article() -> Article {
    let allBlocks = blocks()
    let headlineIndex = headlineNode()
    let headline =
      headlineIndex.map { readBlock($0, tag: "h1").lines.joined(separator: " ") }
      ?? metaTitle()
    guard let container = bestContainer(allBlocks) else {
      return Article(headline: headline, paragraphs: [])
    }
    var paragraphs: [String] = []
    // A standfirst before the body container (in the article header).
    for block in allBlocks
    where !isInside(block.node, container) && isStandfirst(block.node)
      && precedes(block.node, container) && block.linkDensity < 0.5
    {
      paragraphs.append(contentsOf: block.lines)
    }
    for block in allBlocks where isInside(block.node, container) {
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
    return Article(headline: headline, paragraphs: paragraphs)
  }

  /// The container of the body text: the best-scoring ancestor of the text blocks.
  ///
  /// Each text block scores its three nearest ancestors (less for farther ones); a node's score,
  /// less its share of link text, picks the best, which then climbs to its parent while the
  /// parent holds much more of the scored text.
  /// - Complexity: O(*b* · *d* + *n* + *k* log *k*) for *b* blocks, tree depth *d*, *n* nodes and
  ///   *k* ≤ 3*b* scored nodes.
  private func bestContainer(_ blocks: [Block]) -> Int? {
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
    var best: (node: Int, score: Double)?
    for (node, score) in scores.sorted(by: { $0.key < $1.key }) {
      let adjusted = score * (1 - linkDensities[node])
      if best.map({ adjusted > $0.score }) ?? true { best = (node, adjusted) }
    }
    guard var chosen = best?.node else { return nil }
    // Climb while the parent holds much more of the scored text (content split over
    // sibling containers), as Readability does with siblings.
    while chosen != 0 {
      let parent = tree.nodes[chosen].parent
      guard let parentScore = scores[parent], let own = scores[chosen], parentScore > own * 1.3,
        linkDensities[parent] < 0.35
      else { break }
      chosen = parent
    }
    return chosen
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
