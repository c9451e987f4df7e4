import Foundation
import Testing

/// `hexapla review` outside a terminal: what it refuses, and why. The full-screen editor itself
/// is driven in tmux by Tools/review-check.sh.
@Suite("hexapla review")
struct ReviewCommandTests {
  static func copy() throws -> (folder: URL, file: String) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("review-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("in.tmx")
    try FileManager.default.copyItem(
      at: HexaplaProcess.fixtures.appendingPathComponent("inspect-sample.tmx"), to: file)
    return (folder, file.path)
  }

  struct Refusal: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var status: Int32
    var message: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  /// `IN` stands for the copied input file, `DIR` for its folder.
  static let refusals: [Refusal] = [
    Refusal(
      arguments: ["IN"], status: 1,
      message: "error: hexapla review is a full-screen view: standard input and output must be a terminal"),
    Refusal(arguments: ["IN", "-o", "IN"], status: 64, message: "pass --in-place to save over it."),
    Refusal(
      arguments: ["IN", "-o", "DIR/out.tmx", "--in-place"], status: 64, message: "--in-place and -o cannot be combined."
    ),
    Refusal(arguments: ["-"], status: 64, message: "review needs a file"),
    Refusal(arguments: ["IN", "--date", "yesterday"], status: 64, message: "yesterday"),
  ]

  @Test("refusals", arguments: refusals)
  func refused(_ refusal: Refusal) throws {
    let (folder, file) = try Self.copy()
    defer { try? FileManager.default.removeItem(at: folder) }
    let arguments = refusal.arguments.map {
      $0.replacingOccurrences(of: "IN", with: file).replacingOccurrences(of: "DIR", with: folder.path)
    }
    let result = try HexaplaProcess.run(["review"] + arguments, input: "")
    #expect(result.status == refusal.status)
    #expect(result.stderr.contains(refusal.message), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  @Test("an earlier review's output is not saved over without asking")
  func earlierOutput() throws {
    let (folder, file) = try Self.copy()
    defer { try? FileManager.default.removeItem(at: folder) }
    let earlier = folder.appendingPathComponent("in.reviewed.tmx").path
    try FileManager.default.copyItem(atPath: file, toPath: earlier)
    let result = try HexaplaProcess.run(["review", file], input: "")
    #expect(result.status == 64)
    #expect(
      result.stderr.contains(
        "\(earlier) exists (an earlier review?): resume it with 'hexapla review \(earlier) --in-place'"))
  }
}
