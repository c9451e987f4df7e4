/// Finds the main content of a parsed page and reads its blocks (the engine behind
/// `ArticleExtractor`).
///
/// This file leaves out page furniture (`excluded`); the other jobs have a file each:
/// `+Vocabulary` (the tag, role and class words it knows), `+Blocks` (reading paragraphs),
/// `+Scoring` (choosing the body container) and `+Headline` (the title).
struct ContentScorer {
  let tree: HTMLTree
  /// Whether each node is left out with its subtree (furniture, hidden, scripts...).
  private(set) var excluded: [Bool]

  init(tree: HTMLTree) {
    self.tree = tree
    excluded = Array(repeating: false, count: tree.nodes.count)
    markExcluded()
  }

  // MARK: Exclusion

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

  /// Whether the element is page furniture: skipped tags, hidden ones, furniture roles or
  /// class words (a container of the headline is kept).
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
  func hintWords(_ index: Int) -> [String] {
    let node = tree.nodes[index]
    let raw = [node.attributes["class"], node.attributes["id"]].compactMap { $0 }.joined(separator: " ")
    return raw.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
  }

  /// Whether an element named `tag` is among the descendants of `index`.
  private func containsTag(_ tag: String, under index: Int) -> Bool {
    var stack = tree.nodes[index].children
    while let next = stack.popLast() {
      if tree.nodes[next].name == tag { return true }
      stack.append(contentsOf: tree.nodes[next].children)
    }
    return false
  }
}
