import Foundation
import Testing

@testable import HexaplaKit

/// Every TMX under `Alignments/` must read, write and read back unchanged, so the examples
/// cannot go stale as the reader and writer change.
@Suite("Alignments/*.tmx round trip")
struct AlignmentsRoundTripTests {
  /// `Alignments/`, found from this file (Tests/HexaplaKitTests/TMX/) whatever the working directory.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Alignments")

  static let files: [String] = {
    guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
    return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".tmx") }.sorted()
      .map { root.appendingPathComponent($0).path }
  }()

  /// Without this, a missing folder would leave the round trip below with no cases, and pass.
  @Test("Alignments/ is found and holds the example corpora")
  func corporaFound() {
    #expect(FileManager.default.fileExists(atPath: Self.root.path), "no folder at \(Self.root.path)")
    let names = Self.files.map { String($0.dropFirst(Self.root.path.count + 1)) }
    #expect(names.contains("bible/ruth.en-es.tmx"))
    #expect(names.contains("pud-news.tmx"))
    #expect(names.filter { $0.hasPrefix("pud/") }.count >= 2)
  }

  @Test("read → write → read gives the same units", arguments: files)
  func roundTrip(path: String) throws {
    var units: [TMXUnit] = []
    let header = try TMXReader.read(path: path) { units.append($0) }
    #expect(!units.isEmpty)
    let sink = MemorySink()
    let writer = TMXWriter(sink: sink, header: header, options: .init(keepUnpaired: true))
    for unit in units { try writer.write(unit) }
    try writer.finish()
    #expect(writer.warnings.isEmpty)
    let (headerAgain, again) = try TMXReaderTests.readBack(sink.text)
    #expect(headerAgain == header)
    // The writer numbers units without a tuid by their place in the input.
    let expected = units.enumerated().map { index, unit in
      var unit = unit
      if unit.tuid == nil { unit.tuid = String(index + 1) }
      return unit
    }.filter { !$0.variants.isEmpty }
    #expect(again == expected)
  }
}
