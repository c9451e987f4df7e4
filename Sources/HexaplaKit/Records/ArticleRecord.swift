/// One article of a record stream: its id, its editions as text or HTML in memory, and the
/// options it sets for itself. On the wire, one JSON object per line:
/// `{"id": "n01001", "editions": {"en": "…", "zh": {"html": "…"}}, "presegmented": false, "pivot": "en"}`.
public struct ArticleRecord: Sendable {
  /// The article's id, written as the `document` of its units.
  public var id: String
  /// The editions, ordered by language tag, each named `ID.LANG` in messages.
  public var editions: [EditionSource]
  /// Whether the editions hold one sentence per line; nil: as the stream's options say.
  public var presegmented: Bool?
  /// The pivot language; nil: as the stream's options say (then English, then the first).
  public var pivot: LanguageTag?
  /// The record's line in the stream (1-based).
  public var line: Int
  /// The record's size in bytes on the wire.
  public var byteCount: Int

  public init(
    id: String, editions: [EditionSource], presegmented: Bool? = nil, pivot: LanguageTag? = nil, line: Int = 1,
    byteCount: Int = 0
  ) {
    self.id = id
    self.editions = editions
    self.presegmented = presegmented
    self.pivot = pivot
    self.line = line
    self.byteCount = byteCount
  }
}
