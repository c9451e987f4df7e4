import ArgumentParser
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Facts about the terminal standard output is connected to, if any.
enum Terminal {
  /// Whether standard output is a terminal.
  static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

  /// The width to lay text out in: the terminal's (TIOCGWINSZ), else `COLUMNS`, else 100.
  static func width(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
    var size = winsize()
    if standardOutputIsTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
    return 100
  }

  /// Whether to colour output: always or never when asked; otherwise only on a terminal,
  /// not when `NO_COLOR` is set to anything (https://no-color.org) or `TERM` is `dumb`.
  static func usesColor(_ mode: ColorMode, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool
  {
    switch mode {
    case .always: return true
    case .never: return false
    case .auto:
      if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
      if environment["TERM"] == "dumb" { return false }
      return standardOutputIsTerminal
    }
  }
}

/// `--color auto|always|never`.
enum ColorMode: String, CaseIterable, ExpressibleByArgument {
  case auto, always, never
}
