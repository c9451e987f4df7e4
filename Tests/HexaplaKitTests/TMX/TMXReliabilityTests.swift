import Foundation
import Testing

@testable import HexaplaKit

/// Hostile and unusual TMX: huge tags and tokens, metadata to carry through, inline codes,
/// versions and encodings (issue 16).
@Suite("TMX reliability")
struct TMXReliabilityTests {
  typealias T = TMXReaderTests
  static let header = TMXReaderTests.header

  static func document(_ body: String, version: String? = "1.4", header: String = header) -> String {
    "<tmx\(version.map { " version=\"\($0)\"" } ?? "")>\n\(header)\n<body>\n\(body)</body></tmx>"
  }

  static func read(_ content: String, maxSegmentBytes: Int = TMXReader.defaultMaxSegmentBytes) throws
    -> (TMXHeader, [TMXUnit], [String])
  {
    let path = try T.file(content)
    var units: [TMXUnit] = []
    var warnings: [String] = []
    let warn: (String) -> Void = { warnings.append($0) }
    let header = try TMXReader.read(path: path, maxSegmentBytes: maxSegmentBytes, onWarning: warn) {
      units.append($0)
    }
    return (header, units, warnings.map { String($0.dropFirst(path.count + 1)) })
  }

  @Test("a <tu> with 200,000 attributes is read in linear time; a repeat among them is still found")
  func manyAttributes() throws {
    let attributes = (0..<200_000).map { " a\($0)=\"v\"" }.joined()
    let tu = "<tu\(attributes)><tuv xml:lang=\"en\"><seg>a</seg></tuv><tuv xml:lang=\"fr\"><seg>b</seg></tuv></tu>"
    let (_, units, _) = try Self.read(Self.document(tu), maxSegmentBytes: 1 << 23)
    #expect(units.count == 1)
    #expect(units.first?.attributes.count == 200_000)
    let repeated = "<tu\(attributes) a7=\"w\"><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu>"
    #expect(throws: HexaplaError.self) { try Self.read(Self.document(repeated), maxSegmentBytes: 1 << 23) }
  }

  @Test(
    "a token longer than the limit is an error naming the limit; a higher limit reads it",
    arguments: [
      ("<tu><tuv xml:lang=\"en\"><seg>@</seg></tuv></tu>", "4:29: a text is longer than"),
      ("<tu changeid=\"@\"><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu>", "4:15: an attribute value is longer than"),
      ("<tu><prop type=\"x\">@</prop><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu>", "4:20: a text is longer than"),
      ("<tu><tuv xml:lang=\"en\"><seg><![CDATA[@]]></seg></tuv></tu>", "4:29: a CDATA section is longer than"),
      ("<tu><tuv xml:lang=\"en\"><seg>@<ph>{0}</ph>@</seg></tuv></tu>", "a <seg> is longer than"),
    ])
  func boundedTokens(template: String, message: String) throws {
    let limit = 64 * 1024
    let half = String(repeating: "é", count: limit / 3)  // 2/3 of the limit in UTF-8 bytes
    let content = Self.document(
      template.replacingOccurrences(of: "@", with: template.contains("<ph>") ? half : half + half))
    let error = #expect(throws: HexaplaError.self) { try Self.read(content, maxSegmentBytes: limit) }
    let text = error.map { "\($0)" } ?? ""
    #expect(text.contains(message), "\(text.prefix(300))")
    #expect(text.contains("than 65536 bytes, the limit on one segment or value (--max-segment-bytes raises it)"))
    #expect(text.count < 300)
    let (_, units, _) = try Self.read(content, maxSegmentBytes: 4 * limit)
    #expect(units.count == 1)
  }

  @Test("white space, comments and a huge start tag do not grow the parser's buffer past the limit")
  func boundedBuffer() throws {
    let blank = String(repeating: " \n", count: 4 << 20)  // 8 MiB between units
    let tu = "<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv><tuv xml:lang=\"fr\"><seg>b</seg></tuv></tu>"
    let path = try T.file(Self.document(tu + blank + "<!--" + blank + "-->" + tu))
    let parser = try XMLPullParser(path: path, bufferCapacity: 1 << 16)
    var events = 0
    parser.reportsWhitespace = false
    while true {
      if case .endOfDocument = try parser.next() { break }
      events += 1
    }
    #expect(parser.capacity <= 1 << 16)
    #expect(events > 10)
    // A start tag of 8 MiB of white space stops at the limit, not at the end of the file.
    let hugeTag = try T.file(Self.document("<tu" + blank + ">" + tu + "</tu>"))
    let error = #expect(throws: HexaplaError.self) { try T.readAll(hugeTag) }
    #expect(error.map { "\($0)" }?.contains("is longer than 1048576 bytes") == true)
  }

  @Test("TMX → TMX keeps unit, variant and header metadata")
  func metadataRoundTrip() throws {
    let header =
      "<header creationtool=\"OmegaT\" creationtoolversion=\"6\" segtype=\"paragraph\" o-tmf=\"OmegaT TMX\" adminlang=\"EN-US\" srclang=\"en\" datatype=\"plaintext\" changeid=\"anna\"><note>header note</note><prop type=\"x-h\">hv</prop><ude name=\"MacRoman\" base=\"Macintosh\"><map unicode=\"#xF8FF\" code=\"#xF0\" ent=\"Apple_logo\" subst=\"[Apple]\"/></ude></header>"
    let tu =
      "<tu tuid=\"7\" srclang=\"en\" creationdate=\"20240101T120000Z\" changeid=\"bob\" usagecount=\"3\"><note>n</note><prop type=\"x-p\">v</prop>"
      + "<tuv xml:lang=\"en\" creationid=\"carl\"><prop type=\"x-v\">pv</prop><note>vn</note><seg>One</seg></tuv>"
      + "<tuv xml:lang=\"fr\" changedate=\"20240202T000000Z\"><seg>Un</seg></tuv></tu>"
    let (readHeader, units, warnings) = try Self.read(Self.document(tu, header: header))
    #expect(warnings == [])
    #expect(readHeader.segmentType == "paragraph")
    #expect(readHeader.attributes == [TMXAttribute(name: "changeid", value: "anna")])
    #expect(readHeader.userDefinedEncodings.count == 1)
    let unit = try #require(units.first)
    #expect(unit.attributes.map(\.name) == ["srclang", "creationdate", "changeid", "usagecount"])
    #expect(unit.variants[0].attributes == [TMXAttribute(name: "creationid", value: "carl")])
    #expect(unit.variants[0].props == [TMXProperty(type: "x-v", value: "pv")])
    #expect(unit.variants[0].notes == ["vn"])
    // Written and read back: the same units and header metadata.
    let sink = MemorySink()
    let writer = TMXWriter(sink: sink, header: readHeader)
    try writer.write(unit)
    try writer.finish()
    let (again, units2, warnings2) = try Self.read(sink.text)
    #expect(warnings2 == [])
    #expect(units2 == [unit])
    #expect(again == readHeader)
    #expect(sink.text.contains("<ude name=\"MacRoman\" base=\"Macintosh\"><map unicode=\"#xF8FF\""))
  }

  @Test(
    "flattening keeps what a <ph> stands for unless it is a formatting code",
    arguments: [
      ("<ph x=\"1\">{0}</ph> changes", "{0} changes"),
      ("<ph>%s</ph> files", "%s files"),
      ("a<ph>&lt;br/&gt;</ph>b", "ab"),
      ("<bpt i=\"1\">&lt;b&gt;</bpt>bold<ept i=\"1\">&lt;/b&gt;</ept>", "bold"),
      ("<ph>{\\cs6\\f1 }</ph>x", "x"),
      ("<hi>x<ph>$n</ph></hi>", "x$n"),
      ("<ph>{1}</ph>", "{1}"),
    ])
  func placeholders(seg: String, flat: String) throws {
    let tu = "<tu><tuv xml:lang=\"en\"><seg>\(seg)</seg></tuv><tuv xml:lang=\"fr\"><seg>b</seg></tuv></tu>"
    let (_, units, _) = try Self.read(Self.document(tu))
    #expect(units.first?.variants.first?.segment == flat)
  }

  @Test(
    "a version other than 1.1 to 1.4, or none, is read with a warning",
    arguments: [("2.0", true), (nil, true), ("1.4", false), ("1.1", false), ("1.4b", false)])
  func versions(version: String?, warns: Bool) throws {
    let tu = "<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv><tuv xml:lang=\"fr\"><seg>b</seg></tuv></tu>"
    let (_, units, warnings) = try Self.read(Self.document(tu, version: version))
    #expect(units.count == 1)
    let expected =
      version == nil
      ? "1:1: warning: <tmx> has no version attribute: read as TMX 1.4"
      : "1:1: warning: TMX version \"2.0\" is not one Hexapla knows (1.1 to 1.4): read as TMX 1.4"
    #expect(warnings == (warns ? [expected] : []))
  }

  @Test("a file that declares UTF-16 but holds UTF-8 bytes is read as UTF-8, with a warning")
  func utf16DeclaredUTF8Bytes() throws {
    let tu = "<tu><tuv xml:lang=\"en\"><seg>café</seg></tuv><tuv xml:lang=\"fr\"><seg>b</seg></tuv></tu>"
    let (_, units, warnings) = try Self.read(
      "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + Self.document(tu))
    #expect(units.first?.variants.first?.segment == "café")
    #expect(warnings.count == 1)
    #expect(warnings.first?.hasPrefix("1:1: warning: the XML declaration says encoding=\"UTF-16\"") == true)
  }
}
