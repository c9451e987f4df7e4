/// Reads the words and anchors of sentences in one language with ICU's word BreakIterator.
///
/// Numbers are normalised across scripts and formats, Latin words in CJK text and names
/// (through a romanisation) are keyed so they match across scripts, words of alphabetic
/// scripts give cognate keys (first five letters after folding case and accents), and
/// question marks, exclamation marks, quotation marks and parentheses are kept as anchors.
/// Not thread-safe: use one per thread.
public final class AnchorExtractor {
  /// The language of the sentences.
  public let language: LanguageTag
  /// Whether to key names and Latin words for matching against a text in another script
  /// (set when exactly one side of a pair is Chinese, Japanese or Korean).
  public let crossScript: Bool
  /// Whether to key names by their consonant skeleton (`NameSound`), for a pair of texts in
  /// different alphabetic scripts: capitalised words, and every word of a script without case
  /// (Arabic, Thai, Hebrew), with up to three words before it in scripts written without spaces
  /// (ICU's dictionary cuts a foreign name into pieces: ซัก เค อร์ เบิร์ก) where the run carries
  /// a silencing mark (`AnchorExtractor.isSilencingMark`), as a foreign name written there does.
  public let soundKeys: Bool
  /// Whether the other text of the pair is Korean (English names there are keyed without the
  /// `r` Korean does not write: `NameSound.key(_:latin:codaR:)`).
  public let pairedWithKorean: Bool
  /// Whether the other text of the pair is in a script without spaces (Thai): then two name
  /// words are not keyed joined (that text has no word boundaries to match them by).
  public let pairedWithUnspaced: Bool
  private let isCJK: Bool
  private let isKorean: Bool
  /// Whether the language is written without spaces between words (Thai, Lao, Khmer, Burmese).
  private let isUnspaced: Bool
  /// The languages written in Han, kana or Hangul, whose text quotes Latin words and names as
  /// they are (`서킷(Yas Marina Circuit)`, `F1赛车`): a pair with exactly one of them keys those.
  static let cjkLanguages: Set<String> = ["zh", "ja", "ko", "yue", "wuu", "lzh"]
  private let wordIterator: ICUBreakIterator
  private var transliterator: ICUTransliterator?
  private var foldCache: [String: String] = [:]
  /// What `letterWord` made of each letter word seen, by its code units (cleared when full).
  private var letterWords: [CodeUnits: LetterWord] = [:]
  /// The most entries `foldCache` and `letterWords` hold before they are cleared.
  static let cacheLimit = 100_000
  /// Every word `extract` has given, numbered in the order first given (as `SideTokens`
  /// numbers the words of the sentences appended to it).
  private(set) var vocabulary: [String: Int32] = [:]
  /// The numbers in `vocabulary` of the words of the last sentence extracted, in order.
  private(set) var wordIDs: [Int32] = []

  /// How many anchors of a sentence `extract` checks one by one for a repeated key, before
  /// it keeps them in a set.
  static let linearSeenLimit = 16

  /// The languages written without spaces between words that `NameSound` keys (Thai, Lao,
  /// Khmer, Burmese).
  static let unspacedLanguages: Set<String> = ["th", "lo", "km", "my"]

  /// The number of letters of a cognate key.
  static let cognatePrefixLength = 5
  /// The shortest folded word that gives a cognate key.
  static let cognateMinimumLength = 4

  /// Creates an extractor.
  /// - Throws: `HexaplaError.icuFailure` when ICU cannot open a word iterator for the language.
  public init(
    language: LanguageTag, crossScript: Bool = false, soundKeys: Bool = false, pairedWithKorean: Bool = false,
    pairedWithUnspaced: Bool = false
  ) throws {
    self.language = language
    self.crossScript = crossScript
    self.soundKeys = soundKeys
    self.pairedWithKorean = pairedWithKorean
    self.pairedWithUnspaced = pairedWithUnspaced
    self.isKorean = language.language == "ko"
    self.isUnspaced = Self.unspacedLanguages.contains(language.language)
    self.isCJK = Self.cjkLanguages.contains(language.language)
    self.wordIterator = try ICUBreakIterator(.word, locale: language.icuLocale)
  }

  /// The tokens of one sentence.
  /// - Complexity: O(n) in the length of the sentence (ICU's dictionary segmentation aside).
  public func extract(_ text: String) -> SentenceTokens {
    let units = Self.utf16Units(of: text)
    var segments: [(start: Int, end: Int, status: Int32)] = []
    _ = try? units.withUnsafeBufferPointer { buffer in
      try wordIterator.withBoundaries(of: buffer) { boundaries, statuses in
        segments.reserveCapacity(boundaries.count)
        for k in 1..<max(1, boundaries.count) {
          segments.append((Int(boundaries[k - 1]), Int(boundaries[k]), statuses[k]))
        }
      }
    }
    var anchors: [Anchor] = []
    // The anchors so far are searched one by one while they are few, and through a set of
    // their keys once they are many (hashing a string costs more than comparing a few).
    var seen: Set<SeenKey> = []
    func add(_ kind: Anchor.Kind, _ key: String, _ display: String) {
      if anchors.count < Self.linearSeenLimit {
        for anchor in anchors where anchor.kind == kind && anchor.key == key { return }
        anchors.append(Anchor(kind: kind, key: key, display: display))
        if anchors.count == Self.linearSeenLimit { seen = Set(anchors.map { SeenKey(kind: $0.kind, key: $0.key) }) }
      } else if seen.insert(SeenKey(kind: kind, key: key)).inserted {
        anchors.append(Anchor(kind: kind, key: key, display: display))
      }
    }
    var words: [String] = []
    // About every other segment of a text with spaces is a word.
    words.reserveCapacity(segments.count / 2 + 1)
    wordIDs.removeAll(keepingCapacity: true)
    // The text of segments first...last (few segments need theirs: letter words are looked up
    // by their code units).
    let utf16 = text.utf16
    let piece: (Int, Int) -> String = { first, last in
      let from = utf16.index(utf16.startIndex, offsetBy: segments[first].start)
      return String(text[from..<utf16.index(from, offsetBy: segments[last].end - segments[first].start)])
    }
    var previousCapitalised: (end: Int, folded: String)?
    var previousIdeographs: [(romanised: String, text: String)] = []
    // The words of a script without spaces just before this one, touching it (for names
    // ICU's dictionary cuts into pieces).
    var previousPieces: [(end: Int, folded: String, text: String, silenced: Bool)] = []
    // In scripts with spaces, the name word just before this one (a name of two short words).
    var previousNameWord: (end: Int, classes: [UInt8], text: String, short: Bool)?
    var k = 0
    while k < segments.count {
      let (start, end, status) = segments[k]
      // A one-unit ASCII segment that is no word (a space, a full stop): its punctuation anchor
      // without making a string of it.
      if status == 0, end - start == 1, units[start] < 0x80 {
        if let key = Self.asciiPunctuationKey(units[start]) {
          add(.punctuation, key, String(UnicodeScalar(UInt8(units[start]))))
        }
        previousIdeographs.removeAll()
        if units[start] != 0x20 { previousCapitalised = nil }
        k += 1
        continue
      }
      switch status {
      case 100..<200:
        let word = piece(k, k)
        var value = NumberNormalizer.key(digits: word)
        var display = word
        var last = k
        // "1 000": a group of three digits after a space continues the number.
        if let v = value, !v.utf8.contains(0x2E), v.count <= 3, word.count <= 3 {
          var n = k
          var combined = v
          while n + 2 < segments.count, segments[n + 1].end - segments[n + 1].start == 1,
            [0x20, 0xA0, 0x202F, 0x2009].contains(units[segments[n + 1].start]),
            (100..<200).contains(segments[n + 2].status),
            segments[n + 2].end - segments[n + 2].start == 3,
            let group = NumberNormalizer.key(digits: piece(n + 2, n + 2)),
            !group.utf8.contains(0x2E)
          {
            combined += String(repeating: "0", count: 3 - group.count) + group
            n += 2
          }
          if n > k {
            value = combined
            display = piece(k, n)
            last = n
          }
        }
        if let v = value {
          add(.number, v, display)
          // 3000亿, 3 millions: a multiplier right after the number.
          if let (multiplier, next) = multiplierAfter(last, segments, units, piece), let d = Double(v) {
            add(.number, NumberNormalizer.key(value: d * multiplier), display + next)
          }
        }
        k = last
      case 200..<300:
        let key = CodeUnits(units[start..<end])
        let info: LetterWord
        if let known = letterWords[key] {
          info = known
        } else {
          info = letterWord(piece(k, k))
          if letterWords.count >= Self.cacheLimit { letterWords.removeAll(keepingCapacity: true) }
          letterWords[key.copied()] = info
        }
        let word = info.word
        words.append(info.lower)
        wordIDs.append(info.id)
        if isCJK {
          if info.isLatin { add(.latinWord, info.lower, word) }
          if soundKeys, isKorean, !info.isLatin { addKoreanSoundKeys(word, add) }
        } else {
          if crossScript, info.isLatin { add(.latinWord, info.lower, word) }
          if let prefix = info.cognate { add(.cognate, prefix, word) }
          if soundKeys {
            addSoundKeys(
              info, start: start, end: end, pieces: &previousPieces, previousName: &previousNameWord, add)
          }
          if crossScript, info.isName {
            add(.name, info.folded, word)
            if let previous = previousCapitalised, start - previous.end <= 1 {
              add(.name, previous.folded + info.folded, piece(previousStart(k, segments), k))
            }
            previousCapitalised = (end, info.folded)
          } else {
            previousCapitalised = nil
          }
        }
      case 300..<500:
        let word = piece(k, k)
        let lower = word.lowercased()
        words.append(lower)
        wordIDs.append(number(lower))
        if crossScript, isCJK, !isNumeral(word) {
          let romanised = fold(word)
          if romanised.count >= 2 { add(.name, romanised, word) }
          var joined = romanised
          var joinedText = word
          for previous in previousIdeographs.reversed() {
            joined = previous.romanised + joined
            joinedText = previous.text + joinedText
            add(.name, joined, joinedText)
          }
          previousIdeographs.append((romanised, word))
          if previousIdeographs.count > 2 { previousIdeographs.removeFirst() }
        }
      default:
        if status == 0 { addPunctuation(piece(k, k), add) }
      }
      if !(300..<500).contains(status) { previousIdeographs.removeAll() }
      if !(200..<300).contains(status), status != 0 || end - start != 1 || units[start] != 0x20 {
        previousCapitalised = nil
      }
      k += 1
    }
    addCJKNumerals(text, add)
    addURLs(text, add)
    var length = 0
    // An ASCII text: its bytes but white space, in one pass over them (nil when not ASCII).
    func asciiLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
      var count = 0
      for byte in bytes {
        if byte >= 0x80 { return nil }
        if byte != 0x20 && !(0x09...0x0D).contains(byte) { count += 1 }
      }
      return count
    }
    if let ascii = text.utf8.withContiguousStorageIfAvailable(asciiLength)
      ?? Array(text.utf8).withUnsafeBufferPointer(asciiLength)
    {
      length = ascii
    } else {
      // Below U+0300 no scalar extends a grapheme cluster: each is a character of its own, but
      // for CR LF.
      var scalars = 0
      var single = true
      for scalar in text.unicodeScalars {
        if Self.isWhitespace(scalar) { length -= 1 }
        if scalar.value >= 0x300 || scalar.value == 0x0D { single = false }
        scalars += 1
      }
      length += single ? scalars : text.count
    }
    return SentenceTokens(length: length, words: words, anchors: anchors)
  }

  /// What the tokens of a letter word (ICU's word status 200..<300) are made of, found once
  /// per distinct word (a class: a lookup retains it once, not each of its strings).
  final class LetterWord {
    /// The word without an elided article or pronoun (`withoutElision`), as written.
    let word: String
    /// Its `NameSound` forms, found on first use (`addSoundKeys`).
    var sound: Sound?
    /// `word` lower-cased: the word the lexicon reads.
    let lower: String
    /// Whether it starts with a Latin letter.
    let isLatin: Bool
    /// `word` folded (`fold`).
    let folded: String
    /// Its cognate key (the first letters of `folded`), when long enough.
    let cognate: String?
    /// Whether it may be (part of) a name: capitalised, at least two letters folded.
    let isName: Bool
    /// The number of `lower` in `vocabulary`.
    let id: Int32

    init(word: String, lower: String, isLatin: Bool, folded: String, cognate: String?, isName: Bool, id: Int32) {
      self.id = id
      self.word = word
      self.lower = lower
      self.isLatin = isLatin
      self.folded = folded
      self.cognate = cognate
      self.isName = isName
    }
  }

  /// The tokens a letter word (a segment of ICU's word status 200..<300) is made of.
  func letterWord(_ segment: String) -> LetterWord {
    let word = Self.withoutElision(segment)
    let lower = word.lowercased()
    let first = word.unicodeScalars.first!
    let isLatin = first.isASCII || UnicodeProperties.scriptCode(first) == "Latn"
    guard !isCJK else {
      return LetterWord(
        word: word, lower: lower, isLatin: isLatin, folded: "", cognate: nil, isName: false, id: number(lower))
    }
    let folded = fold(word, lowercased: lower)
    // A folded word is most often ASCII letters: one character a byte.
    let ascii = folded.utf8.allSatisfy { $0 < 0x80 }
    var cognate: String?
    if (ascii ? folded.utf8.count : folded.count) >= Self.cognateMinimumLength {
      cognate =
        ascii
        ? String(decoding: folded.utf8.prefix(Self.cognatePrefixLength), as: UTF8.self)
        : String(folded.prefix(Self.cognatePrefixLength))
    }
    return LetterWord(
      word: word, lower: lower, isLatin: isLatin, folded: folded, cognate: cognate,
      isName: first.properties.isUppercase && folded.count >= 2, id: number(lower))
  }

  /// The number of a word in `vocabulary`, added when new.
  private func number(_ word: String) -> Int32 {
    if let id = vocabulary[word] { return id }
    let id = Int32(vocabulary.count)
    vocabulary[word] = id
    return id
  }

  /// The UTF-16 code units of a text, as ICU reads it (without going through `String.UTF16View`'s
  /// index arithmetic).
  static func utf16Units(of text: String) -> [UInt16] {
    var units: [UInt16] = []
    units.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if scalar.value < 0x1_0000 {
        units.append(UInt16(scalar.value))
      } else {
        let value = scalar.value - 0x1_0000
        units.append(UInt16(0xD800 + (value >> 10)))
        units.append(UInt16(0xDC00 + (value & 0x3FF)))
      }
    }
    return units
  }

  /// A run of UTF-16 code units as a dictionary key, hashed as raw bytes.
  struct CodeUnits: Hashable {
    var units: ArraySlice<UInt16>

    init(_ units: ArraySlice<UInt16>) { self.units = units }

    /// The same units in storage of their own (a slice keeps its whole array alive).
    func copied() -> CodeUnits { CodeUnits(ArraySlice(Array(units))) }

    func hash(into hasher: inout Hasher) {
      units.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    static func == (x: CodeUnits, y: CodeUnits) -> Bool { x.units.elementsEqual(y.units) }
  }

  /// Folds a word to lower-case ASCII letters (accents stripped, other scripts romanised).
  /// - Parameter lowercased: `word.lowercased()`, when the caller has it.
  func fold(_ word: String, lowercased: String? = nil) -> String {
    if word.utf8.allSatisfy({ $0 < 0x80 }) { return lowercased ?? word.lowercased() }
    if let cached = foldCache[word] { return cached }
    if transliterator == nil {
      transliterator = try? ICUTransliterator("Any-Latin; Latin-ASCII; Lower")
    }
    let romanised = transliterator?.apply(word) ?? word.lowercased()
    let folded = String(
      romanised.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }.map(Character.init))
    if foldCache.count > Self.cacheLimit { foldCache.removeAll(keepingCapacity: true) }
    foldCache[word] = folded
    return folded
  }

  /// Adds the `NameSound` keys of a letter word: of a capitalised word; of any word in a script
  /// without case (an Arabic word also without its clitics, `withoutArabicProclitics`); in a
  /// script written without
  /// spaces, also of it joined to the one to three words right before it.
  /// A letter word's `NameSound` forms.
  struct Sound {
    /// Whether its script has no case (every word of it may be a name).
    let uncased: Bool
    /// The folded word as names are keyed (an English possessive `'s` left out).
    let folded: String
    /// Its own key, if it may be a name and has one.
    let own: String?
    /// Keys of an Arabic word without its clitics.
    let variants: [String]
    /// Its consonant classes (`NameSound.skeleton`), for joining with a neighbour.
    let classes: [UInt8]
  }

  /// The `NameSound` forms of a letter word, found once per distinct word.
  private func sound(of info: LetterWord) -> Sound {
    if let known = info.sound { return known }
    let first = info.word.unicodeScalars.first
    let uncased = first.map { !$0.properties.isCased } ?? false
    var folded = info.folded
    if info.isLatin, info.word.hasSuffix("'s") || info.word.hasSuffix("’s") { folded.removeLast() }
    let codaR = !(pairedWithKorean && info.isLatin)
    var variants: [String] = []
    if uncased, let first, UnicodeProperties.scriptCode(first) == "Arab" {
      variants = Self.withoutArabicProclitics(folded).compactMap { NameSound.key($0, latin: false) }
    }
    // One scan gives the word's classes; its own key is them, when of a key's length.
    let classes = info.isName || uncased ? NameSound.skeleton(folded, latin: info.isLatin, codaR: codaR) : []
    let own = NameSound.key(classes: classes)
    let made = Sound(uncased: uncased, folded: folded, own: own, variants: variants, classes: classes)
    info.sound = made
    return made
  }

  private func addSoundKeys(
    _ info: LetterWord, start: Int, end: Int, pieces: inout [(end: Int, folded: String, text: String, silenced: Bool)],
    previousName: inout (end: Int, classes: [UInt8], text: String, short: Bool)?,
    _ add: (Anchor.Kind, String, String) -> Void
  ) {
    let sound = sound(of: info)
    let uncased = sound.uncased
    let folded = sound.folded
    let own = sound.own
    if let own { add(.nameSound, own, info.word) }
    // Two words of a name, one of them too short for a key of its own, joined (Yuan Shikai,
    // يوان شيكاي: NSK), in scripts with spaces.
    // Words of two letters in a script without case are its particles (از, که, در), not names.
    if !isUnspaced, !pairedWithUnspaced, info.isName || uncased && folded.utf8.count >= 3 {
      let short = own == nil
      if let previous = previousName, start - previous.end <= 1, previous.short || short,
        let key = NameSound.joinedKey(previous.classes, sound.classes)
      {
        add(.nameSound, key, previous.text + " " + info.word)
      }
      previousName = (end, sound.classes, info.word, short)
    } else {
      previousName = nil
    }
    for key in sound.variants { add(.nameSound, key, info.word) }
    guard isUnspaced, uncased else {
      pieces.removeAll()
      return
    }
    if pieces.last.map({ $0.end != start }) ?? false { pieces.removeAll() }
    // Words joined into a name only where the run carries a silencing mark: foreign names are
    // written with one over the letters of their final consonants (เจมส์ James, วัตต์ Watt), and a
    // run of native words joined gives a skeleton that matches some English name by chance.
    // (Without the condition: PUD dev Thai re-cut guided by English 0.893 -> 0.876, two-text
    // alignment of its concatenated document 0.987 -> 0.978.)
    let silenced = info.word.unicodeScalars.contains(where: Self.isSilencingMark)
    var joined = folded
    var text = info.word
    var runSilenced = silenced
    for piece in pieces.reversed() {
      joined = piece.folded + joined
      text = piece.text + text
      runSilenced = runSilenced || piece.silenced
      if runSilenced, let key = NameSound.key(joined, latin: false) { add(.nameSound, key, text) }
    }
    pieces.append((end, folded, info.word, silenced))
    if pieces.count > 3 { pieces.removeFirst() }
  }

  /// Whether `scalar` is the mark of a script without spaces that silences the letter under it,
  /// which transliterated names carry: Thai thanthakhat `์`, Lao `໌`, Khmer toandakhiat `៍`,
  /// Burmese asat `်` (which most Burmese words carry, so there it rules out little).
  static func isSilencingMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0E4C, 0x0ECC, 0x17CD, 0x103A: return true
    default: return false
    }
  }

  /// Adds the `NameSound` keys of a Hangul word and of its beginnings of two syllables or more
  /// (a name carries its particle: 저커버그는 'Zuckerberg' + topic).
  private func addKoreanSoundKeys(_ word: String, _ add: (Anchor.Kind, String, String) -> Void) {
    let syllables = Array(word)
    guard syllables.count >= 2, syllables.count <= 12 else { return }
    for count in 2...syllables.count {
      let prefix = String(syllables.prefix(count))
      if let key = NameSound.key(fold(prefix), latin: false) { add(.nameSound, key, prefix) }
    }
  }

  /// A romanised Arabic word without the clitics written onto a name: the article `al-`, and
  /// one of the prepositions and conjunctions `bi-`, `li-`, `ka-`, `fa-` before it or alone
  /// (`wa-` romanises to `w`, which `NameSound` passes over anyway).
  static func withoutArabicProclitics(_ folded: String) -> [String] {
    var forms: [String] = []
    var rest = Substring(folded)
    if let first = rest.first, "blkf".contains(first), rest.count > 4 {
      rest = rest.dropFirst()
      forms.append(String(rest))
    }
    if rest.hasPrefix("al"), rest.count > 4 {
      forms.append(String(rest.dropFirst(2)))
    } else if rest.hasPrefix("l"), rest.count > 4, forms.isEmpty == false {
      forms.append(String(rest.dropFirst()))
    }
    return forms
  }

  /// The index of the last word segment before segment `k`.
  private func previousStart(_ k: Int, _ segments: [(start: Int, end: Int, status: Int32)]) -> Int {
    var n = k - 1
    while n > 0, !(200..<300).contains(segments[n].status) { n -= 1 }
    return max(0, n)
  }

  private func isNumeral(_ word: String) -> Bool {
    word.unicodeScalars.allSatisfy { NumberNormalizer.cjkNumeralValue($0) != nil }
  }

  private func multiplierAfter(
    _ k: Int, _ segments: [(start: Int, end: Int, status: Int32)], _ units: [UInt16],
    _ piece: (Int, Int) -> String
  ) -> (Double, String)? {
    var n = k + 1
    var gap = ""
    if n < segments.count, segments[n].status == 0, segments[n].end - segments[n].start == 1,
      units[segments[n].start] == 0x20 || units[segments[n].start] == 0xA0
    {
      gap = " "
      n += 1
    }
    guard n < segments.count else { return nil }
    // Every multiplier starts with a letter or a CJK character: not with ASCII punctuation,
    // digits or space, whatever its case.
    let unit = units[segments[n].start]
    if unit < 0x80, !(0x61...0x7A).contains(unit | 0x20) { return nil }
    let next = piece(n, n)
    if let m = NumberNormalizer.multiplier(next) { return (m, gap + next) }
    // ICU may keep 亿 with the following ideographs (3000亿元): look at the first character.
    if gap.isEmpty, let first = next.first, let m = NumberNormalizer.multiplier(String(first)) {
      return (m, String(first))
    }
    return nil
  }

  /// The punctuation key of an ASCII character, as `addPunctuation` gives it (the only ASCII
  /// quotation marks are `"` and `'`, which is no anchor).
  static func asciiPunctuationKey(_ unit: UInt16) -> String? {
    switch unit {
    case 0x3F: return "?"
    case 0x21: return "!"
    case 0x28, 0x5B: return "("
    case 0x22: return "\""
    default: return nil
    }
  }

  private func addPunctuation(_ text: String, _ add: (Anchor.Kind, String, String) -> Void) {
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        if let key = Self.asciiPunctuationKey(UInt16(scalar.value)) { add(.punctuation, key, String(scalar)) }
        continue
      }
      switch scalar {
      case "?", "？", "¿": add(.punctuation, "?", String(scalar))
      case "!", "！", "¡": add(.punctuation, "!", String(scalar))
      case "(", "（", "[", "【": add(.punctuation, "(", String(scalar))
      case "'", "’", "‘": break
      default:
        if scalar.properties.isQuotationMark { add(.punctuation, "\"", String(scalar)) }
      }
    }
  }

  private func addCJKNumerals(_ text: String, _ add: (Anchor.Kind, String, String) -> Void) {
    guard isCJK else { return }
    var run = ""
    var count = 0
    func flush() {
      if count >= 2, run.unicodeScalars.contains(where: { $0 != "一" }),
        let value = NumberNormalizer.value(cjkNumerals: run)
      {
        add(.number, NumberNormalizer.key(value: value), run)
      }
      run = ""
      count = 0
    }
    for scalar in text.unicodeScalars {
      if NumberNormalizer.cjkNumeralValue(scalar) != nil {
        run.unicodeScalars.append(scalar)
        count += 1
      } else {
        flush()
      }
    }
    flush()
  }

  /// The word without an elided article or pronoun before an apostrophe (l'expédition →
  /// expédition, dell'anno → anno); other words unchanged.
  static func withoutElision(_ word: String) -> String {
    guard word.utf8.contains(where: { $0 == 0x27 || $0 == 0x99 }) else { return word }
    guard let apostrophe = word.lastIndex(where: { $0 == "'" || $0 == "’" }) else { return word }
    let head = word[..<apostrophe]
    let tail = word[word.index(after: apostrophe)...]
    guard head.count <= 4, tail.count >= 2 else { return word }
    return String(tail)
  }

  /// An anchor's identity within a sentence.
  private struct SeenKey: Hashable {
    var kind: Anchor.Kind
    var key: String
  }

  /// Unicode White_Space, without a property lookup.
  @inline(__always)
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
      return true
    default:
      return false
    }
  }

  /// Whether the text holds `@`, `://` or `www.` (a fast scan of its bytes).
  static func mayHoldAddress(_ text: String) -> Bool {
    func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      for index in bytes.indices {
        switch bytes[index] {
        case 0x40: return true
        case 0x2F:
          if index >= 2, bytes[index - 1] == 0x2F, bytes[index - 2] == 0x3A { return true }
        case 0x2E:
          if index >= 3 {
            let w = bytes[index - 1]
            if w == 0x77 || w == 0x57, bytes[index - 2] == w, bytes[index - 3] == w { return true }
          }
        default: break
        }
      }
      return false
    }
    return text.utf8.withContiguousStorageIfAvailable(scan) ?? Array(text.utf8).withUnsafeBufferPointer(scan)
  }

  private func addURLs(_ text: String, _ add: (Anchor.Kind, String, String) -> Void) {
    guard Self.mayHoldAddress(text) else { return }
    for chunk in text.split(whereSeparator: { $0.isWhitespace }) {
      var candidate = Substring(chunk)
      while let last = candidate.last, ".,;:!?)]}>\"'»”".contains(last) { candidate = candidate.dropLast() }
      while let first = candidate.first, "([{<\"'«“".contains(first) { candidate = candidate.dropFirst() }
      let lower = candidate.lowercased()
      let isURL = lower.contains("://") || lower.hasPrefix("www.")
      let isMail: Bool = {
        guard let at = lower.firstIndex(of: "@"), at != lower.startIndex else { return false }
        return lower[lower.index(after: at)...].contains(".")
      }()
      guard isURL || isMail else { continue }
      var key = lower
      for scheme in ["https://", "http://"] where key.hasPrefix(scheme) { key.removeFirst(scheme.count) }
      if key.hasPrefix("www.") { key.removeFirst(4) }
      while key.hasSuffix("/") { key.removeLast() }
      add(.url, key, String(candidate))
    }
  }
}
