import Foundation

/// Hexapla's compact binary dictionary (`.hxdict`): a merged, oriented, de-duplicated dictionary
/// that loads in a fraction of the time its sources take to parse.
///
/// Layout (integers are little-endian `UInt32`; strings are a length then UTF-8 bytes):
/// ```
/// "HXDICT1\n"  source-language  target-language
/// provenance-count  provenance-string...
/// string-count  blob-length  offset[string-count + 1]  blob
/// entry-count  (source-string-index, target-string-index)...
/// ```
/// Strings are unique and sorted by their UTF-8 bytes; entries are sorted, so the same entries
/// always give the same bytes.
public enum CompactDictionary {
  /// The first bytes of every `.hxdict` file.
  public static let magic: [UInt8] = Array("HXDICT1\n".utf8)

  /// The bytes of a compact dictionary.
  /// - Parameter provenance: one line per source (file name, format, entries), kept for `dict info`.
  /// - Complexity: O(n log n) in the number of entries.
  public static func encode(_ dictionary: BilingualDictionary, provenance: [String]) -> [UInt8] {
    var unique = Set<String>()
    for entry in dictionary.entries {
      unique.insert(entry.source)
      unique.insert(entry.target)
    }
    let strings = unique.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
    var indexOf: [String: UInt32] = [:]
    indexOf.reserveCapacity(strings.count)
    for (i, bytes) in strings.enumerated() { indexOf[String(decoding: bytes, as: UTF8.self)] = UInt32(i) }
    var pairs = Set<UInt64>()
    for entry in dictionary.entries {
      pairs.insert(UInt64(indexOf[entry.source]!) << 32 | UInt64(indexOf[entry.target]!))
    }
    var out: [UInt8] = magic
    func u32(_ value: Int) {
      let v = UInt32(value)
      out.append(contentsOf: [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)])
    }
    func string(_ text: String) {
      u32(text.utf8.count)
      out.append(contentsOf: text.utf8)
    }
    string(dictionary.sourceLanguage.description)
    string(dictionary.targetLanguage.description)
    u32(provenance.count)
    provenance.forEach(string)
    u32(strings.count)
    u32(strings.reduce(0) { $0 + $1.count })
    var offset = 0
    u32(0)
    for bytes in strings {
      offset += bytes.count
      u32(offset)
    }
    for bytes in strings { out.append(contentsOf: bytes) }
    u32(pairs.count)
    for pair in pairs.sorted() {
      u32(Int(pair >> 32))
      u32(Int(pair & 0xFFFF_FFFF))
    }
    return out
  }

  /// Reads an `.hxdict` file.
  /// - Throws: `HexaplaError.fileNotReadable`, or `.invalidEncoding` naming the byte where the
  ///   file is corrupt or cut off.
  public static func read(path: String) throws -> DictionaryFile {
    let data = try TextDecoder.readBytes(path: path)
    return try decode(data, path: path)
  }

  /// Decodes the bytes of an `.hxdict` file.
  /// - Throws: `HexaplaError.invalidEncoding` naming the byte where they are corrupt or cut off.
  public static func decode(_ data: Data, path: String) throws -> DictionaryFile {
    try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> DictionaryFile in
      var reader = Reader(bytes: raw, path: path)
      guard raw.count >= magic.count, raw.prefix(magic.count).elementsEqual(magic) else {
        throw HexaplaError.invalidEncoding(path: path, byteOffset: 0, detail: "not an hxdict file")
      }
      reader.position = magic.count
      let sourceTag = try reader.string()
      let targetTag = try reader.string()
      let source: LanguageTag
      let target: LanguageTag
      do {
        source = try LanguageTag(sourceTag)
        target = try LanguageTag(targetTag)
      } catch {
        throw HexaplaError.invalidEncoding(path: path, byteOffset: magic.count, detail: "corrupt hxdict: \(error)")
      }
      let provenanceCount = try reader.count(elementSize: 4)
      var provenance: [String] = []
      for _ in 0..<provenanceCount { provenance.append(try reader.string()) }
      let stringCount = try reader.count(elementSize: 4)
      let blobLength = try reader.count(elementSize: 1)
      let offsetsStart = reader.position
      try reader.skip((stringCount + 1) * 4)
      let blobStart = reader.position
      try reader.skip(blobLength)
      var strings: [String] = []
      strings.reserveCapacity(stringCount)
      var previous = Int(raw.loadUnaligned(fromByteOffset: offsetsStart, as: UInt32.self).littleEndian)
      for i in 0..<stringCount {
        let next = Int(raw.loadUnaligned(fromByteOffset: offsetsStart + 4 * (i + 1), as: UInt32.self).littleEndian)
        guard previous <= next, next <= blobLength else {
          throw HexaplaError.invalidEncoding(
            path: path, byteOffset: offsetsStart + 4 * (i + 1), detail: "corrupt hxdict: bad string offset")
        }
        strings.append(
          String(
            decoding: UnsafeRawBufferPointer(rebasing: raw[(blobStart + previous)..<(blobStart + next)]), as: UTF8.self)
        )
        previous = next
      }
      let entryCount = try reader.count(elementSize: 8)
      var entries: [BilingualDictionary.Entry] = []
      entries.reserveCapacity(entryCount)
      for _ in 0..<entryCount {
        let s = Int(try reader.u32())
        let t = Int(try reader.u32())
        guard s < stringCount, t < stringCount else {
          throw HexaplaError.invalidEncoding(
            path: path, byteOffset: reader.position - 8, detail: "corrupt hxdict: bad string index")
        }
        entries.append(.init(source: strings[s], target: strings[t]))
      }
      return DictionaryFile(
        path: path, format: .hxdict, sourceLanguage: source, targetLanguage: target,
        languageEvidence: .stored, title: provenance.joined(separator: "; "), headwordCount: entries.count,
        entries: entries, skippedCount: 0, skippedExamples: [])
    }
  }

  /// A bounds-checked cursor over the bytes.
  private struct Reader {
    let bytes: UnsafeRawBufferPointer
    let path: String
    var position = 0

    mutating func u32() throws -> UInt32 {
      guard position + 4 <= bytes.count else { throw truncated() }
      defer { position += 4 }
      return bytes.loadUnaligned(fromByteOffset: position, as: UInt32.self).littleEndian
    }

    /// A count of items of `elementSize` bytes that must fit in what is left.
    mutating func count(elementSize: Int) throws -> Int {
      let value = Int(try u32())
      guard value * elementSize <= bytes.count - position else { throw truncated() }
      return value
    }

    mutating func skip(_ count: Int) throws {
      guard position + count <= bytes.count else { throw truncated() }
      position += count
    }

    mutating func string() throws -> String {
      let length = try count(elementSize: 1)
      defer { position += length }
      return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + length)]), as: UTF8.self)
    }

    func truncated() -> HexaplaError {
      .invalidEncoding(path: path, byteOffset: position, detail: "hxdict file cut off or corrupt")
    }
  }
}
