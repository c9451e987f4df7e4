/// Character tests and cursor moves over a paragraph's UTF-16 code units, for the sentence rules.
///
/// Positions are UTF-16 offsets in the paragraph. Letter case and categories of non-ASCII
/// characters come from the Unicode properties of the scalar at a position (a surrogate pair
/// is read whole at its first unit).
struct TextScanner {
  let text: UnsafeBufferPointer<UInt16>
  /// Straight quotes counted so far, so that counting them before a position costs amortised
  /// O(1) as the rules move forward through the paragraph.
  private let quotes = StraightQuoteCount()

  init(text: UnsafeBufferPointer<UInt16>) {
    self.text = text
  }

  /// How many straight quotes (`"`) stand before `position` in the paragraph.
  /// - Complexity: O(distance from the position asked for last), O(*position*) going back.
  func straightQuotes(before position: Int) -> Int {
    if position < quotes.position {
      quotes.position = 0
      quotes.count = 0
    }
    for k in quotes.position..<position where text[k] == 0x22 { quotes.count += 1 }
    quotes.position = position
    return quotes.count
  }

  /// The scalar starting at `i`, or nil for a lone or trailing surrogate.
  @inline(__always)
  func scalar(at i: Int) -> Unicode.Scalar? {
    let u = text[i]
    if u < 0xD800 || u >= 0xE000 { return Unicode.Scalar(u) }
    guard u < 0xDC00, i + 1 < text.count, (0xDC00..<0xE000).contains(text[i + 1]) else { return nil }
    return Unicode.Scalar((UInt32(u - 0xD800) << 10 | UInt32(text[i + 1] - 0xDC00)) + 0x10000)
  }

  /// The first position at or after `i` that is not white space (or the end).
  func skippingWhitespace(from i: Int) -> Int {
    var i = i
    while i < text.count, text[i].isWhitespaceUnit { i += 1 }
    return i
  }

  /// The position just after the last non-white-space unit before `i` (or 0).
  func skippingWhitespace(back i: Int) -> Int {
    var i = i
    while i > 0, text[i - 1].isWhitespaceUnit { i -= 1 }
    return i
  }

  /// The position before the run of closing brackets and quotes that ends at `i`.
  func skippingClosingPunctuation(back i: Int) -> Int {
    var i = i
    while i > 0, Self.isClosingPunctuation(text[i - 1]) { i -= 1 }
    return i
  }

  /// The position after the run of closing brackets and quotes that starts at `i`.
  func skippingClosingPunctuation(from i: Int) -> Int {
    var i = i
    while i < text.count, Self.isClosingPunctuation(text[i]) { i += 1 }
    return i
  }

  /// The position after the run of opening brackets, quotes and `¿¡` that starts at `i`.
  func skippingOpeningPunctuation(from i: Int) -> Int {
    var i = i
    while i < text.count, Self.isOpeningPunctuation(text[i]) { i += 1 }
    return i
  }

  /// The text of `range`.
  func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF16.self)
  }

  /// Whether the text at `i` starts with `prefix`.
  func hasPrefix(_ prefix: String, at i: Int) -> Bool {
    var j = i
    for unit in prefix.utf16 {
      guard j < text.count, text[j] == unit else { return false }
      j += 1
    }
    return true
  }

  /// Whether the text before `end` ends with `suffix`.
  func hasSuffix(_ suffix: String, endingAt end: Int) -> Bool {
    var j = end
    for unit in suffix.utf16.reversed() {
      guard j > 0, text[j - 1] == unit else { return false }
      j -= 1
    }
    return true
  }

  /// Where the token that ends at `end` starts (after white space or a CJK character), after
  /// any opening brackets or quotes it begins with.
  func tokenStart(endingAt end: Int) -> Int {
    var i = end
    while i > 0 {
      let u = text[i - 1]
      if u < 0x80 {
        if u == 0x20 || (u >= 0x09 && u <= 0x0D) { break }
      } else if u.isWhitespaceUnit || Self.isCJK(u) {
        break
      }
      i -= 1
    }
    while i < end - 1, Self.isOpeningPunctuation(text[i]) { i += 1 }
    return i
  }

  /// The run of letters (and combining marks) starting at `i`; empty when none.
  func word(at i: Int) -> Range<Int> {
    var j = i
    while j < text.count, isLetter(at: j) { j += text[j] >= 0xD800 && text[j] < 0xDC00 ? 2 : 1 }
    return i..<min(j, text.count)
  }

  /// The short token (at most six units, ending in a full stop) that starts at `i`.
  func shortDottedToken(startingAt i: Int) -> Range<Int>? {
    guard i < text.count, !text[i].isWhitespaceUnit else { return nil }
    var j = i
    while j < text.count, !text[j].isWhitespaceUnit, j - i < 7 { j += 1 }
    guard j - i <= 6, j == text.count || text[j].isWhitespaceUnit || Self.isClosingPunctuation(text[j])
    else { return nil }
    while j > i, text[j - 1] != 0x2E { j -= 1 }
    return j > i + 1 && isLetter(at: i) ? i..<j : nil
  }

  /// The short token (at most six units, ending in a full stop) separated by white space
  /// from the token at `start`.
  func shortDottedToken(endingBefore start: Int) -> Range<Int>? {
    let end = skippingWhitespace(back: start)
    guard end < start, end > 0, text[end - 1] == 0x2E else { return nil }
    let begin = tokenStart(endingAt: end)
    return end - begin <= 6 && end - begin >= 2 && isLetter(at: begin) ? begin..<end : nil
  }

  /// A hash of `range` without white space and with letter case folded (ASCII, Latin-1,
  /// Greek, Cyrillic), equal for `Z. B.` and `z.b.`; see `SegmentationRules.fingerprint(_:)`.
  func caseFoldedFingerprint(_ range: Range<Int>) -> UInt64 {
    var hash = SegmentationRules.fingerprintSeed
    for i in range {
      let u = text[i]
      if u < 0x80, u > 0x20 {
        // ASCII, as `SegmentationRules.fingerprint` folds it: capitals to small letters.
        hash = (hash ^ UInt64(u >= 0x41 && u <= 0x5A ? u | 0x20 : u)) &* 0x100_0000_01B3
      } else if !u.isWhitespaceUnit {
        hash = SegmentationRules.fingerprint(hash, u)
      }
    }
    return hash
  }

  /// Whether `range` is all decimal digits.
  func isDigits(_ range: Range<Int>) -> Bool {
    !range.isEmpty
      && range.allSatisfy { i in
        let u = text[i]
        if u < 0x80 { return u >= 0x30 && u <= 0x39 }
        return scalar(at: i).map(Self.isDecimalDigit) ?? false
      }
  }

  /// Whether `range` is one capital letter or dotted capitals (`J`, `J.R.R`, `R.-G`, `U.S`).
  func isInitials(_ range: Range<Int>) -> Bool {
    guard !range.isEmpty, isUppercase(at: range.lowerBound) else { return false }
    var piece = 0
    var pieces = 0
    var i = range.lowerBound
    while i < range.upperBound {
      let u = text[i]
      if u == 0x2E || u == 0x2D {
        if piece > 0 { pieces += 1 }
        if piece > 2 || (piece == 0 && u == 0x2E) { return false }
        piece = 0
        i += 1
      } else if isLetter(at: i) {
        piece += 1
        i += u >= 0xD800 && u < 0xDC00 ? 2 : 1
      } else {
        return false
      }
    }
    guard piece > 0, piece <= 2 else { return false }
    return pieces > 0 || piece == 1
  }

  /// Whether `range` is a word: letters (and apostrophes, hyphens or digits), no full stop.
  func isPlainWord(_ range: Range<Int>) -> Bool {
    var hasLetter = false
    for i in range {
      let u = text[i]
      if u == 0x2E || u == 0x40 || u == 0x2F { return false }
      if !hasLetter, isLetter(at: i) { hasLetter = true }
    }
    return hasLetter
  }

  /// Whether the scalar at `i` is a letter or a combining mark.
  @inline(__always)
  func isLetter(at i: Int) -> Bool {
    let u = text[i]
    if u < 0x80 { return (u | 0x20) >= 0x61 && (u | 0x20) <= 0x7A }
    guard let scalar = scalar(at: i) else { return false }
    switch Self.category(of: scalar) {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .nonspacingMark, .spacingMark:
      return true
    default:
      return false
    }
  }

  /// Whether the unit at `i` starts a letter of a caseless script that separates words with
  /// spaces (Arabic, Hebrew, Devanagari...), where a capital cannot mark a sentence start; not
  /// Han, kana, Hangul, Thai or Lao.
  func isCaselessSpacedLetter(at i: Int) -> Bool {
    guard i < text.count, text[i] >= 0x0370, let scalar = scalar(at: i) else { return false }
    let v = scalar.value
    if (0x0E00...0x0EFF).contains(v) || (0x1100...0x11FF).contains(v) || (0x2E80...0xA4CF).contains(v)
      || (0xAC00...0xD7AF).contains(v) || (0xF900...0xFAFF).contains(v) || v >= 0x20000
    {
      return false
    }
    // Georgian Mkhedruli has been `Ll` since Mtavruli capitals were encoded (Unicode 11), but
    // running text writes no capitals.
    if (0x10D0...0x10FF).contains(v) { return true }
    return Self.category(of: scalar) == .otherLetter
  }

  /// Whether `range` is one or more dotted initials of a caseless script: each a letter of it
  /// with at most two marks (`ز`, `ვ`, `वी`, `தி.மு.க`); in the Brahmic scripts of India, whose
  /// names of Latin letters take two letters (`एन` N, `ஆர்` R), up to four units.
  func isCaselessInitials(_ range: Range<Int>) -> Bool {
    var i = range.lowerBound
    while i < range.upperBound {
      guard isCaselessSpacedLetter(at: i) else { return false }
      let brahmic = (0x0900...0x0DFF).contains(text[i])
      let start = i
      i += text[i] >= 0xD800 && text[i] < 0xDC00 ? 2 : 1
      var marks = 0
      var letters = 1
      while i < range.upperBound, text[i] != 0x2E {
        if isMark(at: i) {
          guard marks < 2 || brahmic else { return false }
          marks += 1
        } else {
          guard brahmic, letters < 2, isCaselessSpacedLetter(at: i) else { return false }
          letters += 1
        }
        i += 1
        guard i - start <= (brahmic ? 4 : 3) else { return false }
      }
      if i < range.upperBound {
        i += 1  // the `.` between two initials
        guard i < range.upperBound else { return false }
      }
    }
    return !range.isEmpty
  }

  /// Whether a closing bracket, or a `.` `,` `;` `:` `!` `?` standing alone, is at `i`:
  /// punctuation that ends what comes before it.
  func startsWithDetachedPunctuation(at i: Int) -> Bool {
    switch text[i] {
    case 0x29, 0x5D, 0x7D: return true
    case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F:
      var j = i + 1
      while j < text.count, text[j] == 0x2E || text[j] == 0x21 || text[j] == 0x3F { j += 1 }
      return j == text.count || text[j].isWhitespaceUnit
    default: return false
    }
  }

  /// `)`, `]`, `}`.
  static func isClosingBracket(_ u: UInt16) -> Bool { u == 0x29 || u == 0x5D || u == 0x7D }

  /// The position of the last `(`, `[` or `{` in `start..<end`, or nil.
  func openingBracket(before end: Int, from start: Int) -> Int? {
    var i = end
    while i > start {
      i -= 1
      let u = text[i]
      if u == 0x28 || u == 0x5B || u == 0x7B { return i }
    }
    return nil
  }

  /// Whether a dash set apart before a lower-case word is at `i` (`— спросил он`).
  func startsAttribution(at i: Int) -> Bool {
    guard Self.isDash(text[i]), i + 1 < text.count, text[i + 1].isWhitespaceUnit else { return false }
    return isLowercase(at: skippingWhitespace(from: i + 1))
  }

  /// Whether the unit at `i` is a combining mark, ZWJ or ZWNJ (vowel signs, virama, nukta).
  func isMark(at i: Int) -> Bool {
    let u = text[i]
    if u == 0x200C || u == 0x200D { return true }
    guard u >= 0x300, let scalar = scalar(at: i) else { return false }
    let category = Self.category(of: scalar)
    return category == .nonspacingMark || category == .spacingMark
  }

  /// Whether the scalar at `i` is an upper- or title-case letter.
  func isUppercase(at i: Int) -> Bool {
    guard i < text.count else { return false }
    let u = text[i]
    if u < 0x80 { return u >= 0x41 && u <= 0x5A }
    guard let scalar = scalar(at: i) else { return false }
    let category = Self.category(of: scalar)
    return category == .uppercaseLetter || category == .titlecaseLetter
  }

  /// Whether the scalar at `i` is a lower-case letter.
  func isLowercase(at i: Int) -> Bool {
    guard i < text.count else { return false }
    let u = text[i]
    if u < 0x80 { return u >= 0x61 && u <= 0x7A }
    return scalar(at: i).map(Self.category) == .lowercaseLetter
  }

  /// Whether the unit at `i` is an ASCII letter or digit.
  func isASCIIAlphanumeric(at i: Int) -> Bool {
    let u = text[i]
    return (u >= 0x30 && u <= 0x39) || ((u | 0x20) >= 0x61 && (u | 0x20) <= 0x7A)
  }

  /// Whether the units of `range` are all ASCII.
  func isASCII(_ range: Range<Int>) -> Bool {
    for i in range where text[i] >= 0x80 { return false }
    return true
  }

  /// Whether the unit at `i` is an ASCII capital letter.
  func isASCIIUppercase(at i: Int) -> Bool {
    text[i] >= 0x41 && text[i] <= 0x5A
  }

  /// Whether `range` holds an ASCII capital letter.
  func containsASCIIUppercase(_ range: Range<Int>) -> Bool {
    for i in range where isASCIIUppercase(at: i) { return true }
    return false
  }

  /// Whether the unit at `i` is an ASCII digit.
  func isDigit(at i: Int) -> Bool {
    i < text.count && text[i] >= 0x30 && text[i] <= 0x39
  }

  /// Whether the unit before `end` is a sentence terminator (`.`, `!`, `?`, `…`, `。`...).
  func isSentenceTerminal(before end: Int) -> Bool {
    let u = text[end - 1]
    if u < 0x80 { return u == 0x2E || u == 0x21 || u == 0x3F }
    return u == 0x2026 || (scalar(at: end - 1).map(Self.isSentenceTerminal) ?? false)
  }

  /// Whether the unit at `i` belongs to an emoji (pictographs, dingbats, their modifiers).
  @inline(__always)
  func isEmoji(at i: Int) -> Bool {
    let u = text[i]
    switch u {
    case 0x2600...0x27BF, 0x2B00...0x2BFF, 0xFE0F, 0x200D, 0x20E3, 0xD83C...0xD83E: return true
    case 0xDC00...0xDFFF: return i > 0 && (0xD83C...0xD83E).contains(text[i - 1])
    default: return false
    }
  }

  /// The position after a run of emoji (and the white space in and after it) at `i`, or `i`
  /// when no emoji is there: emoji after a sentence end belong to that sentence.
  func skippingTrailingEmoji(from i: Int) -> Int {
    let start = skippingWhitespace(from: i)
    guard start < text.count, isEmoji(at: start) else { return i }
    var j = start
    while j < text.count, isEmoji(at: j) || text[j].isWhitespaceUnit { j += 1 }
    return j
  }

  /// The position after a closing quote that stands alone after white space at `i` (and the
  /// white space after it), or `i`: French and others set `»` apart (`… mieux. » Puis`), and
  /// such a quote closes the sentence before it. A quote followed by a letter opens the next, and
  /// so does a straight `"` after an even number of them in the paragraph (tokenised text spaces
  /// both sides of every quote: `… chỉ . " Để nó …`).
  /// - Complexity: amortised O(1) (see `straightQuotes(before:)`).
  func skippingSpacedClosingQuotes(from i: Int) -> Int {
    guard i > 0, i < text.count, text[i - 1].isWhitespaceUnit else { return i }
    var j = i
    while j < text.count, Self.isSpacedClosingQuote(text[j]) {
      // After an even number of straight quotes in the paragraph, and before more text, a
      // straight quote opens.
      if text[j] == 0x22, j + 1 < text.count, straightQuotes(before: j) % 2 == 0 {
        return i
      }
      j += 1
    }
    guard j > i, j == text.count || text[j].isWhitespaceUnit else { return i }
    return skippingWhitespace(from: j)
  }

  /// `»`, `”`, `›`, `"`: quotes that close when they stand alone.
  static func isSpacedClosingQuote(_ u: UInt16) -> Bool {
    u == 0xBB || u == 0x201D || u == 0x203A || u == 0x22
  }

  /// Whether `range` is a Roman numeral (`III`, `XIV`).
  func isRomanNumeral(_ range: Range<Int>) -> Bool {
    range.allSatisfy { i in
      switch text[i] {
      case 0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D: return true
      default: return false
      }
    }
  }

  /// CJK characters and punctuation (ideographs, kana, Hangul, full-width forms): tokens
  /// end there even without white space.
  static func isCJK(_ u: UInt16) -> Bool {
    (0x2E80...0xD7AF).contains(u) || (0xF900...0xFAFF).contains(u) || (0xFF00...0xFFEF).contains(u)
  }

  /// Whether a user handle (letters, digits, `_`, `-`; no `.`, so not an e-mail domain)
  /// starts at `i` and runs to white space or the end.
  func isHandle(startingAt i: Int) -> Bool {
    var j = i
    while j < text.count, !text[j].isWhitespaceUnit {
      let u = text[j]
      guard u == 0x5F || u == 0x2D || isASCIIAlphanumeric(at: j) || (u >= 0x80 && isLetter(at: j)) else {
        return false
      }
      j += 1
    }
    return j > i
  }

  /// The "eyes" or "nose" of an emoticon before its `)` or `(` (`:`, `;`, `=`, `-`).
  static func isEmoticonEye(_ u: UInt16) -> Bool {
    u == 0x3A || u == 0x3B || u == 0x3D || u == 0x2D
  }

  /// Dashes that open a line of dialogue or a list item.
  static func isDash(_ u: UInt16) -> Bool {
    u == 0x2D || u == 0x2013 || u == 0x2014 || u == 0x2015 || u == 0x2012
  }

  /// Full-width sentence terminators of Chinese and Japanese.
  static func isFullwidthTerminator(_ u: UInt16) -> Bool {
    u == 0x3002 || u == 0xFF01 || u == 0xFF1F || u == 0xFF61 || u == 0xFF0E
  }

  /// Opening brackets and quotes that can start a CJK sentence (`「『《〈【〔（“‘`).
  static func isOpeningBracketOrQuote(_ u: UInt16) -> Bool {
    switch u {
    case 0x300C, 0x300E, 0x300A, 0x3008, 0x3010, 0x3014, 0x3016, 0x3018, 0x301A, 0x301D, 0xFF08,
      0xFF3B, 0xFF5B, 0xFF62, 0x201C, 0x2018:
      return true
    default:
      return false
    }
  }

  /// Closing brackets and any quote (after a terminator a quote closes).
  static func isClosingPunctuation(_ u: UInt16) -> Bool {
    if u < 0x80 { return u == 0x29 || u == 0x5D || u == 0x7D || u == 0x22 || u == 0x27 }
    if u < 0xA0 { return false }
    guard let scalar = Unicode.Scalar(u) else { return false }
    switch category(of: scalar) {
    case .closePunctuation, .finalPunctuation, .initialPunctuation: return true
    default: return false
    }
  }

  /// Opening brackets, any quote and `¿¡`.
  static func isOpeningPunctuation(_ u: UInt16) -> Bool {
    if u < 0x80 { return u == 0x28 || u == 0x5B || u == 0x7B || u == 0x22 || u == 0x27 }
    if u == 0xBF || u == 0xA1 { return true }
    if u < 0xA0 { return false }
    guard let scalar = Unicode.Scalar(u) else { return false }
    switch category(of: scalar) {
    case .openPunctuation, .finalPunctuation, .initialPunctuation: return true
    default: return false
    }
  }

  /// The general categories the rules tell apart.
  enum Category {
    case uppercaseLetter, lowercaseLetter, titlecaseLetter, modifierLetter, otherLetter
    case nonspacingMark, spacingMark
    case openPunctuation, closePunctuation, initialPunctuation, finalPunctuation
    case other
  }

  /// The general category of `scalar`. `Unicode.Scalar.Properties` and `Unicode.GeneralCategory`
  /// are resilient types: a function that reads them sets up their metadata when it is entered,
  /// some 90 instructions, even when it returns on an ASCII unit first; read out of line here,
  /// the rules' tests cost that only for the scalars that need it.
  @inline(never)
  static func category(of scalar: Unicode.Scalar) -> Category {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter: return .uppercaseLetter
    case .lowercaseLetter: return .lowercaseLetter
    case .titlecaseLetter: return .titlecaseLetter
    case .modifierLetter: return .modifierLetter
    case .otherLetter: return .otherLetter
    case .nonspacingMark: return .nonspacingMark
    case .spacingMark: return .spacingMark
    case .openPunctuation: return .openPunctuation
    case .closePunctuation: return .closePunctuation
    case .initialPunctuation: return .initialPunctuation
    case .finalPunctuation: return .finalPunctuation
    default: return .other
    }
  }

  /// Whether `scalar` is a decimal digit (Numeric_Type=Decimal), read out of line as `category(of:)`.
  @inline(never)
  static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.numericType == .decimal
  }

  /// Whether `scalar` is Sentence_Terminal, read out of line as `category(of:)`.
  @inline(never)
  static func isSentenceTerminal(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isSentenceTerminal
  }

  /// Letters (not digits) of Thai and Lao, the scripts that end sentences with a space.
  static func isSpaceSeparatedScriptLetter(_ u: UInt16) -> Bool {
    (0x0E01...0x0E4F).contains(u) || (0x0E81...0x0ECF).contains(u) || (0x0EDC...0x0EDF).contains(u)
  }
}

/// A running count of straight quotes, shared by the copies of one `TextScanner`.
final class StraightQuoteCount {
  var position = 0
  var count = 0
}
