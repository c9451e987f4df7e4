import Foundation
import TestResources

/// Runs the built `hexapla` binary, as a user would.
enum HexaplaProcess {
  /// How `hexapla` exits when it fails.
  enum Exit: Int32, Sendable {
    /// An error a command throws while it runs (a file it cannot read, malformed input).
    case failure = 1
    /// A usage error, which argument-parser prints with the usage line: a `ValidationError`, a
    /// missing argument or a value it cannot parse (EX_USAGE).
    case usage = 64
  }

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Whether the run failed in this way.
    func failed(_ exit: Exit) -> Bool { status == exit.rawValue }
  }

  /// The `hexapla` binary the tests run: `$HEXAPLA_BIN` when set (a release build, an installed
  /// copy), else the one in the build products directory, which holds the test bundle too.
  static let executable: URL = {
    let environment = ProcessInfo.processInfo.environment
    let starts = [
      URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath(),  // Linux: the test runner
      Bundle.main.executableURL, Bundle.main.bundleURL,  // macOS: inside the .xctest bundle
    ].compactMap { $0 }
    guard let found = locate(environment: environment, startingFrom: starts) else {
      // The debug build's place, so that a failing run at least names the path it tried.
      return repository.appendingPathComponent(".build/debug/hexapla")
    }
    return found
  }()

  /// The repository, from this file's place (Tests/HexaplaCLITests/).
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Where `hexapla` is: `$HEXAPLA_BIN` if set and not empty, else an executable file named
  /// `hexapla` in the folder of one of `starts` or in a folder above it (the first found).
  static func locate(environment: [String: String], startingFrom starts: [URL]) -> URL? {
    if let path = environment["HEXAPLA_BIN"], !path.isEmpty { return URL(fileURLWithPath: path) }
    let files = FileManager.default
    for start in starts {
      var directory = start.deletingLastPathComponent()
      while true {
        let candidate = directory.appendingPathComponent("hexapla")
        var isDirectory: ObjCBool = false
        if files.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
          files.isExecutableFile(atPath: candidate.path)
        {
          return candidate
        }
        guard directory.path != "/", !directory.path.isEmpty else { break }
        directory.deleteLastPathComponent()
      }
    }
    return nil
  }

  /// The folder of this test target's fixtures.
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// Runs `hexapla` with `arguments`, feeding `input` on standard input.
  static func run(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    // No dictionaries installed on this machine take part, unless a test installs its own.
    env["XDG_DATA_HOME"] = "/nonexistent/hexapla-tests"
    env.merge(environment) { $1 }
    process.environment = env
    return try TestResources.withTemporaryDirectory { directory in
      let outURL = directory.appendingPathComponent("stdout")
      let errURL = directory.appendingPathComponent("stderr")
      let inURL = directory.appendingPathComponent("stdin")
      _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
      _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
      _ = FileManager.default.createFile(atPath: inURL.path, contents: Data((input ?? "").utf8))
      let stdout = try FileHandle(forWritingTo: outURL)
      let stderr = try FileHandle(forWritingTo: errURL)
      let stdin = try FileHandle(forReadingFrom: inURL)
      process.standardOutput = stdout
      process.standardError = stderr
      process.standardInput = stdin
      try process.run()
      process.waitUntilExit()
      try stdout.close()
      try stderr.close()
      try stdin.close()
      let outData = try Data(contentsOf: outURL)
      let errData = try Data(contentsOf: errURL)
      return Result(
        status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self))
    }
  }
}

/// How `hexapla` exits when it fails (short for table-driven tests).
typealias Exit = HexaplaProcess.Exit
