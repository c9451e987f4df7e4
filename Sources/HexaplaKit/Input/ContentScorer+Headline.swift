/// The article's headline: the first `<h1>` of the content, else the page title.
extension ContentScorer {
  /// The first `<h1>` outside the page furniture.
  func headlineNode() -> Int? {
    tree.nodes.indices.first { tree.nodes[$0].name == "h1" && !excluded[$0] && !readBlock($0, tag: "h1").lines.isEmpty }
  }

  /// `og:title`, else the `<title>` without a site name after a separator.
  func metaTitle() -> String? {
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
