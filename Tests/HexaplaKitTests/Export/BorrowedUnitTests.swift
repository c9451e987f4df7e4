import Foundation
import Testing

@testable import HexaplaKit

@Suite("JSON lines to TMX: units written as the reader lends them, as the units it returns")
struct BorrowedUnitTests {
  /// Lines whose units differ (`--dedupe` drops none): escapes, forbidden and blank text,
  /// white space first, unpaired units, languages out of order or named by `x-sentences-` props,
  /// alternatives, notes, error records, missing `tuid`s.
  static let lines: [String] = [
    #"{"tuid":"1","document":"d","segments":{"en":"A \"b\" <c> & d\u0001.","zh-Hans":"乙。"},"props":[["x-score","0.5"],["x-a&b","<1>"]]}"#,
    #"{"segments":{"fr":"b","en":"a"},"notes":["n & <m>","\u0000"],"alternatives":[["en","d"],["fr","\t"]]}"#,
    #"{"segments":{"en":" leading space","de":"\u3000ideographic space first"}}"#,
    #"{"segments":{"en":"   ","de":"x","fr":"y"}}"#,
    #"{"segments":{"en":"\u00a0","de":"x"}}"#,
    #"{"segments":{"en":"\u0001\u0002","de":"x"}}"#,
    #"{"segments":{"en":"alone"}}"#,
    #"{"segments":{"en":"","de":"empty English"}}"#,
    #"{"tuid":"t\"q\"","segments":{"de":"eins","en":"one","fr":"un"},"props":[["x-sentences-fr","0"],["x-sentences-en","0"],["x-sentences-de","0"]]}"#,
    #"{"segments":{"EN":"upper","en":"lower","fr":"f"}}"#,
    #"{"segments":{"zh-Hant":"中文","en":"e\uFFFEf\uFFFFg"}}"#,
    #"{"document":"doc","error":"it failed"}"#,
    "",
    #"{"segments":{"en":"\ud83d\ude00 emoji","ja":"日本語テキスト、句読点。"}}"#,
  ]

  /// The TMX, warnings and statistics of exporting `text` (then an empty file, with `renumber`).
  static func export(
    _ text: String, dedupe: Bool, keepUnpaired: Bool, renumber: Bool
  ) throws -> (String, [String], String) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("borrowed-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("units.jsonl").path
    let empty = directory.appendingPathComponent("empty.jsonl").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    try "".write(toFile: empty, atomically: true, encoding: .utf8)
    var warnings: [String] = []
    let sink = MemorySink()
    let writer = TMXWriter(
      sink: sink, header: .hexapla(creationDate: "20260101T000000Z"), options: .init(keepUnpaired: keepUnpaired),
      onWarning: { warnings.append($0) })
    let pipeline = UnitExportPipeline(
      options: .init(keepUnpaired: keepUnpaired, dedupe: dedupe), onWarning: { warnings.append($0) })
    let statistics = try pipeline.run(inputs: renumber ? [path, empty] : [path], into: TMXExporter(writer: writer))
    return (sink.text, warnings.map { $0.replacingOccurrences(of: path, with: "FILE") }, "\(statistics)")
  }

  @Test(
    "gives the output, warnings and counts of the units read as strings",
    arguments: [(false, false), (true, false), (false, true), (true, true)])
  func sameAsUnits(keepUnpaired: Bool, renumber: Bool) throws {
    let text = Self.lines.joined(separator: "\n") + "\n"
    // `--dedupe` takes the general path (each unit made of strings), and drops none of these.
    let lent = try Self.export(text, dedupe: false, keepUnpaired: keepUnpaired, renumber: renumber)
    let made = try Self.export(text, dedupe: true, keepUnpaired: keepUnpaired, renumber: renumber)
    #expect(lent.0 == made.0)
    #expect(lent.1 == made.1)
    #expect(lent.2 == made.2)
    #expect(lent.0.contains("&lt;c&gt; &amp; d."))
    #expect(lent.0.contains(renumber ? "<tu tuid=\"2\">" : "<tu tuid=\"t&quot;q&quot;\">"))
    #expect(lent.1.contains { $0.contains("removed") })
    // The units after a blank line and an error record are read.
    #expect(lent.0.contains("日本語テキスト"))
    #expect(lent.1.contains { $0.contains("skipped the error record") })
  }
}
