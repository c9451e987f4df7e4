import Foundation

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

  /// The directory of the built products (the test bundle sits beside `hexapla`).
  static let productsDirectory: URL = {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var directory = executable.deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("hexapla").path),
      directory.path != "/"
    {
      directory.deleteLastPathComponent()
    }
    return directory
  }()

  /// The folder of this test target's fixtures.
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// A fresh temporary directory.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "hexapla-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Runs `hexapla` with `arguments`, feeding `input` on standard input.
  static func run(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws -> Result {
    let process = Process()
    process.executableURL = productsDirectory.appendingPathComponent("hexapla")
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env.merge(environment) { $1 }
    process.environment = env
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
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

/// How `hexapla` exits when it fails (short for table-driven tests).
typealias Exit = HexaplaProcess.Exit
