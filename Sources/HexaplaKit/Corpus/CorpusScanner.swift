import Foundation

/// Finds the articles of a corpus directory by file name: `ID.LANG.ext` files directly in the
/// directory, or `ID/LANG.ext` files in its subdirectories (`ext` is txt or an HTML extension).
public enum CorpusScanner {
  /// What a scan found.
  public struct Scan: Sendable {
    /// Articles with two or more editions, ordered by id.
    public var articles: [CorpusArticle]
    /// Articles that cannot be aligned (one edition, two files in one language), with reasons.
    public var problems: [(id: String, reason: String)]
  }

  /// Extensions of edition files.
  public static let extensions: Set<String> = EditionLoader.htmlExtensions.union(["txt"])

  /// Scans `directory`.
  /// - Throws: `HexaplaError.fileNotReadable` when the directory cannot be listed.
  public static func scan(directory: String) throws -> Scan {
    let manager = FileManager.default
    let entries: [String]
    do {
      entries = try manager.contentsOfDirectory(atPath: directory).sorted()
    } catch {
      throw HexaplaError.fileNotReadable(path: directory, reason: "cannot list the directory")
    }
    var found: [String: [(path: String, language: LanguageTag)]] = [:]
    var problems: [(id: String, reason: String)] = []
    let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    for entry in entries where !entry.hasPrefix(".") {
      let path = base + "/" + entry
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
      if isDirectory.boolValue {
        let files = (try? manager.contentsOfDirectory(atPath: path).sorted()) ?? []
        for file in files {
          let parts = file.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
          guard parts.count == 2, extensions.contains(parts[1].lowercased()),
            let language = try? LanguageTag(parts[0])
          else { continue }
          found[entry, default: []].append((path + "/" + file, language))
        }
      } else {
        let parts = entry.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 3, extensions.contains(parts[parts.count - 1].lowercased()),
          let language = try? LanguageTag(parts[parts.count - 2])
        else { continue }
        let id = parts[0..<(parts.count - 2)].joined(separator: ".")
        found[id, default: []].append((path, language))
      }
    }
    var articles: [CorpusArticle] = []
    for id in found.keys.sorted() {
      let editions = found[id]!.sorted { ($0.language, $0.path) < ($1.language, $1.path) }
      if editions.count < 2 {
        problems.append((id, "only one edition (\(editions[0].path)); an article needs two or more"))
        continue
      }
      var duplicate: String?
      for k in 1..<editions.count where editions[k].language == editions[k - 1].language {
        duplicate = "\(editions[k - 1].path) and \(editions[k].path) both claim language '\(editions[k].language)'"
      }
      if let duplicate {
        problems.append((id, duplicate))
        continue
      }
      articles.append(
        CorpusArticle(id: id, paths: editions.map(\.path), languages: editions.map(\.language)))
    }
    return Scan(articles: articles, problems: problems)
  }

  /// Whether `output` exists and is newer than every input (so the article can be skipped).
  public static func isUpToDate(output: String, inputs: [String]) -> Bool {
    let manager = FileManager.default
    guard let outputDate = (try? manager.attributesOfItem(atPath: output))?[.modificationDate] as? Date
    else { return false }
    return inputs.allSatisfy { input in
      guard let date = (try? manager.attributesOfItem(atPath: input))?[.modificationDate] as? Date else {
        return false
      }
      return date < outputDate
    }
  }
}
