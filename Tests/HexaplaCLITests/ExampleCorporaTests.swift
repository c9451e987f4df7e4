import Foundation
import TestResources
import Testing

/// The example corpora in `Alignments/` are what `Tools/regenerate-alignments.sh` writes today:
/// each of its `hexapla` commands runs again (into a temporary folder) and must give the
/// committed bytes. When a change to the aligner changes them on purpose, run the script and
/// commit the new files.
@Suite("Alignments/ example corpora")
struct ExampleCorporaTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The script's `hexapla` commands, `$date` filled in, as argument lists.
  static let commands: [[String]] = {
    let script = repository.appendingPathComponent("Tools/regenerate-alignments.sh")
    guard let text = try? String(contentsOf: script, encoding: .utf8) else { return [] }
    let lines = text.replacingOccurrences(of: "\\\n", with: " ").split(separator: "\n")
    let date = lines.first { $0.hasPrefix("date=") }.map { String($0.dropFirst("date=".count)) } ?? ""
    return lines.filter { $0.hasPrefix("\"$hexapla\" ") }.map { line in
      line.split(separator: " ").dropFirst().map { $0 == "\"$date\"" ? date : String($0) }
    }
  }()

  @Test("the script has the three commands: PUD per article, PUD merged, Ruth")
  func script() {
    #expect(Self.commands.count == 3)
    #expect(Self.commands.contains { $0.last == "Alignments/examples/bible/ruth.es.txt" })
  }

  @Test("each command gives the committed output", arguments: commands)
  func regenerate(command: [String]) throws {
    try TestResources.withTemporaryDirectory { directory in
      guard let o = command.firstIndex(of: "-o"), o + 1 < command.count else {
        Issue.record("no -o in \(command)")
        return
      }
      let output = command[o + 1]
      let fresh = directory.appendingPathComponent(output)
      try FileManager.default.createDirectory(
        at: fresh.deletingLastPathComponent(), withIntermediateDirectories: true)
      var arguments = command.map { $0.hasPrefix("Alignments/") ? Self.repository.appendingPathComponent($0).path : $0 }
      arguments[o + 1] = fresh.path
      let result = try HexaplaProcess.run(arguments)
      #expect(result.status == 0, "\(result.stderr)")
      let committed = Self.repository.appendingPathComponent(output)
      var isDirectory: ObjCBool = false
      #expect(FileManager.default.fileExists(atPath: committed.path, isDirectory: &isDirectory))
      let names =
        isDirectory.boolValue
        ? try FileManager.default.contentsOfDirectory(atPath: committed.path).sorted() : [""]
      if isDirectory.boolValue {
        #expect(try FileManager.default.contentsOfDirectory(atPath: fresh.path).sorted() == names)
      }
      for name in names {
        let expected = try Data(contentsOf: name.isEmpty ? committed : committed.appendingPathComponent(name))
        let actual = try Data(contentsOf: name.isEmpty ? fresh : fresh.appendingPathComponent(name))
        #expect(actual == expected, "\(output)/\(name) differs from a fresh run; rerun Tools/regenerate-alignments.sh")
      }
    }
  }

  @Test("every PUD unit holds all eleven languages")
  func pudLanguages() throws {
    let committed = Self.repository.appendingPathComponent("Alignments/pud")
    let names = try FileManager.default.contentsOfDirectory(atPath: committed.path).sorted()
    #expect(names == ["n01001.tmx", "n01005.tmx", "n01009.tmx", "n01011.tmx"])
    for name in names {
      let text = try String(contentsOf: committed.appendingPathComponent(name), encoding: .utf8)
      #expect(text.components(separatedBy: "<tuv ").count - 1 == 11 * (text.components(separatedBy: "<tu ").count - 1))
    }
  }
}
