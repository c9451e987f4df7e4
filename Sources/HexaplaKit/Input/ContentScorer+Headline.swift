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

extension ContentScorer {
  /// The language the page declares: `<html lang>` (or `xml:lang`), else `og:locale`, else a
  /// `Content-Language` meta; only the language and script subtags (`en-US` → `en`).
  func declaredLanguage() -> LanguageTag? {
    var declared: [String] = []
    if let html = tree.nodes.first(where: { $0.name == "html" }) {
      declared += [html.attributes["lang"], html.attributes["xml:lang"]].compactMap { $0 }
    }
    for node in tree.nodes where node.name == "meta" {
      let key = (node.attributes["property"] ?? node.attributes["name"] ?? node.attributes["http-equiv"] ?? "")
        .lowercased()
      if key == "og:locale" || key == "content-language" || key == "language", let content = node.attributes["content"]
      {
        declared.append(content)
      }
    }
    for value in declared {
      // A Content-Language may list several; the first is the main one.
      let first =
        value.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }).first.map(String.init) ?? ""
      let parts = first.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
      guard let language = parts.first?.lowercased(), (2...3).contains(language.count) else { continue }
      let code = LanguageTag.twoLetterCode(language) ?? language
      if parts.count > 1, parts[1].count == 4, let tag = try? LanguageTag("\(code)-\(parts[1])") { return tag }
      if let tag = try? LanguageTag(code) { return tag }
    }
    return nil
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
