import Foundation
import TestResources

/// The hand-written dictionaries, shared with the CLI tests (`TestResources.dictionary`).
enum LexiconFixtures {
  static func path(_ name: String) -> String { TestResources.dictionary(name) }

  /// A fresh temporary directory.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("hexapla-lexicon-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
