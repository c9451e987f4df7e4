import Foundation
import Testing

@testable import HexaplaKit

/// The screen of `hexapla review` as a pure function of the session and the terminal size, and
/// the session's keys, on `Fixtures/review-input.tmx`.
@Suite("Review screen and keys")
struct ReviewScreenTests {
  static func session() throws -> ReviewSession {
    ReviewSession(
      editor: try ReviewEditorTests.editor(),
      outputPath: NSTemporaryDirectory() + "review-screen-\(UUID().uuidString).tmx")
  }

  static func keys(_ text: String) -> [ReviewKey] {
    var decoder = KeyDecoder()
    return decoder.decode(Array(text.utf8)) + decoder.flush()
  }

  static func screen(_ session: ReviewSession, _ width: Int, _ height: Int) -> String {
    ReviewScreen.render(session, width: width, height: height).lines.map { $0.trimmingTrailingSpaces() }
      .joined(separator: "\n")
  }

  @Test("80 × 24 at the start")
  func start() throws {
    let screen = Self.screen(try Self.session(), 80, 12)
    #expect(
      screen == """
        hexapla review · review-input.tmx · unit 1/5 · 2 weak · 0 reviewed
            # bead score │ en                            │ zh
         ────────────────┼───────────────────────────────┼──────────────────────────────
        >   1 1-1   0.91 │ The rain stopped at noon.     │ 雨在中午停了。
         !  2 2-1   0.41 │ Prices rose by 4.5 percent.   │ 价格上涨了4.5%。
                         │ Officials said so on Tuesday. │
         !  3 0-1   0.10 │ —                             │ 官员们周二这样表示。
            4 2-2   0.62 │ The market fell. Shares lost  │ 市场下跌。股票下跌了2%。
                         │ 2 percent.                    │
            5 1-1   0.95 │ See you & goodbye.            │ 再见。
        unit 1 (tuid 1) · language en (Tab)
        ? help  m merge  s split  <> move  x unpair  a accept  u undo  w save  q quit
        """)
  }

  @Test("the split preview marks each language's boundary, Tab and arrows move them")
  func splitPreview() throws {
    var session = try Self.session()
    for key in Self.keys("jjjs\t\u{1B}[C") { session.handle(key) }
    let screen = Self.screen(session, 60, 10).split(separator: "\n").map(String.init)
    #expect(
      Array(screen[3...]) == [
        " !  3 0-1   0.10 │ —                   │ 官员们周二这样表",
        "                 │                     │ 示。",
        ">   4 2-2   0.62 │ The market fell. // │ 市场下跌。股票下跌",
        ">                │ Shares lost 2       │ 了2%。 //",
        ">                │ percent.            │",
        "split: en 1|1  [zh] 2|0",
        "← → move the boundary  Tab language  Enter split  Esc cancel",
      ])
  }

  @Test("no line is wider than the terminal, and there are as many as it has rows", arguments: [40, 57, 80, 132, 200])
  func fits(width: Int) throws {
    var session = try Self.session()
    for key in Self.keys("jms") { session.handle(key) }
    for height in [8, 24, 50] {
      let frame = ReviewScreen.render(session, width: width, height: height)
      #expect(frame.lines.count == height)
      for line in frame.lines { #expect(TerminalCells.width(of: line) <= width, "\(line)") }
    }
  }

  @Test("a terminal too small says so")
  func tooSmall() throws {
    let frame = ReviewScreen.render(try Self.session(), width: 39, height: 24)
    #expect(frame.lines[0] == "terminal too small: 39×24 (needs 40×8)")
  }

  @Test("the current unit is kept on screen")
  func scrolls() throws {
    var session = try Self.session()
    for key in Self.keys("G") { session.handle(key) }
    let frame = ReviewScreen.render(session, width: 80, height: 9)
    #expect(frame.top == 2)
    #expect(frame.lines[3].hasPrefix(" !  3 0-1"))
    #expect(frame.lines[6].hasPrefix(">   5 1-1"))
  }

  /// Keys typed, then what the session shows: the status line, the cursor, the units' beads.
  struct KeyCase: Sendable, CustomTestStringConvertible {
    var keys: String
    var status: String
    var cursor: Int
    var beads: [String]
    var testDescription: String { keys.debugDescription }
  }

  static let keyCases: [KeyCase] = [
    KeyCase(
      keys: "n", status: "unit 2 (tuid 2) · weak · language en (Tab)", cursor: 1,
      beads: ["1-1", "2-1", "0-1", "2-2", "1-1"]),
    KeyCase(keys: "nnn", status: "no weak unit after this one", cursor: 2, beads: ["1-1", "2-1", "0-1", "2-2", "1-1"]),
    KeyCase(keys: "jm", status: "merged units 2 and 3", cursor: 1, beads: ["1-1", "2-2", "2-2", "1-1"]),
    KeyCase(
      keys: "jmu", status: "undone: merged units 2 and 3", cursor: 1, beads: ["1-1", "2-1", "0-1", "2-2", "1-1"]),
    KeyCase(keys: "jmu\u{12}", status: "redone: merged units 2 and 3", cursor: 1, beads: ["1-1", "2-2", "2-2", "1-1"]),
    KeyCase(
      keys: "j>", status: "moved the last en sentence of unit 2 to unit 3", cursor: 1,
      beads: ["1-1", "1-1", "1-1", "2-2", "1-1"]),
    KeyCase(
      keys: "jj\t<", status: "moved the first zh sentence of unit 3 to unit 2 (unit 3 was left empty and is gone)",
      cursor: 1, beads: ["1-1", "2-2", "2-2", "1-1"]),
    KeyCase(keys: "jjjs\r", status: "split unit 4", cursor: 3, beads: ["1-1", "2-1", "0-1", "1-1", "1-1", "1-1"]),
    KeyCase(keys: "jjjs\u{1B}", status: "split cancelled", cursor: 3, beads: ["1-1", "2-1", "0-1", "2-2", "1-1"]),
    KeyCase(
      keys: "s", status: "every language of this unit has one sentence: x unpairs it", cursor: 0,
      beads: ["1-1", "2-1", "0-1", "2-2", "1-1"]),
    KeyCase(
      keys: "x", status: "unit 1 unpaired into 2 one-language units", cursor: 0,
      beads: ["1-0", "0-1", "2-1", "0-1", "2-2", "1-1"]),
    KeyCase(keys: "aa", status: "unit 2 accepted", cursor: 2, beads: ["1-1", "2-1", "0-1", "2-2", "1-1"]),
    KeyCase(
      keys: "/股票\r", status: "unit 4 (tuid 4) · language en (Tab)", cursor: 3,
      beads: ["1-1", "2-1", "0-1", "2-2", "1-1"]),
    KeyCase(
      keys: "G/rain\r", status: "search wrapped to the top", cursor: 0, beads: ["1-1", "2-1", "0-1", "2-2", "1-1"]),
    KeyCase(
      keys: "/nothing like it\r", status: "no unit matches /nothing like it", cursor: 0,
      beads: ["1-1", "2-1", "0-1", "2-2", "1-1"]),
    KeyCase(
      keys: "mq", status: "Unsaved edits: w save and quit, q quit without saving, Esc go back", cursor: 0,
      beads: ["3-2", "0-1", "2-2", "1-1"]),
    KeyCase(keys: "mq\u{1B}", status: "not quitting", cursor: 0, beads: ["3-2", "0-1", "2-2", "1-1"]),
  ]

  @Test("keys", arguments: keyCases)
  func keys(_ testCase: KeyCase) throws {
    var session = try Self.session()
    for key in Self.keys(testCase.keys) { session.handle(key) }
    let frame = ReviewScreen.render(session, width: 100, height: 30)
    #expect(frame.lines[28] == testCase.status)
    #expect(session.cursor == testCase.cursor)
    #expect(session.editor.units.map { $0.tmx.prop("x-bead") ?? "" } == testCase.beads)
    #expect(!session.isFinished)
  }

  @Test("w saves where the session was told, and q then quits without asking")
  func saveAndQuit() throws {
    var session = try Self.session()
    defer { try? FileManager.default.removeItem(atPath: session.outputPath) }
    for key in Self.keys("jmw") { session.handle(key) }
    #expect(session.message == "saved 4 units to \(session.outputPath)")
    #expect(!session.editor.isModified)
    var read = 0
    try TMXReader.read(path: session.outputPath) { _ in read += 1 }
    #expect(read == 4)
    session.handle(.character("q"))
    #expect(session.isFinished)
  }
}
