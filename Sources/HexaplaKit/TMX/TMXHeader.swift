import Foundation

/// The `<header>` of a TMX document: who wrote it, how, and for which source language.
///
/// The defaults describe a file Hexapla writes: creation tool "Hexapla", segments of one
/// sentence, plain-text data, English administrative language and no single source language.
public struct TMXHeader: Hashable, Sendable {
  /// The `srclang` value meaning that no edition is the source (`*all*`).
  public static let allLanguages = "*all*"

  /// The tool that wrote the file (`creationtool`).
  public var creationTool: String
  /// Its version (`creationtoolversion`).
  public var creationToolVersion: String
  /// Segmentation level: `block`, `paragraph`, `sentence` or `phrase` (`segtype`).
  public var segmentType: String
  /// The format the memory came from (`o-tmf`).
  public var originalFormat: String
  /// The language of notes and properties (`adminlang`).
  public var adminLanguage: String
  /// The source language tag, or `*all*` when every language can be the source (`srclang`).
  public var sourceLanguage: String
  /// The type of data in the segments (`datatype`).
  public var dataType: String
  /// When the file was made, `YYYYMMDDThhmmssZ` (`creationdate`), if known.
  public var creationDate: String?
  /// Header `<prop>`s as ordered `(type, value)` pairs.
  public var props: [TMXProperty]
  /// Header `<note>`s (Hexapla writes none: lt-tmxcomp rejects a note in the header).
  public var notes: [String]
  /// The header's other attributes TMX 1.4 declares (`o-encoding`, `creationid`, `changedate`,
  /// `changeid`), in document order.
  public var attributes: [TMXAttribute]
  /// The header's `<ude>` (user-defined encoding) elements, each as its TMX markup, verbatim.
  public var userDefinedEncodings: [String]

  public init(
    creationTool: String = "Hexapla",
    creationToolVersion: String = HexaplaVersion.current,
    segmentType: String = "sentence",
    originalFormat: String = "Hexapla",
    adminLanguage: String = "en",
    sourceLanguage: String = TMXHeader.allLanguages,
    dataType: String = "plaintext",
    creationDate: String? = nil,
    props: [TMXProperty] = [],
    notes: [String] = [],
    attributes: [TMXAttribute] = [],
    userDefinedEncodings: [String] = []
  ) {
    self.creationTool = creationTool
    self.creationToolVersion = creationToolVersion
    self.segmentType = segmentType
    self.originalFormat = originalFormat
    self.adminLanguage = adminLanguage
    self.sourceLanguage = sourceLanguage
    self.dataType = dataType
    self.creationDate = creationDate
    self.props = props
    self.notes = notes
    self.attributes = attributes
    self.userDefinedEncodings = userDefinedEncodings
  }

  /// A Hexapla header with `sourceLanguage` as `srclang` (`*all*` when nil) and a creation date.
  public static func hexapla(sourceLanguage: LanguageTag? = nil, creationDate: String?) -> TMXHeader {
    TMXHeader(
      sourceLanguage: sourceLanguage?.description ?? allLanguages, creationDate: creationDate)
  }
}

/// A `<prop type="...">value</prop>`: one piece of evidence or metadata about a unit or file.
public struct TMXProperty: Hashable, Sendable {
  /// The property type; Hexapla's own start with `x-` as TMX asks.
  public var type: String
  /// The value, as text.
  public var value: String

  public init(type: String, value: String) {
    self.type = type
    self.value = value
  }
}
