import Foundation
import TestResources
import Testing

@Suite("Finding the hexapla binary")
struct HexaplaProcessTests {
  @Test("HEXAPLA_BIN wins; else the build products directory of the test runner or a folder above it")
  func locate() throws {
    try TestResources.withTemporaryDirectory { directory in
      let products = directory.appendingPathComponent("debug")
      let runner = products.appendingPathComponent("HexaplaPackageTests.xctest/Contents/MacOS/HexaplaPackageTests")
      try FileManager.default.createDirectory(at: runner.deletingLastPathComponent(), withIntermediateDirectories: true)
      // A folder named hexapla is not the binary.
      try FileManager.default.createDirectory(
        at: runner.deletingLastPathComponent().appendingPathComponent("hexapla"), withIntermediateDirectories: true)
      #expect(HexaplaProcess.locate(environment: [:], startingFrom: [runner]) == nil)
      let binary = products.appendingPathComponent("hexapla")
      _ = FileManager.default.createFile(atPath: binary.path, contents: Data(), attributes: [.posixPermissions: 0o755])
      #expect(HexaplaProcess.locate(environment: [:], startingFrom: [runner])?.path == binary.path)
      #expect(
        HexaplaProcess.locate(environment: ["HEXAPLA_BIN": "/opt/x/hexapla"], startingFrom: [runner])?.path
          == "/opt/x/hexapla")
      #expect(HexaplaProcess.locate(environment: ["HEXAPLA_BIN": ""], startingFrom: [runner])?.path == binary.path)
    }
  }

  @Test("the binary the tests run exists")
  func executable() {
    #expect(
      FileManager.default.isExecutableFile(atPath: HexaplaProcess.executable.path), "\(HexaplaProcess.executable.path)")
  }
}
