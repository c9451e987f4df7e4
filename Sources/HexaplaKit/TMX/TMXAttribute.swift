/// An attribute of a TMX element that Hexapla carries through unchanged (`creationdate`,
/// `changeid`, `usagecount`...), as read: name and value.
public struct TMXAttribute: Hashable, Sendable {
  /// The attribute name (`changeid`).
  public var name: String
  /// Its value, with references expanded.
  public var value: String

  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }

  /// The attributes TMX 1.4 declares on `<tu>` besides `tuid`, in the DTD's order.
  static let unitNames: Set<String> = [
    "o-encoding", "datatype", "usagecount", "lastusagedate", "creationtool", "creationtoolversion",
    "creationdate", "creationid", "changedate", "segtype", "changeid", "o-tmf", "srclang",
  ]
  /// The attributes TMX 1.4 declares on `<tuv>` besides `xml:lang`.
  static let variantNames: Set<String> = [
    "o-encoding", "datatype", "usagecount", "lastusagedate", "creationtool", "creationtoolversion",
    "creationdate", "creationid", "changedate", "o-tmf", "changeid",
  ]
  /// The optional attributes TMX 1.4 declares on `<header>` besides `creationdate`.
  static let headerNames: Set<String> = [
    "o-encoding", "creationid", "changedate", "changeid",
  ]
}
