/// Reading the page as blocks: runs of text read as one paragraph each.
extension ContentScorer {
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
    /// The share of the block's weighted length inside links.
    var linkDensity: Double { length > 0 ? linkLength / length : 0 }
  }

  /// All blocks of the page outside excluded subtrees, in document order.
  func blocks() -> [Block] {
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
        // Its inline children are read; only the blocks among them remain.
        stack.append(contentsOf: node.children.reversed().filter { isBlockLike($0) })
        continue
      }
      stack.append(contentsOf: node.children.reversed().filter { tree.nodes[$0].name != nil })
    }
    return result
  }

  /// Whether a block element or `<div>` is among the element's descendants.
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

  /// Whether the element holds text of its own or in inline children (`<a>`, `<span>`...).
  private func hasLooseText(_ index: Int) -> Bool {
    tree.nodes[index].children.contains { child in
      let node = tree.nodes[child]
      if let text = node.text { return text.contains { !$0.isWhitespace } }
      if let name = node.name {
        return Self.inlineTags.contains(name) && !excluded[child]
          && directTextLength(child) > 0
      }
      return false
    }
  }

  /// The characters of the element's own text children, white space left out.
  private func directTextLength(_ index: Int) -> Int {
    tree.nodes[index].children.reduce(0) { total, child in
      total + (tree.nodes[child].text?.unicodeScalars.count { !$0.properties.isWhitespace } ?? 0)
    }
  }

  /// The block of element `index`, every descendant's text read.
  func readBlock(_ index: Int, tag: String) -> Block {
    var reader = TextReader()
    collect(index, into: &reader, inLink: isInsideLink(index))
    return reader.block(node: index, tag: tag)
  }

  /// Whether a child of a container with loose text is read as blocks of its own rather than
  /// as part of the loose text: a block element or `<div>`, or an inline one around blocks
  /// (`<span><p>`).
  private func isBlockLike(_ index: Int) -> Bool {
    guard let name = tree.nodes[index].name else { return false }
    return Self.blockTags.contains(name) || name == "div" || hasBlockChild(index)
  }

  /// Reads the inline children of a container that are not inside block children.
  private func readLooseText(_ index: Int) -> Block {
    var reader = TextReader()
    let inLink = isInsideLink(index)
    for child in tree.nodes[index].children {
      if excluded[child] || isBlockLike(child) {
        reader.breakLine()
        continue
      }
      collect(child, into: &reader, inLink: inLink)
    }
    return reader.block(node: index, tag: "#text")
  }

  /// Whether an ancestor of the element is a link away from the page (a teaser card whose
  /// headline `<div>` sits inside its `<a>`): its text is link text.
  /// - Complexity: O(*d*) for tree depth *d*.
  private func isInsideLink(_ index: Int) -> Bool {
    var current = tree.nodes[index].parent
    while current != 0 {
      let node = tree.nodes[current]
      if node.name == "a" { return !Self.isFragmentLink(node) }
      current = node.parent
    }
    return false
  }

  /// Reads the subtree of `index` into `reader`, breaking lines at `<br>` and block elements.
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
    let isLink = name == "a" && !Self.isFragmentLink(node)
    for child in node.children { collect(child, into: &reader, inLink: inLink || isLink) }
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
        if let scalar = character.unicodeScalars.first, ContentScorer.invisibleScalars.contains(scalar.value),
          character.unicodeScalars.count == 1
        {
          continue
        }
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
}
