import Foundation
import HexaplaKit
import Testing

@Suite("Alignment scores (score.py's strict and lax P/R/F1)")
struct AlignmentScoreTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// (name, p_strict, p_lax, p_den, r_strict, r_lax, r_den) as score.py --json printed them.
  static let expected: [(String, Int, Int, Int, Int, Int, Int)] = [
    ("textberg-dev", 17, 20, 30, 8, 10, 12),
    ("mac-dev-001", 25, 25, 25, 25, 25, 25),
    ("handmade", 2, 3, 5, 2, 3, 3),
  ]

  static func score(_ name: String) throws -> AlignmentScore {
    AlignmentScore(
      gold: try BeadFile.load(path: fixtures.appendingPathComponent("\(name).gold.txt").path),
      predicted: try BeadFile.load(path: fixtures.appendingPathComponent("\(name).pred.txt").path))
  }

  @Test("counts per document equal score.py's", arguments: expected)
  func counts(expected: (String, Int, Int, Int, Int, Int, Int)) throws {
    let score = try Self.score(expected.0)
    #expect(score.precisionStrictHits == expected.1)
    #expect(score.precisionLaxHits == expected.2)
    #expect(score.predictedBeads == expected.3)
    #expect(score.recallStrictHits == expected.4)
    #expect(score.recallLaxHits == expected.5)
    #expect(score.goldBeads == expected.6)
  }

  @Test("pooled table equals score.py --sum")
  func pooled() throws {
    let total = try Self.expected.map { try Self.score($0.0) }.reduce(AlignmentScore(), +)
    #expect(
      total.table.split(separator: "\n").prefix(5).joined(separator: "\n") == """
                      Strict    Lax
        Precision     0.733     0.800
        Recall        0.875     0.950
        F1            0.798     0.869
        (docs=3, pred beads=60, gold beads w/o 0-sided=40)
        """)
  }

  @Test("1-0/0-1 beads are scored apart")
  func skips() throws {
    let score = try Self.score("handmade")
    #expect(score.goldSkips == 2)
    #expect(score.predictedSkips == 1)
    #expect(score.skipHits == 0)
  }

  @Test("score.py prints the same F1 (when ../shared and python3 exist)")
  func crossCheck() throws {
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("shared/gold/align/score.py")
    guard FileManager.default.fileExists(atPath: script.path),
      FileManager.default.fileExists(atPath: "/usr/bin/python3")
    else { return }
    for (name, _, _, _, _, _, _) in Self.expected {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
      process.arguments = [
        script.path, Self.fixtures.appendingPathComponent("\(name).gold.txt").path,
        Self.fixtures.appendingPathComponent("\(name).pred.txt").path,
      ]
      let pipe = Pipe()
      process.standardOutput = pipe
      try process.run()
      let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      let mine = try Self.score(name).table
      #expect(mine.hasPrefix(output), "\(name)")
    }
  }

  @Test(
    "malformed bead lines name the line",
    arguments: [
      ("[0]:[0]\n[1]\n", 2, "expected \"[..]:[..]\", got '[1]'"),
      ("[0]:[0]\n\n[a]:[1]\n", 3, "cannot parse '[a]:[1]': expected lists of sentence indices like [0, 1]:[2]"),
      ("0:1\n", 1, "cannot parse '0:1': expected lists of sentence indices like [0, 1]:[2]"),
    ])
  func malformed(text: String, line: Int, message: String) {
    let error = #expect(throws: HexaplaError.malformedLine(path: "g.txt", line: line, message: message)) {
      try BeadFile.parse(text, path: "g.txt")
    }
    #expect(error?.description == "g.txt:\(line): \(message)")
  }

  @Test("bead lines parse like Python's literal_eval")
  func parse() throws {
    let entries = try BeadFile.parse("[0, 1]:[0]\n[5]:[]\n[]:[7]:0.25\n[3,]:[4]\n", path: "g.txt")
    #expect(
      entries == [
        BeadFile.Entry(source: [0, 1], target: [0]), BeadFile.Entry(source: [5], target: []),
        BeadFile.Entry(source: [], target: [7]), BeadFile.Entry(source: [3], target: [4]),
      ])
  }
}
