import Foundation

/// Dictionaries installed where `Tools/install-dictionaries.sh` puts them: one `.hxdict` file
/// per language pair, named `SRC-TGT.hxdict` (`zh-en.hxdict`), used for a pair of texts in
/// those languages (either way round) without being named on the command line.
public struct InstalledDictionaries: Sendable, Hashable {
  /// The folder that holds them.
  public var directory: String

  public init(directory: String) {
    self.directory = directory
  }

  /// `$XDG_DATA_HOME/hexapla/dictionaries`, else `$HOME/.local/share/hexapla/dictionaries`;
  /// nil when neither variable is set.
  public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> InstalledDictionaries?
  {
    if let data = environment["XDG_DATA_HOME"], !data.isEmpty {
      return InstalledDictionaries(directory: data + "/hexapla/dictionaries")
    }
    if let home = environment["HOME"], !home.isEmpty {
      return InstalledDictionaries(directory: home + "/.local/share/hexapla/dictionaries")
    }
    return nil
  }

  /// The installed file for texts in languages `a` and `b` (by their language subtags:
  /// `zh-Hant` uses `zh-en.hxdict`), either direction; nil when there is none.
  public func path(for a: LanguageTag, _ b: LanguageTag) -> String? {
    for name in ["\(a.language)-\(b.language).hxdict", "\(b.language)-\(a.language).hxdict"] {
      let path = directory + "/" + name
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
        return path
      }
    }
    return nil
  }
}
