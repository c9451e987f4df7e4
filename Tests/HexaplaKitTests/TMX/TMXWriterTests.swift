import Foundation
import Testing

@testable import HexaplaKit

@Suite("TMX writer")
struct TMXWriterTests {
  static let date = "20260101T120000Z"

  static func tag(_ text: String) -> LanguageTag { try! LanguageTag(text) }

  static func write(
    _ units: [TMXUnit], header: TMXHeader = .hexapla(creationDate: date),
    options: TMXWriter.Options = .init()
  ) throws -> (text: String, warnings: [String]) {
    let sink = MemorySink()
    let writer = TMXWriter(sink: sink, header: header, options: options)
    for unit in units { try writer.write(unit) }
    try writer.finish()
    #expect(sink.isFinished)
    return (sink.text, writer.warnings)
  }

  @Test("golden output from aligned units, pinned date")
  func golden() throws {
    func sentence(_ text: String) -> Sentence { Sentence(text: text, paragraph: 0, range: 0..<0) }
    let units = [
      AlignedUnit(
        variants: [
          .init(
            language: Self.tag("en"),
            sentences: [sentence("It rained."), sentence("We stayed in.")], sentenceIndices: [0, 1]),
          .init(
            language: Self.tag("zh-hans"), sentences: [sentence("下雨了。"), sentence("我们没出门。")],
            sentenceIndices: [0, 1]),
          .init(
            language: Self.tag("pt-br"), sentences: [sentence("Choveu e ficamos em casa.")],
            sentenceIndices: [0]),
        ],
        score: 0.87654, beadType: "2-2-1", anchors: ["2026", "A|B"], document: "n01001"),
      AlignedUnit(
        variants: [
          .init(
            language: Self.tag("en"), sentences: [sentence("Only English.")], sentenceIndices: [2]),
          .init(language: Self.tag("zh-Hans"), sentences: [], sentenceIndices: []),
          .init(language: Self.tag("pt-BR"), sentences: [], sentenceIndices: []),
        ],
        score: 0.1, beadType: "1-0-0"),
      AlignedUnit(
        variants: [
          .init(language: Self.tag("en"), sentences: [sentence("Done.")], sentenceIndices: [3]),
          .init(language: Self.tag("zh-Hans"), sentences: [sentence("完了。")], sentenceIndices: [2]),
          .init(language: Self.tag("pt-BR"), sentences: [], sentenceIndices: []),
        ],
        score: 1, beadType: "1-1-0"),
    ]
    let tmx = units.enumerated().compactMap { TMXUnit(aligned: $1, tuid: String($0 + 1)) }
    #expect(tmx.count == 2)
    let (text, warnings) = try Self.write(tmx)
    TMXTestOutput.keep(text, as: "writer-golden.tmx")
    #expect(warnings.isEmpty)
    #expect(
      text == """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
          <header creationtool="Hexapla" creationtoolversion="\(HexaplaVersion.current)" segtype="sentence" o-tmf="Hexapla" adminlang="en" srclang="*all*" datatype="plaintext" creationdate="20260101T120000Z"/>
          <body>
            <tu tuid="1">
              <prop type="x-score">0.8765</prop>
              <prop type="x-bead">2-2-1</prop>
              <prop type="x-document">n01001</prop>
              <prop type="x-anchors">2026 | A\\|B</prop>
              <prop type="x-sentences-en">0,1</prop>
              <prop type="x-sentences-zh-Hans">0,1</prop>
              <prop type="x-sentences-pt-BR">0</prop>
              <tuv xml:lang="en"><seg>It rained. We stayed in.</seg></tuv>
              <tuv xml:lang="zh-Hans"><seg>下雨了。我们没出门。</seg></tuv>
              <tuv xml:lang="pt-BR"><seg>Choveu e ficamos em casa.</seg></tuv>
            </tu>
            <tu tuid="3">
              <prop type="x-score">1.0000</prop>
              <prop type="x-bead">1-1-0</prop>
              <prop type="x-sentences-en">3</prop>
              <prop type="x-sentences-zh-Hans">2</prop>
              <tuv xml:lang="en"><seg>Done.</seg></tuv>
              <tuv xml:lang="zh-Hans"><seg>完了。</seg></tuv>
            </tu>
          </body>
        </tmx>

        """)
  }

  @Test("a unit with one language is written only with keepUnpaired")
  func unpaired() throws {
    func sentence(_ text: String) -> Sentence { Sentence(text: text, paragraph: 0, range: 0..<0) }
    let aligned = AlignedUnit(
      variants: [
        .init(language: Self.tag("en"), sentences: [sentence("Alone.")], sentenceIndices: [0]),
        .init(language: Self.tag("de"), sentences: [], sentenceIndices: []),
      ],
      score: 0.25, beadType: "1-0")
    #expect(TMXUnit(aligned: aligned, tuid: "1") == nil)
    let unit = try #require(TMXUnit(aligned: aligned, tuid: "1", keepUnpaired: true))
    let (text, _) = try Self.write([unit], options: .init(keepUnpaired: true))
    #expect(text.contains("<tuv xml:lang=\"en\"><seg>Alone.</seg></tuv>\n    </tu>"))
    #expect(!text.contains("xml:lang=\"de\""))
    let (withoutFlag, _) = try Self.write([unit])
    #expect(!withoutFlag.contains("<tu "))
  }

  @Test(
    "escaping in text and attributes",
    arguments: [
      ("a & b", "a &amp; b", "a &amp; b"),
      ("x < y > z", "x &lt; y &gt; z", "x &lt; y &gt; z"),
      ("]]>", "]]&gt;", "]]&gt;"),
      ("say \"hi\" 'there'", "say \"hi\" 'there'", "say &quot;hi&quot; 'there'"),
      ("tab\there", "tab\there", "tab&#9;here"),
      ("line\nbreak", "line\nbreak", "line&#10;break"),
      ("cr\rhere", "cr&#13;here", "cr&#13;here"),
      (
        "emoji 👩🏽‍💻 RTL שלום combining é", "emoji 👩🏽‍💻 RTL שלום combining é",
        "emoji 👩🏽‍💻 RTL שלום combining é"
      ),
      ("&amp;", "&amp;amp;", "&amp;amp;"),
    ])
  func escaping(input: String, text: String, attribute: String) {
    var removed: [Unicode.Scalar] = []
    var out = ""
    XMLEscaping.appendText(input, to: &out, removed: &removed)
    #expect(out == text)
    out = ""
    XMLEscaping.appendAttribute(input, to: &out, removed: &removed)
    #expect(out == attribute)
    #expect(removed.isEmpty)
  }

  /// Each special character at every offset of a longer text (the escaper reads eight bytes
  /// at a time, so offsets within and after a word, and the tail, are all tried).
  @Test(
    "escaping at every offset",
    arguments: [
      ("&", "&amp;", "&amp;"), ("<", "&lt;", "&lt;"), (">", "&gt;", "&gt;"), ("\"", "\"", "&quot;"),
      ("\t", "\t", "&#9;"), ("\n", "\n", "&#10;"), ("\r", "&#13;", "&#13;"), ("é", "é", "é"),
      ("\u{FFFE}", "", ""), ("\u{7}", "", ""),
    ])
  func escapingAtEveryOffset(special: String, text: String, attribute: String) {
    let filler = "abcdefghijklmnopqrst"
    for offset in 0...filler.count {
      let input = String(filler.prefix(offset)) + special + String(filler.dropFirst(offset))
      var removed: [Unicode.Scalar] = []
      var out = ""
      XMLEscaping.appendText(input, to: &out, removed: &removed)
      #expect(out == String(filler.prefix(offset)) + text + String(filler.dropFirst(offset)))
      out = ""
      XMLEscaping.appendAttribute(input, to: &out, removed: &removed)
      #expect(out == String(filler.prefix(offset)) + attribute + String(filler.dropFirst(offset)))
      #expect(removed.count == (text.isEmpty ? 2 : 0))
    }
  }

  @Test(
    "characters XML 1.0 forbids are removed with a warning naming the unit",
    arguments: [
      ("bell␇here", "bellhere", "U+0007"),
      ("nul␀", "nul", "U+0000"),
      ("␛[1mbold", "[1mbold", "U+001B"),
      ("non\u{FFFE}char\u{FFFF}", "nonchar", "U+FFFE, U+FFFF"),
      ("ok\u{FFFD}\u{EFFF}", "ok\u{FFFD}\u{EFFF}", ""),
    ])
  func forbidden(input: String, expected: String, codes: String) throws {
    let unit = TMXUnit(
      tuid: "u7",
      variants: [
        .init(language: Self.tag("en"), segment: input.withControlCharacters),
        .init(language: Self.tag("fr"), segment: "oui"),
      ])
    let (text, warnings) = try Self.write([unit])
    #expect(text.contains("<tuv xml:lang=\"en\"><seg>\(expected)</seg></tuv>"))
    if codes.isEmpty {
      #expect(warnings.isEmpty)
    } else {
      let count = codes.split(separator: ",").count
      #expect(
        warnings == [
          "unit u7: removed \(count) character\(count == 1 ? "" : "s") XML 1.0 forbids (\(codes))"
        ])
    }
  }

  @Test("empty segments are never written; a unit left with one language is dropped with a warning")
  func emptySegments() throws {
    let units = [
      TMXUnit(variants: [
        .init(language: Self.tag("en"), segment: "Hello."),
        .init(language: Self.tag("de"), segment: "  "),
        .init(language: Self.tag("fr"), segment: "Bonjour."),
      ]),
      TMXUnit(variants: [
        .init(language: Self.tag("en"), segment: "Bye."),
        .init(language: Self.tag("de"), segment: "\u{01}"),
      ]),
    ]
    let (text, warnings) = try Self.write(units)
    TMXTestOutput.keep(text, as: "writer-empty-segments.tmx")
    #expect(!text.contains("<seg></seg>"))
    #expect(!text.contains("xml:lang=\"de\""))
    #expect(text.contains("<tu tuid=\"1\">"))
    #expect(!text.contains("<tu tuid=\"2\">"))
    #expect(
      warnings == [
        "unit 2: removed 1 character XML 1.0 forbids (U+0001)",
        "unit 2: left out: fewer than two languages with text",
      ])
  }

  @Test("an empty memory is a valid document; a named source language and DOCTYPE on request")
  func emptyDocument() throws {
    let header = TMXHeader.hexapla(sourceLanguage: Self.tag("EN-us"), creationDate: Self.date)
    let (text, _) = try Self.write([], header: header, options: .init(includeDoctype: true))
    #expect(
      text == """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE tmx SYSTEM "tmx14.dtd">
        <tmx version="1.4">
          <header creationtool="Hexapla" creationtoolversion="\(HexaplaVersion.current)" segtype="sentence" o-tmf="Hexapla" adminlang="en" srclang="en-US" datatype="plaintext" creationdate="20260101T120000Z"/>
          <body>
          </body>
        </tmx>

        """)
  }

  @Test("the same units give byte-identical output")
  func deterministic() throws {
    let units = (0..<50).map { i in
      TMXUnit(
        props: [
          .init(type: TMXUnit.PropertyType.score, value: TMXUnit.formatScore(Double(i) / 49))
        ],
        variants: [
          .init(language: Self.tag("en"), segment: "S \(i) & <x>"),
          .init(language: Self.tag("ja"), segment: "文\(i)"),
        ])
    }
    #expect(try Self.write(units).text == Self.write(units).text)
  }

  @Test(
    "scores have four decimals",
    arguments: [
      (0.0, "0.0000"), (1.0, "1.0000"), (0.5, "0.5000"), (0.123456, "0.1235"), (0.99995, "1.0000"),
      (-0.25, "-0.2500"), (Double.nan, "0.0000"),
    ])
  func score(value: Double, expected: String) {
    #expect(TMXUnit.formatScore(value) == expected)
  }

  @Test(
    "anchors join and split back",
    arguments: [[], ["a"], ["New York", "2026", "x|y", "back\\slash"]])
  func anchors(list: [String]) {
    #expect(TMXUnit.splitAnchors(TMXUnit.joinAnchors(list)) == list)
  }

  @Test(
    "creation date: pinned, SOURCE_DATE_EPOCH, or now",
    arguments: [
      ("20260101T120000Z", [:], "20260101T120000Z"),
      ("2024-02-29T23:59:59Z", [:], "20240229T235959Z"),
      ("@0", [:], "19700101T000000Z"),
      (nil, ["SOURCE_DATE_EPOCH": "1700000000"], "20231114T221320Z"),
      (nil, [:], "20010101T000000Z"),
    ] as [(String?, [String: String], String)])
  func dates(pinned: String?, environment: [String: String], expected: String) throws {
    #expect(
      try TMXDate.resolve(
        pinned: pinned, environment: environment, now: Date(timeIntervalSinceReferenceDate: 0))
        == expected)
  }

  @Test(
    "invalid pinned dates are errors",
    arguments: ["2026-13-01T00:00:00Z", "20230229T000000Z", "yesterday"])
  func badDates(pinned: String) {
    #expect(
      throws: HexaplaError.inconsistentInput(
        message: "invalid date '\(pinned)': use YYYYMMDDThhmmssZ, YYYY-MM-DDThh:mm:ssZ or @SECONDS")
    ) { try TMXDate.resolve(pinned: pinned, environment: [:]) }
  }
}
