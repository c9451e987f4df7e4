/// Finds the main content of a parsed page and reads its blocks (the engine behind
/// `ArticleExtractor`).
///
/// This file leaves out page furniture (`excluded`); the other jobs have a file each:
/// `+Vocabulary` (the tag, role and class words it knows), `+Blocks` (reading paragraphs),
/// `+Scoring` (choosing the body container) and `+Headline` (the title).
struct ContentScorer {
  let tree: HTMLTree
  /// Whether class, id and role hints and furniture tags may leave out containers; false for
  /// the second, relaxed reading of a page whose first reading found little text.
  let strict: Bool
  /// Whether each node is left out with its subtree (furniture, hidden, scripts...).
  private(set) var excluded: [Bool]
  /// Per node, the weighted text of its subtree outside links and never-text elements.
  private(set) var ownText: [Double]
  /// Per node, the part of `ownText` inside list items (`<li>`).
  private(set) var listText: [Double]
  /// Per node, the weighted text of its subtree inside links (outside never-text elements).
  private(set) var linkText: [Double]

  init(tree: HTMLTree, strict: Bool = true) {
    self.tree = tree
    self.strict = strict
    excluded = Array(repeating: false, count: tree.nodes.count)
    ownText = Array(repeating: 0, count: tree.nodes.count)
    listText = ownText
    linkText = ownText
    measureText()
    markExcluded()
  }

  // MARK: Exclusion

  /// Fills `ownText`, `listText` and `linkText`: text nodes count outside never-text elements
  /// (in `ownText` outside links too), then every node adds its subtree's text to its parent
  /// (children follow parents in document order).
  /// - Complexity: O(*n*) for *n* nodes plus the text's length.
  private mutating func measureText() {
    var hidden = [Bool](repeating: false, count: tree.nodes.count)
    var inLink = hidden
    var inList = hidden
    for index in tree.nodes.indices where index > 0 {
      let node = tree.nodes[index]
      if hidden[node.parent] {
        hidden[index] = true
        continue
      }
      inList[index] = inList[node.parent]
      inLink[index] = inLink[node.parent]
      if let name = node.name {
        hidden[index] = Self.neverTextTags.contains(name)
        if name == "a" && !Self.isFragmentLink(node) { inLink[index] = true }
        if name == "li" { inList[index] = true }
      } else if let text = node.text {
        let length = text.unicodeScalars.reduce(0) { $0 + ($1.properties.isWhitespace ? 0 : Self.weight($1)) }
        if inLink[index] {
          linkText[index] = length
        } else {
          ownText[index] = length
          if inList[index] { listText[index] = length }
        }
      }
    }
    for index in tree.nodes.indices.reversed() where index > 0 {
      ownText[tree.nodes[index].parent] += ownText[index]
      listText[tree.nodes[index].parent] += listText[index]
      linkText[tree.nodes[index].parent] += linkText[index]
    }
  }

  /// Marks every node inside furniture, or furniture itself, as excluded.
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

  /// Whether the element holds most of the page's text, and most of its text outside list
  /// items: then it is a page-wide wrapper (a `<form>` around an ASP.NET page, a `<noscript>`
  /// with the article, a theme's `modal-enabled` or `no-share` container), never furniture. A
  /// widget whose text is a list (a photo gallery's numbered captions, a list of teasers) is
  /// not one, however long.
  private func holdsMostText(_ index: Int) -> Bool {
    ownText[index] >= 0.5 * ownText[0] && ownText[index] >= 200
      && ownText[index] - listText[index] >= 0.5 * (ownText[0] - listText[0])
  }

  /// Whether the element is page furniture: never-text tags; hidden ones; furniture tags, roles
  /// and class words, unless the element also looks like the article (it holds most of the
  /// page's text, has a content class word, or holds the headline, an `<article>` or `<main>`).
  private func isFurniture(_ index: Int, name: String) -> Bool {
    let node = tree.nodes[index]
    if Self.neverTextTags.contains(name) { return true }
    if ["html", "body", "main", "article"].contains(name) { return false }
    if node.attributes["hidden"] != nil || node.attributes["aria-hidden"] == "true" || isHiddenByStyle(node) {
      return !holdsMostText(index)
    }
    let words = hintWords(index)
    // Comment threads can outweigh the article; only the article inside them saves them.
    if Self.matches(words, Self.threadWords) { return !containsTag(["h1", "article", "main"], under: index) }
    guard strict else { return false }
    if Self.furnitureTags.contains(name) { return !holdsMostText(index) }
    if let role = node.attributes["role"]?.lowercased(), Self.furnitureRoles.contains(role) {
      return !holdsMostText(index)
    }
    if name == "header" { return !containsTag(["h1", "article", "main"], under: index) && !holdsMostText(index) }
    if words.isEmpty { return false }
    // A link or span inside running text is part of its sentence, whatever its class says
    // (`<a class="popup">` notes on a word of the text).
    if Self.inlineTags.contains(name) && hasDirectText(node.parent) { return false }
    let negative =
      Self.matches(words, Self.alwaysNegative) || Self.matches(words, Self.negative)
      || Self.matches(words, Self.linkListNegative) && linkText[index] > 0.5 * (ownText[index] + linkText[index])
    guard negative else { return false }
    if Self.matches(words, Self.positive) || holdsMostText(index) { return false }
    return !containsTag(["h1", "article", "main"], under: index)
  }

  /// Whether the element has text of its own among its children (not only in child elements).
  private func hasDirectText(_ index: Int) -> Bool {
    tree.nodes[index].children.contains { child in
      tree.nodes[child].text?.contains { $0.isLetter || $0.isNumber } ?? false
    }
  }

  /// Whether an inline style or a hiding class (`hidden`, `sr-only`, `visually-hidden`...) hides
  /// the element.
  private func isHiddenByStyle(_ node: HTMLTree.Node) -> Bool {
    if let style = node.attributes["style"]?.lowercased().filter({ $0 != " " }),
      style.contains("display:none") || style.contains("visibility:hidden")
    {
      return true
    }
    guard let classes = node.attributes["class"]?.lowercased() else { return false }
    return classes.split(whereSeparator: \.isWhitespace).contains { Self.hidingClasses.contains(String($0)) }
  }

  /// The words of an element's class names and id: split at `-`, `_`, other punctuation and
  /// camel-case humps, lower case; a word after `no` or `not` (`no-share`) is left out. An id
  /// that spells its section's heading (`id="sharing-with-a-single-developer"` over the heading
  /// "Sharing with a single developer", as documentation and wiki generators make them) names
  /// the text, not the kind of element, and gives no words.
  func hintWords(_ index: Int) -> [String] {
    let node = tree.nodes[index]
    var words = node.attributes["class"].map(Self.splitHint) ?? []
    if let id = node.attributes["id"] {
      let idWords = Self.splitHint(id)
      if idWords.count < 2 || idWords != headingWords(index) { words += idWords }
    }
    return words
  }

  /// The words of the heading an element's id could spell: its first child heading's text, or
  /// the element's own text when it is a heading or a `<span>` (a wiki's headline anchor).
  private func headingWords(_ index: Int) -> [String] {
    let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    let node = tree.nodes[index]
    var heading: Int?
    if let name = node.name, headings.contains(name) || name == "span" {
      heading = index
    } else {
      heading = node.children.first { tree.nodes[$0].name.map(headings.contains) ?? false }
    }
    guard let heading else { return [] }
    var reader = TextReader()
    var stack = [heading]
    while let next = stack.popLast() {
      if let text = tree.nodes[next].text { reader.append(text, inLink: false) }
      stack.append(contentsOf: tree.nodes[next].children.reversed())
    }
    return Self.splitHint(reader.block(node: heading, tag: "#text").lines.joined(separator: " "))
  }

  /// Splits a class list, an id or a heading into hint words (see `hintWords(_:)`).
  static func splitHint(_ raw: String) -> [String] {
    var words: [String] = []
    var current = ""
    var previousLower = false
    var negated = false
    func flush() {
      if !current.isEmpty {
        let word = current.lowercased()
        if negated {
          negated = false
        } else if word == "no" || word == "not" {
          negated = true
        } else {
          words.append(word)
        }
      }
      current = ""
    }
    for character in raw {
      if character.isLetter || character.isNumber {
        if character.isUppercase && previousLower { flush() }
        current.append(character)
        previousLower = character.isLowercase
      } else {
        flush()
        if character.isWhitespace { negated = false }
        previousLower = false
      }
    }
    flush()
    return words
  }

  /// Whether a link points into the page itself (`#section`, a footnote, a heading's anchor):
  /// its text is the page's own, not a link away.
  static func isFragmentLink(_ node: HTMLTree.Node) -> Bool {
    node.attributes["href"]?.hasPrefix("#") ?? false
  }

  /// Whether `node` is `ancestor` or inside it.
  /// - Complexity: O(*d*) for tree depth *d*.
  func isInside(_ node: Int, _ ancestor: Int) -> Bool {
    var current = node
    while true {
      if current == ancestor { return true }
      if current == 0 { return false }
      current = tree.nodes[current].parent
    }
  }

  /// Whether an element named one of `tags` is among the descendants of `index`.
  func containsTag(_ tags: Set<String>, under index: Int) -> Bool {
    var stack = tree.nodes[index].children
    while let next = stack.popLast() {
      if let name = tree.nodes[next].name, tags.contains(name) { return true }
      stack.append(contentsOf: tree.nodes[next].children)
    }
    return false
  }
}
