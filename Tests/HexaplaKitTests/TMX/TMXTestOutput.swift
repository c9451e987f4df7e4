import Foundation

/// Keeps TMX text the tests wrote in $HEXAPLA_TMX_OUT, when set, so Tools/test.sh can check it
/// with real TMX readers (xmllint with the TMX 1.4 DTD, translate-toolkit).
enum TMXTestOutput {
  static func keep(_ text: String, as name: String) {
    guard let folder = ProcessInfo.processInfo.environment["HEXAPLA_TMX_OUT"], !folder.isEmpty
    else { return }
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try? Data(text.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
  }
}
