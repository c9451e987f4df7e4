import ArgumentParser
import HexaplaKit

/// `--boilerplate drop|keep`, mapped onto the core's `BoilerplateHandling`.
enum BoilerplateArgument: String, CaseIterable, ExpressibleByArgument {
  case drop, keep

  var handling: BoilerplateHandling {
    switch self {
    case .drop: return .drop
    case .keep: return .keepUnpaired
    }
  }
}
