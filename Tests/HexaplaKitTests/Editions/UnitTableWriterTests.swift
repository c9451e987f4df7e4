import Foundation
import Testing

@testable import HexaplaKit

@Suite("UnitTableWriter")
struct UnitTableWriterTests {
  static func unit(_ texts: [(String, String)], index: Int) throws -> AlignedUnit {
    AlignedUnit(
      variants: try texts.map { language, text in
        AlignedUnit.Variant(
          language: try LanguageTag(language),
          sentences: text.isEmpty ? [] : [Sentence(text: text, paragraph: 0, range: 0..<text.utf8.count)],
          sentenceIndices: text.isEmpty ? [] : [index])
      }, score: 0.9, beadType: texts.map { $0.1.isEmpty ? "0" : "1" }.joined(separator: "-"))
  }

  /// A pivot-less unit kept with `keepUnpaired` makes `srclang` `*all*` (TMX requires the
  /// source language in every unit); without it, or when every written unit has the pivot,
  /// `srclang` stays the pivot. The file must read back either way.
  @Test(
    "srclang is the pivot unless a written unit lacks it",
    arguments: [
      (true, ["Hello.|Hallo.", "|Nur deutsch.", "Only English.|"], "*all*", 3),
      (false, ["Hello.|Hallo.", "|Nur deutsch.", "Only English.|"], "en", 1),
      (true, ["Hello.|Hallo.", "Only English.|"], "en", 2),
    ])
  func sourceLanguage(keepUnpaired: Bool, rows: [String], expected: String, written: Int) throws {
    let units = try rows.enumerated().map { index, row in
      let cells = row.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
      return try Self.unit([("en", cells[0]), ("de", cells[1])], index: index)
    }
    let sink = MemorySink()
    try UnitTableWriter.writeTMX(
      units, to: sink, sourceLanguage: try LanguageTag("en"), creationDate: "20260101T000000Z",
      keepUnpaired: keepUnpaired)
    let (header, read) = try TMXReaderTests.readBack(sink.text)
    #expect(header.sourceLanguage == expected)
    #expect(read.count == written)
  }
}
