/// Splits a sentence of one edition that the aligner paired with several pivot sentences,
/// when most other editions keep those pivot sentences apart: the sentence was probably
/// under-segmented (Thai marks sentence ends only with a space; a missed full stop), and
/// splitting it keeps the whole N-language unit from merging because of one edition.
///
/// Cuts are taken only at sentence-like boundaries of the sentence itself (terminal
/// punctuation, a space in languages that end sentences with one, clause punctuation as a
/// last resort), chosen so the pieces' shares of the sentence's length match the pivot
/// sentences' shares of theirs.
struct PivotGuidedSplitter {
  /// The largest difference allowed between a cut's length share and the pivot's.
  static let tolerance = 0.2
  /// The cost of a number on the wrong side of a cut, as a share of the length: half the
  /// tolerance, so that numbers decide between cuts of similar length only.
  static let numberWeight = 0.1

  let language: LanguageTag
  /// Whether clause punctuation and a missing full stop may serve as cuts (as a last resort);
  /// without them, cuts fall only at sentence-like boundaries.
  var allowsClauseCuts = true
  /// When set, a full stop inside a sentence is a cut only where these rules had to guess:
  /// after an abbreviation that may end a sentence (`г.`, `etc.`, `Inc.`) or an ordinal number
  /// (`lat 70.`, in languages that write them so). Other full stops (`Dr.`, `z. B.`, initials)
  /// stay. A missing full stop is a cut only before a capitalised sentence starter of these
  /// rules (`… durchgeführt Das wird …`).
  var uncertainOnly: SegmentationRules? = nil
  /// With `uncertainOnly`: whether a missing full stop may also fall before any capitalised
  /// word after a lower-case one (`… lunedì Migliaia di persone …`), not only before a sentence
  /// starter (at a higher cost in languages that capitalise every noun), and after a closing quotation
  /// mark before a word that is not lower case. For splits that several other editions support.
  var cutsBeforeCapitals = false
  /// Whether a sentence stays whole when a comma or semicolon fits the pivot's boundary at
  /// least as well as the best guessed cut (a missing full stop): the mark of a translator who
  /// joined two sentences into one. For an edition split against the other editions' consensus.
  var keepsCommaMerges = false

  /// The pieces of consecutive `sentences` (of one paragraph) re-cut for groups of pivot
  /// sentences with these lengths, or nil when no fitting cuts exist. The sentences' own
  /// boundaries are candidates too.
  /// - Parameter pivotNumbers: the digit runs of each pivot sentence (group), if known. A
  ///   number found once in the pivot and once in `sentences` should fall on the same side of
  ///   every cut; each one that does not costs `numberWeight` (a share of the length).
  /// - Complexity: O(*n* + *k* · (log *k* + *s*) + *g* · *k* · (1 + *a*)) for *n* characters in
  ///   `sentences`, *s* sentences, *k* candidate cuts, *g* pivot groups and *a* numbers found once
  ///   on each side (each cut tries every candidate).
  func split(_ sentences: [Sentence], pivotLengths: [Int], pivotNumbers: [[String]]? = nil) -> [Sentence]? {
    guard pivotLengths.count >= 2, let first = sentences.first,
      sentences.allSatisfy({ $0.paragraph == first.paragraph })
    else { return nil }
    // The sentences joined by one space (none in Chinese and Japanese), with each character's byte offset in the source.
    var characters: [Character] = []
    var offsets: [Int] = []
    var boundaries: [Int] = []
    for (k, sentence) in sentences.enumerated() {
      if k > 0 {
        if !language.joinsSentencesWithoutSpace {
          characters.append(" ")
          offsets.append(sentence.range.lowerBound)
        }
        boundaries.append(characters.count)
      }
      var offset = sentence.range.lowerBound
      for character in sentence.text {
        characters.append(character)
        offsets.append(offset)
        offset += character.utf8.count
      }
    }
    offsets.append(sentences.last!.range.upperBound)
    var candidates = cutCandidates(characters).filter { !boundaries.contains($0.position) }
    candidates += boundaries.map { ($0, 0.0) }
    candidates.sort { $0.position < $1.position }
    guard candidates.count >= pivotLengths.count - 1 else { return nil }
    var prefix = [0]
    for c in characters { prefix.append(prefix.last! + (c.isWhitespace ? 0 : 1)) }
    let total = Double(max(1, prefix.last!))
    let pivotTotal = Double(max(1, pivotLengths.reduce(0, +)))
    // Numbers that occur once in the pivot and once here: (pivot group, character position).
    var anchors: [(group: Int, position: Int)] = []
    if let pivotNumbers, pivotNumbers.count == pivotLengths.count {
      var pivotGroup: [String: Int] = [:]
      var pivotCount: [String: Int] = [:]
      for (group, numbers) in pivotNumbers.enumerated() {
        for number in numbers {
          pivotGroup[number] = group
          pivotCount[number, default: 0] += 1
        }
      }
      let own = Self.digitRuns(characters)
      var ownCount: [String: Int] = [:]
      for run in own { ownCount[run.text, default: 0] += 1 }
      for run in own where ownCount[run.text] == 1 && pivotCount[run.text] == 1 {
        anchors.append((pivotGroup[run.text]!, run.position))
      }
    }
    let clauseJoints =
      !keepsCommaMerges || allowsClauseCuts || language.endsSentencesWithSpace ? [] : Self.clauseJoints(characters)
    var cuts: [Int] = []
    var cumulative = 0
    for k in 0..<(pivotLengths.count - 1) {
      cumulative += pivotLengths[k]
      let target = Double(cumulative) / pivotTotal
      // How far a cut at `position` is from the pivot's boundary: its length share's distance
      // and the numbers it puts on the wrong side.
      func distance(_ position: Int) -> Double {
        let misplaced = anchors.filter { ($0.group <= k) != ($0.position < position) }.count
        return abs(Double(prefix[position]) / total - target) + Self.numberWeight * Double(misplaced)
      }
      var best: (position: Int, cost: Double, lengthCost: Double)?
      for candidate in candidates where candidate.position > (cuts.last ?? 0) {
        let lengthCost = abs(Double(prefix[candidate.position]) / total - target) + candidate.penalty
        let cost = distance(candidate.position) + candidate.penalty
        if best == nil || cost < best!.cost { best = (candidate.position, cost, lengthCost) }
      }
      guard let best, best.lengthCost <= Self.tolerance else { return nil }
      // A guessed cut (a missing full stop) where a comma or semicolon fits the pivot's
      // boundary at least as well (length and numbers, the guess's penalty counted): more
      // probably a translator's merge of two sentences into one, which stays whole.
      if keepsCommaMerges, let chosen = candidates.first(where: { $0.position == best.position }),
        chosen.penalty > 0.02,
        clauseJoints.contains(where: { joint in joint > (cuts.last ?? 0) && distance(joint) <= best.cost })
      {
        return nil
      }
      cuts.append(best.position)
    }
    // The pieces, trimmed, with their byte ranges in the source.
    var pieces: [Sentence] = []
    var start = 0
    for end in cuts + [characters.count] {
      var from = start
      var to = end
      while from < to, characters[from].isWhitespace { from += 1 }
      while to > from, characters[to - 1].isWhitespace { to -= 1 }
      if from < to {
        let byteStart = offsets[from]
        let byteEnd = offsets[to - 1] + characters[to - 1].utf8.count
        pieces.append(
          Sentence(text: String(characters[from..<to]), paragraph: first.paragraph, range: byteStart..<byteEnd))
      }
      start = end
    }
    return pieces.count == pivotLengths.count ? pieces : nil
  }

  /// Whether every sentence of `sentences` starts a piece of `pieces`: a re-cut adds cuts where
  /// the segmenter guessed and never joins sentences it was sure of (a sentence only this text
  /// has, paired with the guide together with its neighbour, stays apart). Languages that end
  /// sentences with a space are cut at every likely space first and joined by design.
  static func keepsBoundaries(of sentences: [Sentence], in pieces: [Sentence]) -> Bool {
    let starts = Set(pieces.map(\.range.lowerBound))
    return sentences.allSatisfy { starts.contains($0.range.lowerBound) }
  }

  /// Whether the full stop at `period` is one the segmenter could only guess about from the
  /// next word: after an abbreviation that may end a sentence (the longest form made of the last
  /// one to three space-separated tokens that the rules list decides: `г.`, `н. э.`, `до н. э.`),
  /// or after a number in a language that writes ordinals with a full stop.
  static func isUncertainFullStop(_ characters: [Character], period: Int, rules: SegmentationRules) -> Bool {
    guard characters[period] == "." else { return false }
    let tokens = AbbreviationMatcher.tokens(characters, endingAt: period + 1)
    // An ordinal number (`lat 70. Lubię`), where the language writes ordinals with a full stop.
    if rules.ordinalDot, let last = tokens.last, last.count > 1, last.dropLast().allSatisfy(\.isNumber) { return true }
    return AbbreviationMatcher(rules: rules).kind(endingWith: tokens) == .mayEnd
  }

  /// Where a piece would start after clause punctuation (`,` `;` `،` `，` `；` followed by a
  /// space, or directly by text in scripts without spaces): where translators join two
  /// sentences into one.
  /// A comma inside a quotation or a parenthesis belongs to the quoted sentence, not to a merge.
  static func clauseJoints(_ characters: [Character]) -> [Int] {
    let spaced: Set<Character> = [",", ";", "،", "؛"]
    let fullWidth: Set<Character> = ["，", "；", "、"]
    let quoted = insideQuotations(characters)
    let bracketed = insideBrackets(characters, terminal: [])
    var result: [Int] = []
    var i = 0
    while i < characters.count - 1 {
      let c = characters[i]
      if quoted[i] || bracketed[i] {
        i += 1
        continue
      }
      // `1,000` and `3,5` are numbers, not joints: a Latin or Arabic comma needs a space after it.
      if fullWidth.contains(c) || (spaced.contains(c) && characters[i + 1].isWhitespace) {
        var next = i + 1
        while next < characters.count, characters[next].isWhitespace { next += 1 }
        if next < characters.count { result.append(next) }
      }
      i += 1
    }
    return result
  }

  /// The maximal runs of ASCII digits and where they start (`3,000` gives `3` and `000`).
  static func digitRuns(_ characters: [Character]) -> [(text: String, position: Int)] {
    var runs: [(String, Int)] = []
    var k = 0
    while k < characters.count {
      guard characters[k].isASCII, characters[k].isNumber else {
        k += 1
        continue
      }
      let start = k
      while k < characters.count, characters[k].isASCII, characters[k].isNumber { k += 1 }
      runs.append((String(characters[start..<k]), start))
    }
    return runs
  }

  /// Whether the word whose last character is at `end` starts with an upper-case letter.
  static func isCapitalised(_ characters: [Character], wordEndingAt end: Int) -> Bool {
    var start = end
    while start > 0, characters[start - 1].isLetter || characters[start - 1].isNumber { start -= 1 }
    return characters[start].isUppercase
  }

  /// The letters of the word starting at `start` (as `TextScanner.word(at:)`: `L'isola` → `L`).
  static func word(_ characters: [Character], at start: Int) -> String {
    var end = start
    while end < characters.count, characters[end].isLetter { end += 1 }
    return String(characters[start..<end])
  }

  /// For each character, whether it lies inside a quotation: between `«` and `»`, `“` and `”`,
  /// `„` and `“` or `”`, `‹` and `›`, or a pair of straight double quotes (`"`). An opening mark
  /// never closed does not count.
  /// - Complexity: O(n).
  static func insideQuotations(_ characters: [Character]) -> [Bool] {
    var inside = [Bool](repeating: false, count: characters.count)
    var open: (index: Int, closers: Set<Character>)?
    for (index, character) in characters.enumerated() {
      if let current = open, current.closers.contains(character) {
        for k in (current.index + 1)..<index { inside[k] = true }
        open = nil
      } else if open == nil {
        switch character {
        case "«": open = (index, ["»"])
        case "“": open = (index, ["”"])
        case "„": open = (index, ["“", "”"])
        case "‹": open = (index, ["›"])
        case "\"": open = (index, ["\""])
        default: break
        }
      }
    }
    return inside
  }

  /// For each character, whether it lies between an opening parenthesis or bracket and the
  /// one that closes it within the same sentence (an opening one not closed before a full
  /// stop, or other terminal punctuation, followed by a space or in CJK, does not count).
  /// - Complexity: O(n).
  static func insideBrackets(_ characters: [Character], terminal: Set<Character>) -> [Bool] {
    let pairs: [Character: Character] = [
      "(": ")", "[": "]", "{": "}", "（": "）", "［": "］", "【": "】", "〔": "〕", "《": "》", "〈": "〉",
      "「": "」", "『": "』",
    ]
    var inside = [Bool](repeating: false, count: characters.count)
    var open: [(index: Int, closer: Character)] = []
    for (index, character) in characters.enumerated() {
      if terminal.contains(character),
        index + 1 == characters.count || characters[index + 1].isWhitespace || "。！？".contains(character)
      {
        open.removeAll()
      } else if let closer = pairs[character] {
        open.append((index, closer))
      } else if let match = open.lastIndex(where: { $0.closer == character }) {
        for k in (open[match].index + 1)..<index { inside[k] = true }
        open.removeSubrange(match...)
      }
    }
    return inside
  }

  /// Positions (character offsets where a piece may start) with a penalty for weaker boundaries.
  func cutCandidates(_ characters: [Character]) -> [(position: Int, penalty: Double)] {
    let terminal: Set<Character> = [".", "!", "?", "。", "！", "？", "…", "؟", "।", "॥", "։", "።", "．"]
    let clause: Set<Character> = [";", ":", "；", "：", "，", ",", "、", "،", "؛"]
    let closing: Set<Character> = ["\"", "'", "”", "’", "»", ")", "）", "」", "』", "]", "›", "》", "〉"]
    let spaceEnds = language.endsSentencesWithSpace
    let inside = Self.insideBrackets(characters, terminal: terminal)
    // A capital after a lower-case letter hints at a missing full stop only in text written
    // in a script with case (not in Korean or Arabic quoting a Latin name).
    let letters = characters.lazy.filter(\.isLetter)
    let cased = letters.filter { $0.isUppercase || $0.isLowercase }.count
    let hasCase = 2 * cased > letters.count
    var result: [(Int, Double)] = []
    var i = 1
    while i < characters.count - 1 {
      let c = characters[i]
      if inside[i] {
        // Never inside a parenthesis or bracket closed later in the text.
        i += 1
        continue
      }
      if c.isWhitespace {
        var k = i - 1
        while k > 0, closing.contains(characters[k]) { k -= 1 }
        let before = characters[k]
        var next = i
        while next < characters.count, characters[next].isWhitespace { next += 1 }
        guard next < characters.count - 1 else { break }
        if spaceEnds, before == ".", k > 0, characters[k - 1].isLetter, !characters[k - 1].isASCII {
          // Thai, Lao and Khmer end sentences without a full stop: one after a letter of the
          // script closes an abbreviation (`ค. ศ. 833` "AD 833", `ดร.` "Dr."), never a sentence.
        } else if terminal.contains(before) {
          if let rules = uncertainOnly, !Self.isUncertainFullStop(characters, period: k, rules: rules) {
            i = next
            continue
          }
          result.append((next, 0))
        } else if spaceEnds {
          result.append((next, 0.02))
        } else if let rules = uncertainOnly {
          // A missing full stop before a capitalised sentence starter: "… durchgeführt Das wird …".
          // German and Luxembourgish capitalise every noun: a capital says less there.
          let capitalisesNouns = ["de", "lb"].contains(language.language)
          if hasCase, before.isLowercase, characters[next].isUppercase,
            rules.sentenceStarters.contains(Self.word(characters, at: next).lowercased())
          {
            result.append((next, 0.06))
          } else if cutsBeforeCapitals, hasCase, before.isLowercase, characters[next].isUppercase,
            capitalisesNouns || !Self.isCapitalised(characters, wordEndingAt: k)
          {
            // Never between two capitalised words (`… et Asty Film en 1916 …` is one name),
            // except where every noun is capitalised.
            result.append((next, capitalisesNouns ? 0.1 : 0.06))
          } else if cutsBeforeCapitals, k < i - 1, before.isLetter, characters[next].isLetter,
            !characters[next].isLowercase
          {
            // A quotation closed without a full stop before the next sentence (common in
            // Arabic and Persian news: `… سيستمر عملنا" قيل أن …`); never before a lower-case word.
            result.append((next, 0.06))
          }
        } else if !allowsClauseCuts {
          // Only sentence-like boundaries.
        } else if clause.contains(before) {
          result.append((next, 0.08))
        } else if hasCase, before.isLowercase || before.isNumber, characters[next].isUppercase {
          // A missing full stop: "… durchgeführt Das wird …".
          result.append((next, 0.06))
        }
        i = next
        continue
      }
      // Scripts without spaces: a cut right after terminal (or clause) punctuation.
      if !characters[i + 1].isWhitespace, !closing.contains(characters[i + 1]) {
        if ["。", "！", "？"].contains(c) {
          result.append((i + 1, 0))
        } else if c == "…" || c == "⋯" || (c == "・" && characters[i - 1] == "・") {
          // The end of an ellipsis ("……", "・・・") followed directly by text.
          if characters[i + 1] != c { result.append((i + 1, 0.02)) }
        } else if allowsClauseCuts, ["；", "：", "，"].contains(c) {
          result.append((i + 1, 0.08))
        }
      }
      i += 1
    }
    return result
  }
}
