/// Turns dictionary glosses into translations usable as lexical evidence: words or short phrases
/// without notes, references or grammar labels.
///
/// Works on UTF-8 bytes: CC-CEDICT has about 120,000 lines and must load in well under a second.
public enum GlossCleaner {
  /// Glosses longer than this many words are explanations, not translations, and are dropped.
  public static let maximumWords = 6

  /// Gloss openings (lower case) that mark a cross-reference or a note, not a translation.
  static let droppedPrefixes: [[UInt8]] = [
    "variant of", "old variant of", "archaic variant of", "japanese variant of", "erhua variant of",
    "see ", "see:", "also written", "also pr.", "also called", "taiwan pr.", "pr.", "cl:",
    "surname ", "used in ", "used before", "lit. ", "abbr. for", "classifier for", "radical in",
    "kangxi radical", "component in", "interjection of", "particle used", "particle indicating",
    "modal particle", "old name for", "same as ", "(old) variant", "variant form of", "(onom.)",
  ].map { Array($0.utf8) }

  /// Openings (lower case) removed from a kept gloss: `fig.`, the English infinitive `to`, articles.
  static let strippedPrefixes: [[UInt8]] = ["fig. ", "to ", "a ", "an ", "the "].map { Array($0.utf8) }

  /// Placeholder words of dictionary phrases (lower case).
  static let placeholders: Set<[UInt8]> = Set(
    [
      "sb", "sb.", "sth", "sth.", "sb's", "sb.'s", "sth's", "one's", "oneself", "etc", "etc.", "jdn.",
      "jdm.", "jds.", "etw.", "jd.", "jdn", "jdm", "etw", "qn", "qc", "qch", "qn.", "qc.", "alg.",
      "algo", "e.g.", "i.e.",
    ].map { Array($0.utf8) })

  /// The translations in one CC-CEDICT gloss (the text between two slashes).
  ///
  /// Splits on `;` (and on `,` when every part has at most three words), drops cross-references
  /// and notes (`variant of`, `see also`, `CL:`, `surname X`, `Taiwan pr.`, `lit.`), parenthesised
  /// and bracketed remarks (`(literary)`, `(Tw)`), Chinese references (`臨汾|临汾[Lin2 fen2]`),
  /// the infinitive `to` and leading articles, and glosses longer than `maximumWords` words.
  /// Multiword glosses are kept as phrases.
  public static func cedictTranslations(_ gloss: some StringProtocol) -> [String] {
    var bytes = Array(gloss.utf8)
    return bytes.withUnsafeMutableBufferPointer { cedictTranslations(bytes: UnsafeBufferPointer($0)) }
  }

  /// `cedictTranslations` on UTF-8 bytes.
  static func cedictTranslations(bytes: UnsafeBufferPointer<UInt8>) -> [String] {
    var result: [String] = []
    for part in split(bytes, at: [UInt8(ascii: ";")]) {
      let start = part.firstIndex { $0 != 0x20 } ?? part.endIndex
      let trimmed = UnsafeBufferPointer(rebasing: part[start...])
      if droppedPrefixes.contains(where: { hasPrefixIgnoringASCIICase(trimmed, $0) }) { continue }
      let pieces = split(trimmed, at: [UInt8(ascii: ",")])
      if pieces.count > 1, pieces.allSatisfy({ wordCount(UnsafeBufferPointer(rebasing: $0)) <= 3 }) {
        for piece in pieces {
          if let cleaned = clean(bytes: UnsafeBufferPointer(rebasing: piece), dropCJKWords: true) {
            result.append(cleaned)
          }
        }
      } else if let cleaned = clean(bytes: trimmed, dropCJKWords: true) {
        result.append(cleaned)
      }
    }
    return result
  }

  /// The translations in one line of a dictd entry body (`maison, chambre <fem> [archit.]`).
  ///
  /// Splits on `,` and `;` outside brackets, drops `<grammar>`, `[domain]`, `(remark)` and
  /// `{reference}` parts, sense numbers (`1.`), placeholders such as `sb.`, `sth.`, `jdn.`, `etw.`,
  /// `qn`, `qc`, and items longer than `maximumWords` words.
  public static func dictdTranslations(_ line: some StringProtocol) -> [String] {
    var bytes = Array(line.utf8)
    return bytes.withUnsafeMutableBufferPointer { buffer in
      var result: [String] = []
      for part in split(UnsafeBufferPointer(buffer), at: [UInt8(ascii: ","), UInt8(ascii: ";")]) {
        if let cleaned = clean(bytes: UnsafeBufferPointer(rebasing: part), dropCJKWords: false) {
          result.append(cleaned)
        }
      }
      return result
    }
  }

  /// A word or phrase without remarks, placeholders, sense numbers and leading articles; nil
  /// when nothing usable is left.
  public static func clean(_ text: some StringProtocol) -> String? {
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBufferPointer { clean(bytes: UnsafeBufferPointer($0), dropCJKWords: false) }
  }

  /// `clean` on UTF-8 bytes; `dropCJKWords` also removes words holding CJK characters or `|`
  /// (Chinese cross-references inside English glosses).
  static func clean(bytes: UnsafeBufferPointer<UInt8>, dropCJKWords: Bool) -> String? {
    // 1. Remove bracketed remarks: () [] <> {} and full-width （）.
    var text: [UInt8] = []
    text.reserveCapacity(bytes.count)
    var depth = 0
    var i = 0
    while i < bytes.count {
      let byte = bytes[i]
      switch byte {
      case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "<"), UInt8(ascii: "{"): depth += 1
      case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: ">"), UInt8(ascii: "}"): depth = max(0, depth - 1)
      case 0xEF where i + 2 < bytes.count && bytes[i + 1] == 0xBC && (bytes[i + 2] == 0x88 || bytes[i + 2] == 0x89):
        depth = bytes[i + 2] == 0x88 ? depth + 1 : max(0, depth - 1)
        i += 2
      default:
        if depth == 0 { text.append(byte == 0x09 ? 0x20 : byte) }
      }
      i += 1
    }
    // 2. Words: drop placeholders, sense numbers, CJK references.
    var words: [ArraySlice<UInt8>] = []
    for word in text.split(separator: 0x20) {
      if isSenseNumber(word) { continue }
      if dropCJKWords, word.contains(where: { $0 == UInt8(ascii: "|") || (0xE3...0xE9).contains($0) || $0 == 0xF0 }) {
        continue
      }
      if word.count <= 8, placeholders.contains(word.map(lowercasedASCII)) { continue }
      words.append(word)
    }
    // 3. Leading articles and the infinitive, then punctuation at the ends.
    var phrase = Array(words.joined(separator: [0x20]))
    phrase = trimmed(phrase)
    var stripped = true
    while stripped {
      stripped = false
      for prefix in strippedPrefixes where phrase.count > prefix.count {
        if phrase.withUnsafeBufferPointer({ hasPrefixIgnoringASCIICase($0, prefix) }) {
          phrase = trimmed(Array(phrase[prefix.count...]))
          stripped = true
        }
      }
    }
    guard !phrase.isEmpty, !phrase.contains(UInt8(ascii: "#")) else { return nil }
    guard phrase.withUnsafeBufferPointer({ wordCount($0) }) <= maximumWords else { return nil }
    let result = String(decoding: phrase, as: UTF8.self)
    guard result.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    else { return nil }
    return result
  }

  /// The bytes without punctuation and spaces at either end (ASCII `,;:.!?"'-/` and `–—…“”„`).
  static func trimmed(_ bytes: [UInt8]) -> [UInt8] {
    var start = 0
    var end = bytes.count
    while start < end {
      if trimmedASCII.contains(bytes[start]) {
        start += 1
        continue
      }
      if let length = trimmedSequenceLength(bytes, at: start) {
        start += length
        continue
      }
      break
    }
    while end > start {
      if trimmedASCII.contains(bytes[end - 1]) {
        end -= 1
        continue
      }
      if end - start >= 3, let length = trimmedSequenceLength(bytes, at: end - 3), length == 3 {
        end -= 3
        continue
      }
      break
    }
    return Array(bytes[start..<end])
  }

  static let trimmedASCII: Set<UInt8> = Set(" \t,;:.!?\"'-/".utf8)
  /// – — … “ ” „ in UTF-8.
  static let trimmedSequences: [[UInt8]] = ["–", "—", "…", "“", "”", "„"].map { Array($0.utf8) }

  static func trimmedSequenceLength(_ bytes: [UInt8], at index: Int) -> Int? {
    for sequence in trimmedSequences where index + sequence.count <= bytes.count {
      if bytes[index..<(index + sequence.count)].elementsEqual(sequence) { return sequence.count }
    }
    return nil
  }

  /// `1.`, `2)`, `10.`: a sense number.
  static func isSenseNumber(_ word: ArraySlice<UInt8>) -> Bool {
    guard word.count >= 2, let last = word.last, last == UInt8(ascii: ".") || last == UInt8(ascii: ")") else {
      return false
    }
    return word.dropLast().allSatisfy { (0x30...0x39).contains($0) }
  }

  static func lowercasedASCII(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }

  static func hasPrefixIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
    guard bytes.count >= prefix.count else { return false }
    for k in 0..<prefix.count where lowercasedASCII(bytes[k]) != prefix[k] { return false }
    return true
  }

  static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    var inWord = false
    for byte in bytes {
      if byte == 0x20 {
        inWord = false
      } else if !inWord {
        inWord = true
        count += 1
      }
    }
    return count
  }

  /// Splits at any of `separators` outside (), [], <> and {}.
  static func split(_ bytes: UnsafeBufferPointer<UInt8>, at separators: [UInt8]) -> [Slice<UnsafeBufferPointer<UInt8>>]
  {
    var parts: [Slice<UnsafeBufferPointer<UInt8>>] = []
    var depth = 0
    var start = 0
    for (index, byte) in bytes.enumerated() {
      switch byte {
      case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "<"), UInt8(ascii: "{"): depth += 1
      case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: ">"), UInt8(ascii: "}"): depth = max(0, depth - 1)
      default:
        if depth == 0, separators.contains(byte) {
          parts.append(bytes[start..<index])
          start = index + 1
        }
      }
    }
    parts.append(bytes[start..<bytes.count])
    return parts
  }
}
