/// Recognises page furniture in an edition of an article from its form and its position.
///
/// Text copies of web pages bring the page's furniture along: a language menu, credits and
/// bylines, share, print and comment prompts, datelines, copyright notices. Pages put it around
/// the article, so the filter reads a run of furniture lines from the top and one from the
/// bottom, each stopping at the first line that reads as content. The top run may pass over one
/// headline (pages set the byline and date under it); the headline itself is content. In the
/// middle of the text only what nothing but furniture can be is taken: a language menu, or a
/// complete copyright notice (mark, year and "all rights reserved").
///
/// A line is furniture only if it is made of furniture's words in furniture's shape: a label
/// and a name, a date and nothing else, prompts and services. Being short, unpunctuated or the
/// same in several editions is no evidence: headlines, names and date headings are all three.
public struct BoilerplateFilter: Sendable {
  public init() {}

  /// The kind of furniture each line of one edition is, or nil for content.
  /// - Parameter lines: the edition's lines (its paragraphs), in order.
  /// - Returns: one entry per line.
  /// - Complexity: O(n) for n characters of text (lines longer than a furniture line are
  ///   passed over without being read).
  public func classify(_ lines: [String]) -> [BoilerplateKind?] {
    // A line's full form is needed only in the runs at the top and the bottom; in between, only
    // the forms that are furniture anywhere (a language menu, a full copyright notice) count.
    var forms = [Form??](repeating: nil, count: lines.count)
    func form(_ i: Int) -> Form? {
      if let known = forms[i] { return known }
      let found = Self.form(lines[i])
      forms[i] = .some(found)
      return found
    }
    var kinds = lines.map { Self.anywhereForm($0)?.kind }
    var top = 0
    var passedHeadline = false
    while top < lines.count {
      if let found = form(top) {
        kinds[top] = found.kind
      } else if !passedHeadline, top + 1 < lines.count, form(top + 1) != nil,
        Self.readsAsHeadline(lines[top])
      {
        passedHeadline = true
      } else {
        break
      }
      top += 1
    }
    var bottom = lines.count - 1
    while bottom >= top, let found = form(bottom) {
      kinds[bottom] = found.kind
      bottom -= 1
    }
    return kinds
  }

  // MARK: Forms

  /// A line's furniture form: its kind, and whether the form is furniture wherever it stands.
  typealias Form = (kind: BoilerplateKind, anywhere: Bool)

  /// The form of a line when it is furniture wherever it stands (a language menu, a full
  /// copyright notice), else nil: the same as `form` for those, without the field checks.
  static func anywhereForm(_ line: String) -> Form? {
    let text = strippingDecoration(line)
    guard !text.isEmpty, text.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
    // Most lines end like a sentence (no language menu does) and hold no copyright sign: they
    // are no furniture, whatever their length.
    if endsSentence(text), !maySignCopyright(text) { return nil }
    let length = weightedLength(text)
    guard length <= 400 else { return nil }
    if let anywhere = languageMenu(text) { return anywhere ? (.languageMenu, true) : nil }
    // A full notice is signed (©, ⓒ, (c)) or starts with a mark: most lines are neither.
    guard Self.maySignCopyright(text) else { return nil }
    if let complete = copyrightNotice(text, length: length) { return complete ? (.copyright, true) : nil }
    return nil
  }

  /// False only when `text` holds no copyright sign (`©`, `ⓒ`, `(c)`) and does not start with a
  /// copyright mark: then `copyrightNotice` cannot call it a full notice.
  static func maySignCopyright(_ text: String) -> Bool {
    // One pass over the bytes for `©` (C2 A9), `ⓒ` (E2 93 92), `(c)` and `(C)`.
    func signed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      var i = 1
      while i < bytes.count {
        let byte = bytes[i]
        if byte == 0xA9 {
          if bytes[i - 1] == 0xC2 { return true }
        } else if byte == 0x92 || byte == 0x29, i >= 2 {
          let one = bytes[i - 1]
          let two = bytes[i - 2]
          if byte == 0x92 ? one == 0x93 && two == 0xE2 : one | 0x20 == 0x63 && two == 0x28 { return true }
        }
        i += 1
      }
      return false
    }
    let found =
      text.utf8.withContiguousStorageIfAvailable(signed)
      ?? Array(text.utf8).withUnsafeBufferPointer(signed)
    if found { return true }
    // Every mark starts with `©`, `ⓒ`, `(`, `c` or a Han character: a text that starts with
    // another ASCII character starts with none, in any case.
    if let first = text.utf8.first, first < 0x80, first != 0x28, first | 0x20 != 0x63 { return false }
    let head = text.prefix(12).lowercased()
    return BoilerplateVocabulary.copyrightMarks.contains { head.hasPrefix($0) }
  }

  /// The furniture form of a line, or nil when it reads as content.
  static func form(_ line: String) -> Form? {
    let text = strippingDecoration(line)
    guard !text.isEmpty, text.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
    let length = weightedLength(text)
    guard length <= 400 else { return nil }
    if let anywhere = languageMenu(text) { return (.languageMenu, anywhere) }
    if let complete = copyrightNotice(text, length: length) { return (.copyright, complete) }
    guard length <= 120 else { return nil }
    if let kind = fieldKind(text) { return (kind, false) }
    // A line of several fields ("2024-05-01 12:30 | Source: Xinhua") is furniture when each
    // field is.
    let fields = fields(of: text)
    guard fields.count > 1, let first = fieldKind(fields[0]),
      fields.dropFirst().allSatisfy({ fieldKind($0) != nil })
    else { return nil }
    return (first, false)
  }

  /// The kind of one field of a line: a dateline, a credit or interface text.
  static func fieldKind(_ field: String) -> BoilerplateKind? {
    if isDateline(field) { return .dateline }
    if isCredit(field) { return .byline }
    if isInterfaceText(field) || isTeaser(field) || isTagList(field) { return .interfaceText }
    return nil
  }

  /// A field split at its first colon: the label before it and the value after it, both
  /// trimmed, or nil when it has no colon with text on both sides.
  static func labelled(_ field: String) -> (label: String, value: String)? {
    guard let colon = field.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
    let label = field[..<colon].trimmingWhitespace()
    let value = field[field.index(after: colon)...].trimmingWhitespace()
    guard !label.isEmpty, value.contains(where: \.isLetter) else { return nil }
    return (label, value)
  }

  /// Whether a field points to another article: a prompt, a colon and a headline ("Read more:
  /// Talks stall in Bonn", "相关阅读：…", "Lesen Sie auch: …"). A headline does not end like a
  /// sentence.
  static func isTeaser(_ field: String) -> Bool {
    guard weightedLength(field) <= 120, let (label, value) = labelled(field),
      !endsSentence(value), isInterfaceText(label)
    else { return false }
    return true
  }

  /// Whether a field lists an article's tags: a tag label, a colon and short items separated
  /// by commas (or spaces) ("Tags: climate, energy", "标签：气候 能源", "Теги: климат").
  static func isTagList(_ field: String) -> Bool {
    guard weightedLength(field) <= 150, let (label, value) = labelled(field),
      BoilerplateVocabulary.tagLabels.contains(label.lowercased()), !endsSentence(value)
    else { return false }
    var items = value.split { ",，、،;；|/·".contains($0) }.map { $0.trimmingWhitespace() }
    if items.count == 1 {
      // One capitalised phrase of three words or more is a title ("Topics: The Great Debate").
      let words = value.split(whereSeparator: \.isWhitespace)
      if words.count >= 3, value.first?.isUppercase == true { return false }
      items = words.map(String.init)
    }
    return (1...15).contains(items.count)
      && items.allSatisfy { item in
        weightedLength(item) <= 30 && item.split(whereSeparator: \.isWhitespace).count <= 4
      }
  }

  /// Characters that separate the fields of a line of page metadata.
  static let fieldSeparators: Set<Character> = ["|", "｜", "•", "\t", "\u{3000}", ";", "；", "丨"]

  /// The fields of a line: split at separators, at runs of spaces, and before a credit label
  /// with its colon ("… 12:30 来源：新华网").
  static func fields(of text: String) -> [String] {
    var fields: [String] = []
    var current = ""
    func flush() {
      let field = strippingDecoration(current)
      if !field.isEmpty { fields.append(field) }
      current = ""
    }
    let characters = Array(text)
    let lower = lowercased(characters)
    for (i, character) in characters.enumerated() {
      if fieldSeparators.contains(character) || character == " " && i > 0 && characters[i - 1] == " " {
        flush()
        continue
      }
      if i > 0, characters[i - 1].isWhitespace, startsCreditLabel(lower[i...]) { flush() }
      current.append(character)
    }
    flush()
    return fields
  }

  /// Whether a credit label and its colon begin `text` (in lower case).
  static func startsCreditLabel(_ text: ArraySlice<Character>) -> Bool {
    prefixLengths(of: text, in: creditLabelIndex).contains { length in
      let rest = text.dropFirst(length).drop { $0 == " " }
      return rest.first.map(colons.contains) ?? false
    }
  }

  // MARK: Language menus

  /// Whether a line lists languages: nil when not; true when at least three names, two of them
  /// a language's own, cover four fifths of its letters ("中文 | English | Español",
  /// "EnglishFrançaisDeutsch"), which nothing but a menu is; false for two languages' own
  /// names and nothing else ("中文 | English"), a menu only at the edges.
  static func languageMenu(_ text: String) -> Bool? {
    guard !endsSentence(text) else { return nil }
    let folded = FoldedText(text)
    let matches = BoilerplateVocabulary.menuMatcher.matches(in: folded)
    var names = Set<String>()
    var endonyms = Set<String>()
    for match in matches where match.tag != .label {
      let name = String(folded.characters[match.range])
      names.insert(name)
      if match.tag == .endonym { endonyms.insert(name) }
    }
    let covered = matches.reduce(0) { $0 + $1.letters }
    if names.count >= 3 && endonyms.count >= 2 && 5 * covered >= 4 * folded.letterCount { return true }
    if endonyms.count == 2 && names.count == 2 && covered == folded.letterCount { return false }
    return nil
  }

  // MARK: Copyright

  /// Whether a line is a copyright notice: nil when not; true when it is complete (a mark or
  /// "Copyright", a year and a reservation), which nothing but a notice is; false otherwise.
  static func copyrightNotice(_ text: String, length: Double? = nil) -> Bool? {
    guard length ?? weightedLength(text) <= 200 else { return nil }
    let lower = text.lowercased()
    let compact = Array(lower.filter { !$0.isWhitespace }.utf8)
    let reserved = BoilerplateVocabulary.reservationBytes.contains { Self.contains(compact, $0) }
    let lowerBytes = Array(lower.utf8)
    let signed = BoilerplateVocabulary.signatureBytes.contains { Self.contains(lowerBytes, $0) }
    let marked = BoilerplateVocabulary.copyrightMarks.contains { lower.hasPrefix($0) }
    let dated = numbers(in: text).contains(where: isYear)
    let isNotice =
      reserved || lower.hasPrefix("©") || lower.hasPrefix("ⓒ") || marked && (signed || dated)
    guard isNotice else { return nil }
    return (signed || marked) && dated && reserved
  }

  /// Whether `needle` occurs in `haystack` (UTF-8 bytes: a plain search, not Foundation's
  /// locale-aware one, which made this the slowest step of reading a long text; the standard
  /// library's `firstRange(of:)` is several times slower here than this loop).
  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
    var i = 0
    let last = haystack.count - needle.count
    while i <= last {
      if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
      i += 1
    }
    return false
  }

  // MARK: Credits

  /// What stands between a credit label and the name.
  static let colons: Set<Character> = [":", "：", "︰", "︱", "|", "丨", "="]
  /// Also between a CJK label and the name ("文/李四").
  static let slashes: Set<Character> = ["/", "／"]
  /// Also between a label and the name, with a space before ("Автор — Иван Петров").
  static let dashes: Set<Character> = ["-", "–", "—"]

  /// Whether a field credits people or a source: a label and a colon before a short name
  /// ("Editor: Jane Doe", "责编：刘洋", "Rédaction : AFP"; in CJK also a space or slash,
  /// "记者 张三", "文/李四"), "By" (or "By:") before capitalised names, or a Korean name
  /// before 기자.
  static func isCredit(_ field: String) -> Bool {
    let characters = Array(field)
    let lower = lowercased(characters)
    for length in prefixLengths(of: lower[...], in: creditLabelIndex) {
      var rest = characters[length...]
      guard let next = rest.first, !next.isLetter, !next.isNumber else { continue }
      let spaced = next.isWhitespace
      rest = rest.drop(while: \.isWhitespace)
      let unspacedLabel = characters[0].unicodeScalars.contains {
        UnicodeProperties.eastAsianWidth($0) == .wide
      }
      if let separator = rest.first,
        colons.contains(separator) || spaced && dashes.contains(separator)
          || unspacedLabel && slashes.contains(separator)
      {
        rest = rest.dropFirst()
      } else if !(unspacedLabel && spaced) {
        continue
      }
      if isCreditValue(String(rest)) { return true }
    }
    for length in prefixLengths(of: lower[...], in: bylineWordIndex) {
      var rest = characters[length...]
      if let colon = rest.first, colons.contains(colon) { rest = rest.dropFirst() }
      guard rest.first?.isWhitespace == true else { continue }
      if isNameList(String(rest)) { return true }
    }
    return isKoreanReporterCredit(field)
  }

  /// Whether the value of a labelled credit is a short name or list of names: words that are
  /// capitalised or in a script without case ("Jane Doe", "AFP", "刘洋", "أحمد علي"), with
  /// connectors between them.
  static func isCreditValue(_ value: String) -> Bool {
    let value = value.trimmingWhitespace()
    guard value.contains(where: \.isLetter), weightedLength(value) <= 48, !endsSentence(value),
      !value.contains(where: { colons.contains($0) })
    else { return false }
    let words = value.split { $0.isWhitespace || ",，、/&()（）".contains($0) }
    guard words.count <= 6 else { return false }
    var names = 0
    for word in words where !nameConnectors.contains(word.lowercased()) {
      guard let first = word.first(where: { $0.isLetter || $0.isNumber }),
        first.isUppercase || !first.isCased || word.hasPrefix("@")
          || BoilerplateVocabulary.lowercaseAgencies.contains(String(word))
      else { return false }
      names += 1
    }
    return names > 0
  }

  /// Words that join or belong inside names ("Jane Doe and John Roe", "Ludwig van Beethoven").
  static let nameConnectors: Set<String> = [
    "and", "und", "et", "y", "e", "&", "i", "og", "och", "en", "и", "و", "de", "da", "di", "del",
    "della", "van", "von", "der", "den", "la", "le", "du", "dos", "das", "bin", "ibn", "al", "el",
    "ter", "ten",
  ]

  /// Whether text is a list of personal names or agencies: capitalised words (or words of an
  /// uncased script) with connectors, at least two name words or one all in capitals (AFP).
  static func isNameList(_ text: String) -> Bool {
    let text = text.trimmingWhitespace()
    guard !text.isEmpty, !endsSentence(text) else { return false }
    let words = text.split { $0.isWhitespace || $0 == "," }
    guard words.count <= 8 else { return false }
    var names = 0
    var capitals = false
    for (i, word) in words.enumerated() {
      if i > 0, nameConnectors.contains(word.lowercased()) { continue }
      guard let first = word.first, first.isLetter,
        word.allSatisfy({ $0.isLetter || "-'’.".contains($0) })
      else { return false }
      if first.isLowercase { return false }
      if first.isUppercase, word.count >= 2, word.allSatisfy({ !$0.isLowercase }) { capitals = true }
      names += 1
    }
    return names >= 2 || names == 1 && capitals
  }

  /// Whether a field is a Korean reporter credit: a name before 기자 or 특파원, perhaps
  /// written together with it, then perhaps an e-mail address ("홍길동 기자 hong@example.com").
  static func isKoreanReporterCredit(_ field: String) -> Bool {
    let words = field.split { $0.isWhitespace || "=".contains($0) }.filter { !$0.contains("@") }
    guard (1...4).contains(words.count),
      words.allSatisfy({ word in word.unicodeScalars.allSatisfy { (0xAC00...0xD7A3).contains($0.value) } })
    else { return false }
    return words.contains { word in
      word.count <= 7
        && BoilerplateVocabulary.reporterSuffixes.contains {
          word.hasSuffix($0) && (word.count > $0.count || words.count > 1)
        }
    }
  }

  // MARK: Datelines

  /// The punctuation a dateline may hold.
  static let datePunctuation: Set<Character> = [
    "-", "/", ".", ":", ",", "(", ")", "|", "·", "•", "+", "–", "—", "：", "，", "（", "）", "、", "／",
    "～", "~", "'", "’", "[", "]", "【", "】",
  ]

  /// Whether a field is a date or time and nothing else, perhaps labelled ("2024-05-01 12:30",
  /// "Updated: 5 May 2024", "2024年5月6日 10:30", "Lundi 6 mai 2024 à 10h30", "3 hours ago").
  static func isDateline(_ field: String) -> Bool {
    guard weightedLength(field) <= 80,
      field.allSatisfy({ $0.isLetter || $0.isNumber || $0.isWhitespace || datePunctuation.contains($0) })
    else { return false }
    // The numbers first: a field without any (most titles) needs no date names (whose
    // matcher takes some 0.1 s to build).
    let numbers = numbers(in: field)
    guard (1...12).contains(numbers.count) else { return false }
    let folded = FoldedText(field)
    let matches = BoilerplateVocabulary.dateMatcher.matches(in: folded)
    let letters = folded.characters.count { $0 != " " && !isDigit($0) }
    guard matches.reduce(0, { $0 + $1.letters }) == letters else { return false }
    let roles = matches.map(\.tag)
    let years = numbers.filter(isYear).count
    let days = numbers.filter { $0 <= 31 }.count
    return roles.contains(.month) && (days + years >= 1)
      || years >= 1 && days >= 2
      || roles.contains(.marker) && numbers.count >= 2
      || roles.contains(.label) && hasClockTime(field)
      || roles.contains(.ago) && roles.contains(.connector) && numbers.count == 1
  }

  /// Whether a number can be the year of a recent date (Gregorian, or the Thai Buddhist era).
  static func isYear(_ number: Int) -> Bool {
    (1900...2099).contains(number) || (2443...2642).contains(number)
  }

  /// Whether a character is a decimal digit of any script.
  static func isDigit(_ character: Character) -> Bool {
    character.unicodeScalars.first?.properties.numericType == .decimal
  }

  /// The numbers written with decimal digits (of any script) in text.
  static func numbers(in text: String) -> [Int] {
    var numbers: [Int] = []
    var current: Int?
    for character in text {
      if isDigit(character), let digit = character.wholeNumberValue {
        current = min((current ?? 0) * 10 + digit, 1_000_000)
      } else if let number = current {
        numbers.append(number)
        current = nil
      }
    }
    if let current { numbers.append(current) }
    return numbers
  }

  /// Whether text holds a clock time ("12:30").
  static func hasClockTime(_ text: String) -> Bool {
    let characters = Array(text)
    return characters.indices.dropFirst().dropLast().contains { i in
      characters[i] == ":" && isDigit(characters[i - 1]) && isDigit(characters[i + 1])
    }
  }

  // MARK: Interface text

  /// Whether a field is made of controls: at least one prompt ("Share", "打印本页", "Suivez-nous")
  /// or two services (a row of share buttons), with interface words and function words around
  /// them covering nine tenths of its letters, and no more than half of them function words.
  static func isInterfaceText(_ field: String) -> Bool {
    guard weightedLength(field) <= 80, !endsSentence(field) || field.hasSuffix("...") || field.hasSuffix("…")
    else { return false }
    let folded = FoldedText(field)
    let letters = folded.letterCount
    guard letters > 0, folded.words.count <= 12 else { return false }
    let matches = BoilerplateVocabulary.interfaceMatcher.matches(in: folded)
    let digits = folded.characters.count(where: isDigit)
    let covered = matches.reduce(digits) { $0 + $1.letters }
    let interface = matches.filter { $0.tag != .filler }.reduce(0) { $0 + $1.letters }
    let prompts = matches.count { $0.tag == .prompt }
    let services = matches.count { $0.tag == .service }
    return (prompts >= 1 || services >= 2) && 10 * covered >= 9 * letters && 2 * interface >= letters
  }

  // MARK: Helpers

  /// Credit labels and byline words by their first character.
  static let creditLabelIndex = index(BoilerplateVocabulary.creditLabels)
  static let bylineWordIndex = index(BoilerplateVocabulary.bylineWords)

  /// Words (lower case) by their first character.
  static func index(_ words: [String]) -> [Character: [[Character]]] {
    Dictionary(grouping: words.map { Array($0) }, by: { $0[0] })
  }

  /// The lengths of the words of `index` that `text` (lower case) begins with, longest first.
  /// - Complexity: O(k · m) for k words sharing the first character, of at most m characters.
  static func prefixLengths(of text: ArraySlice<Character>, in index: [Character: [[Character]]]) -> [Int] {
    guard let first = text.first, let words = index[first] else { return [] }
    return words.filter { $0.count < text.count && text.prefix($0.count).elementsEqual($0) }
      .map(\.count).sorted(by: >)
  }

  /// Characters in lower case, one for one.
  static func lowercased(_ characters: [Character]) -> [Character] {
    characters.map { character in
      let lower = character.lowercased()
      return lower.count == 1 ? Character(lower) : character
    }
  }

  /// Whether a line can be a headline: a short line that does not end with a full stop.
  static func readsAsHeadline(_ line: String) -> Bool {
    let text = line.trimmingWhitespace()
    guard text.contains(where: \.isLetter), weightedLength(text) <= 150,
      let last = text.last(where: { !closingQuotes.contains($0) })
    else { return false }
    return ![".", "。", "．", ";", ",", "，", "、"].contains(last)
  }

  /// Brackets that enclose a whole line of furniture ("【纠错】", "(Reporting by …)").
  static let brackets: [Character: Character] = [
    "[": "]", "【": "】", "(": ")", "（": "）", "〔": "〕", "«": "»", "<": ">", "〈": "〉", "「": "」",
  ]
  /// Bullets, bars and arrows around furniture ("» Read more", "| Share |").
  static let decoration: Set<Character> = [
    "•", "·", "|", "»", "›", ">", "*", "-", "–", "—", "~", "▶", "►", "→",
  ]

  /// The ASCII members of `decoration`, as bytes.
  static let asciiDecoration: [UInt8] = decoration.compactMap { $0.asciiValue }

  /// The line without surrounding white space, bullets, arrows and enclosing brackets.
  static func strippingDecoration(_ line: String) -> String {
    // A line that starts with an ASCII letter or digit and ends with an ASCII character that is
    // neither white space nor decoration (most lines) has nothing to strip.
    if let first = line.utf8.first, let last = line.utf8.last, first < 0x80,
      (first | 0x20 >= 0x61 && first | 0x20 <= 0x7A) || (first >= 0x30 && first <= 0x39), last > 0x20, last < 0x80,
      !asciiDecoration.contains(last)
    {
      return line
    }
    var text = Substring(line.trimmingWhitespace())
    while true {
      // Every step only drops characters: the text is unchanged when its bounds are.
      let before = (text.startIndex, text.endIndex)
      text = text.drop { decoration.contains($0) || $0.isWhitespace }
      while let last = text.last, decoration.contains(last) || last.isWhitespace { text = text.dropLast() }
      if let first = text.first, let closing = brackets[first], !text.dropFirst().isEmpty, text.last == closing,
        !text.dropFirst().dropLast().contains(closing)
      {
        text = text.dropFirst().dropLast()
      }
      if text.startIndex == before.0, text.endIndex == before.1 { return String(text) }
    }
  }

  /// Length with wide (CJK) characters counted 2.5.
  static func weightedLength(_ text: some StringProtocol) -> Double {
    // ASCII without a CR (no CRLF cluster): one character per byte, none of them wide.
    let asciiLength = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? bytes.count : nil
    }
    if let length = asciiLength ?? nil { return Double(length) }
    return text.reduce(0) { total, character in
      guard let scalar = character.unicodeScalars.first else { return total }
      switch UnicodeProperties.eastAsianWidth(scalar) {
      case .wide, .fullwidth: return total + 2.5
      default: return total + 1
      }
    }
  }

  /// Closing quotes and brackets, passed over when looking at how a line ends.
  static let closingQuotes: Set<Character> = ["\"", "'", "”", "’", "»", ")", "）", "」", "』", "]", "›"]

  /// Whether the text ends like a sentence (a full stop, question or exclamation mark of any
  /// script, possibly followed by closing quotes or brackets).
  static func endsSentence(_ text: some StringProtocol) -> Bool {
    // The last two bytes ASCII: the last character is the last byte (no cluster joins two ASCII
    // characters but CR LF, white space).
    let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      guard let last = bytes.last, last < 0x80, bytes.count == 1 || bytes[bytes.count - 2] < 0x80 else { return nil }
      switch last {
      case 0x2E, 0x21, 0x3F: return true
      case 0x09...0x0D, 0x20, 0x22, 0x27, 0x29, 0x5D: return nil
      default: return false
      }
    }
    if let known = ascii ?? nil { return known }
    guard let last = text.reversed().first(where: { !closingQuotes.contains($0) && !$0.isWhitespace }) else {
      return false
    }
    return [".", "!", "?", "。", "！", "？", "…", "؟", "।", "။", "።", "．", "؛"].contains(last)
  }
}
