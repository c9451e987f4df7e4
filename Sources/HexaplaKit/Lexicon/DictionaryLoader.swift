import Foundation

/// Loads dictionary files of every format Hexapla reads, telling format and languages.
public enum DictionaryLoader {
  /// Reads one dictionary file.
  ///
  /// The format comes from `DictionaryFormat.detect`. Languages come, in this order, from the
  /// format (CC-CEDICT is `zh`→`en`; `.hxdict` stores them), the dictd header (`00-database-short`),
  /// `hint`, then the file name (`freedict-deu-fra.index`, `terms.de-fr.tsv`); otherwise they stay
  /// unknown and `DictionaryFile.dictionary(source:target:)` orients by script.
  /// Malformed lines are skipped and counted.
  /// - Parameters:
  ///   - path: the file (for dictd: the `.index`, `.dict.dz` or `.dict` file).
  ///   - hint: source and target language for files that do not name them.
  /// - Throws: `HexaplaError.fileNotReadable`, `.invalidEncoding`, `.unknownDictionaryFormat`,
  ///   `.malformedLine` (the first bad line) when no usable entry is left, `.emptyInput` when
  ///   there are no entries at all.
  public static func load(path: String, hint: (LanguageTag, LanguageTag)? = nil) throws -> DictionaryFile {
    let format = try detectFormat(path: path)
    var builder = DictionaryBuilder()
    var languages: (LanguageTag, LanguageTag)?
    var evidence = DictionaryFile.LanguageEvidence.unknown
    var reportedPath = path
    switch format {
    case .hxdict:
      return try CompactDictionary.read(path: path)
    case .cedict:
      CEDICTParser.parse(try TextDecoder.read(path: path), into: &builder)
      languages = (try LanguageTag("zh"), try LanguageTag("en"))
      evidence = .format
    case .dictd:
      let files = try DictdParser.files(for: path)
      reportedPath = files.index
      let index = try TextDecoder.read(path: files.index)
      let data = try DictdParser.readData(path: files.data)
      let headers = DictdParser.parse(index: index, data: data, into: &builder)
      builder.title = headers["00databaseshort"]
      for header in ["00databaseshort", "00databaseurl"] {
        if languages == nil, let value = headers[header], let pair = DictionaryLanguages.fromTitle(value) {
          languages = pair
          evidence = .header
        }
      }
    case .tsv, .hunalign:
      ColumnListParser.parse(try TextDecoder.read(path: path), format: format, into: &builder)
    }
    if languages == nil, let hint {
      languages = hint
      evidence = .hint
    }
    if languages == nil, let pair = DictionaryLanguages.fromFileName(path) {
      languages = pair  // hunalign too: `hu-en.dic` pairs hu (right column) with en (left)
      evidence = .fileName
    }
    if builder.entries.isEmpty {
      if let first = builder.skippedExamples.first {
        throw HexaplaError.malformedLine(
          path: reportedPath, line: first.line,
          message: "\(first.message) (no usable entry in the file; \(builder.skippedCount) malformed lines)")
      }
      throw HexaplaError.emptyInput(path: reportedPath)
    }
    return DictionaryFile(
      path: path, format: format, sourceLanguage: languages?.0, targetLanguage: languages?.1,
      languageEvidence: evidence, title: builder.title, headwordCount: builder.headwordCount,
      entries: builder.entries, skippedCount: builder.skippedCount,
      skippedExamples: builder.skippedExamples)
  }

  /// The format of the file at `path`.
  /// - Throws: `HexaplaError.fileNotReadable`, `.unknownDictionaryFormat`.
  public static func detectFormat(path: String) throws -> DictionaryFormat {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw HexaplaError.fileNotReadable(path: path, reason: "no such file")
    }
    if isDirectory.boolValue {
      throw HexaplaError.fileNotReadable(path: path, reason: "it is a directory")
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw HexaplaError.fileNotReadable(path: path, reason: "permission denied")
    }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 8192)) ?? Data()
    return try DictionaryFormat.detect(path: path, head: head)
  }
}
