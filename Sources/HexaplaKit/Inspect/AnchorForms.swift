/// Each language's own written form of the anchors a unit's texts share: `x-anchors` holds
/// one form (`Obama`), but the Chinese side writes 奥巴马 and the Russian one Обама. The
/// texts' anchors are extracted again, as the aligner extracts them, and an anchor counts as
/// shared when another language of the unit has one of the same kind and key. A name also
/// counts when it sounds like (`consonantSkeleton`) a name the unit is known to share (listed
/// in `x-anchors`, or written alike in two languages): Шульман and 奧巴馬 beside Schulman
/// and Obama, whose romanisations (sulman, aobama) the aligner's keys do not equate.
public final class AnchorForms {
  /// The kinds shown: the evidence a reader can check at a glance.
  static let shownKinds: Set<Anchor.Kind> = [.number, .url, .latinWord, .name]

  private var extractors: [String: AnchorExtractor?] = [:]

  public init() {}

  /// Per language of the unit, the forms of its shared anchors as written in its text.
  /// - Complexity: O(n) in the length of the unit's texts (plus ICU's word segmentation).
  public func forms(in unit: InspectedUnit) -> [String: [String]] {
    var anchors: [(language: String, anchors: [Anchor])] = []
    for language in Set(unit.variants.map(\.language)).sorted() {
      guard let text = unit.text(in: language), let extractor = extractor(for: language) else { continue }
      anchors.append((language, extractor.extract(text).anchors.filter { Self.shownKinds.contains($0.kind) }))
    }
    var languagesOfKey: [String: Set<String>] = [:]
    for (language, list) in anchors {
      for anchor in list { languagesOfKey["\(anchor.kind.rawValue)\u{1}\(anchor.key)", default: []].insert(language) }
    }
    func isShared(_ anchor: Anchor) -> Bool {
      (languagesOfKey["\(anchor.kind.rawValue)\u{1}\(anchor.key)"]?.count ?? 0) >= 2
    }
    // The names the unit is known to share: those of `x-anchors`, and those written alike in
    // two languages. Another language's name that sounds like one of them is its own form.
    let recorded = Set(unit.anchors.map { $0.lowercased() })
    var known: [(language: String, skeleton: [UInt8])] = []
    for (language, list) in anchors {
      for anchor in list
      where anchor.kind == .name && (isShared(anchor) || recorded.contains(anchor.display.lowercased())) {
        known.append((language, Self.consonantSkeleton(anchor.key)))
      }
    }
    var result: [String: [String]] = [:]
    for (language, list) in anchors {
      let shared = list.filter { anchor in
        if isShared(anchor) { return true }
        guard anchor.kind == .name else { return false }
        let skeleton = Self.consonantSkeleton(anchor.key)
        return known.contains { $0.language != language && Self.soundAlike($0.skeleton, skeleton) }
      }
      var seen: Set<String> = []
      result[language] = shared.map(\.display).filter { seen.insert($0).inserted }
    }
    return result
  }

  /// The consonants of a romanised name (lower-case ASCII), in classes that transliterations
  /// into other scripts keep apart (c k q g, b p, d t, s z x j, f v, l r, m, n), repeats
  /// collapsed. Vowels, `h`, `w` and `y` are left out: they are what transliterations change
  /// most (Schulman, Шульман → sulman, 舒爾曼 → shuerman; Obama, 奧巴馬 → aobama).
  static func consonantSkeleton(_ key: String) -> [UInt8] {
    var skeleton: [UInt8] = []
    for byte in key.utf8 {
      let sound: UInt8
      switch byte {
      case UInt8(ascii: "c"), UInt8(ascii: "k"), UInt8(ascii: "q"), UInt8(ascii: "g"): sound = UInt8(ascii: "k")
      case UInt8(ascii: "b"), UInt8(ascii: "p"): sound = UInt8(ascii: "b")
      case UInt8(ascii: "d"), UInt8(ascii: "t"): sound = UInt8(ascii: "t")
      case UInt8(ascii: "s"), UInt8(ascii: "z"), UInt8(ascii: "x"), UInt8(ascii: "j"): sound = UInt8(ascii: "s")
      case UInt8(ascii: "f"), UInt8(ascii: "v"): sound = UInt8(ascii: "f")
      case UInt8(ascii: "l"), UInt8(ascii: "r"): sound = UInt8(ascii: "r")
      case UInt8(ascii: "m"), UInt8(ascii: "n"): sound = byte
      default: continue
      }
      if skeleton.last != sound { skeleton.append(sound) }
    }
    return skeleton
  }

  /// Whether two consonant skeletons are one name: equal with at least two consonants, or one
  /// edit apart with at least four each.
  /// - Complexity: O(a × b) in the skeletons' lengths.
  static func soundAlike(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    if a == b { return a.count >= 2 }
    guard min(a.count, b.count) >= 4, abs(a.count - b.count) <= 1 else { return false }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + [Int](repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count] <= 1
  }

  /// An extractor for a language tag, made once (nil for a tag that is not valid).
  private func extractor(for language: String) -> AnchorExtractor? {
    if let cached = extractors[language] { return cached }
    let made = (try? LanguageTag(language)).flatMap { try? AnchorExtractor(language: $0, crossScript: true) }
    extractors[language] = made
    return made
  }
}
