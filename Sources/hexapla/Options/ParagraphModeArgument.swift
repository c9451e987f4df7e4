import ArgumentParser
import HexaplaKit

/// `--paragraphs line|blank`, mapped onto the core's `ParagraphMode`.
enum ParagraphModeArgument: String, CaseIterable, ExpressibleByArgument {
  case line, blank

  var mode: ParagraphMode {
    switch self {
    case .line: return .line
    case .blank: return .blank
    }
  }
}
