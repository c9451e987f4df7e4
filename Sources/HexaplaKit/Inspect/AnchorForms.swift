/// Each language's own written form of the anchors a unit's texts share: `x-anchors` holds
/// one form (`Obama`), but the Chinese side writes 奥巴马 and the Russian one Обама. The
/// texts' anchors are extracted again, as the aligner extracts them, and an anchor counts as
/// shared when another language of the unit has one of the same kind and key. A name also
/// counts when it sounds like (`consonantSkeleton`) a name of another language listed in
/// `x-anchors`: Шульман and 奧巴馬 beside Schulman and Obama, whose romanisations (sulman,
/// aobama) the aligner's keys do not equate.
public final class AnchorForms {
  /// The kinds shown: the evidence a reader can check at a glance.
  static let shownKinds: Set<Anchor.Kind> = [.number, .url, .latinWord, .name, .nameSound]

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
    // The names the aligner matched (`x-anchors`): another language's name that sounds like
    // one of them is its own form of it.
    let recorded = Set(unit.anchors.map { $0.lowercased() })
    // Name sounds are keyed for every word of some scripts: one counts only when the aligner
    // matched it (a language's form of it is in `x-anchors`).
    var matchedSounds: Set<String> = []
    for (_, list) in anchors {
      for anchor in list where anchor.kind == .nameSound && recorded.contains(anchor.display.lowercased()) {
        matchedSounds.insert(anchor.key)
      }
    }
    func isShared(_ anchor: Anchor) -> Bool {
      guard anchor.kind != .nameSound || matchedSounds.contains(anchor.key) else { return false }
      return (languagesOfKey["\(anchor.kind.rawValue)\u{1}\(anchor.key)"]?.count ?? 0) >= 2
    }
    var known: [(language: String, skeleton: [UInt8])] = []
    for (language, list) in anchors {
      for anchor in list where anchor.kind == .name && recorded.contains(anchor.display.lowercased()) {
        known.append((language, Self.consonantSkeleton(anchor.key)))
      }
    }
    var result: [String: [String]] = [:]
    for (language, list) in anchors {
      // Names that sound like a matched one, with how far their skeletons are from it. Words
      // in hiragana are left out: Japanese writes names in kanji or katakana, and its particles
      // and endings (から, する) would sound like many a name.
      var alike: [(display: String, distance: Int)] = []
      for anchor in list where anchor.kind == .name && !isShared(anchor) {
        guard !anchor.display.unicodeScalars.contains(where: { (0x3040...0x309F).contains($0.value) }) else { continue }
        let skeleton = Self.consonantSkeleton(anchor.key)
        let distances = known.filter { $0.language != language }.compactMap { Self.distance($0.skeleton, skeleton) }
        if let best = distances.min() { alike.append((anchor.display, best)) }
      }
      // A longer form that holds a closer one, or one written alike elsewhere (北京的 around
      // 北京), is left out.
      let closer = alike + list.filter(isShared).map { ($0.display, -1) }
      let kept = alike.filter { form in
        !closer.contains {
          $0.display != form.display && form.display.contains($0.display) && $0.distance < form.distance
        }
      }
      let shown = Set(kept.map(\.display))
      var seen: Set<String> = []
      result[language] = list.filter { isShared($0) || shown.contains($0.display) }.map(\.display)
        .filter { seen.insert($0).inserted }
    }
    return result
  }

  /// The consonants of a romanised name (lower-case ASCII): `NameSound`'s classes, which
  /// the aligner's name sounds use (Schulman, Шульман → sulman, 舒爾曼 → shuerman: `SLMN`;
  /// Obama, 奧巴馬 → aobama: `BM`).
  static func consonantSkeleton(_ key: String) -> [UInt8] {
    NameSound.skeleton(key, latin: false)
  }

  /// Whether two consonant skeletons are one name (see `distance`).
  static func soundAlike(_ a: [UInt8], _ b: [UInt8]) -> Bool { distance(a, b) != nil }

  /// How many edits apart two consonant skeletons of one name are: 0 when they are equal
  /// with at least two consonants, 1 when one edit apart with at least four each; else nil.
  /// - Complexity: O(a × b) in the skeletons' lengths.
  static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int? {
    if a == b { return a.count >= 2 ? 0 : nil }
    guard min(a.count, b.count) >= 4, abs(a.count - b.count) <= 1 else { return nil }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + [Int](repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count] <= 1 ? 1 : nil
  }

  /// An extractor for a language tag, made once (nil for a tag that is not valid).
  private func extractor(for language: String) -> AnchorExtractor? {
    if let cached = extractors[language] { return cached }
    let made = (try? LanguageTag(language)).flatMap {
      try? AnchorExtractor(language: $0, crossScript: true, soundKeys: true)
    }
    extractors[language] = made
    return made
  }
}
