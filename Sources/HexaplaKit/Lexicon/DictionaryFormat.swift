import Foundation

/// The dictionary file formats Hexapla reads.
public enum DictionaryFormat: String, Sendable, CaseIterable, CustomStringConvertible {
  /// CC-CEDICT text: `traditional simplified [pin1 yin1] /gloss/gloss/`, Chinese to English.
  case cedict
  /// dictd: a `.index` file beside its data (`.dict.dz`, gzip/dictzip, or plain `.dict`).
  case dictd
  /// hunalign's `.dic`: `target phrase @ source phrase` per line.
  case hunalign
  /// Two tab-separated columns: source, target.
  case tsv
  /// Hexapla's compact binary dictionary (`hexapla dict build`).
  case hxdict

  public var description: String {
    switch self {
    case .cedict: return "CC-CEDICT"
    case .dictd: return "dictd"
    case .hunalign: return "hunalign .dic"
    case .tsv: return "TSV"
    case .hxdict: return "hxdict"
    }
  }

  /// Tells the format of a dictionary file from its name and first lines.
  ///
  /// A dictd dictionary may be named by its `.index`, `.dict.dz` or `.dict` file. Text formats are
  /// told by a majority of the first non-comment lines: CEDICT lines (`A B [..] /../`), lines with
  /// ` @ `, or lines with a tab.
  /// - Parameter head: the first bytes of the file (a few kilobytes are enough).
  /// - Throws: `HexaplaError.unknownDictionaryFormat` when no format fits.
  public static func detect(path: String, head: Data) throws -> DictionaryFormat {
    if head.starts(with: CompactDictionary.magic) { return .hxdict }
    if path.hasSuffix(".hxdict") {
      throw HexaplaError.unknownDictionaryFormat(
        path: path, detail: "named .hxdict but it lacks the hxdict header")
    }
    if path.hasSuffix(".index") || path.hasSuffix(".dict.dz") || path.hasSuffix(".dict") {
      return .dictd
    }
    if head.starts(with: [0x1F, 0x8B]) {
      throw HexaplaError.unknownDictionaryFormat(
        path: path, detail: "gzip data; a dictd dictionary is named NAME.dict.dz beside NAME.index")
    }
    let text = String(decoding: head, as: UTF8.self)
    if text.hasPrefix("# CC-CEDICT") { return .cedict }
    var votes: [DictionaryFormat: Int] = [:]
    var sampled = 0
    var lines = text.lineSlices().filter { !$0.isEmpty }
    if head.count >= 4096, !lines.isEmpty { lines.removeLast() }  // may be cut off
    for line in lines where sampled < 200 {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      sampled += 1
      if CEDICTParser.looksLikeEntry(trimmed) {
        votes[.cedict, default: 0] += 1
      } else if trimmed.contains(" @ ") {
        votes[.hunalign, default: 0] += 1
      } else if line.contains("\t") {
        votes[.tsv, default: 0] += 1
      }
    }
    guard sampled > 0 else {
      throw HexaplaError.unknownDictionaryFormat(path: path, detail: "no entries in its first lines")
    }
    let best = votes.max { a, b in a.value != b.value ? a.value < b.value : a.key.rawValue > b.key.rawValue }
    guard let best, best.value * 2 > sampled else {
      throw HexaplaError.unknownDictionaryFormat(
        path: path,
        detail: "its first lines are neither CEDICT entries, 'target @ source' pairs nor tab-separated columns")
    }
    return best.key
  }
}
