/// Each language's own written form of the anchors a unit's texts share: `x-anchors` holds
/// one form (`Obama`), but the Chinese side writes 奥巴马 and the Russian one Обама. The
/// texts' anchors are extracted again, as the aligner extracts them, and an anchor counts as
/// shared when another language of the unit has one of the same kind and key.
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
    var result: [String: [String]] = [:]
    for (language, list) in anchors {
      let shared = list.filter { (languagesOfKey["\($0.kind.rawValue)\u{1}\($0.key)"]?.count ?? 0) >= 2 }
      var seen: Set<String> = []
      result[language] = shared.map(\.display).filter { seen.insert($0).inserted }
    }
    return result
  }

  /// An extractor for a language tag, made once (nil for a tag that is not valid).
  private func extractor(for language: String) -> AnchorExtractor? {
    if let cached = extractors[language] { return cached }
    let made = (try? LanguageTag(language)).flatMap { try? AnchorExtractor(language: $0, crossScript: true) }
    extractors[language] = made
    return made
  }
}
