import Foundation
import TestResources
import Testing

@Suite("Unknown options")
struct UnknownOptionTests {
  @Test(
    "an unknown option is what every command reports, not what it made the other checks see",
    arguments: [
      ["segment", "x"], ["align", "x", "y"], ["align", "--corpus", "articles", "x"], ["eval", "x"],
      ["export", "x.tmx"], ["extract", "x"], ["records", "x"], ["dict", "info", "x"],
      ["dict", "build", "-o", "x.hxdict"], ["dict", "build", "x"],
      ["inspect", "x.tmx"], ["review", "x.tmx"],
    ])
  func unknownOption(arguments: [String]) throws {
    let command = arguments.prefix { !$0.hasPrefix("-") && $0 != "x" && $0 != "x.tmx" }
    let result = try HexaplaProcess.run(Array(command) + ["--bogus"] + arguments.dropFirst(command.count))
    #expect(result.failed(.usage), "status \(result.status)")
    #expect(result.stderr.hasPrefix("Error: Unknown option '--bogus'"), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  @Test("without an unknown option, the command's own check is reported")
  func ownCheck() throws {
    let result = try HexaplaProcess.run(["segment", "x"])
    #expect(result.failed(.usage), "status \(result.status)")
    #expect(result.stderr.hasPrefix("Error: Cannot tell the language of 'x'"))
  }

  @Test("dict build without -o asks for it once the dictionaries are readable")
  func dictBuildWithoutOutput() throws {
    try TestResources.withTemporaryDirectory { directory in
      let tsv = directory.appendingPathComponent("en-fr.tsv")
      try "house\tmaison\n".write(to: tsv, atomically: true, encoding: .utf8)
      let result = try HexaplaProcess.run(["dict", "build", "--dictionary", tsv.path, "--langs", "en,fr"])
      #expect(result.failed(.usage), "status \(result.status)")
      #expect(result.stderr.hasPrefix("Error: Give the .hxdict file to write with -o PATH."), "\(result.stderr)")
    }
  }
}
