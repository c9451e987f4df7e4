import Foundation

/// Fixtures that both test targets read, kept once in `Resources/` beside this file (found
/// through `#filePath`, so the CLI tests can hand the paths to the `hexapla` binary).
public enum TestResources {
  /// `Tests/TestResources/Resources`.
  public static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Resources")

  /// The path of a hand-written dictionary in `Resources/dict/` (each written for these tests in
  /// its format's layout; no content copied from CC-CEDICT or FreeDict).
  public static func dictionary(_ name: String) -> String {
    directory.appendingPathComponent("dict").appendingPathComponent(name).path
  }

  /// A fresh, empty temporary directory; the caller removes it.
  public static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("hexapla-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Runs `body` with a fresh temporary directory, and removes the directory afterwards.
  public static func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    return try body(directory)
  }
}
