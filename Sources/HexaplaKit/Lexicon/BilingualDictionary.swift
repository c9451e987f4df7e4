import Foundation

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
  public var sourceLanguage: LanguageTag { didSet { matchers = MatcherCache() } }
  /// The language of `Entry.target`.
  public var targetLanguage: LanguageTag { didSet { matchers = MatcherCache() } }
  /// The pairs.
  public var entries: [Entry] { didSet { matchers = MatcherCache() } }
  /// The matchers made from this dictionary, shared by its copies (made anew when it changes).
  private var matchers = MatcherCache()

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

  /// The matcher of this dictionary, or of its reverse, made on first use and kept: making one
  /// normalises every entry, and a process that aligns many documents with one dictionary
  /// (a corpus, a record stream) does it once per direction.
  public func matcher(reversed: Bool) -> LexicalMatcher {
    matchers.matcher(reversed: reversed) { LexicalMatcher(dictionary: reversed ? self.reversed : self) }
  }
}

/// The two matchers of a dictionary, made once under a lock.
private final class MatcherCache: @unchecked Sendable {
  private let lock = NSLock()
  private var made: [Bool: LexicalMatcher] = [:]

  func matcher(reversed: Bool, make: () -> LexicalMatcher) -> LexicalMatcher {
    lock.withLock {
      if let matcher = made[reversed] { return matcher }
      let matcher = make()
      made[reversed] = matcher
      return matcher
    }
  }
}
