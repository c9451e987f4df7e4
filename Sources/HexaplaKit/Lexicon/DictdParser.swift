internal import CZlib
import Foundation

/// Reads dictd dictionaries (FreeDict): a `.index` of `headword TAB offset TAB length` lines,
/// offsets and lengths in dictd's base64, into a data file that is plain (`.dict`) or gzip/dictzip
/// (`.dict.dz`).
///
/// An entry starts with its headword line (`Haus /haʊ̯s/ <n, neut>`); the next line holds the
/// translations, separated by commas. Numbered senses (`1. maison`, `2. chambre`) each start with
/// their translations; other lines are definitions, notes, examples or cross-references
/// (`see:`, `Synonyms:`, `Note:`) and are not used.
enum DictdParser {
  /// The index and data paths of the dictionary named by `path` (any of its files).
  /// - Throws: `HexaplaError.fileNotReadable` when a part is missing.
  static func files(for path: String) throws -> (index: String, data: String, stem: String) {
    let stem: String
    if path.hasSuffix(".index") {
      stem = String(path.dropLast(".index".count))
    } else if path.hasSuffix(".dict.dz") {
      stem = String(path.dropLast(".dict.dz".count))
    } else if path.hasSuffix(".dict") {
      stem = String(path.dropLast(".dict".count))
    } else {
      stem = path
    }
    let index = stem + ".index"
    guard FileManager.default.fileExists(atPath: index) else {
      throw HexaplaError.fileNotReadable(path: index, reason: "no such file (the index of a dictd dictionary)")
    }
    for candidate in [stem + ".dict.dz", stem + ".dict"] where FileManager.default.fileExists(atPath: candidate) {
      return (index, candidate, stem)
    }
    throw HexaplaError.fileNotReadable(
      path: stem + ".dict.dz", reason: "no such file (nor \(stem).dict): the data of a dictd dictionary")
  }

  /// The data file's bytes, inflated when it is gzip/dictzip.
  /// - Throws: `HexaplaError.fileNotReadable`, or `.invalidEncoding` naming the byte where
  ///   decompression failed.
  static func readData(path: String) throws -> Data {
    let raw = try TextDecoder.readBytes(path: path)
    guard raw.starts(with: [0x1F, 0x8B]) else { return raw }
    return try raw.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Data in
      var output: UnsafeMutablePointer<UInt8>?
      var length = 0
      var errorOffset = 0
      var message = [CChar](repeating: 0, count: 128)
      let code = hx_gunzip(
        bytes.bindMemory(to: UInt8.self).baseAddress, bytes.count, &output, &length, &errorOffset,
        &message, message.count)
      guard code == 0, let output else {
        let text = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        throw HexaplaError.invalidEncoding(
          path: path, byteOffset: errorOffset, detail: "cannot decompress: \(text)")
      }
      defer { hx_zlib_free(output) }
      return Data(bytes: output, count: length)
    }
  }

  /// Decodes dictd's base64 numbers (`A`-`Z`, `a`-`z`, `0`-`9`, `+`, `/`), or nil.
  static func decodeNumber(_ text: Substring) -> Int? {
    guard !text.isEmpty, text.utf8.count <= 10 else { return nil }
    var value = 0
    for byte in text.utf8 {
      let digit: Int
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): digit = Int(byte) - 65
      case UInt8(ascii: "a")...UInt8(ascii: "z"): digit = Int(byte) - 97 + 26
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte) - 48 + 52
      case UInt8(ascii: "+"): digit = 62
      case UInt8(ascii: "/"): digit = 63
      default: return nil
      }
      value = value * 64 + digit
    }
    return value
  }

  /// Parses an index and its (inflated) data.
  static func parse(index: String, data: Data, into builder: inout DictionaryBuilder) -> [String: String] {
    var headers: [String: String] = [:]
    var seenOffsets: Set<Int> = []
    var lineNumber = 0
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      let bytes = raw.bindMemory(to: UInt8.self)
      for line in index.lineSlices() {
        lineNumber += 1
        if line.isEmpty { continue }
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count >= 3, let offset = decodeNumber(fields[1]), let length = decodeNumber(fields[2])
        else {
          builder.headwordCount += 1
          builder.skip(line: lineNumber, "not a dictd index line 'headword<TAB>offset<TAB>length'")
          continue
        }
        guard offset + length <= bytes.count else {
          builder.headwordCount += 1
          builder.skip(line: lineNumber, "entry at \(offset)+\(length) lies beyond the data (\(bytes.count) bytes)")
          continue
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<(offset + length)]), as: UTF8.self)
        let key = fields[0]
        if key.hasPrefix("00database") || key.hasPrefix("00-database") {
          let name = key.replacingOccurrences(of: "-", with: "")
          var lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
          if let first = lines.first, first.replacingOccurrences(of: "-", with: "") == name { lines.removeFirst() }
          headers[name] = lines.first ?? ""
          continue
        }
        guard seenOffsets.insert(offset).inserted else { continue }
        builder.headwordCount += 1
        if !parseEntry(text, into: &builder) { builder.unusedHeadwords += 1 }
      }
    }
    return headers
  }

  /// Adds the pairs of one entry; false when it has none.
  static func parseEntry(_ text: String, into builder: inout DictionaryBuilder) -> Bool {
    var lines = text.lineSlices().filter { !$0.isEmpty }[...]
    guard let first = lines.popFirst() else { return false }
    guard let headword = headword(of: first) else { return false }
    var expectTranslations = true
    var added = false
    for line in lines {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty { continue }
      let lowered = trimmed.lowercased()
      if noteOpenings.contains(where: { lowered.hasPrefix($0) }) { continue }
      let numbered = startsWithSenseNumber(trimmed)
      if !(expectTranslations || numbered) { continue }  // a definition or a remark
      expectTranslations = false
      for translation in GlossCleaner.dictdTranslations(trimmed) {
        builder.add(source: headword, target: translation)
        added = true
      }
    }
    return added
  }

  /// Openings of lines that hold notes, examples or references.
  static let noteOpenings = ["see:", "see also", "synonym", "antonym", "note:", "\"", "{", "example", "from "]

  /// The headword of an entry's first line: the text before the pronunciation (`/.../`) or the
  /// grammar label (`<...>`), cleaned of remarks.
  static func headword(of line: Substring) -> String? {
    var end = line.endIndex
    for marker in [" /", " <", " ("] {
      if let range = line.range(of: marker), range.lowerBound < end { end = range.lowerBound }
    }
    return GlossCleaner.clean(line[..<end])
  }

  static func startsWithSenseNumber(_ text: String) -> Bool {
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty else { return false }
    let rest = text.dropFirst(digits.count)
    return rest.hasPrefix(".") || rest.hasPrefix(")")
  }
}
