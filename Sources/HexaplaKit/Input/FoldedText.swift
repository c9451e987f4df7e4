/// A line in the form phrases are compared in: lower case, without combining marks, Arabic
/// alef variants merged, and a single " " wherever a word obviously ends: at punctuation and
/// spaces, between letters and digits, between scripts, and before a capital that follows a
/// small letter (text copies of menus lose their separators: "EnglishEspañol").
struct FoldedText: Sendable {
  let characters: [Character]
  /// Whether each character belongs to a script written without spaces between words.
  let unspaced: [Bool]

  /// The number of letters and digits.
  var letterCount: Int { characters.count { $0 != " " } }

  /// - Parameter unicodeOnly: whether ASCII characters take the general path too (for tests:
  ///   both paths give the same text).
  init(_ string: String, unicodeOnly: Bool = false) {
    var characters: [Character] = []
    var unspaced: [Bool] = []
    var previous: (script: String, isLower: Bool, isDigit: Bool)?
    for character in string {
      // ASCII (most of most lines) without the Unicode property lookups, to the same result:
      // letters are Latin, digits take the script before them.
      let ascii = unicodeOnly ? nil : character.asciiValue
      let asciiLetter = ascii.map { (0x61...0x7A).contains($0 | 0x20) } ?? false
      let asciiDigit = ascii.map { (0x30...0x39).contains($0) } ?? false
      let isWordCharacter = ascii == nil ? character.isLetter || character.isNumber : asciiLetter || asciiDigit
      guard isWordCharacter, let scalar = character.unicodeScalars.first else {
        if characters.last.map({ $0 != " " }) ?? false {
          characters.append(" ")
          unspaced.append(false)
        }
        continue
      }
      let folded: String
      var script: String
      let isDigit: Bool
      let isUpper: Bool
      let isLower: Bool
      if let ascii {
        folded = String(UnicodeScalar(asciiLetter ? ascii | 0x20 : ascii))
        script = asciiLetter ? "Latn" : previous?.script ?? "Zyyy"
        isDigit = asciiDigit
        isUpper = asciiLetter && ascii < 0x61
        isLower = asciiLetter && ascii >= 0x61
      } else {
        folded = Self.fold(character)
        guard !folded.isEmpty else { continue }
        script = UnicodeProperties.scriptCode(scalar)
        if script == "Zyyy" || script == "Zinh" { script = previous?.script ?? script }
        isDigit = scalar.properties.numericType == .decimal
        isUpper = character.isUppercase
        isLower = character.isLowercase
      }
      if let previous, characters.last != " ",
        previous.script != script || previous.isDigit != isDigit || previous.isLower && isUpper
      {
        characters.append(" ")
        unspaced.append(false)
      }
      let isUnspaced = Self.unspacedScripts.contains(script)
      for folded in folded {
        characters.append(folded)
        unspaced.append(isUnspaced)
      }
      previous = (script, isLower, isDigit)
    }
    if characters.last == " " {
      characters.removeLast()
      unspaced.removeLast()
    }
    self.characters = characters
    self.unspaced = unspaced
  }

  /// Scripts written without spaces between words (Korean is spaced, but its particles and
  /// endings attach to the word: 인쇄하기 is 인쇄 "print" + 하기).
  static let unspacedScripts: Set<String> = [
    "Hani", "Hira", "Kana", "Hang", "Thai", "Laoo", "Khmr", "Mymr", "Bopo", "Tibt",
  ]

  /// Lower case without combining marks, alef variants as bare alef, ё as е.
  static func fold(_ character: Character) -> String {
    var result = String.UnicodeScalarView()
    for scalar in String(character).lowercased().unicodeScalars {
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .enclosingMark, .spacingMark: continue
      default: break
      }
      switch scalar.value {
      case 0x0622, 0x0623, 0x0625, 0x0671: result.append("\u{0627}")  // آ أ إ ٱ → ا
      case 0x0649: result.append("\u{064A}")  // ى → ي
      case 0x0640: continue  // tatweel
      case 0x0451: result.append("\u{0435}")  // ё → е
      default: result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whether a word may begin or end between positions `i - 1` and `i`.
  func isBoundary(_ i: Int) -> Bool {
    i == 0 || i == characters.count || characters[i - 1] == " " || characters[i] == " "
      || unspaced[i - 1] && unspaced[i]
  }

  /// The words (runs between breaks) as strings.
  var words: [String] { characters.split(separator: " ").map { String($0) } }
}
