import Foundation
import Testing

@testable import HexaplaKit

@Suite("TMX reader: the languages-only pass")
struct TMXReaderLanguagesTests {
  static let head = #"<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body>"#
  static let tail = "</body></tmx>"

  /// The languages of the units `next()` gives, in order of first appearance.
  static func languagesRead(_ path: String) throws -> [String] {
    var read: [String] = []
    try TMXReader.read(path: path) { unit in
      for variant in unit.variants where !read.contains(variant.language.description) {
        read.append(variant.language.description)
      }
    }
    return read
  }

  /// Documents (their body) and the languages both passes must give.
  static let cases: [(String, String, [String])] = [
    ("plain", #"<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="fr"><seg>b</seg></tuv></tu>"#, ["en", "fr"]),
    (
      "order of first appearance across units",
      #"<tu><tuv xml:lang="de"><seg>a</seg></tuv></tu><tu><tuv lang='en'><seg/></tuv><tuv xml:lang="de"><seg>x</seg></tuv></tu>"#,
      ["de", "en"]
    ),
    ("xml:lang before the legacy lang", #"<tu><tuv lang="fr" xml:lang="en"><seg>a</seg></tuv></tu>"#, ["en"]),
    (
      "a variant without a segment",
      #"<tu><tuv xml:lang="ru"/><tuv xml:lang="ja"><note>n</note></tuv><tuv xml:lang="en"><seg>a</seg></tuv></tu>"#,
      ["en"]
    ),
    (
      "an ill-formed tag", #"<tu><tuv xml:lang="-x-"><seg>a</seg></tuv><tuv xml:lang="es"><seg>b</seg></tuv></tu>"#,
      ["es"]
    ),
    ("a reference in the language", #"<tu><tuv xml:lang="&#101;n"><seg>a</seg></tuv></tu>"#, ["en"]),
    (
      "tags in comments, CDATA, processing instructions and attribute values",
      #"<!-- <tu><tuv xml:lang="xx"><seg>a</seg></tuv></tu> --><?pi <tuv xml:lang="yy"><seg>?><tu>"#
        + #"<prop type="a&gt;b"><![CDATA[<tuv xml:lang="zz"><seg>]]></prop><tuv xml:lang="en" x="&lt;'>"><seg>a</seg></tuv></tu>"#,
      ["en"]
    ),
    (
      "variants outside a unit, in a prop, in an unknown element",
      #"<tuv xml:lang="aa"><seg>a</seg></tuv><x><tu><tuv xml:lang="bb"><seg>b</seg></tuv></tu></x>"#
        + #"<tu><prop type="t">p</prop><tuv xml:lang="it"><seg>d<ph>&lt;b/&gt;</ph></seg></tuv></tu>"#,
      ["it"]
    ),
    (
      "case and script tags",
      #"<tu><tuv xml:lang="zh-hans"><seg>a</seg></tuv><tuv xml:lang="EN"><seg>b</seg></tuv></tu>"#, ["zh-Hans", "en"]
    ),
  ]

  @Test("gives the languages of the units", arguments: cases)
  func matchesTheUnits(name: String, body: String, expected: [String]) throws {
    let path = try TMXReaderTests.file(Self.head + body + Self.tail)
    #expect(try Self.languagesRead(path) == expected, "\(name): units")
    #expect(try TMXReader.languages(path: path).map(\.description) == expected, "\(name): languages-only")
  }

  @Test("text across the reads and a long CDATA section, and UTF-16")
  func longAndUTF16() throws {
    let filler = String(
      repeating: "<tu><prop type=\"p\">" + String(repeating: "x", count: 1000) + "</prop></tu>", count: 3000)
    let cdata = "<tu><note><![CDATA[" + String(repeating: "<y>", count: 200_000) + "]]></note></tu>"
    let body = filler + cdata + #"<tu><tuv xml:lang="ko"><seg>a</seg></tuv></tu>"#
    let path = try TMXReaderTests.file(Self.head + body + Self.tail)
    #expect(try TMXReader.languages(path: path).map(\.description) == ["ko"])
    #expect(try Self.languagesRead(path) == ["ko"])
    var utf16 = Data([0xFF, 0xFE])
    for unit in (Self.head + #"<tu><tuv xml:lang="el"><seg>α</seg></tuv></tu>"# + Self.tail).utf16 {
      utf16.append(UInt8(unit & 0xFF))
      utf16.append(UInt8(unit >> 8))
    }
    #expect(try TMXReader.languages(path: try TMXReaderTests.file(utf16)).map(\.description) == ["el"])
  }

  @Test("checks the markup but not the text; the export's first pass reports the first error")
  func errors() throws {
    // Invalid UTF-8 in a segment, then a mismatched end tag.
    var data = Data((Self.head + #"<tu><tuv xml:lang="en"><seg>a"#).utf8)
    data.append(0xFF)
    data.append(contentsOf: Array(#"</seg></tuv></tu><tu><tuv xml:lang="fr"><seg>b</tuv></tu>"#.utf8))
    data.append(contentsOf: Array(Self.tail.utf8))
    let path = try TMXReaderTests.file(data)
    #expect(throws: HexaplaError.self) { try TMXReader.languages(path: path) }
    let pipeline = UnitExportPipeline(options: .init())
    var firstError: String?
    do { try TMXReader.read(path: path) { _ in } } catch { firstError = "\(error)" }
    #expect(firstError?.contains("UTF-8") == true)
    do {
      _ = try pipeline.languages(in: [path])
      Issue.record("no error")
    } catch {
      #expect("\(error)" == firstError)
    }
    // Text errors alone pass; the units' pass finds them.
    let text = try TMXReaderTests.file(
      Self.head + #"<tu><tuv xml:lang="en"><seg>&undefined;</seg></tuv></tu>"# + Self.tail)
    #expect(try TMXReader.languages(path: text).map(\.description) == ["en"])
    #expect(throws: HexaplaError.self) { try TMXReader.read(path: text) { _ in } }
  }
}
