import ArgumentParser
import HexaplaKit

/// `--date`: the TMX creation date, which a pinned value makes reproducible.
struct TMXDateOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "TMX creation date: YYYYMMDDThhmmssZ, YYYY-MM-DDThh:mm:ssZ or @SECONDS (default: SOURCE_DATE_EPOCH, else now).",
      valueName: "date"))
  var date: String?

  /// Checks a given `--date` (the commands call this where their own checks put it).
  /// - Throws: `ValidationError` for a date in none of the forms.
  func check() throws {
    guard let date else { return }
    do { _ = try TMXDate.resolve(pinned: date) } catch { throw ValidationError("\(error)") }
  }

  /// The creation date to write: `--date`, else `SOURCE_DATE_EPOCH`, else now.
  /// - Throws: `HexaplaError.inconsistentInput` for a malformed date.
  func resolved() throws -> String { try TMXDate.resolve(pinned: date) }
}
