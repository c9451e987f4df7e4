// Fuzz targets for Hexapla's parsers, run by Tools/fuzz.sh TARGET SECONDS (libFuzzer, built with
// -sanitize=fuzzer,address and -DFUZZING). Without FUZZING it replays files given as arguments
// through the same target (`hexapla-fuzz TARGET FILE...`), which is how a crash is reproduced.
import Foundation
import HexaplaKit

let scratch = NSTemporaryDirectory() + "/hexapla-fuzz-\(getpid())"

/// Writes bytes to the scratch file with the given suffix and returns its path.
func scratchFile(_ suffix: String, _ bytes: some Sequence<UInt8>) -> String {
  let path = scratch + suffix
  _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
  return path
}

/// The targets: each gets the input bytes and must not crash, whatever they hold.
let targets: [String: ([UInt8]) -> Void] = [
  "tmx": { bytes in
    _ = try? TMXReader.read(path: scratchFile(".tmx", bytes), maxSegmentBytes: 1 << 16) { _ in }
  },
  "jsonl": { bytes in
    guard let reader = try? JSONLUnitReader(path: scratchFile(".jsonl", bytes), maxLineBytes: 1 << 16) else {
      return
    }
    while (try? reader.next()) != nil {}
    // To TMX: units lent as bytes (no filter) and units made of strings (a score filter that
    // drops none) must give the same document and warnings, or the same error.
    func tmx(minimumScore: Double?) -> String {
      var warnings: [String] = []
      let sink = MemorySink()
      let keepUnpaired = bytes.count % 2 == 0
      let writer = TMXWriter(
        sink: sink, header: .hexapla(creationDate: "20260101T000000Z"), options: .init(keepUnpaired: keepUnpaired),
        onWarning: { warnings.append($0) })
      var options = UnitExportPipeline.Options(minimumScore: minimumScore, keepUnpaired: keepUnpaired)
      options.maxSegmentBytes = 1 << 13
      let pipeline = UnitExportPipeline(options: options, onWarning: { warnings.append($0) })
      do {
        _ = try pipeline.run(inputs: [reader.path], into: TMXExporter(writer: writer))
      } catch {
        return "error: \(error)"
      }
      return sink.text + warnings.joined(separator: "\n")
    }
    precondition(tmx(minimumScore: nil) == tmx(minimumScore: -.infinity), "lent and made units differ")
  },
  "segment": { bytes in SegmentTarget.run(bytes) },
  "html": { bytes in
    // What `extract` and `align` do with a page: charset, article extraction, language, boilerplate.
    _ = try? EditionLoader().load(paths: [scratchFile(".html", bytes)])
  },
  "dict": { bytes in DictionaryTarget.run(bytes) },
]

/// The segmenter over arbitrary UTF-8 (invalid bytes become U+FFFD). The first byte picks the
/// language (en, zh, ja, th, de, ar) and the paragraph mode. Besides not crashing, the sentences
/// must be their own bytes of the input, in order, with only white space between them, and
/// segmenting as the text is read in small blocks must give the same sentences as the whole text.
enum SegmentTarget {
  static let languages = ["en", "zh", "ja", "th", "de", "ar"]
  nonisolated(unsafe) static var segmenters: [Int: Segmenter] = [:]

  static func run(_ bytes: [UInt8]) {
    guard let first = bytes.first else { return }
    let choice = Int(first) % (2 * languages.count)
    let segmenter = segmenters[choice] ?? makeSegmenter(choice)
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let utf8 = Array(text.utf8)
    guard let whole = try? segmenter.segment(text) else { return }
    check(whole, utf8)
    // A leading U+FEFF is a byte-order mark to the reader, which would shift the offsets.
    guard !text.hasPrefix("\u{FEFF}"),
      let reader = try? TextStreamReader(path: scratchFile(".txt", utf8), blockSize: 7)
    else { return }
    var streamed: [Sentence] = []
    guard
      (try? StreamingSegmenter(segmenter: segmenter, blockBytes: 40, maxSentenceBytes: 1 << 20)
        .segment(reader) { streamed.append($0) }) != nil
    else { return }
    check(streamed, utf8)
    if streamed != whole {
      let k =
        zip(streamed, whole).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(streamed.count, whole.count)
      func describe(_ s: [Sentence]) -> String {
        k < s.count ? "paragraph \(s[k].paragraph) \(s[k].range) \(s[k].text.debugDescription)" : "none"
      }
      preconditionFailure("sentence \(k) streamed: \(describe(streamed)); whole text: \(describe(whole))")
    }
  }

  static func makeSegmenter(_ choice: Int) -> Segmenter {
    let language = try! LanguageTag(languages[choice % languages.count])
    let mode: ParagraphMode = choice < languages.count ? .line : .blank
    let segmenter = try! Segmenter(language: language, paragraphMode: mode)
    segmenters[choice] = segmenter
    return segmenter
  }

  static func check(_ sentences: [Sentence], _ utf8: [UInt8]) {
    var end = 0
    var paragraph = 0
    for sentence in sentences {
      let range = sentence.range
      precondition(range.lowerBound >= end && range.upperBound <= utf8.count && !range.isEmpty, "bad range")
      precondition(sentence.paragraph >= paragraph, "paragraphs out of order")
      precondition(Array(sentence.text.utf8) == Array(utf8[range]), "text is not the input's bytes")
      precondition(isWhitespace(utf8[end..<range.lowerBound]), "text lost between sentences")
      end = range.upperBound
      paragraph = sentence.paragraph
    }
    precondition(isWhitespace(utf8[end...]), "text lost after the last sentence")
  }

  static func isWhitespace(_ bytes: ArraySlice<UInt8>) -> Bool {
    String(decoding: bytes, as: UTF8.self).unicodeScalars.allSatisfy(\.properties.isWhitespace)
  }
}

/// Every dictionary format `dict` and `--dictionary` read. The first byte picks the files:
/// 0 a text file (CC-CEDICT, hunalign `.dic` or TSV, told by content), 1 an `.hxdict` (the magic
/// is prepended), 2 and 3 a dictd `.index` and its `.dict` or `.dict.dz` (the rest split at the
/// first NUL byte). A dictionary read is oriented, matched and written as `.hxdict`, which must
/// read back as the same entries, byte for byte.
enum DictionaryTarget {
  static func run(_ bytes: [UInt8]) {
    guard let first = bytes.first else { return }
    let rest = bytes.dropFirst()
    let path: String
    switch first % 4 {
    case 0:
      path = scratchFile(".txt", rest)
    case 1:
      path = scratchFile(".hxdict", CompactDictionary.magic + rest)
    default:
      let split = rest.firstIndex(of: 0) ?? rest.endIndex
      try? FileManager.default.removeItem(atPath: scratch + ".dict")
      try? FileManager.default.removeItem(atPath: scratch + ".dict.dz")
      _ = scratchFile(first % 4 == 2 ? ".dict" : ".dict.dz", rest[split...].dropFirst())
      path = scratchFile(".index", rest[..<split])
    }
    guard let file = try? DictionaryLoader.load(path: path) else { return }
    let source = file.sourceLanguage ?? (try! LanguageTag("de"))
    let target = file.targetLanguage ?? (try! LanguageTag("en"))
    guard let dictionary = try? BilingualDictionary(merging: [file], source: source, target: target) else {
      return
    }
    _ = LexicalMatcher(dictionary: dictionary)
    let encoded = CompactDictionary.encode(dictionary, provenance: [file.title ?? ""])
    guard let decoded = try? CompactDictionary.decode(Data(encoded), path: "fuzz.hxdict") else {
      preconditionFailure("an encoded dictionary does not read back")
    }
    precondition(byteSet(decoded.entries) == byteSet(dictionary.entries), "entries changed through .hxdict")
  }

  static func byteSet(_ entries: [BilingualDictionary.Entry]) -> Set<[UInt8]> {
    Set(entries.map { Array($0.source.utf8) + [0] + Array($0.target.utf8) })
  }
}

let arguments = CommandLine.arguments
guard arguments.count >= 2, let target = targets[arguments[1]] else {
  let names = targets.keys.sorted().joined(separator: "|")
  FileHandle.standardError.write(Data("usage: hexapla-fuzz \(names) [libFuzzer options | FILE...]\n".utf8))
  exit(64)
}
nonisolated(unsafe) var selected = target

/// Runs the selected target on the bytes.
func runOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  selected(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
  return 0
}

#if FUZZING
  /// libFuzzer's entry point (it also calls the callback given to `LLVMFuzzerRunDriver`).
  @_cdecl("LLVMFuzzerTestOneInput")
  public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { runOne(data, size) }

  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  // libFuzzer sees the program name and the options after the target name.
  var cArguments = ([arguments[0]] + arguments.dropFirst(2)).map { strdup($0) } + [nil]
  var argc = CInt(cArguments.count - 1)
  let status = cArguments.withUnsafeMutableBufferPointer { buffer in
    var argv = buffer.baseAddress
    return runFuzzerDriver(&argc, &argv) { runOne($0, $1) }
  }
  exit(status)
#else
  for path in arguments.dropFirst(2) {
    guard let data = FileManager.default.contents(atPath: path) else {
      print("\(path): cannot read")
      continue
    }
    selected([UInt8](data))
    print("\(path): no crash")
  }
#endif
