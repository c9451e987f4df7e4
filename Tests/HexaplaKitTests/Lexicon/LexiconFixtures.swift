import Foundation
import TestResources

/// The hand-written dictionaries, shared with the CLI tests (`TestResources.dictionary`).
enum LexiconFixtures {
  static func path(_ name: String) -> String { TestResources.dictionary(name) }
}
