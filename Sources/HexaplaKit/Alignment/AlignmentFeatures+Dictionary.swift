/// A bilingual dictionary's evidence as anchor keys.
extension AlignmentFeatures {
  /// Adds the dictionary's evidence: one key per dictionary phrase found in a text, held by
  /// the sentences with the phrase and by the other side's sentences with any of its
  /// translations, and counted only on the phrase's side (see `LexicalMatcher`).
  mutating func addDictionary(
    _ dictionary: BilingualDictionary, sourceLanguage: LanguageTag, targetLanguage: LanguageTag
  ) {
    let reversed =
      dictionary.sourceLanguage.language == targetLanguage.language
      && dictionary.targetLanguage.language == sourceLanguage.language
    let oriented = (
      sourceLanguage: reversed ? dictionary.targetLanguage : dictionary.sourceLanguage,
      targetLanguage: reversed ? dictionary.sourceLanguage : dictionary.targetLanguage
    )
    let matches = dictionary.matcher(reversed: reversed).matches(
      sourceWords: sourceWordLists, targetWords: targetWordLists)
    let links = matches.links
    guard !links.isEmpty else { return }
    recordWordPairs(
      matches.translations, sourceNormalizer: LexicalNormalizer(language: oriented.sourceLanguage),
      targetNormalizer: LexicalNormalizer(language: oriented.targetLanguage))
    let firstKey = kinds.count
    defer { dictionaryKeys = firstKey..<kinds.count }
    var sourceLists = (0..<source.count).map { Array(source.keys(of: $0)) }
    var targetLists = (0..<target.count).map { Array(target.keys(of: $0)) }
    for link in links {
      let key = Int32(kinds.count)
      kinds.append(.lexicon)
      displays.append(link.phrase)
      countedSides.append(link.side == .source ? .source : .target)
      let (sourceSentences, targetSentences) =
        link.side == .source ? (link.ownSentences, link.otherSentences) : (link.otherSentences, link.ownSentences)
      for i in sourceSentences { sourceLists[i].append(key) }
      for j in targetSentences { targetLists[j].append(key) }
    }
    source = SentenceKeyTable(sourceLists)
    target = SentenceKeyTable(targetLists)
  }

  /// Maps the dictionary's translation pairs (matching keys) onto the two vocabularies.
  private mutating func recordWordPairs(
    _ translations: [LexicalMatcher.TranslationPair], sourceNormalizer: LexicalNormalizer,
    targetNormalizer: LexicalNormalizer
  ) {
    func wordsByKey(_ vocabulary: [String: Int32], _ normalizer: LexicalNormalizer) -> [String: [Int32]] {
      var result: [String: [Int32]] = [:]
      for (word, id) in vocabulary { result[normalizer.sentenceWordKey(word), default: []].append(id) }
      return result
    }
    let sourceByKey = wordsByKey(sourceVocabulary, sourceNormalizer)
    let targetByKey = wordsByKey(targetVocabulary, targetNormalizer)
    for pair in translations {
      guard let sources = sourceByKey[pair.source], let targets = targetByKey[pair.target] else { continue }
      for s in sources {
        dictionarySourceWords.insert(s)
        for t in targets {
          dictionaryTargetWords.insert(t)
          dictionaryWordPairs.insert(Int64(s) << 32 | Int64(t))
        }
      }
    }
  }
}
