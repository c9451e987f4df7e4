/// One event of `XMLPullParser`: an element starts or ends, or character data appears.
enum XMLEvent {
  /// A start tag; `selfClosing` for `<x/>`, which is followed at once by its `.end`.
  case start(name: String, attributes: [XMLAttribute], selfClosing: Bool)
  /// An end tag (or the end of a self-closing element).
  case end(name: String)
  /// Character data with references expanded, CDATA sections included, line ends as LF;
  /// one run of text may come as several events.
  case text(String)
  /// The document ended after its root element.
  case endOfDocument
}

/// An attribute with its value normalised and references expanded.
struct XMLAttribute: Equatable {
  var name: String
  var value: String
}
