/// The words by which the cuts at spaces are scored, in a language that ends sentences with a
/// space (Thai, Lao), beyond `SegmentationRules.continuationWords`, `linkingEndings` and
/// `reportingVerbs`. Each is matched as a prefix of the text after a space or a suffix of the
/// text before it, since the script does not separate words.
public struct SpaceSentenceWords: Sendable, Equatable {
  /// More words that do not start a sentence after a space.
  public var continuations: [String] = []
  /// More words that, ending a phrase, join the next phrase to it (prepositions, conjunctions).
  public var linkingEndings: [String] = []
  /// More reporting verbs, which end an attribution phrase.
  public var reportingVerbs: [String] = []
  /// Words that usually join a clause to the sentence before them but may also start one
  /// (Thai `แต่` 'but', `เมื่อ` 'when'): a space before one is a weaker sentence end, also
  /// where `SegmentationRules.continuationWords` lists the word.
  public var weakContinuations: [String] = []
  /// Words that typically start a sentence: discourse adverbs (`อย่างไรก็ตาม` 'however') and
  /// subject pronouns (`เขา` 'he'). They override a continuation word they begin with.
  public var openers: [String] = []
  /// Words that start a fronted phrase (`ใน` 'in', `หาก` 'if'): a sentence that starts with
  /// one goes on past the next space.
  public var frontedOpeners: [String] = []
  /// Sentence-final particles (`ครับ`, `นะ`): a space after one is a likelier sentence end.
  public var finalParticles: [String] = []
  /// Units, classifiers and month names (`ปี` 'year', `คน` 'person'): a space between a
  /// number and one of them ends no sentence.
  public var unitWords: [String] = []
  /// Nouns that start an apposition after a name (`ผู้…` 'the one who', `ประธาน` 'chairman').
  public var appositionWords: [String] = []
  /// The conjunctions before the last item of a list (`และ` 'and', `หรือ` 'or').
  public var listConjunctions: [String] = []
  /// Prepositions that follow a reporting verb in an attribution (`กล่าวกับ…` 'said to …',
  /// `กล่าวใน…` 'said in …'), where no `ว่า` 'that' makes the verb introduce what follows.
  public var attributionAdjuncts: [String] = []

  /// No words.
  public init() {}

  /// The lists from white-space-separated words.
  init(
    continuations: String, linkingEndings: String, reportingVerbs: String, weakContinuations: String, openers: String,
    frontedOpeners: String, finalParticles: String,
    unitWords: String, appositionWords: String, listConjunctions: String, attributionAdjuncts: String
  ) {
    let words: (String) -> [String] = { $0.split(whereSeparator: { $0.isWhitespace }).map(String.init) }
    self.continuations = words(continuations)
    self.linkingEndings = words(linkingEndings)
    self.reportingVerbs = words(reportingVerbs)
    self.weakContinuations = words(weakContinuations)
    self.openers = words(openers)
    self.frontedOpeners = words(frontedOpeners)
    self.finalParticles = words(finalParticles)
    self.unitWords = words(unitWords)
    self.appositionWords = words(appositionWords)
    self.listConjunctions = words(listConjunctions)
    self.attributionAdjuncts = words(attributionAdjuncts)
  }
}
