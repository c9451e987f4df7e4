import Foundation
import Testing

@testable import HexaplaKit

@Suite("TMX reader")
struct TMXReaderTests {
  static func tag(_ text: String) -> LanguageTag { try! LanguageTag(text) }

  /// Writes `content` to a temporary file and returns its path.
  static func file(_ content: String, name: String = "test.tmx") throws -> String {
    try file(Data(content.utf8), name: name)
  }

  static func file(_ data: Data, name: String = "test.tmx") throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "hexapla-tmx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try data.write(to: url)
    return url.path
  }

  /// Reading `path` fails with exactly `message` after the path (`3:38: invalid UTF-8 …`).
  static func expectReadError(_ path: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let error = #expect(throws: HexaplaError.self, sourceLocation: sourceLocation) { try readAll(path) }
    #expect(error.map { "\($0)" } == "\(path):\(message)", sourceLocation: sourceLocation)
  }

  static func readAll(_ path: String, inlineMarkup: TMXReader.InlineMarkup = .keep) throws
    -> (TMXHeader, [TMXUnit], [String])
  {
    var units: [TMXUnit] = []
    var warnings: [String] = []
    let warn: (String) -> Void = { warnings.append($0) }
    let header = try TMXReader.read(path: path, inlineMarkup: inlineMarkup, onWarning: warn) { units.append($0) }
    return (header, units, warnings)
  }

  /// Reads TMX text back through a temporary file, which is removed afterwards.
  static func readBack(_ text: String) throws -> (TMXHeader, [TMXUnit]) {
    let path = try file(text)
    defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
    let (header, units, _) = try readAll(path)
    return (header, units)
  }

  /// A readable dump: one line per variant, props and notes first.
  static func dump(_ units: [TMXUnit]) -> String {
    units.map { unit in
      var lines = ["tu \(unit.tuid ?? "-")"]
      lines += unit.props.map { "  prop \($0.type)=\($0.value)" }
      lines += unit.notes.map { "  note \($0)" }
      lines += unit.variants.map {
        "  \($0.language): \($0.segment)" + ($0.markup.map { " | \($0)" } ?? "")
      }
      return lines.joined(separator: "\n")
    }.joined(separator: "\n")
  }

  static let nastyUnits: [TMXUnit] = [
    TMXUnit(
      props: [
        .init(type: "x-score", value: "0.9000"),
        .init(type: "x-anchors", value: "A&B | <x> | \"q\""),
      ],
      notes: ["a note & more"],
      variants: [
        .init(language: tag("en"), segment: "Tom & Jerry <3 ]]> \"quotes\" 'apos'"),
        .init(language: tag("fr"), segment: "Tom & Jerry ]]> « guillemets »"),
      ]),
    TMXUnit(variants: [
      .init(language: tag("en"), segment: "Emoji 👩🏽‍💻🇫🇷 and é (e + U+0301)"),
      .init(language: tag("ar"), segment: "مرحبا بالعالم \u{200F}RTL"),
      .init(language: tag("he"), segment: "שלום עולם"),
      .init(language: tag("zh-Hans"), segment: "你好，世界。"),
    ]),
    TMXUnit(
      tuid: "cr-unit",
      variants: [
        .init(language: tag("en"), segment: "line one\r\nline two\rthree\ttab"),
        .init(language: tag("de"), segment: "Zeile eins\nZeile zwei"),
      ]),
  ]

  static func written(_ units: [TMXUnit], date: String = "20260101T000000Z") throws -> String {
    let sink = MemorySink()
    let writer = TMXWriter(sink: sink, header: .hexapla(creationDate: date))
    for unit in units { try writer.write(unit) }
    try writer.finish()
    return sink.text
  }

  @Test("write → read gives the same units; read → write gives the same bytes")
  func roundTrip() throws {
    let first = try Self.written(Self.nastyUnits)
    TMXTestOutput.keep(first, as: "reader-roundtrip.tmx")
    let path = try Self.file(first)
    let (header, units, warnings) = try Self.readAll(path)
    #expect(warnings.isEmpty)
    #expect(header == .hexapla(creationDate: "20260101T000000Z"))
    var expected = Self.nastyUnits
    for i in expected.indices where expected[i].tuid == nil { expected[i].tuid = String(i + 1) }
    #expect(units == expected)
    let sink = MemorySink()
    let writer = TMXWriter(sink: sink, header: header)
    for unit in units { try writer.write(unit) }
    try writer.finish()
    #expect(sink.text == first)
  }

  @Test("a large file crosses buffer boundaries without losing characters")
  func largeFile() throws {
    let units = (0..<6000).map { i in
      TMXUnit(
        props: [.init(type: "x-score", value: TMXUnit.formatScore(Double(i % 100) / 100))],
        variants: [
          .init(
            language: Self.tag("en"),
            segment: "Sentence \(i) with café & <tags> " + String(repeating: "é", count: i % 37)),
          .init(
            language: Self.tag("ja"), segment: "文 \(i) 👩🏽‍💻 " + String(repeating: "語", count: i % 53)),
        ])
    }
    let text = try Self.written(units)
    TMXTestOutput.keep(text, as: "reader-large.tmx")
    #expect(text.utf8.count > 1 << 19)
    let (_, read, _) = try Self.readAll(try Self.file(text))
    #expect(read.count == units.count)
    #expect(read.map(\.variants) == units.map(\.variants))
  }

  @Test(
    "tokens split across reads and buffer moves read the same",
    arguments: [(1, 64), (2, 64), (3, 100), (5, 64), (7, 128), (64, 64), (4096, 64)])
  func smallBuffers(readSize: Int, bufferCapacity: Int) throws {
    var units = Self.nastyUnits
    units.append(
      TMXUnit(
        tuid: "markup",
        variants: [
          .init(
            language: Self.tag("en"), segment: "Click here.",
            markup:
              "Click <bpt i=\"1\" type=\"b\">&lt;b&gt;</bpt>here<ept i=\"1\">&lt;/b&gt;</ept>."),
          .init(language: Self.tag("ja"), segment: "ここをクリック。"),
        ]))
    let text = try Self.written(units)
    var utf16 = Data([0xFF, 0xFE])
    for unit in text.utf16 { utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
    for path in [try Self.file(text), try Self.file(utf16)] {
      let (_, expected, _) = try Self.readAll(path)
      let reader = try TMXReader(
        path: path, inlineMarkup: .keep, onWarning: { _ in }, bufferCapacity: bufferCapacity,
        readSize: readSize)
      var read: [TMXUnit] = []
      while let unit = try reader.next() { read.append(unit) }
      #expect(read == expected)
      #expect(read.count == units.count)
    }
  }

  @Test("errors keep exact positions when tokens are split across reads")
  func smallBufferErrors() throws {
    let path = try Self.file(
      "<tmx version=\"1.4\">\n\(Self.header)\n<body>\n<tu><tuv xml:lang=\"en\"><seg>日本語 &bogus; </seg></tuv></tu></body></tmx>"
    )
    for readSize in [1, 3, 7] {
      #expect {
        let reader = try TMXReader(
          path: path, inlineMarkup: .keep, onWarning: { _ in }, bufferCapacity: 64,
          readSize: readSize)
        while try reader.next() != nil {}
      } throws: { error in
        "\(error)" == "\(path):4:33: undefined entity '&bogus;'"
      }
    }
  }

  @Test("OmegaT-style file: DOCTYPE, header props, notes, several units")
  func omegaT() throws {
    let path = try Self.file(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE tmx SYSTEM "tmx11.dtd">
      <tmx version="1.1">
        <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" creationtoolversion="6.0.0_0" segtype="sentence" srclang="en">
          <prop type="x-test">header prop</prop>
        </header>
        <body>
      <!-- Default translations -->
          <tu>
            <tuv lang="EN">
              <seg>Hello world.</seg>
            </tuv>
            <tuv lang="DE-DE" changeid="me" changedate="20240101T101010Z">
              <seg>Hallo Welt.</seg>
            </tuv>
          </tu>
          <tu>
            <note>Alternative</note>
            <prop type="file">doc.txt</prop>
            <tuv xml:lang="en"><seg>Bye.</seg></tuv>
            <tuv xml:lang="de-DE"><seg>Tschüss.</seg></tuv>
          </tu>
        </body>
      </tmx>
      """)
    let (header, units, warnings) = try Self.readAll(path)
    #expect(warnings.isEmpty)
    #expect(header.creationTool == "OmegaT")
    #expect(header.sourceLanguage == "en")
    #expect(header.props == [TMXProperty(type: "x-test", value: "header prop")])
    #expect(
      Self.dump(units) == """
        tu -
          en: Hello world.
          de-DE: Hallo Welt.
        tu -
          prop file=doc.txt
          note Alternative
          en: Bye.
          de-DE: Tschüss.
        """)
  }

  @Test("Trados-style UTF-16 file with a byte-order mark, legacy lang attributes and inline codes")
  func tradosUTF16() throws {
    let text = """
      <?xml version="1.0" encoding="UTF-16"?>
      <tmx version="1.4">
      <header creationtool="SDL Language Platform" creationtoolversion="8.1" o-tmf="SDL TM8 Format" datatype="xml" segtype="sentence" adminlang="EN-US" srclang="EN-US">
      </header>
      <body>
      <tu creationdate="20200101T120000Z" creationid="USER" changedate="20200102T120000Z" usagecount="3">
      <tuv lang="EN-US">
      <seg>Click <bpt i="1" type="bold">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> now.<ph x="2" type="image"/></seg>
      </tuv>
      <tuv lang="FR-FR">
      <seg>Cliquez sur <bpt i="1" type="bold">&lt;b&gt;</bpt>Enregistrer<ept i="1">&lt;/b&gt;</ept> maintenant.<ph x="2" type="image"/></seg>
      </tuv>
      </tu>
      </body>
      </tmx>
      """
    for bigEndian in [false, true] {
      var data = Data(bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
      for unit in text.utf16 {
        let bytes = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        data.append(contentsOf: bigEndian ? bytes.reversed() : bytes)
      }
      let path = try Self.file(data)
      let (header, units, _) = try Self.readAll(path)
      #expect(header.creationTool == "SDL Language Platform")
      #expect(
        Self.dump(units) == """
          tu -
            en-US: Click Save now. | Click <bpt i="1" type="bold">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> now.<ph x="2" type="image"/>
            fr-FR: Cliquez sur Enregistrer maintenant. | Cliquez sur <bpt i="1" type="bold">&lt;b&gt;</bpt>Enregistrer<ept i="1">&lt;/b&gt;</ept> maintenant.<ph x="2" type="image"/>
          """)
      let (_, flat, _) = try Self.readAll(path, inlineMarkup: .flatten)
      #expect(
        flat.first?.variants.map(\.segment) == [
          "Click Save now.", "Cliquez sur Enregistrer maintenant.",
        ])
      #expect(flat.first?.variants.allSatisfy { $0.markup == nil } == true)
    }
  }

  @Test("inline markup: hi text is kept, code text is dropped, nested sub is code")
  func inlineMarkup() throws {
    let path = try Self.file(
      """
      <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="*all*" datatype="html"/><body>
      <tu><tuv xml:lang="en"><seg>A <hi type="em">big <ph>&lt;br/&gt;</ph>cat</hi> sat<it pos="begin">&lt;i&gt;</it>.<ut>{\\b}</ut> <bpt i="1">&lt;a href="<sub>Link text</sub>"&gt;</bpt>x<ept i="1">&lt;/a&gt;</ept><![CDATA[ & <raw>]]></seg></tuv>
      <tuv xml:lang="de"><seg>Eine Katze.</seg></tuv></tu>
      </body></tmx>
      """)
    let (_, units, _) = try Self.readAll(path)
    let english = try #require(units.first?.variants.first)
    #expect(english.segment == "A big cat sat. x & <raw>")
    #expect(
      english.markup
        == "A <hi type=\"em\">big <ph>&lt;br/&gt;</ph>cat</hi> sat<it pos=\"begin\">&lt;i&gt;</it>.<ut>{\\b}</ut> <bpt i=\"1\">&lt;a href=\"<sub>Link text</sub>\"&gt;</bpt>x<ept i=\"1\">&lt;/a&gt;</ept> &amp; &lt;raw&gt;"
    )
    #expect(units.first?.variants.last?.markup == nil)
    // Markup is written back as it was read.
    let rewritten = try Self.written(units)
    #expect(rewritten.contains("<seg>" + english.markup! + "</seg>"))
  }

  @Test("internal entities are expanded; character references too")
  func entities() throws {
    let path = try Self.file(
      """
      <?xml version="1.0"?>
      <!DOCTYPE tmx [
        <!ENTITY company "Acme &amp; Co">
        <!ENTITY full "&company; Ltd&#46;">
        <!-- a comment -->
        <!ELEMENT tmx ANY>
      ]>
      <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>
      <body><tu><tuv xml:lang="en"><seg>&full; &#x1F600;&#233;</seg></tuv><tuv xml:lang="fr"><seg>&company;</seg></tuv></tu></body></tmx>
      """)
    let (_, units, _) = try Self.readAll(path)
    #expect(units.first?.variants.map(\.segment) == ["Acme & Co Ltd. 😀é", "Acme & Co"])
  }

  @Test("an entity bomb is an error, not an out-of-memory")
  func entityBomb() throws {
    var declarations = "<!ENTITY lol \"lollollollollollollollollollol\">\n"
    var previous = "lol"
    for level in 1...9 {
      let name = "lol\(level)"
      declarations +=
        "<!ENTITY \(name) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
      previous = name
    }
    let path = try Self.file(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n\(declarations)]>\n"
        + "<tmx version=\"1.4\"><header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>"
        + "<body><tu><tuv xml:lang=\"en\"><seg>&lol9;</seg></tuv></tu></body></tmx>")
    Self.expectReadError(path, "14:182: entity '&lol1;' nests too deeply (recursive or an entity bomb)")
    // Wide instead of deep: one 10 kB entity referenced 200 times.
    let wide = try Self.file(
      "<!DOCTYPE tmx [<!ENTITY big \"" + String(repeating: "x", count: 10_000) + "\">]>\n"
        + "<tmx version=\"1.4\"><header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>"
        + "<body><tu><tuv xml:lang=\"en\"><seg>" + String(repeating: "&big;", count: 200)
        + "</seg></tuv></tu></body></tmx>")
    #expect(
      throws: HexaplaError.malformedTMX(
        path: wide, line: 2, column: 682, message: "entity expansion exceeds 1000000 bytes (an entity bomb?)")
    ) { try Self.readAll(wide) }
  }

  static let header =
    "<header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>"

  @Test(
    "malformed XML or TMX: file:line:column and a message",
    arguments: [
      ("", "1:1: no root element (the file is empty or not XML)"),
      (
        "<tmx version=\"1.4\">\n\(header)\n<body>\n<tu><tuv xml:lang=\"en\"><seg>a</tuv>",
        "4:30: end tag </tuv> does not match <seg>"
      ),
      (
        "<tmx version=\"1.4\">\n\(header)\n<body>\n<tu>",
        "4:5: unexpected end of file: <tu> is not closed"
      ),
      (
        "<tmx version=\"1.4\">\n\(header)\n<body>\n<tu><tuv><seg>a</seg></tuv></tu></body></tmx>",
        "4:5: <tuv> without xml:lang"
      ),
      (
        "<tmx version=\"1.4\">\n\(header)\n<body><tu><tuv xml:lang=\"en\"><seg>Tom & Jerry</seg></tuv></tu></body></tmx>",
        "3:39: '&' must start a reference like &amp; (write &amp; for a literal '&')"
      ),
      (
        "<tmx version=\"1.4\">\n\(header)\n<body><tu><tuv xml:lang=\"en\"><seg>&nbsp;</seg></tuv></tu></body></tmx>",
        "3:35: undefined entity '&nbsp;'"
      ),
      (
        "<tmx version=\"1.4\">\n\(header)\n<body><tu><tuv xml:lang=\"en\"><seg>bell␇</seg></tuv></tu></body></tmx>",
        "3:39: character U+0007 is not allowed in XML 1.0"
      ),
      (
        "<tmx version=\"1.4\">\n\(header)\n<body><tu><tuv xml:lang=\"en\"><seg>&#1;</seg></tuv></tu></body></tmx>",
        "3:35: character U+0001 is not allowed in XML 1.0"
      ),
      (
        "<tmx version=\"1.4\">\n\(header)\n<body><tu tuid=1>",
        "3:16: attribute value must be quoted"
      ),
      (
        "<tmx version=\"1.4\">\n\(header)\n<body><tu tuid=\"1\" tuid=\"2\">",
        "3:20: attribute 'tuid' repeated in <tu>"
      ),
      (
        "<tmx version=\"1.4\">\n  \(header)\n<body></body></tmx>\n<tmx/>",
        "4:1: a second root element (an XML file has exactly one)"
      ),
      (
        "<xliff version=\"1.2\"/>",
        "1:1: the root element is <xliff>, not <tmx>: this is not a TMX file"
      ),
      (
        "<tmx version=\"1.4\">\n<body></body></tmx>",
        "2:1: <body> before <header>: a TMX file needs a header"
      ),
      (
        "<tmx version=\"1.4\">\n\(header)\n<body><tu><tuv xml:lang=\"en\"><seg>a ]]> b</seg></tuv></tu></body></tmx>",
        "3:37: ']]>' is not allowed in text (write ]]&gt;)"
      ),
      (
        "<!DOCTYPE tmx [<!ENTITY ext SYSTEM \"http://example.com/x\">]>\n<tmx version=\"1.4\">\n\(header)\n<body><tu><tuv xml:lang=\"en\"><seg>&ext;</seg></tuv></tu></body></tmx>",
        "4:35: external entity '&ext;' is not loaded (Hexapla never fetches external entities)"
      ),
      (
        "<tmx version=\"1.4\">\n\(header)\n<body><tu><tuv xml:lang=\"en\"><seg>ok</seg></tuv></tu></body></tmx>\ntrailing",
        "4:1: text after the root element"
      ),
      (
        "<tmx version=\"1.4\">\n\(header)\n<body><tu><tuv xml:lang=\"en\"><seg>é <!-- unterminated",
        "3:37: unexpected end of file in a comment (it started here)"
      ),
    ])
  func malformed(xml: String, expected: String) throws {
    let path = try Self.file(xml.withControlCharacters)
    Self.expectReadError(path, expected)
  }

  @Test("invalid UTF-8 is an error at the byte's line and column")
  func invalidUTF8() throws {
    var data = Data(
      "<tmx version=\"1.4\">\n\(Self.header)\n<body><tu><tuv xml:lang=\"en\"><seg>caf".utf8)
    data.append(contentsOf: [0xC3, 0x28])
    data.append(contentsOf: Data("</seg></tuv></tu></body></tmx>".utf8))
    let path = try Self.file(data)
    Self.expectReadError(path, "3:38: invalid UTF-8 (the file's encoding is not what it declares)")
  }

  @Test("U+FFFF in the text is an error at its line and column")
  func noncharacter() throws {
    let path = try Self.file(
      "<tmx version=\"1.4\">\n\(Self.header)\n<body><tu><tuv xml:lang=\"en\"><seg>日本\u{FFFF}</seg></tuv></tu></body></tmx>"
    )
    Self.expectReadError(path, "3:37: character U+FFFF is not allowed in XML 1.0")
  }

  @Test(
    "every well-formed BCP 47 tag is read, in canonical case; a malformed one skips its variant with a warning",
    arguments: [
      ("nob", "nob"), ("NNO", "nno"), ("und", "und"), ("qaa", "qaa"), ("x-foo", "x-foo"),
      ("i-klingon", "i-klingon"), ("zh-min-nan", "zh-min-nan"), ("en-us-x-twain", "en-US-x-twain"),
      ("sgn-be-fr", "sgn-BE-FR"), ("de-CH-1901", "de-CH-1901"), ("zh-yue-hk", "zh-yue-HK"),
      ("de-u-co-phonebk", "de-u-co-phonebk"), ("EN-GB", "en-GB"), ("zh_hant_tw", "zh-Hant-TW"),
    ])
  func wellFormedLanguageTags(written: String, canonical: String) throws {
    let path = try Self.file(
      "<tmx version=\"1.4\">\n\(Self.header)\n<body>\n<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv><tuv xml:lang=\"\(written)\"><seg>b</seg></tuv></tu></body></tmx>"
    )
    let (_, units, warnings) = try Self.readAll(path)
    #expect(units.first?.variants.map(\.language.description) == ["en", canonical])
    #expect(warnings == [])
  }

  @Test(
    "a malformed language tag skips its variant with a warning",
    arguments: ["e", "en--us", "en-ü", "x", "en-a", "abcdefghi", "en-x-abcdefghi", "1en"])
  func malformedLanguageTags(tag: String) throws {
    let path = try Self.file(
      "<tmx version=\"1.4\">\n\(Self.header)\n<body>\n<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv><tuv xml:lang=\"\(tag)\"><seg>b</seg></tuv></tu></body></tmx>"
    )
    let (_, units, warnings) = try Self.readAll(path)
    #expect(units.first?.variants.map(\.language) == [Self.tag("en")])
    #expect(
      warnings == [
        "\(path):4:42: warning: '\(tag)' in <tuv> is not a well-formed BCP 47 language tag (these variants are skipped)"
      ])
  }

  @Test("CRLF line ends become LF in text; &#13; stays a CR; self-closing elements")
  func lineEnds() throws {
    let path = try Self.file(
      "<tmx version=\"1.4\">\r\n\(Self.header)\r\n<body>\r\n<tu tuid=\"a\"><tuv xml:lang=\"en\"><seg>one\r\ntwo&#13;\r\nthree\rfour</seg></tuv>"
        + "<tuv xml:lang=\"fr\"><seg/></tuv><tuv lang=\"de\"><seg>eins</seg></tuv></tu>\r\n<tu/>\r\n</body></tmx>\r\n"
    )
    let (_, units, warnings) = try Self.readAll(path)
    #expect(warnings.isEmpty)
    #expect(
      Self.dump(units) == """
        tu a
          en: one\ntwo\r\nthree\nfour
          fr: \("")
          de: eins
        tu -
        """)
    // The empty French segment is not written back; the CR is.
    let rewritten = try Self.written(units)
    #expect(!rewritten.contains("xml:lang=\"fr\""))
    #expect(rewritten.contains("<seg>one\ntwo&#13;\nthree\nfour</seg>"))
  }

  @Test("a Latin-1 file as declared")
  func latin1() throws {
    var data = Data(
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<tmx version=\"1.4\">\(Self.header)<body><tu><tuv xml:lang=\"fr\"><seg>"
        .utf8)
    data.append(contentsOf: [0x63, 0x61, 0x66, 0xE9])  // café
    data.append(contentsOf: Data("</seg></tuv></tu></body></tmx>".utf8))
    let (_, units, _) = try Self.readAll(try Self.file(data))
    #expect(units.first?.variants.first?.segment == "café")
  }
}
