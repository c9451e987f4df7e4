import Foundation

/// Messages for the user on standard error.
enum Diagnostics {
  /// Prints a note on standard error.
  static func note(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }

  /// Prints a warning on standard error.
  static func warning(_ message: String) {
    FileHandle.standardError.write(Data(("warning: " + message + "\n").utf8))
  }
}
