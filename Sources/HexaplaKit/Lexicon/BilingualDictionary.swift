/// Word or phrase translations between two languages, used as lexical evidence by the aligner.
///
/// Entries are kept as written (phrases allowed); matching normalises them. Loaders for the
/// file formats Hexapla reads live beside this type.
public struct BilingualDictionary: Sendable {
  /// One translation pair.
  public struct Entry: Hashable, Sendable {
    /// The word or phrase in the source language.
    public var source: String
    /// Its translation in the target language.
    public var target: String

    public init(source: String, target: String) {
      self.source = source
      self.target = target
    }
  }

  /// The language of `Entry.source`.
  public var sourceLanguage: LanguageTag
  /// The language of `Entry.target`.
  public var targetLanguage: LanguageTag
  /// The pairs.
  public var entries: [Entry]

  public init(sourceLanguage: LanguageTag, targetLanguage: LanguageTag, entries: [Entry]) {
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.entries = entries
  }

  /// The same dictionary read the other way round.
  public var reversed: BilingualDictionary {
    BilingualDictionary(
      sourceLanguage: targetLanguage, targetLanguage: sourceLanguage,
      entries: entries.map { Entry(source: $0.target, target: $0.source) })
  }
}
