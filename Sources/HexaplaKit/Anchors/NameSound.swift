/// The consonant skeleton of a romanised name, which survives transliteration between scripts
/// (Zuckerberg, Цукерберг → cukerberg, زوكربيرغ → zwkrbyrgh, ซักเคอร์เบิร์ก → sakkhexrbeirk:
/// all `SKLBLK`).
///
/// Scripts write a foreign name's consonants and drop or change its vowels (Arabic writes
/// short vowels not at all, `w` and `y` stand for long ones), so the key keeps only consonants,
/// in classes that transliterations confuse: b p f v; c k q g; s z j and the sibilants ch, sh,
/// ts; d t; l r; m; n. Repeated classes count once (double letters, a vowel lost between two).
enum NameSound {
  /// The letters that are vowels in a romanisation.
  static let vowels: Set<UInt8> = Set("aeiouy".utf8)
  /// The fewest consonant classes a key has: shorter skeletons match too many words.
  static let minimumLength = 3
  /// The most: a longer romanised word is a phrase, not a name.
  static let maximumLength = 12

  /// The skeleton of `folded` (lower-case ASCII letters), or nil when it is too short or long.
  /// - Parameter latin: whether the word was written in Latin letters (then `x` is `ks` and a
  ///   `c` before `e`, `i` or `y` is `s`; in romanised text `x` marks a glottal stop (Thai `อ`),
  ///   and `c` is `ts` (Cyrillic `ц`)).
  /// - Parameter codaR: whether an `r` before a consonant or at the end is kept; Korean writes
  ///   an English name as it is heard without it (Zuckerberg 저커버그 jeokeobeogeu: `SKBK`).
  static func key(_ folded: String, latin: Bool, codaR: Bool = true) -> String? {
    key(classes: skeleton(folded, latin: latin, codaR: codaR))
  }

  /// The key of consonant classes (`skeleton`), or nil when there are too few or too many.
  static func key(classes: [UInt8]) -> String? {
    guard (minimumLength...maximumLength).contains(classes.count) else { return nil }
    return String(decoding: classes, as: UTF8.self)
  }

  /// The key of two words' consonant classes written together (a repeated class at the join
  /// counts once), or nil when too short or long.
  static func joinedKey(_ first: [UInt8], _ second: [UInt8]) -> String? {
    guard !first.isEmpty, !second.isEmpty else { return nil }
    let overlap = first.last == second.first ? 1 : 0
    return key(classes: first + second.dropFirst(overlap))
  }

  /// The consonant classes of `folded`, whatever their number (`key` without its limits).
  static func skeleton(_ folded: String, latin: Bool, codaR: Bool = true) -> [UInt8] {
    let letters = Array(folded.utf8)
    var classes: [UInt8] = []
    func emit(_ value: UInt8) {
      if classes.last != value { classes.append(value) }
    }
    var i = 0
    while i < letters.count {
      let c = letters[i]
      let next = i + 1 < letters.count ? letters[i + 1] : 0
      switch c {
      case UInt8(ascii: "c"):
        if next == UInt8(ascii: "h") {
          emit(UInt8(ascii: "S"))
          i += 1
        } else if next == UInt8(ascii: "k") {
          emit(UInt8(ascii: "K"))
          i += 1
        } else if !latin || [UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "y")].contains(next) {
          emit(UInt8(ascii: "S"))
        } else {
          emit(UInt8(ascii: "K"))
        }
      case UInt8(ascii: "s"), UInt8(ascii: "z"), UInt8(ascii: "j"):
        emit(UInt8(ascii: "S"))
        if c == UInt8(ascii: "s"), next == UInt8(ascii: "h") { i += 1 }
      case UInt8(ascii: "t"), UInt8(ascii: "d"):
        if c == UInt8(ascii: "t"), next == UInt8(ascii: "s") || next == UInt8(ascii: "z") {
          emit(UInt8(ascii: "S"))
          i += 1
        } else {
          emit(UInt8(ascii: "T"))
        }
      case UInt8(ascii: "b"), UInt8(ascii: "p"), UInt8(ascii: "f"), UInt8(ascii: "v"):
        emit(UInt8(ascii: "B"))
      case UInt8(ascii: "k"), UInt8(ascii: "q"), UInt8(ascii: "g"):
        emit(UInt8(ascii: "K"))
      case UInt8(ascii: "x"):
        if latin {
          emit(UInt8(ascii: "K"))
          emit(UInt8(ascii: "S"))
        }
      case UInt8(ascii: "l"), UInt8(ascii: "r"):
        if codaR || c == UInt8(ascii: "l") || vowels.contains(next) { emit(UInt8(ascii: "L")) }
      case UInt8(ascii: "m"):
        emit(UInt8(ascii: "M"))
      case UInt8(ascii: "n"):
        emit(UInt8(ascii: "N"))
      default:
        // Vowels, w, y, h and anything else: no consonant class.
        break
      }
      i += 1
    }
    return classes
  }
}
