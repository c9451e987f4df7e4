/// One `<tu>` of a TMX document: the same segment in several languages, with properties and notes.
public struct TMXUnit: Hashable, Sendable {
  /// One `<tuv>`: a language and its segment.
  public struct Variant: Hashable, Sendable {
    /// The language (`xml:lang`, or the legacy `lang` attribute when reading older files).
    public var language: LanguageTag
    /// The segment as plain text. When read with inline markup, the text of `<hi>` is kept and
    /// the native codes in `<bpt>`, `<ept>`, `<ph>`, `<it>` and `<ut>` are dropped.
    public var segment: String
    /// The segment's content as TMX markup (`Text<bpt i="1">&lt;b&gt;</bpt>…`), when it had
    /// inline elements and the reader was asked to keep them; written verbatim. Nil for plain text.
    public var markup: String?
    /// The `<tuv>`'s other attributes (`creationdate`, `changeid`...), in document order.
    public var attributes: [TMXAttribute]
    /// The `<tuv>`'s `<prop>`s, in order.
    public var props: [TMXProperty]
    /// The `<tuv>`'s `<note>`s, in order.
    public var notes: [String]

    public init(
      language: LanguageTag, segment: String, markup: String? = nil,
      attributes: [TMXAttribute] = [], props: [TMXProperty] = [], notes: [String] = []
    ) {
      self.language = language
      self.segment = segment
      self.markup = markup
      self.attributes = attributes
      self.props = props
      self.notes = notes
    }
  }

  /// The unit's id (`tuid`); the writer numbers units that have none.
  public var tuid: String?
  /// `<prop>`s as ordered `(type, value)` pairs.
  public var props: [TMXProperty]
  /// `<note>`s, in order.
  public var notes: [String]
  /// The variants, in document order.
  public var variants: [Variant]
  /// The `<tu>`'s attributes other than `tuid` (`srclang`, `creationdate`, `usagecount`...),
  /// in document order, carried through unchanged by TMX-to-TMX export.
  public var attributes: [TMXAttribute]

  public init(
    tuid: String? = nil, props: [TMXProperty] = [], notes: [String] = [], variants: [Variant],
    attributes: [TMXAttribute] = []
  ) {
    self.tuid = tuid
    self.props = props
    self.notes = notes
    self.variants = variants
    self.attributes = attributes
  }

  /// The value of the first prop of `type`, if any.
  public func prop(_ type: String) -> String? {
    props.first { $0.type == type }?.value
  }

  /// The segment in `language`, if the unit has one (see `variant(for:)`).
  public func segment(in language: LanguageTag) -> String? {
    variantIndex(for: language).map { variants[$0].segment }
  }

  /// The variant in `language`: the one with that exact tag, else the only one whose tag is a
  /// more or less specific form of it (`zh` for `zh-Hans` and the other way round), not when
  /// two are (`zh-Hans` and `zh-Hant` for `zh`).
  public func variant(for language: LanguageTag) -> Variant? {
    variantIndex(for: language).map { variants[$0] }
  }

  /// The index in `variants` of `variant(for:)` (found by index: no variant is copied).
  /// - Complexity: O(n) in the variants.
  func variantIndex(for language: LanguageTag) -> Int? {
    if let exact = variants.indices.first(where: { variants[$0].language == language }) { return exact }
    var related: Int?
    for index in variants.indices where variants[index].language.isMoreOrLessSpecific(than: language) {
      if related != nil { return nil }
      related = index
    }
    return related
  }
}
