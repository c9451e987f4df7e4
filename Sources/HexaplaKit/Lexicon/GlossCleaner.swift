/// Turns dictionary glosses into translations usable as lexical evidence: words or short phrases
/// without notes, references or grammar labels.
public enum GlossCleaner {
  /// Glosses longer than this many words are explanations, not translations, and are dropped.
  public static let maximumWords = 6

  /// Gloss openings that mark a cross-reference or a note, not a translation (CC-CEDICT).
  static let droppedPrefixes = [
    "variant of", "old variant of", "archaic variant of", "japanese variant of", "erhua variant of",
    "see ", "see:", "also written", "also pr.", "also called", "taiwan pr.", "pr.", "cl:",
    "surname ", "used in ", "used before", "lit. ", "abbr. for", "classifier for", "radical in",
    "kangxi radical", "component in", "interjection of", "particle used", "particle indicating",
    "modal particle", "old name for", "same as ", "(old) variant", "variant form of", "(onom.)",
  ]

  /// Openings removed from a kept gloss (the English infinitive marker and articles, `fig.`).
  static let strippedPrefixes = ["fig. ", "to ", "a ", "an ", "the "]

  /// The translations in one CC-CEDICT gloss (the text between two slashes).
  ///
  /// Splits on `;`, drops cross-references and notes (`variant of`, `see also`, `CL:`, `surname X`,
  /// `Taiwan pr.`), parenthesised and bracketed remarks (`(literary)`, `(Tw)`), Chinese
  /// references (`臨汾|临汾[Lin2 fen2]`), the infinitive `to` and leading articles, and glosses
  /// longer than `maximumWords` words. Multiword glosses are kept as phrases.
  public static func cedictTranslations(_ gloss: some StringProtocol) -> [String] {
    var result: [String] = []
    for part in gloss.split(separator: ";") {
      let lowered = String(part).trimmingWhitespace().lowercased()
      if droppedPrefixes.contains(where: { lowered.hasPrefix($0) }) { continue }
      if let cleaned = clean(part, dropNonLatinWords: true) { result.append(cleaned) }
    }
    return result
  }

  /// The translations in one line of a dictd entry body (`maison, chambre <fem> [archit.]`).
  ///
  /// Splits on `,` and `;`, drops `<grammar>`, `[domain]`, `(remark)` and `{reference}` parts,
  /// sense numbers, placeholders such as `sb.`, `sth.`, `jdn.`, `etw.`, `qn`, `qc`, and items
  /// longer than `maximumWords` words.
  public static func dictdTranslations(_ line: some StringProtocol) -> [String] {
    var text = String(line)
    // Sense numbers: "1. maison 2." -> "maison".
    text = removeSenseNumbers(text)
    var result: [String] = []
    for part in splitOutsideBrackets(text, separators: [",", ";"]) {
      if let cleaned = clean(part, dropNonLatinWords: false) { result.append(cleaned) }
    }
    return result
  }

  /// Placeholder words of dictionary phrases.
  static let placeholders: Set<String> = [
    "sb", "sb.", "sth", "sth.", "sb's", "sb.'s", "sth's", "one's", "oneself", "etc", "etc.", "jdn.",
    "jdm.", "jds.", "etw.", "jd.", "jdn", "jdm", "etw", "qn", "qc", "qch", "qn.", "qc.", "alg.", "algo",
    "e.g.", "i.e.",
  ]

  /// Removes remarks and placeholders, trims, and returns nil when nothing usable is left.
  static func clean(_ text: some StringProtocol, dropNonLatinWords: Bool) -> String? {
    var output = ""
    var depth = 0
    for character in text {
      switch character {
      case "(", "[", "<", "{", "（", "［":
        depth += 1
      case ")", "]", ">", "}", "）", "］":
        depth = max(0, depth - 1)
      default:
        if depth == 0 { output.append(character) }
      }
    }
    var words: [Substring] = []
    for word in output.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
      // Chinese references in English glosses ("臨汾|临汾", "Lin2"), and placeholders.
      if dropNonLatinWords, word.contains("|") || word.unicodeScalars.contains(where: isHan) {
        continue
      }
      if placeholders.contains(word.lowercased()) { continue }
      words.append(word)
    }
    var phrase = words.joined(separator: " ")
    phrase = phrase.trimming(trimmedCharacters)
    var lowered = phrase.lowercased()
    var changed = true
    while changed {
      changed = false
      for prefix in strippedPrefixes where lowered.hasPrefix(prefix) && lowered.count > prefix.count {
        phrase = String(phrase.dropFirst(prefix.count)).trimming(trimmedCharacters)
        lowered = phrase.lowercased()
        changed = true
      }
    }
    guard !phrase.isEmpty, phrase.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
    guard !phrase.contains("#"), phrase.split(separator: " ").count <= maximumWords else { return nil }
    return phrase
  }

  static let trimmedCharacters: Set<Character> = [
    " ", "\t", ",", ";", ":", ".", "!", "?", "\"", "'", "-", "–", "—", "…", "/", "“", "”", "„",
  ]

  static func isHan(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
    default: return false
    }
  }

  /// Drops sense numbers such as `1.` or `2)` that open the line or stand alone between items.
  static func removeSenseNumbers(_ text: String) -> String {
    let words = text.split(separator: " ", omittingEmptySubsequences: true)
    let kept = words.filter { word in
      guard let last = word.last, last == "." || last == ")" else { return true }
      return !(word.dropLast().allSatisfy { $0.isASCII && $0.isNumber } && word.count > 1)
    }
    return kept.joined(separator: " ")
  }

  /// Splits at separators that are outside parentheses, brackets and braces.
  static func splitOutsideBrackets(_ text: String, separators: Set<Character>) -> [Substring] {
    var parts: [Substring] = []
    var depth = 0
    var start = text.startIndex
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      switch character {
      case "(", "[", "<", "{": depth += 1
      case ")", "]", ">", "}": depth = max(0, depth - 1)
      default:
        if depth == 0, separators.contains(character) {
          parts.append(text[start..<index])
          start = text.index(after: index)
        }
      }
      index = text.index(after: index)
    }
    parts.append(text[start...])
    return parts
  }
}

extension StringProtocol {
  /// The text without the given characters at either end.
  func trimming(_ set: Set<Character>) -> String {
    guard let first = firstIndex(where: { !set.contains($0) }) else { return "" }
    let last = lastIndex(where: { !set.contains($0) })!
    return String(self[first...last])
  }
}
