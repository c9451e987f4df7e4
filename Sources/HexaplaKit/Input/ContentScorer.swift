/// Finds the main content of a parsed page and reads its blocks (the engine behind
/// `ArticleExtractor`).
struct ContentScorer {
  private let tree: HTMLTree
  /// Whether each node is left out with its subtree (furniture, hidden, scripts...).
  private var excluded: [Bool]

  init(tree: HTMLTree) {
    self.tree = tree
    excluded = Array(repeating: false, count: tree.nodes.count)
    markExcluded()
  }

  // MARK: Vocabulary (general HTML conventions, not site rules)

  /// Elements that never hold article text.
  static let skippedTags: Set<String> = [
    "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "nav", "aside", "form", "button", "select", "option", "input", "textarea",
    "menu", "dialog", "footer", "figure", "picture", "video", "audio", "map",
  ]
  /// Paragraph-like blocks whose text is read as one unit.
  static let blockTags: Set<String> = [
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th",
  ]
  /// Elements that break a block's text into lines.
  static let lineBreakTags: Set<String> = ["br", "hr"]
  /// ARIA roles of page furniture.
  static let furnitureRoles: Set<String> = [
    "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
    "alert", "alertdialog", "toolbar",
  ]
  /// Class/id words that mark furniture wherever they appear.
  static let alwaysNegative = [
    "comment", "share", "sharing", "social", "cookie", "consent", "disqus", "newsletter",
    "subscribe", "advert", "sponsor", "promo", "popup", "modal", "outbrain", "taboola",
    "breadcrumb", "byline", "author", "dateline", "timestamp", "copyright", "caption", "credit",
    "feedback", "rating", "vote", "reply",
  ]
  /// Class/id words that mark furniture unless a positive word is present too.
  static let negative = [
    "nav", "menu", "sidebar", "footer", "foot", "header", "masthead", "banner", "related",
    "recommend", "toolbar", "pagination", "pager", "widget", "login", "signup", "rss", "meta",
    "more", "popular", "trending", "tag", "tags", "ad", "ads", "hidden", "skip", "lang", "language",
    "switcher", "extra", "shoutbox", "combx", "sponsored", "links",
  ]
  /// Class/id words of main content.
  static let positive = [
    "article", "content", "story", "body", "entry", "main", "post", "text", "blog", "column",
    "page", "news",
  ]
  /// Class/id words of a standfirst (lead paragraph) outside the body container.
  static let standfirstWords = [
    "standfirst", "lead", "dek", "deck", "summary", "subtitle", "subhead", "intro", "excerpt",
    "teaser", "abstract", "description", "kicker",
  ]

  // MARK: Exclusion

  private mutating func markExcluded() {
    for index in tree.nodes.indices where index > 0 {
      let node = tree.nodes[index]
      if excluded[node.parent] {
        excluded[index] = true
        continue
      }
      guard let name = node.name else { continue }
      excluded[index] = isFurniture(index, name: name)
    }
  }

  private func isFurniture(_ index: Int, name: String) -> Bool {
    let node = tree.nodes[index]
    if Self.skippedTags.contains(name) { return true }
    if ["html", "body", "main", "article"].contains(name) { return false }
    if node.attributes["hidden"] != nil || node.attributes["aria-hidden"] == "true" { return true }
    if let style = node.attributes["style"]?.lowercased().filter({ $0 != " " }),
      style.contains("display:none") || style.contains("visibility:hidden")
    {
      return true
    }
    if let role = node.attributes["role"]?.lowercased(), Self.furnitureRoles.contains(role) {
      return true
    }
    if name == "header" { return !containsTag("h1", under: index) }
    let words = hintWords(index)
    if words.isEmpty { return false }
    if Self.matches(words, Self.alwaysNegative) { return true }
    if Self.matches(words, Self.negative) && !Self.matches(words, Self.positive) {
      // A container of most of the page's headline is no menu.
      return !containsTag("h1", under: index)
    }
    return false
  }

  /// The words of an element's class and id, lower case.
  private func hintWords(_ index: Int) -> [String] {
    let node = tree.nodes[index]
    let raw = [node.attributes["class"], node.attributes["id"]].compactMap { $0 }.joined(separator: " ")
    return raw.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
  }

  /// Whether a word list holds one of `vocabulary` as a word, prefix or suffix (two-letter
  /// words only whole, three-letter ones as whole words or prefixes: `nav`, `navbar`).
  static func matches(_ words: [String], _ vocabulary: [String]) -> Bool {
    words.contains { word in
      vocabulary.contains { hint in
        switch hint.count {
        case ...2: return word == hint
        case 3: return word.hasPrefix(hint)
        default: return word.hasPrefix(hint) || word.hasSuffix(hint)
        }
      }
    }
  }

  private func containsTag(_ tag: String, under index: Int) -> Bool {
    var stack = tree.nodes[index].children
    while let next = stack.popLast() {
      if tree.nodes[next].name == tag { return true }
      stack.append(contentsOf: tree.nodes[next].children)
    }
    return false
  }

  // MARK: Blocks

  /// A run of text read as one paragraph.
  struct Block {
    /// The element the block belongs to (a block element, or the container of loose text).
    var node: Int
    /// The block's tag (`p`, `h2`, `li`, or `#text` for loose text in a container).
    var tag: String
    /// The text lines (split at `<br>`), white space collapsed.
    var lines: [String]
    /// Weighted length of all the text (wide characters count more).
    var length: Double
    /// Weighted length of the text inside links.
    var linkLength: Double
    var linkDensity: Double { length > 0 ? linkLength / length : 0 }
  }

  /// All blocks of the page outside excluded subtrees, in document order.
  private func blocks() -> [Block] {
    var result: [Block] = []
    var stack: [Int] = [0]
    while let index = stack.popLast() {
      let node = tree.nodes[index]
      if excluded[index] { continue }
      if let name = node.name, Self.blockTags.contains(name),
        !(name == "li" && hasBlockChild(index)) && !(["td", "th"].contains(name) && hasBlockChild(index))
      {
        result.append(readBlock(index, tag: name))
        continue
      }
      // Loose text directly inside a container (a <div> with text and <br>s) is a block.
      if node.name != nil, hasLooseText(index) {
        result.append(readLooseText(index))
      }
      stack.append(contentsOf: node.children.reversed().filter { tree.nodes[$0].name != nil })
    }
    return result
  }

  private func hasBlockChild(_ index: Int) -> Bool {
    var stack = tree.nodes[index].children
    while let next = stack.popLast() {
      if let name = tree.nodes[next].name, Self.blockTags.contains(name) || name == "div" {
        return true
      }
      stack.append(contentsOf: tree.nodes[next].children)
    }
    return false
  }

  private func hasLooseText(_ index: Int) -> Bool {
    tree.nodes[index].children.contains { child in
      let node = tree.nodes[child]
      if let text = node.text { return text.contains { !$0.isWhitespace } }
      if let name = node.name { return ["a", "span", "b", "strong", "i", "em", "font"].contains(name) && !excluded[child] && directTextLength(child) > 0 }
      return false
    }
  }

  private func directTextLength(_ index: Int) -> Int {
    tree.nodes[index].children.reduce(0) { $0 + (tree.nodes[$1].text?.count ?? 0) }
  }

  private func readBlock(_ index: Int, tag: String) -> Block {
    var reader = TextReader()
    collect(index, into: &reader, inLink: false)
    return reader.block(node: index, tag: tag)
  }

  /// Reads the inline children of a container that are not inside block children.
  private func readLooseText(_ index: Int) -> Block {
    var reader = TextReader()
    for child in tree.nodes[index].children {
      let node = tree.nodes[child]
      if let name = node.name, Self.blockTags.contains(name) || name == "div" || excluded[child] {
        reader.breakLine()
        continue
      }
      collect(child, into: &reader, inLink: false)
    }
    return reader.block(node: index, tag: "#text")
  }

  private func collect(_ index: Int, into reader: inout TextReader, inLink: Bool) {
    let node = tree.nodes[index]
    if let text = node.text {
      reader.append(text, inLink: inLink)
      return
    }
    if excluded[index] { return }
    guard let name = node.name else { return }
    if Self.lineBreakTags.contains(name) {
      reader.breakLine()
      return
    }
    let isBlock = Self.blockTags.contains(name) || name == "div"
    if isBlock { reader.breakLine() }
    for child in node.children { collect(child, into: &reader, inLink: inLink || name == "a") }
    if isBlock { reader.breakLine() }
  }

  /// Accumulates text with HTML white-space collapsing.
  struct TextReader {
    var lines: [String] = []
    var current = ""
    var length = 0.0
    var linkLength = 0.0

    mutating func append(_ text: String, inLink: Bool) {
      for character in text {
        if character.isWhitespace {
          if !current.isEmpty, current.last != " " { current.append(" ") }
        } else {
          current.append(character)
          let weight = ContentScorer.weight(character)
          length += weight
          if inLink { linkLength += weight }
        }
      }
    }

    mutating func breakLine() {
      let line = current.trimmingWhitespace()
      if !line.isEmpty { lines.append(line) }
      current = ""
    }

    mutating func block(node: Int, tag: String) -> Block {
      breakLine()
      return Block(node: node, tag: tag, lines: lines, length: length, linkLength: linkLength)
    }
  }

  /// The weight of a character in text length: wide (CJK) characters carry about as much
  /// content as a short word, so they count 2.5.
  static func weight(_ character: Character) -> Double {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    switch UnicodeProperties.eastAsianWidth(scalar) {
    case .wide, .fullwidth: return 2.5
    default: return 1
    }
  }

  /// Commas of many scripts (Latin, CJK, Arabic): more commas, more prose.
  static func commaCount(_ line: String) -> Int {
    line.reduce(0) { $0 + (["，", ",", "、", "،", "；", ";"].contains($1) ? 1 : 0) }
  }

  // MARK: Scoring

  /// The extracted article.
  func article() -> Article {
    let allBlocks = blocks()
    let headlineIndex = headlineNode()
    let headline = headlineIndex.map { readBlock($0, tag: "h1").lines.joined(separator: " ") }
      ?? metaTitle()
    guard let container = bestContainer(allBlocks) else {
      return Article(headline: headline, paragraphs: [])
    }
    var paragraphs: [String] = []
    // A standfirst before the body container (in the article header).
    for block in allBlocks where !isInside(block.node, container) && isStandfirst(block.node)
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
    var best: (node: Int, score: Double)?
    for (node, score) in scores.sorted(by: { $0.key < $1.key }) {
      let adjusted = score * (1 - linkDensity(node, blocks))
      if best == nil || adjusted > best!.score { best = (node, adjusted) }
    }
    guard var chosen = best?.node else { return nil }
    // Climb while the parent holds much more of the scored text (content split over
    // sibling containers), as Readability does with siblings.
    while chosen != 0 {
      let parent = tree.nodes[chosen].parent
      guard let parentScore = scores[parent], let own = scores[chosen], parentScore > own * 1.3,
        linkDensity(parent, blocks) < 0.35
      else { break }
      chosen = parent
    }
    return chosen
  }

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

  private func linkDensity(_ index: Int, _ blocks: [Block]) -> Double {
    var length = 0.0
    var links = 0.0
    for block in blocks where isInside(block.node, index) {
      length += block.length
      links += block.linkLength
    }
    return length > 0 ? links / length : 0
  }

  private func isInside(_ node: Int, _ ancestor: Int) -> Bool {
    var current = node
    while true {
      if current == ancestor { return true }
      if current == 0 { return false }
      current = tree.nodes[current].parent
    }
  }

  private func precedes(_ a: Int, _ b: Int) -> Bool { a < b }  // nodes are in document order

  private func isStandfirst(_ index: Int) -> Bool {
    var current = index
    for _ in 0..<3 {
      if Self.matches(hintWords(current), Self.standfirstWords) { return true }
      current = tree.nodes[current].parent
      if current == 0 { break }
    }
    return false
  }

  /// The first `<h1>` outside the page furniture.
  private func headlineNode() -> Int? {
    tree.nodes.indices.first { tree.nodes[$0].name == "h1" && !excluded[$0] && !readBlock($0, tag: "h1").lines.isEmpty }
  }

  /// `og:title`, else the `<title>` without a site name after a separator.
  private func metaTitle() -> String? {
    for node in tree.nodes where node.name == "meta" {
      let key = (node.attributes["property"] ?? node.attributes["name"] ?? "").lowercased()
      if key == "og:title" || key == "twitter:title",
        let content = node.attributes["content"]?.trimmingWhitespace(), !content.isEmpty
      {
        return content
      }
    }
    guard let title = tree.nodes.indices.first(where: { tree.nodes[$0].name == "title" }) else {
      return nil
    }
    var reader = TextReader()
    for child in tree.nodes[title].children {
      if let text = tree.nodes[child].text { reader.append(text, inLink: false) }
    }
    let text = reader.block(node: title, tag: "title").lines.joined(separator: " ")
    guard !text.isEmpty else { return nil }
    let parts = text.components(separatedBy: [" | ", " - ", " – ", " — ", " :: ", " _ ", "_"])
    return parts.max { $0.count < $1.count }?.trimmingWhitespace() ?? text
  }
}

extension String {
  fileprivate func components(separatedBy separators: [String]) -> [String] {
    var parts = [self]
    for separator in separators {
      parts = parts.flatMap { $0.split(separator: separator).map(String.init) }
    }
    return parts.filter { !$0.trimmingWhitespace().isEmpty }
  }
}
