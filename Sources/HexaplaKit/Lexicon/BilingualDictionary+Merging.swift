extension BilingualDictionary {
  /// One dictionary from several files, each oriented from `source` to `target`, duplicates
  /// removed, in file order.
  /// - Throws: `HexaplaError.dictionaryLanguageMismatch` for a file of another language pair.
  public init(merging files: [DictionaryFile], source: LanguageTag, target: LanguageTag) throws {
    if files.count == 1 {  // a file's entries are unique already
      self = try files[0].dictionary(source: source, target: target)
      return
    }
    var seen = Set<Entry>()
    var entries: [Entry] = []
    for file in files {
      for entry in try file.dictionary(source: source, target: target).entries where seen.insert(entry).inserted {
        entries.append(entry)
      }
    }
    self.init(sourceLanguage: source, targetLanguage: target, entries: entries)
  }

  /// `count` entries spread evenly over the dictionary (for listings).
  public func examples(_ count: Int) -> [Entry] { Self.spread(entries, count) }

  static func spread(_ entries: [Entry], _ count: Int) -> [Entry] {
    guard !entries.isEmpty, count > 0 else { return [] }
    let step = max(1, entries.count / count)
    return stride(from: step / 2, to: entries.count, by: step).prefix(count).map { entries[$0] }
  }
}

extension DictionaryFile {
  /// `count` entries spread evenly over the file (for listings).
  public func examples(_ count: Int) -> [BilingualDictionary.Entry] {
    BilingualDictionary.spread(entries, count)
  }
}
