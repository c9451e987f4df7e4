/// The editions of one article found in a corpus directory.
public struct CorpusArticle: Hashable, Sendable {
  /// The article's id (`n01001` for `n01001.en.txt` or `n01001/en.txt`).
  public var id: String
  /// The edition files, ordered by language tag.
  public var paths: [String]
  /// The language of each edition, from its file name.
  public var languages: [LanguageTag]

  public init(id: String, paths: [String], languages: [LanguageTag]) {
    self.id = id
    self.paths = paths
    self.languages = languages
  }
}
