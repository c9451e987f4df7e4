import Foundation
import Testing

@testable import HexaplaKit

/// The edit model of `hexapla review` alone: each case applies edits to
/// `Fixtures/review-input.tmx` and compares the saved TMX with a golden file in `Fixtures/`
/// (`HEXAPLA_UPDATE_GOLDEN=1` rewrites them for review).
@Suite("Review edits, undo and saving")
struct ReviewEditorTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
  static let input = fixtures.appendingPathComponent("review-input.tmx").path
  static let date = "20250601T120000Z"
  static let en = try! LanguageTag("en")
  static let zh = try! LanguageTag("zh")

  enum Step: Hashable, Sendable, CustomStringConvertible {
    case edit(ReviewEdit)
    case undo
    case redo

    var description: String {
      switch self {
      case .edit(let edit): return "\(edit)"
      case .undo: return "undo"
      case .redo: return "redo"
      }
    }
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var steps: [Step]
    /// The golden file, or nil when the output must equal the input byte for byte.
    var golden: String?
    var renumber = false
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "no edit: the file byte for byte", steps: [], golden: nil),
    Case(name: "merge 2 with 3", steps: [.edit(.merge(unit: 1))], golden: "merge.tmx"),
    Case(name: "merge, then undo", steps: [.edit(.merge(unit: 1)), .undo], golden: nil),
    Case(name: "merge, undo, redo", steps: [.edit(.merge(unit: 1)), .undo, .redo], golden: "merge.tmx"),
    Case(
      name: "move the last English sentence of 2 down",
      steps: [.edit(.moveLastDown(unit: 1, language: en))], golden: "move-down.tmx"),
    Case(
      name: "move the first Chinese sentence of 3 up, emptying it",
      steps: [.edit(.moveFirstUp(unit: 2, language: zh))], golden: "move-up.tmx"),
    Case(
      name: "split 4 after one sentence of each",
      steps: [.edit(.split(unit: 3, firstPart: [en: 1, zh: 1]))], golden: "split.tmx"),
    Case(
      name: "split 4, renumbered",
      steps: [.edit(.split(unit: 3, firstPart: [en: 1, zh: 1]))], golden: "split-renumbered.tmx", renumber: true),
    Case(name: "unpair 5", steps: [.edit(.unpair(unit: 4))], golden: "unpair.tmx"),
    Case(name: "accept 1", steps: [.edit(.accept(unit: 0))], golden: "accept.tmx"),
    Case(
      name: "three edits, two undone, one redone",
      steps: [
        .edit(.merge(unit: 1)), .edit(.split(unit: 2, firstPart: [en: 1, zh: 1])), .edit(.accept(unit: 0)),
        .undo, .undo, .redo,
      ], golden: "undo-redo.tmx"),
  ]

  static func editor() throws -> ReviewEditor {
    ReviewEditor(document: try ReviewDocument(path: input), reviewDate: date)
  }

  @Test("edits saved as TMX", arguments: cases)
  func saved(_ testCase: Case) throws {
    var editor = try Self.editor()
    for step in testCase.steps {
      let outcome: ReviewEditor.Outcome
      switch step {
      case .edit(let edit): outcome = editor.apply(edit)
      case .undo: outcome = editor.undo()
      case .redo: outcome = editor.redo()
      }
      guard case .applied = outcome else {
        Issue.record("\(step) refused: \(outcome)")
        return
      }
    }
    let bytes = try editor.document.serialized(editor.units, renumber: testCase.renumber)
    let text = String(decoding: bytes, as: UTF8.self)
    guard let golden = testCase.golden else {
      #expect(bytes == [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.input))))
      #expect(!editor.isModified)
      return
    }
    #expect(editor.isModified)
    TMXTestOutput.keep(text, as: "review-" + golden)
    let file = Self.fixtures.appendingPathComponent(golden)
    if ProcessInfo.processInfo.environment["HEXAPLA_UPDATE_GOLDEN"] == "1" {
      try Data(bytes).write(to: file)
      return
    }
    #expect(text == (try String(contentsOf: file, encoding: .utf8)))
    // What was written reads back as TMX, with the units the editor holds.
    let path = NSTemporaryDirectory() + "review-\(UUID().uuidString).tmx"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    var read: [TMXUnit] = []
    try TMXReader.read(path: path) { read.append($0) }
    #expect(read.map { $0.variants.map(\.segment) } == editor.units.map { $0.tmx.variants.map(\.segment) })
  }

  @Test("units not edited are copied byte for byte between edited ones")
  func untouchedUnitsKept() throws {
    var editor = try Self.editor()
    _ = editor.apply(.merge(unit: 1))
    let text = String(decoding: try editor.document.serialized(editor.units), as: UTF8.self)
    let original = try String(contentsOfFile: Self.input, encoding: .utf8)
    for marker in ["<tu tuid=\"1\">", "<tu tuid=\"4\">", "<!-- checked by hand -->\n    <tu tuid='5'"] {
      let start = try #require(original.range(of: marker)).lowerBound
      let end = try #require(original[start...].range(of: "</tu>")).upperBound
      #expect(text.contains(original[start..<end]), "\(marker)")
    }
  }

  struct Refused: Sendable, CustomTestStringConvertible {
    var edit: ReviewEdit
    var reason: String
    var testDescription: String { reason }
  }

  static let refusals: [Refused] = [
    Refused(edit: .merge(unit: 4), reason: "there is no unit after this one to merge with"),
    Refused(edit: .moveFirstUp(unit: 0, language: en), reason: "there is no unit before this one"),
    Refused(edit: .moveLastDown(unit: 4, language: en), reason: "there is no unit after this one"),
    Refused(edit: .moveLastDown(unit: 2, language: en), reason: "unit 3 has no en sentence"),
    Refused(edit: .unpair(unit: 2), reason: "unit 3 has only one language"),
    Refused(
      edit: .split(unit: 3, firstPart: [en: 2, zh: 2]),
      reason: "both parts of a split need a sentence: move a boundary first"),
    Refused(edit: .merge(unit: 9), reason: "there is no unit 10"),
  ]

  @Test("edits that cannot be done are refused with a reason, and change nothing", arguments: refusals)
  func refused(_ refusal: Refused) throws {
    var editor = try Self.editor()
    #expect(editor.apply(refusal.edit) == .refused(refusal.reason))
    #expect(!editor.isModified)
    #expect(editor.undo() == .refused("nothing to undo"))
  }

  @Test("accepting twice is refused; a unit reviewed earlier is not weak and a session resumes after it")
  func resume() throws {
    var editor = try Self.editor()
    #expect(editor.firstUnreviewed == 0)
    #expect(editor.weakUnits == [1, 2])
    #expect(editor.apply(.accept(unit: 0)) == .applied(cursor: 1, message: "unit 1 accepted"))
    #expect(editor.apply(.accept(unit: 0)) == .refused("unit 1 is already reviewed"))
    #expect(editor.apply(.accept(unit: 1)) == .applied(cursor: 2, message: "unit 2 accepted"))
    #expect(editor.weakUnits == [2])
    let path = NSTemporaryDirectory() + "review-\(UUID().uuidString).tmx"
    defer { try? FileManager.default.removeItem(atPath: path) }
    try editor.document.save(editor.units, to: path)
    editor.markSaved()
    #expect(!editor.isModified)
    let resumed = ReviewEditor(document: try ReviewDocument(path: path), reviewDate: Self.date)
    #expect(resumed.firstUnreviewed == 2)
    #expect(resumed.weakUnits == [2])
  }

  @Test("units from different documents are neither merged nor share sentences")
  func documents() throws {
    let header = TMXHeader(creationDate: Self.date)
    func unit(_ document: String, _ en: String, _ zh: String) -> TMXUnit {
      TMXUnit(
        props: [TMXProperty(type: "x-document", value: document)],
        variants: [.init(language: Self.en, segment: en), .init(language: Self.zh, segment: zh)])
    }
    var editor = ReviewEditor(
      document: ReviewDocument(
        path: "mem.tmx", header: header, units: [unit("a", "One.", "一。"), unit("b", "Two.", "二。")]),
      reviewDate: Self.date)
    #expect(editor.apply(.merge(unit: 0)) == .refused("the units come from different documents (a and b)"))
    #expect(
      editor.apply(.moveLastDown(unit: 0, language: Self.en))
        == .refused("the units come from different documents (a and b)"))
  }

  @Test("a file that is not UTF-8 is written again whole, with the edits")
  func utf16() throws {
    let original = try String(contentsOfFile: Self.input, encoding: .utf8)
    let path = NSTemporaryDirectory() + "review-\(UUID().uuidString).tmx"
    defer { try? FileManager.default.removeItem(atPath: path) }
    try original.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
      .data(using: .utf16)!.write(to: URL(fileURLWithPath: path))
    var warnings: [String] = []
    var editor = ReviewEditor(
      document: try ReviewDocument(path: path, onWarning: { warnings.append($0) }), reviewDate: Self.date)
    #expect(warnings.count == 1 && warnings[0].contains("not UTF-8"))
    _ = editor.apply(.merge(unit: 1))
    let text = String(decoding: try editor.document.serialized(editor.units), as: UTF8.self)
    #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"))
    #expect(text.components(separatedBy: "<tu ").count - 1 == 4)
    #expect(text.contains("<seg>The market fell. Shares lost <hi>2 percent</hi>.</seg>"))
  }
}
