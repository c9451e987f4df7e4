/// Ending-stripping rules per language: plural and simple inflection, for matching keys.
///
/// Each rule removes an ending (and may add a replacement) when at least `minimumStem` characters
/// remain; the first rule that applies wins, so longer endings come first. Irregular forms come
/// from a small table of frequent words.
struct InflectionRules: Sendable {
  /// An ending and what replaces it.
  struct Rule: Sendable {
    var ending: String
    var replacement: String
    var minimumStem: Int
    var bytes: [UInt8]
    var replacementBytes: [UInt8]
    var scalarCount: Int
  }

  var rules: [Rule]
  var irregular: [String: String]
  /// Remove a doubled final consonant after stripping (`stopped` → `stopp` → `stop`).
  var undoublesConsonants: Bool
  /// German: fold umlauts so `Häuser` meets `Haus`.
  var foldsUmlauts: Bool
  /// A final `e` is dropped after stripping, so `make` and `making` meet (`mak`).
  var dropsFinalE: Bool
  /// Russian: `ё` is written `е` (as most printed Russian does), so `её` meets `ее`.
  var foldsYo: Bool = false
  /// Russian: the fleeting vowel of `-ок`, `-ек`, `-ец` is dropped from every key ending so,
  /// after a consonant, so that `городок` meets `городка` (`городк`) and `отец` `отца` (`отц`);
  /// a stem whose vowel stays (`урок`, `урока`) loses it in all its forms alike.
  var dropsFleetingVowel: Bool = false

  /// The key of a folded word (UTF-8 bytes).
  func stem(_ word: [UInt8]) -> String {
    let word = foldsYo ? Self.foldingYo(word) : word
    if word.count <= 12, let base = irregular[String(decoding: word, as: UTF8.self)] {
      return finish(Array(base.utf8))
    }
    let length = Self.scalarCount(word[...])
    for rule in rules where rule.bytes.count < word.count && word.suffix(rule.bytes.count).elementsEqual(rule.bytes) {
      let stemLength = length - rule.scalarCount
      guard stemLength >= rule.minimumStem else { continue }
      var stem = Array(word.dropLast(rule.bytes.count)) + rule.replacementBytes
      if undoublesConsonants, rule.replacement.isEmpty, stem.count >= 4, let last = stem.last,
        stem[stem.count - 2] == last, last < 0x80, !Self.noUndoubling.contains(last)
      {
        stem.removeLast()
      }
      return finish(stem)
    }
    return finish(word)
  }

  /// Letters whose doubling is kept (`call`, `pass`, `add`) and vowels.
  static let noUndoubling: Set<UInt8> = Set("aeiouylsfz".utf8)

  private func finish(_ word: [UInt8]) -> String {
    if dropsFinalE, word.count > 3, word.last == UInt8(ascii: "e") {
      return String(decoding: word.dropLast(), as: UTF8.self)
    }
    let text = String(decoding: word, as: UTF8.self)
    if dropsFleetingVowel {
      let letters = Array(text.unicodeScalars)
      let n = letters.count
      if n >= 4, "кц".unicodeScalars.contains(letters[n - 1]), "ое".unicodeScalars.contains(letters[n - 2]),
        Self.russianConsonants.contains(letters[n - 3])
      {
        var scalars = String.UnicodeScalarView(letters[..<(n - 2)])
        scalars.append(letters[n - 1])
        return String(scalars)
      }
    }
    return text
  }

  /// The consonant letters of Russian (lower case).
  static let russianConsonants = Set("бвгджзйклмнпрстфхцчшщ".unicodeScalars)

  /// The word with `ё` (UTF-8 D1 91) written `е` (D0 B5).
  static func foldingYo(_ word: [UInt8]) -> [UInt8] {
    guard word.contains(0x91) else { return word }
    var result: [UInt8] = []
    result.reserveCapacity(word.count)
    var k = 0
    while k < word.count {
      if word[k] == 0xD1, k + 1 < word.count, word[k + 1] == 0x91 {
        result += [0xD0, 0xB5]
        k += 2
      } else {
        result.append(word[k])
        k += 1
      }
    }
    return result
  }

  static func scalarCount(_ bytes: ArraySlice<UInt8>) -> Int {
    bytes.reduce(0) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
  }

  static func r(_ ending: String, _ replacement: String = "", min: Int = 3) -> Rule {
    Rule(
      ending: ending, replacement: replacement, minimumStem: min, bytes: Array(ending.utf8),
      replacementBytes: Array(replacement.utf8), scalarCount: ending.unicodeScalars.count)
  }

  /// The rules for an ISO 639 language code, or nil when Hexapla has none.
  static func rules(for language: String) -> InflectionRules? {
    switch language {
    case "en": return english
    case "fr": return french
    case "de": return german
    case "es": return spanish
    case "it": return italian
    case "pt": return portuguese
    case "nl": return dutch
    case "ru": return russian
    default: return nil
    }
  }

  static let english = InflectionRules(
    rules: [
      r("'s", min: 1), r("’s", min: 1), r("ies", "y", min: 2), r("ied", "y", min: 2), r("sses", "ss", min: 1),
      r("xes", "x", min: 1), r("ches", "ch", min: 1), r("shes", "sh", min: 1), r("zes", "z", min: 2),
      r("ing", min: 3), r("ed", min: 3), r("ss", "ss", min: 1), r("us", "us", min: 1),
      r("is", "is", min: 1), r("s", min: 2),
    ],
    irregular: [
      "men": "man", "women": "woman", "children": "child", "people": "person", "feet": "foot",
      "teeth": "tooth", "mice": "mouse", "geese": "goose", "was": "be", "were": "be", "is": "be",
      "are": "be", "been": "be", "am": "be", "went": "go", "gone": "go", "goes": "go", "did": "do",
      "done": "do", "does": "do", "had": "have", "has": "have", "said": "say", "made": "make",
      "took": "take", "taken": "take", "came": "come", "saw": "see", "seen": "see", "knew": "know",
      "known": "know", "got": "get", "gave": "give", "given": "give", "found": "find",
      "thought": "think", "told": "tell", "became": "become", "left": "leave", "felt": "feel",
      "brought": "bring", "began": "begin", "begun": "begin", "kept": "keep", "held": "hold",
      "wrote": "write", "written": "write", "stood": "stand", "heard": "hear", "meant": "mean",
      "met": "meet", "ran": "run", "paid": "pay", "sat": "sit", "spoke": "speak", "spoken": "speak",
      "lay": "lie", "led": "lead", "grew": "grow", "grown": "grow", "lost": "lose", "fell": "fall",
      "fallen": "fall", "sent": "send", "built": "build", "understood": "understand", "drew": "draw",
      "drawn": "draw", "broke": "break", "broken": "break", "spent": "spend", "rose": "rise",
      "risen": "rise", "drove": "drive", "driven": "drive", "bought": "buy", "wore": "wear",
      "worn": "wear", "chose": "choose", "chosen": "choose", "sought": "seek", "threw": "throw",
      "thrown": "throw", "caught": "catch", "ate": "eat", "eaten": "eat", "fought": "fight",
      "taught": "teach", "sold": "sell", "slept": "sleep", "flew": "fly", "flown": "fly",
      "better": "good", "best": "good", "worse": "bad", "worst": "bad", "wives": "wife",
      "lives": "life", "knives": "knife", "leaves": "leaf", "halves": "half", "selves": "self",
      "this": "this", "his": "his", "news": "news", "series": "series", "species": "species",
    ],
    undoublesConsonants: true, foldsUmlauts: false, dropsFinalE: true)

  static let french = InflectionRules(
    rules: [
      r("eaux", "eau", min: 1), r("aux", "al", min: 2), r("aient", min: 2), r("èrent", min: 2),
      r("erons", min: 3), r("eront", min: 3), r("erait", min: 3), r("ées", min: 2), r("és", min: 2),
      r("ée", min: 2), r("ions", min: 3), r("iez", min: 3), r("ait", min: 3), r("ais", min: 3),
      r("ant", min: 4), r("ent", min: 4), r("er", min: 3), r("ez", min: 3), r("es", min: 3),
      r("é", min: 2), r("e", min: 3), r("s", min: 3), r("x", min: 3),
    ],
    irregular: [
      "est": "être", "sont": "être", "était": "être", "étaient": "être", "fut": "être", "été": "être",
      "ont": "avoir", "avait": "avoir", "avaient": "avoir", "eu": "avoir", "eut": "avoir",
      "fait": "faire", "faits": "faire", "faite": "faire", "dit": "dire", "dite": "dire",
      "yeux": "œil", "cieux": "ciel",
    ],
    undoublesConsonants: false, foldsUmlauts: false, dropsFinalE: false)

  static let german = InflectionRules(
    rules: [
      r("ungen", "ung", min: 3), r("heiten", "heit", min: 3), r("keiten", "keit", min: 3),
      r("ern", min: 3), r("em", min: 3), r("en", min: 3), r("er", min: 4), r("es", min: 3),
      r("e", min: 3), r("s", min: 4),
    ],
    irregular: [
      "ist": "sein", "sind": "sein", "war": "sein", "waren": "sein", "gewesen": "sein", "bin": "sein",
      "hat": "haben", "hatte": "haben", "hatten": "haben", "gehabt": "haben",
    ],
    undoublesConsonants: false, foldsUmlauts: true, dropsFinalE: false)

  static let spanish = InflectionRules(
    rules: [
      r("ciones", "ción", min: 2), r("iendo", min: 3), r("ando", min: 3), r("aron", min: 3),
      r("ieron", min: 3), r("ados", min: 3), r("adas", min: 3), r("idos", min: 3), r("idas", min: 3),
      r("aban", min: 3), r("amos", min: 3), r("imos", min: 3),
      r("ado", min: 3), r("ada", min: 3), r("ido", min: 3), r("ida", min: 3), r("ces", "z", min: 2),
      r("aba", min: 3), r("ías", min: 3), r("ían", min: 3),
      r("es", min: 3), r("os", min: 3), r("as", min: 3), r("ar", min: 3), r("er", min: 3),
      r("ir", min: 3), r("ía", min: 3), r("ió", min: 3), r("an", min: 3),
      r("o", min: 3), r("a", min: 3), r("e", min: 3), r("ó", min: 3), r("s", min: 3),
    ],
    irregular: [
      "es": "ser", "son": "ser", "era": "ser", "eran": "ser", "fue": "ser", "fueron": "ser",
      "está": "estar", "están": "estar", "ha": "haber", "han": "haber", "hay": "haber",
    ],
    undoublesConsonants: false, foldsUmlauts: false, dropsFinalE: false)

  static let italian = InflectionRules(
    rules: [
      r("zioni", "zion", min: 2), r("ando", min: 3), r("endo", min: 3), r("ato", min: 3), r("ata", min: 3),
      r("ati", min: 3), r("ate", min: 3), r("are", min: 3), r("ere", min: 3), r("ire", min: 3),
      r("i", min: 3), r("e", min: 3), r("o", min: 3), r("a", min: 3),
    ],
    irregular: [:], undoublesConsonants: false, foldsUmlauts: false, dropsFinalE: false)

  static let portuguese = InflectionRules(
    rules: [
      r("ções", "ção", min: 2), r("ção", "ção", min: 1), r("ão", "ão", min: 1), r("ando", min: 3), r("endo", min: 3),
      r("ados", min: 3), r("adas", min: 3),
      r("ado", min: 3), r("ada", min: 3), r("ais", "al", min: 2), r("ões", "ão", min: 2), r("es", min: 3),
      r("os", min: 3), r("as", min: 3), r("ar", min: 3), r("er", min: 3), r("o", min: 3), r("a", min: 3),
      r("s", min: 3),
    ],
    irregular: [:], undoublesConsonants: false, foldsUmlauts: false, dropsFinalE: false)

  static let dutch = InflectionRules(
    rules: [r("heden", "heid", min: 3), r("en", min: 3), r("s", min: 4), r("e", min: 3), r("t", min: 4)],
    irregular: [:], undoublesConsonants: true, foldsUmlauts: false, dropsFinalE: false)

  /// Russian nouns and adjectives: case and number endings, so that the forms of a noun meet its
  /// nominative singular headword (`поезда`, `поездом` → `поезд`; `станции`, `станцию` →
  /// `станц`) and those of an adjective its masculine headword (`красной`, `красного` → `красн`).
  /// Endings with `и` keep nouns in `-ие`/`-ия`/`-ий` together (`решение`, `решения`, `решений`
  /// → `решен`). Verbs get no personal or past endings: those clash with noun stems (`совет`,
  /// `результат`, `канал`); an infinitive meets only itself (`читать` → `читат`). Fleeting
  /// vowels in `-ок`, `-ек`, `-ец` are dropped (`городок`, `городка` → `городк`); nouns in `-ей`,
  /// `-ой`, `-ом` (`музей`, `альбом`) do not meet their forms.
  static let russian = InflectionRules(
    rules: [
      r("иями", min: 3), r("ями", min: 3), r("ами", min: 3), r("ыми", min: 3), r("ими", min: 3),
      r("ием", min: 3), r("ией", min: 3), r("иям", min: 3), r("иях", min: 3), r("ого", min: 3),
      r("его", min: 3), r("ому", min: 3), r("ему", min: 3),
      r("ия", min: 3), r("ии", min: 3), r("ию", min: 3), r("ие", min: 3), r("ий", min: 3),
      r("ый", min: 3), r("ой", min: 3), r("ая", min: 3), r("яя", min: 3), r("ое", min: 3),
      r("ее", min: 3), r("ые", min: 3), r("ую", min: 3), r("юю", min: 3), r("ою", min: 3),
      r("ею", min: 3), r("ых", min: 3), r("их", min: 3), r("ым", min: 3), r("им", min: 3),
      r("ей", min: 3), r("ов", min: 3), r("ев", min: 3), r("ом", min: 3), r("ем", min: 3),
      r("ам", min: 3), r("ям", min: 3), r("ах", min: 3), r("ях", min: 3), r("ью", min: 3),
      r("а", min: 3), r("я", min: 3), r("о", min: 3), r("е", min: 3), r("ы", min: 3),
      r("и", min: 3), r("у", min: 3), r("ю", min: 3), r("ь", min: 3), r("й", min: 3),
    ],
    irregular: [:], undoublesConsonants: false, foldsUmlauts: false, dropsFinalE: false, foldsYo: true,
    dropsFleetingVowel: true)
}
