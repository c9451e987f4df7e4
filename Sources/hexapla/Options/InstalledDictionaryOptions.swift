import ArgumentParser
import HexaplaKit

/// `--no-dictionaries`: whether `align` leaves the installed dictionaries unused.
struct InstalledDictionaryOptions: ParsableArguments {
  @Flag(
    name: .customLong("no-dictionaries"),
    help: ArgumentHelp(
      "Do not use the dictionaries installed in $XDG_DATA_HOME/hexapla/dictionaries (else ~/.local/share/hexapla/dictionaries) for the texts' language pairs; those of --dictionary are still used."
    ))
  var disabled = false

  /// The installed dictionaries to use: none with `--no-dictionaries`.
  var installed: InstalledDictionaries? {
    disabled ? nil : InstalledDictionaries.standard()
  }
}
