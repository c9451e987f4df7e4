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

  init(tree: HTMLTree, strict: Bool = true) {
    self.tree = tree
    self.strict = strict
    excluded = Array(repeating: false, count: tree.nodes.count)
    ownText = Array(repeating: 0, count: tree.nodes.count)
    measureText()
    markExcluded()
  }

  // MARK: Exclusion

  /// Fills `ownText`: text nodes count outside links and never-text elements, then every
  /// node adds its subtree's text to its parent (children follow parents in document order).
  /// - Complexity: O(*n*) for *n* nodes plus the text's length.
  private mutating func measureText() {
    var hidden = [Bool](repeating: false, count: tree.nodes.count)
    for index in tree.nodes.indices where index > 0 {
      let node = tree.nodes[index]
      if hidden[node.parent] {
        hidden[index] = true
        continue
      }
      if let name = node.name {
        hidden[index] = Self.neverTextTags.contains(name) || name == "a" && !Self.isFragmentLink(node)
      } else if let text = node.text {
        ownText[index] = text.unicodeScalars.reduce(0) { $0 + ($1.properties.isWhitespace ? 0 : Self.weight($1)) }
      }
    }
    for index in tree.nodes.indices.reversed() where index > 0 {
      ownText[tree.nodes[index].parent] += ownText[index]
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

  /// Whether the element holds most of the page's text: then it is a page-wide wrapper (a
  /// `<form>` around an ASP.NET page, a `<noscript>` with the article, a theme's `modal-enabled`
  /// or `no-share` container), never furniture.
  private func holdsMostText(_ index: Int) -> Bool {
    ownText[index] >= 0.5 * ownText[0] && ownText[index] >= 200
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
    let negative = Self.matches(words, Self.alwaysNegative) || Self.matches(words, Self.negative)
    guard negative else { return false }
    if Self.matches(words, Self.positive) || holdsMostText(index) { return false }
    return !containsTag(["h1", "article", "main"], under: index)
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
  /// camel-case humps, lower case; a word after `no` or `not` (`no-share`) is left out.
  func hintWords(_ index: Int) -> [String] {
    let node = tree.nodes[index]
    let raw = [node.attributes["class"], node.attributes["id"]].compactMap { $0 }.joined(separator: " ")
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

  /// Whether an element named one of `tags` is among the descendants of `index`.
  private func containsTag(_ tags: Set<String>, under index: Int) -> Bool {
    var stack = tree.nodes[index].children
    while let next = stack.popLast() {
      if let name = tree.nodes[next].name, tags.contains(name) { return true }
      stack.append(contentsOf: tree.nodes[next].children)
    }
    return false
  }
}
