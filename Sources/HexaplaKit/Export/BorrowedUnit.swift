/// A unit as `JSONLUnitReader.withNextUnit` lends it: what `next()` would return, with its texts
/// as the UTF-8 bytes of the line being read (well-formed, unescaped), valid during the call
/// only. `TMXWriter` writes it without making a `String` of any text.
struct BorrowedUnit {
  typealias Bytes = UnsafeBufferPointer<UInt8>

  /// A language as the reader parsed it, shared by every unit that has it (one reference to
  /// copy, not a tag's strings).
  final class Language {
    let tag: LanguageTag
    /// The tag's canonical form (`tag.description`) and its UTF-8.
    let name: String
    let utf8: [UInt8]

    init(tag: LanguageTag, name: String) {
      self.tag = tag
      self.name = name
      utf8 = Array(name.utf8)
    }
  }

  /// One segment: its language and text.
  struct Variant {
    var language: Language
    var segment: Bytes
  }

  var tuid: Bytes?
  var props: [(type: Bytes, value: Bytes)] = []
  var notes: [Bytes] = []
  /// In the order `next()` gives them.
  var variants: [Variant] = []

  /// The unit `next()` returns.
  func unit() -> TMXUnit {
    func string(_ bytes: Bytes) -> String { String(decoding: bytes, as: UTF8.self) }
    var unit = TMXUnit(
      tuid: tuid.map(string), variants: variants.map { .init(language: $0.language.tag, segment: string($0.segment)) })
    unit.props = props.map { TMXProperty(type: string($0.type), value: string($0.value)) }
    unit.notes = notes.map(string)
    return unit
  }
}
