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
    let memberBlocks = allBlocks.filter { isMember($0.node) && $0.node != headlineIndex }
    // List items and data-table cells are judged with their list or table: a list of links
    // is left out whole, while the items of a list of prose are all read, a bare link or a
    // short item (an ingredient, a name, a year) too. The cells of a layout table are judged
    // one by one (its menu cell is furniture).
    var groupOf: [Int: Int] = [:]
    var groupLengths: [Int: (length: Double, links: Double)] = [:]
    // A table is a data table when it has header cells, a `<thead>` or a `<caption>`;
    // layout tables have none.
    var isDataTable: [Int: Bool] = [:]
    for block in memberBlocks where Self.itemTags.contains(block.tag) {
      guard let group = itemGroup(block.node) else { continue }
      if tree.nodes[group].name == "table" {
        let isData = isDataTable[group] ?? containsTag(["th", "thead", "caption"], under: group)
        isDataTable[group] = isData
        guard isData else { continue }
      }
      groupOf[block.node] = group
      let sums = groupLengths[group] ?? (0, 0)
      groupLengths[group] = (sums.length + block.length, sums.links + block.linkLength)
    }
    for block in memberBlocks {
      if let group = groupOf[block.node], let sums = groupLengths[group] {
        if sums.links > 0.5 * sums.length { continue }
      } else {
        if block.linkDensity > 0.5 { continue }
        if block.tag == "li" || block.tag == "td" || block.tag == "th" || block.tag == "#text",
          block.length < 10 && ContentScorer.commaCount(block.lines.joined()) == 0
        {
          continue
        }
      }
      paragraphs.append(contentsOf: block.lines)
    }
    if let headline, paragraphs.first == headline { paragraphs.removeFirst() }
    return paragraphs
  }

  /// Blocks read with their list or data table (see `itemGroup(_:)`).
  static let itemTags: Set<String> = ["li", "dd", "dt", "td", "th"]

  /// The list (`<ul>`, `<ol>`, `<dl>`, `<menu>`) or table that a list item or cell belongs
  /// to: its nearest such ancestor, up to four levels up.
  private func itemGroup(_ index: Int) -> Int? {
    var current = tree.nodes[index].parent
    for _ in 0..<4 {
      if let name = tree.nodes[current].name {
        if ["ul", "ol", "dl", "menu"].contains(name) { return current }
        if name == "table" { return current }
      }
      if current == 0 { return nil }
      current = tree.nodes[current].parent
    }
    return nil
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
    let adjusted = Dictionary(uniqueKeysWithValues: ranked.map { ($0.node, $0.score) })
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
      chosen = risingAncestor(of: chosen, adjusted: adjusted)
      chosen = containerOfListOrTable(chosen)
      if let (gathering, peers) = gatheringAncestor(of: chosen, ranked: ranked, linkDensities: linkDensities) {
        scores[gathering] = max(scores[gathering] ?? 0, peers + candidate.score)
        chosen = gathering
      }
      if !result.contains(chosen) { result.append(chosen) }
    }
    return (result, scores, linkDensities)
  }

  /// The ancestor that scores higher than the candidate's line below it: an article in two
  /// parts (an intro and the rest, the rest in a `read-more` box) scores its parts' parent
  /// above the part between. Climbs while the scores stay above a third of the candidate's,
  /// as Readability does, and stops below the `<body>`.
  private func risingAncestor(of candidate: Int, adjusted: [Int: Double]) -> Int {
    guard let own = adjusted[candidate] else { return candidate }
    var last = own
    var ancestor = tree.nodes[candidate].parent
    for _ in 0..<Self.gatheringLevels where ancestor != 0 {
      guard let name = tree.nodes[ancestor].name, name != "body", name != "html" else { break }
      if let score = adjusted[ancestor] {
        if score < own / 3 { break }
        if score > last { return ancestor }
        last = score
      }
      ancestor = tree.nodes[ancestor].parent
    }
    return candidate
  }

  /// A list or table is rarely a whole article: an article that is mostly a table (a list of
  /// films) or a list (steps, a listicle) has its introduction and headings around it. A
  /// candidate that is a list, a table or part of one gives way to the element around it when
  /// it holds at least half of that element's text.
  private func containerOfListOrTable(_ index: Int) -> Int {
    let tableParts: Set<String> = ["table", "tbody", "thead", "tfoot", "tr", "ul", "ol", "dl"]
    guard let name = tree.nodes[index].name, tableParts.contains(name) else { return index }
    var container = tree.nodes[index].parent
    while container != 0, let name = tree.nodes[container].name, tableParts.contains(name) {
      container = tree.nodes[container].parent
    }
    return ownText[index] >= 0.5 * ownText[container] ? container : index
  }

  /// Farthest ancestor a split body climbs to, in levels above its best part.
  static let gatheringLevels = 5

  /// The ancestor that gathers an article a page has split into several containers of one
  /// template (a CMS that renders every few paragraphs, or every section, in its own
  /// `<div class="article-text">`, with images and ads between): the ancestor, at most
  /// `gatheringLevels` up and mostly free of links, that holds the most other scored
  /// containers of the same tag and classes; nil when there are none.
  /// - Returns: the ancestor and the summed scores of the parts it gathers.
  /// - Complexity: O(*k* · *d*) for *k* scored nodes and tree depth *d*.
  private func gatheringAncestor(
    of best: Int, ranked: [(node: Int, score: Double)], linkDensities: [Double]
  ) -> (Int, Double)? {
    guard best != 0, let name = tree.nodes[best].name else { return nil }
    let classes = classNames(best)
    guard !classes.isEmpty else { return nil }
    let peers = ranked.filter { candidate in
      candidate.score >= Self.minimumPartScore && tree.nodes[candidate.node].name == name
        && Self.sameTemplate(classes, classNames(candidate.node))
        && !isInside(candidate.node, best) && !isInside(best, candidate.node)
    }
    guard !peers.isEmpty else { return nil }
    var result: (Int, Double)?
    var most = 0
    var ancestor = best
    for _ in 0..<Self.gatheringLevels where ancestor != 0 {
      ancestor = tree.nodes[ancestor].parent
      guard linkDensities[ancestor] < 0.35 else { break }
      let inside = peers.filter { isInside($0.node, ancestor) }
      if inside.count > most {
        most = inside.count
        result = (ancestor, inside.reduce(0) { $0 + $1.score })
      }
    }
    return result
  }

  /// The least score of a part of a split body: a paragraph or two of prose.
  static let minimumPartScore = 10.0

  /// The element's class names, whole, with a trailing number left out (`story-body-2` is
  /// `story-body-`: templates number their blocks).
  private func classNames(_ index: Int) -> Set<Substring> {
    Set(
      (tree.nodes[index].attributes["class"] ?? "").split(whereSeparator: \.isWhitespace).map { name in
        name.prefix(name.count - name.reversed().prefix { $0.isASCII && $0.isNumber }.count)
      })
  }

  /// Whether two class lists come from one template: at least half of all their names shared
  /// (`article-text c-gray-1` and `article-text c-gray-1 first`, `content lead` and `content`,
  /// `story-body story-body-1` and `story-body story-body-2`).
  static func sameTemplate(_ a: Set<Substring>, _ b: Set<Substring>) -> Bool {
    let shared = a.intersection(b).count
    return shared > 0 && 2 * shared >= a.union(b).count
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
