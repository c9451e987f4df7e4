import Foundation

/// Every failure HexaplaKit reports, with the context a user needs to act on it.
///
/// The description is one line that names the file and, where known, the position,
/// in the style of compiler diagnostics: `file:line:column: message`.
public enum HexaplaError: Error, Equatable, Sendable {
  /// A file could not be read.
  case fileNotReadable(path: String, reason: String)
  /// An output could not be created, written or moved into place.
  case outputNotWritable(path: String, reason: String)
  /// Input bytes are not valid text in the encoding they claim (or UTF-8 when they claim none).
  case invalidEncoding(path: String, byteOffset: Int, detail: String)
  /// A language tag that is malformed or names no language ICU knows.
  case invalidLanguageTag(tag: String, reason: String)
  /// The language of an input could not be determined.
  case missingLanguage(path: String)
  /// An input that must hold text is empty or holds only whitespace.
  case emptyInput(path: String)
  /// An ICU call failed.
  case icuFailure(operation: String, code: Int32)
  /// A malformed line in a line-oriented input (gold alignments, dictionaries, abbreviation lists).
  case malformedLine(path: String, line: Int, message: String)
  /// Malformed XML or TMX, with its position.
  case malformedTMX(path: String, line: Int, column: Int, message: String)
  /// Inputs that cannot be used together (such as two editions in the same language).
  case inconsistentInput(message: String)
  /// A dictionary file whose format Hexapla does not recognise.
  case unknownDictionaryFormat(path: String, detail: String)
  /// A dictionary for another language pair than the texts'.
  case dictionaryLanguageMismatch(path: String, dictionaryLanguages: String, textLanguages: String)
  /// A dictionary whose languages cannot be told from its content or its name.
  case unknownDictionaryLanguages(path: String)
  /// An installed dictionary (used without being named) that cannot be read; `reason` is
  /// what reading it reported.
  case unusableInstalledDictionary(path: String, reason: String)
  /// An HTML page in which no article text was found.
  case noArticleText(path: String)
  /// A page declares a character set that cannot be decoded.
  case unsupportedCharset(path: String, charset: String)
  /// No language was given and the script of the text does not tell it.
  case ambiguousLanguage(path: String, script: String, option: String = "--langs")
  /// The text is written in a script its language does not use (probably the wrong edition).
  case languageMismatch(path: String, language: String, found: String, expected: String)
  /// Many letters of the text are ones its language does not use, or uses only in loanwords
  /// and names (probably another language of the same script); `letters` and
  /// `loanwordLetters` list the commonest of each, `percent` is their share of all letters.
  case foreignLetters(path: String, language: String, letters: String, loanwordLetters: String, percent: Double)
}

extension HexaplaError {
  /// The longest quotation of input in a message, in characters.
  public static let quotationLimit = 80

  /// At most `quotationLimit` characters of `text` for a message, `…` marking a cut: an error
  /// about a 200 MB line must not repeat it.
  public static func quoting(_ text: some StringProtocol) -> String {
    var end = text.startIndex
    var count = 0
    while end < text.endIndex, count < quotationLimit {
      text.formIndex(after: &end)
      count += 1
    }
    return end == text.endIndex ? String(text) : String(text[..<end].dropLast()) + "…"
  }
}

extension HexaplaError: CustomStringConvertible, LocalizedError {
  public var description: String {
    switch self {
    case .fileNotReadable(let path, let reason):
      return "\(path): cannot read: \(reason)"
    case .outputNotWritable(let path, let reason):
      return "\(path): cannot write: \(reason)"
    case .invalidEncoding(let path, let byteOffset, let detail):
      return "\(path): byte \(byteOffset): \(detail)"
    case .invalidLanguageTag(let tag, let reason):
      return "invalid language tag '\(Self.quoting(tag))': \(reason)"
    case .missingLanguage(let path):
      return
        "\(path): cannot tell the language; pass --lang TAG or name the file like article.de.txt"
    case .emptyInput(let path):
      return "\(path): no text (the input is empty or only whitespace)"
    case .icuFailure(let operation, let code):
      return "ICU failed in \(operation) (error code \(code))"
    case .malformedLine(let path, let line, let message):
      return "\(path):\(line): \(message)"
    case .malformedTMX(let path, let line, let column, let message):
      return "\(path):\(line):\(column): \(message)"
    case .inconsistentInput(let message):
      return message
    case .unknownDictionaryFormat(let path, let detail):
      return
        "\(path): unknown dictionary format (\(detail)); Hexapla reads CC-CEDICT, dictd (.index + .dict.dz or .dict), hunalign .dic (target @ source), two-column TSV and .hxdict"
    case .dictionaryLanguageMismatch(let path, let dictionaryLanguages, let textLanguages):
      return "\(path): the dictionary is for \(dictionaryLanguages); the texts are \(textLanguages)"
    case .unknownDictionaryLanguages(let path):
      return
        "\(path): cannot tell the languages of this dictionary; name it like terms.de-fr.tsv or pass --dictionary-langs SRC,TGT"
    case .unusableInstalledDictionary(let path, let reason):
      return
        "\(path): installed dictionary cannot be used (\(reason)); reinstall it with Tools/install-dictionaries.sh, remove it, or pass --no-dictionaries"
    case .noArticleText(let path):
      return "\(path): no article text found in the page (is it an article, or only a menu or index page?)"
    case .unsupportedCharset(let path, let charset):
      return "\(path): the page declares charset '\(Self.quoting(charset))', which cannot be decoded; save it as UTF-8"
    case .ambiguousLanguage(let path, let script, let option):
      return
        "\(path): cannot tell the language from \(script) script alone; name the file like ID.LANG.txt or ID.LANG.html (article.fr.html) or pass \(option)"
    case .languageMismatch(let path, let language, let found, let expected):
      return
        "\(path): the text is mostly in \(found) script, but '\(language)' is written in \(expected); is it the right edition?"
    case .foreignLetters(let path, let language, let letters, let loanwordLetters, let percent):
      let which =
        loanwordLetters.isEmpty
        ? "(\(letters)) are not used in '\(language)'"
        : letters.isEmpty
          ? "(\(loanwordLetters)) are used in '\(language)' only in loanwords and names"
          : "are not used in '\(language)' (\(letters)) or only in loanwords and names (\(loanwordLetters))"
      return "\(path): \(percent)% of its letters \(which); is it the right edition?"
    }
  }

  public var errorDescription: String? { description }
}
