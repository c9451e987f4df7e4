import Foundation
import Testing

@testable import HexaplaKit

@Suite("Export pipeline: every language selected, in one pass when the output can be taken back")
struct UnitExportPipelineLanguagesTests {
  static let head = #"<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body>"#
  static let tail = "</body></tmx>"

  /// A unit of TMX with a `<tuv>` per `(language, text)`.
  static func unit(_ variants: [(String, String)], extra: String = "") -> String {
    "<tu>" + extra + variants.map { #"<tuv xml:lang="\#($0.0)"><seg>\#($0.1)</seg></tuv>"# }.joined() + "</tu>"
  }

  /// A sink that cannot take back what it was given (as standard output).
  final class KeptSink: TextSink {
    private(set) var text = ""
    func write(_ text: String) throws { self.text += text }
    func finish() throws {}
  }

  /// What an export gives: its text, statistics, languages and warnings (or its error).
  struct Outcome: Equatable {
    var text = ""
    var statistics = UnitExportPipeline.Statistics()
    var languages: [LanguageTag] = []
    var warnings: [String] = []
    var error: String?
  }

  /// The export as it was made before the single pass: a silent first pass over the inputs,
  /// then a run with the languages it found.
  static func twoPasses(_ inputs: [String], options: UnitExportPipeline.Options) -> Outcome {
    var outcome = Outcome()
    do {
      var selected = options
      selected.languages = try UnitExportPipeline(options: options).languages(in: inputs)
      outcome.languages = selected.languages!
      let sink = MemorySink()
      let pipeline = UnitExportPipeline(options: selected) { outcome.warnings.append($0) }
      outcome.statistics = try pipeline.run(
        inputs: inputs, into: TSVExporter(sink: sink, languages: selected.languages!))
      outcome.text = sink.text
    } catch {
      outcome = Outcome(error: "\(error)")
    }
    return outcome
  }

  /// The export through `runSelectingAllLanguages`, into discardable sinks or not.
  static func onePass(_ inputs: [String], options: UnitExportPipeline.Options, discardable: Bool) -> (
    Outcome, exporters: Int
  ) {
    var outcome = Outcome()
    var made: [TextSink] = []
    do {
      let pipeline = UnitExportPipeline(options: options) { outcome.warnings.append($0) }
      let (statistics, languages) = try pipeline.runSelectingAllLanguages(inputs: inputs) { languages in
        let sink: TextSink = discardable ? MemorySink() : KeptSink()
        made.append(sink)
        return TSVExporter(sink: sink, languages: languages)
      }
      outcome.statistics = statistics
      outcome.languages = languages
      outcome.text = (made.last as? MemorySink)?.text ?? (made.last as? KeptSink)?.text ?? ""
    } catch {
      return (Outcome(error: "\(error)"), made.count)
    }
    // Every exporter but the last was given up: emptied, or never written to.
    for sink in made.dropLast() {
      #expect(((sink as? MemorySink)?.text ?? (sink as? KeptSink)?.text ?? "").isEmpty)
    }
    return (outcome, made.count)
  }

  static let en = ("en", "One.")
  static let fr = ("fr", "Un.")
  static let de = ("de", "Eins.")

  /// Inputs (TMX bodies, or JSON lines when they start with `{`), and how many exporters the
  /// single pass makes (1: the first unit's languages were all of them).
  static let cases: [(String, [String], Int)] = [
    ("the same languages throughout", [unit([en, fr]) + unit([fr, en]) + unit([en, fr])], 1),
    ("a language first seen in a later unit", [unit([en, fr]) + unit([en, fr]) + unit([en, de, fr])], 2),
    ("a language only in the last unit", [unit([en, fr]) + unit([en, fr]) + unit([de])], 2),
    ("a language of the second input", [unit([en, fr]), unit([en, fr]) + unit([de, en])], 2),
    (
      "languages in the rest of the input and in the next",
      [
        unit([en, fr]) + unit([de]) + unit([("es", "Uno.")]),
        unit([("it", "Uno.")]),
      ], 2
    ),
    ("a first unit without variants", ["<tu></tu>" + unit([en, fr])], 2),
    ("no unit", [""], 1),
    ("an empty first input", ["", unit([fr, en]) + unit([en, fr])], 1),
    ("a blank segment", [unit([en, ("fr", " ")]) + unit([en, fr])], 1),
    (
      "a tag less specific than the first unit's, later",
      [unit([en, ("zh-Hans", "一。")]) + unit([en, ("zh", "二。")]) + unit([en, ("zh-Hans", "三。")])], 2
    ),
    (
      "warnings before and after the unit with a new language",
      [
        unit([en, fr], extra: "<x/>") + unit([en, ("-x-", "?"), fr], extra: "<y/>")
          + unit([en, de, fr], extra: "<z/>") + unit([en, fr], extra: "<w/>") + "<v/>"
      ], 2
    ),
    ("an error after the unit with a new language", [unit([en, fr]) + unit([de, en]) + unit([("en", "&bad;")])], 2),
    (
      "an error in the markup there", [unit([en, fr]) + unit([de, en]) + "<tu><tuv xml:lang='en'><seg>a</tuv></tu>"], 2
    ),
    ("an error in the next input", [unit([en, fr]) + unit([de, en]), unit([en]) + "<tu>"], 2),
    (
      "JSON lines with a language in a later line",
      [
        #"{"segments":{"en":"A.","fr":"B."}}"# + "\n" + #"{"segments":{"en":"A.","fr":"C."}}"# + "\n"
          + #"{"segments":{"fr":"D.","ja":"E."}}"# + "\n" + #"{"document":"d","error":"failed"}"# + "\n"
      ], 2
    ),
  ]

  static func files(_ inputs: [String]) throws -> [String] {
    try inputs.enumerated().map { index, input in
      input.hasPrefix("{")
        ? try TMXReaderTests.file(input, name: "input\(index).jsonl")
        : try TMXReaderTests.file(head + input + tail, name: "input\(index).tmx")
    }
  }

  @Test("gives what a first pass and a run give", arguments: cases)
  func sameAsTwoPasses(name: String, inputs: [String], exporters: Int) throws {
    let paths = try Self.files(inputs)
    for dedupe in [false, true] {
      let options = UnitExportPipeline.Options(requireAllLanguages: true, dedupe: dedupe, inlineMarkup: .flatten)
      let expected = Self.twoPasses(paths, options: options)
      let (single, made) = Self.onePass(paths, options: options, discardable: true)
      #expect(single == expected, "\(name), dedupe \(dedupe)")
      if expected.error == nil { #expect(made == exporters, "\(name): exporters made") }
      let (kept, _) = Self.onePass(paths, options: options, discardable: false)
      #expect(kept == expected, "\(name), a sink that cannot be taken back, dedupe \(dedupe)")
    }
  }

  @Test("reports each warning once when it reads the inputs again")
  func warningsOnce() throws {
    let paths = try Self.files([
      Self.unit([Self.en, Self.fr], extra: "<x/>") + Self.unit([Self.en, Self.de], extra: "<y/>")
        + Self.unit([Self.en, Self.fr], extra: "<z/>")
    ])
    let (outcome, made) = Self.onePass(
      paths, options: .init(requireAllLanguages: true, inlineMarkup: .flatten), discardable: true)
    #expect(made == 2)
    #expect(outcome.warnings.count == 3)
    #expect(
      outcome.warnings.map { $0.contains("<x>") || $0.contains("<y>") || $0.contains("<z>") } == [true, true, true])
    #expect(outcome.languages.map(\.description) == ["en", "fr", "de"])
    #expect(outcome.text == "en\tfr\tde\n")
  }
}
