/// Hexapla's own sentence rules for one language, applied on top of ICU's sentence breaks.
///
/// The rules are data a user can read and extend: whole-word abbreviations (see
/// `Segmentation/Abbreviations/`), the function words that typically start a sentence, whether
/// the language writes ordinal numbers with a dot (`am 6. Mai`), and, for Thai and Lao, the
/// words that continue a sentence after a space or tell that it ends one. Add abbreviations with `addAbbreviations(from:source:)`.
public struct SegmentationRules: Sendable {
  /// Whether an abbreviation can be the last word of a sentence.
  public enum AbbreviationKind: Sendable, Equatable {
    /// Never ends a sentence (titles, `z. B.`, `i.e.`): the full stop is not a boundary.
    case neverEnds
    /// May end a sentence (`etc.`, `U.S.`, `Inc.`): a boundary only when the next word
    /// starts a sentence (a capitalised sentence starter such as `He`, `The`, `Er`).
    case mayEnd

    /// The kind's value in `ASCIIFormTable`.
    var code: UInt8 { self == .neverEnds ? 0 : 1 }

    /// The kind whose `code` is `code`.
    init(code: UInt8) { self = code == 0 ? .neverEnds : .mayEnd }
  }

  /// Whether any rule runs; `false` gives ICU's sentence breaks unchanged.
  public var isEnabled: Bool
  /// Abbreviations by their form without white space (`z.B.`), as written for exact
  /// matches; entries written all lower case also match capitalised (`Ca.`).
  public private(set) var abbreviations: [String: AbbreviationKind] = [:]
  /// A 65,536-bit set of the abbreviations' case-folded fingerprints (top 16 bits), to rule
  /// out most words with one memory read.
  private(set) var abbreviationFingerprints = [UInt64](repeating: 0, count: 1024)
  /// Words (lower case) that often start a sentence; a capitalised one after an abbreviation,
  /// an initial or an ordinal number means the full stop did end a sentence.
  public private(set) var sentenceStarters: Set<String> = [] {
    didSet {
      asciiSentenceStarters = ASCIIFormTable()
      for word in sentenceStarters { asciiSentenceStarters.insert(word, value: 1) }
    }
  }
  /// The ASCII abbreviations (value: `AbbreviationKind.code`), found without making strings.
  private(set) var asciiAbbreviations = ASCIIFormTable()
  /// The ASCII sentence starters (value 1).
  private(set) var asciiSentenceStarters = ASCIIFormTable()
  /// Whether a number followed by a full stop is often an ordinal (`6. Mai`, `27. Große`).
  public var ordinalDot: Bool
  /// Whether a full stop followed by a lower-case word ends a sentence (unless the word
  /// before it is an abbreviation). True for cased alphabetic scripts.
  public var lowerCaseStartsSentence: Bool
  /// Whether a space between words of the language's script is a sentence-end candidate
  /// (Thai, Lao).
  public var spaceEndsSentence: Bool
  /// Words (as prefixes) that continue a sentence after a space in scripts where a space
  /// may end one (`และ` 'and', `ซึ่ง` 'which').
  public private(set) var continuationWords: [String] = []
  /// Quotative particles that continue a sentence after a quotation that ends with a
  /// terminator (Japanese `「…。」と言った`, Korean `"…." 라고 말했다`): kana ones as prefixes,
  /// Hangul ones as whole words.
  public private(set) var quoteContinuations: [String] = []
  /// Words that, ending a phrase, join the next phrase to it (Thai `ว่า` 'that').
  public private(set) var linkingEndings: [String] = []
  /// Reporting verbs that end a short attribution phrase (`เธอกล่าว` 'she said'), which
  /// belongs to the sentence before it; after a full stop they do not start a sentence
  /// (Turkish `… araştırıyoruz. dedi.`).
  public private(set) var reportingVerbs: [String] = []
  /// Marks (UTF-16 units) that end a sentence before white space although ICU does not break
  /// after them: Terminal_Punctuation marks without Sentence_Terminal, such as Hebrew sof pasuq
  /// `׃` or Armenian `:` typed for `։`.
  public private(set) var fullStops: [UInt16] = []
  /// Whether `.` after a letter of a non-Latin script ends a sentence; false for Armenian, where
  /// it is a pause (*mijaket*) and `։` the full stop. An ellipsis `...` still ends one.
  public var fullStopEndsSentence = true
  /// The other words that decide whether a space ends a sentence (Thai, Lao).
  public private(set) var spaceSentenceWords = SpaceSentenceWords()
  /// The typical length of a sentence that a space ends (Thai, Lao), in UTF-16 units without
  /// white space: the centre of the length prior by which the cuts at spaces are chosen. Thai
  /// news and encyclopedia sentences run to about a hundred characters; the choice is not
  /// sensitive to it (anything from 70 to 150 cuts about as well).
  public var typicalSpaceSentenceLength = 95
  /// Whether every space that may end a sentence does (Thai, Lao): one after at least
  /// `minimumSpaceSentenceLength` units and before as many, unless a continuation word follows,
  /// a linking word precedes or a short attribution follows. For text that a translation will
  /// re-cut (`GuidedSegmenter`, `MultiAligner`), which joins a wrong cut more surely than it
  /// finds a missing one. Otherwise (the default) the cuts are chosen by their scores and a
  /// typical sentence length.
  public var cutsAtEveryLikelySpace = false
  /// With `cutsAtEveryLikelySpace`, the minimum length, in UTF-16 units, of a sentence closed
  /// by a space; the text after such a space must be at least `minimumSpaceSentenceLength * 3 / 4` long.
  public var minimumSpaceSentenceLength = 40

  /// No rules: ICU's sentence breaks as they are.
  public static let none = SegmentationRules(enabled: false)

  private init(enabled: Bool) {
    isEnabled = enabled
    ordinalDot = false
    lowerCaseStartsSentence = false
    spaceEndsSentence = false
  }

  /// The built-in rules for a language (empty lists for languages without data).
  public static func builtIn(for language: LanguageTag) -> SegmentationRules {
    var rules = SegmentationRules(enabled: true)
    let code = language.language
    let data = BuiltInRuleData.data(for: code)
    rules.addEntries(BuiltInRuleData.shared, source: "built-in")
    rules.addEntries(data.abbreviations, source: "built-in \(code)")
    rules.sentenceStarters = Set(
      data.sentenceStarters.split(whereSeparator: { $0.isWhitespace }).map {
        $0.lowercased().filter { $0 != "'" && $0 != "’" }
      })
    let words: (String) -> [String] = { $0.split(whereSeparator: { $0.isWhitespace }).map(String.init) }
    rules.continuationWords = words(data.continuationWords)
    rules.linkingEndings = words(data.linkingEndings)
    rules.quoteContinuations = words(data.quoteContinuations)
    rules.reportingVerbs = words(data.reportingVerbs)
    rules.spaceSentenceWords = data.spaceSentences
    rules.ordinalDot = BuiltInRuleData.ordinalDotLanguages.contains(code)
    rules.lowerCaseStartsSentence = !BuiltInRuleData.uncasedLanguages.contains(code)
    rules.spaceEndsSentence = BuiltInRuleData.spaceSeparatedSentenceLanguages.contains(code)
    rules.fullStops = data.fullStops.unicodeScalars.filter { UnicodeProperties.isTerminalPunctuation($0) }
      .compactMap { $0.value < 0x1_0000 ? UInt16($0.value) : nil }
    rules.fullStopEndsSentence = !data.fullStopIsPause
    // Where `.` is a pause, a lower-case word after it does not start a sentence.
    if data.fullStopIsPause { rules.lowerCaseStartsSentence = false }
    return rules
  }

  /// Adds abbreviations from a list: one per line, `#` starts a comment, and a line ending
  /// in `[may-end]` marks one that may end a sentence (`etc. [may-end]`).
  /// - Throws: `HexaplaError.malformedLine` for an entry that does not end with a full stop
  ///   or holds no letter.
  public mutating func addAbbreviations(from text: String, source: String) throws {
    var lineNumber = 0
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }) {
      lineNumber += 1
      guard let entry = Self.parse(line) else { continue }
      guard entry.form.hasSuffix("."), entry.form.contains(where: { $0.isLetter }) else {
        throw HexaplaError.malformedLine(
          path: source, line: lineNumber,
          message:
            "'\(HexaplaError.quoting(entry.form))' is not an abbreviation (a word ending with '.', such as 'approx.')")
      }
      add(entry)
    }
  }

  /// Adds built-in entries, which are known to be well formed.
  private mutating func addEntries(_ text: String, source: String) {
    for line in text.split(whereSeparator: { $0.isNewline }) {
      if let entry = Self.parse(line) { add(entry) }
    }
  }

  private mutating func add(_ entry: (form: String, kind: AbbreviationKind)) {
    abbreviations[entry.form] = entry.kind
    asciiAbbreviations.insert(entry.form, value: entry.kind.code)
    let bit = Int(Self.fingerprint(of: entry.form) >> 48)
    abbreviationFingerprints[bit >> 6] |= 1 << UInt64(bit & 63)
  }

  /// One list line as (form without white space, kind), or nil for blank and comment lines.
  private static func parse(_ line: Substring) -> (form: String, kind: AbbreviationKind)? {
    var body = line
    if let hash = body.firstIndex(of: "#") { body = body[..<hash] }
    var text = body.trimmingWhitespaceSubstring()
    guard !text.isEmpty else { return nil }
    var kind = AbbreviationKind.neverEnds
    if text.hasSuffix("[may-end]") {
      kind = .mayEnd
      text = text.dropLast("[may-end]".count).trimmingWhitespaceSubstring()
    }
    return (String(text.filter { !$0.isWhitespace }), kind)
  }

  /// Whether some abbreviation may have the case-folded fingerprint `fingerprint`.
  @inline(__always)
  func mayBeAbbreviation(fingerprint: UInt64) -> Bool {
    let bit = Int(fingerprint >> 48)
    return abbreviationFingerprints[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  /// The kind of the abbreviation written `form` (no white space), if it is one.
  func abbreviationKind(of form: String) -> AbbreviationKind? {
    if let kind = abbreviations[form] { return kind }
    let lower = form.lowercased()
    guard lower != form, let kind = abbreviations[lower] else { return nil }
    // A capitalised form of a lower-case entry (sentence-initial `Ca.`), not `CA.`.
    return form.dropFirst().lowercased() == String(form.dropFirst()) ? kind : nil
  }
}

extension SegmentationRules {
  static let fingerprintSeed: UInt64 = 0xCBF2_9CE4_8422_2325

  /// One FNV-1a step over a UTF-16 unit with its letter case folded.
  @inline(__always)
  static func fingerprint(_ hash: UInt64, _ unit: UInt16) -> UInt64 {
    var u = unit
    switch u {
    case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE, 0x391...0x3A9, 0x410...0x42F: u += 0x20
    case 0x400...0x40F: u += 0x50
    default: break
    }
    return (hash ^ UInt64(u)) &* 0x100_0000_01B3
  }

  /// The case-folded fingerprint of a string without its white space.
  static func fingerprint(of text: String) -> UInt64 {
    var hash = fingerprintSeed
    for unit in text.utf16 where !unit.isWhitespaceUnit { hash = fingerprint(hash, unit) }
    return hash
  }
}

extension Substring {
  /// The substring without leading and trailing white space.
  fileprivate func trimmingWhitespaceSubstring() -> Substring {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return self[first...last]
  }
}
