/// A piece of evidence in a sentence that its translation is expected to share: a number, a
/// name, a URL, a Latin word in CJK text, a cognate, marked punctuation or a lexicon link.
///
/// Two anchors match when their kinds and keys are equal; the display form is for people.
public struct Anchor: Hashable, Sendable {
  /// What kind of evidence an anchor is; each kind has its own reliability.
  public enum Kind: UInt8, Hashable, Sendable, CaseIterable {
    /// A number, normalised across scripts and formats (`1.000`, `1 000`, `１０００`, 一千 → 1000).
    case number
    /// A URL or e-mail address.
    case url
    /// A Latin-script word or acronym, matched between CJK and non-CJK text.
    case latinWord
    /// A name matched through a romanisation (陈清扬 → chenqingyang ↔ Chen Qingyang).
    case name
    /// A word prefix shared by related words after folding case and accents (Expedition ↔ expédition).
    case cognate
    /// Marked punctuation: question and exclamation marks, quotation marks, parentheses.
    case punctuation
    /// A word pair from a bilingual dictionary or a learned translation table.
    case lexicon
    /// A name's consonant skeleton, matched between texts in different scripts (Zuckerberg ↔
    /// ซักเคอร์เบิร์ก ↔ زوكربيرغ: `SKLBLK`).
    case nameSound
  }

  /// The kind of evidence.
  public var kind: Kind
  /// The normalised key that must be equal on both sides (`1000`, `nec`, `exped`).
  public var key: String
  /// The form shown to people (the text as written in the sentence).
  public var display: String

  public init(kind: Kind, key: String, display: String) {
    self.kind = kind
    self.key = key
    self.display = display
  }
}
