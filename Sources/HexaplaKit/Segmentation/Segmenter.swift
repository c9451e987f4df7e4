/// Splits text into paragraphs and sentences: ICU's sentence BreakIterator for a language,
/// refined by Hexapla's own rules for it (`SegmentationRules`: abbreviations, initials,
/// ordinal numbers, CJK quotes, dashes, Thai spaces).
///
/// Every sentence keeps its paragraph and its exact range in the input: the sentences and the
/// white space between them give back the input. Not thread-safe; use one per thread.
public final class Segmenter {
  /// The language whose rules are applied.
  public let language: LanguageTag
  /// How lines map to paragraphs.
  public let paragraphMode: ParagraphMode
  /// The rules applied on top of ICU's breaks.
  public let rules: SegmentationRules
  private let iterator: ICUBreakIterator
  private let refiner: BoundaryRefiner

  /// Creates a segmenter.
  /// - Parameter rules: the rules on top of ICU; the language's built-in rules when nil,
  ///   `SegmentationRules.none` for ICU's breaks alone.
  /// - Throws: `HexaplaError.icuFailure` when ICU has no sentence rules it can open.
  public init(
    language: LanguageTag, paragraphMode: ParagraphMode = .line, rules: SegmentationRules? = nil
  ) throws {
    self.language = language
    self.paragraphMode = paragraphMode
    self.rules = rules ?? .builtIn(for: language)
    self.refiner = BoundaryRefiner(rules: self.rules)
    self.iterator = try ICUBreakIterator(.sentence, locale: language.icuLocale)
  }

  /// The sentences of `text`, in order. Empty or white-space-only text gives none.
  /// - Complexity: O(n) in the length of the text.
  public func segment(_ text: String) throws -> [Sentence] {
    let units = text.utf16Units()
    var text = text
    return try text.withUTF8 { utf8 in try segment(units: units, utf8: utf8) }
  }

  /// The sentences of text given as bytes known to be well-formed UTF-8 (as a
  /// `TextStreamReader` delivers them), without making a string of the whole.
  /// - Complexity: O(n) in the number of bytes.
  func segment(validUTF8 bytes: UnsafeBufferPointer<UInt8>) throws -> [Sentence] {
    try segment(units: String.utf16Units(ofValidUTF8: bytes), utf8: bytes)
  }

  private func segment(units original: [UInt16], utf8: UnsafeBufferPointer<UInt8>) throws -> [Sentence] {
    var units = original
    let paragraphs = Self.paragraphRanges(in: units, mode: paragraphMode)
    if paragraphMode == .blank {
      // Line breaks inside a block are spaces for ICU (UTF-16 offsets stay the same; UTF-8
      // offsets are counted on the original units, where U+2028 takes three bytes).
      for range in paragraphs {
        for i in range where units[i].isLineTerminatorUnit { units[i] = 0x20 }
      }
    }
    var sentences: [Sentence] = []
    var boundaries: [Int] = []  // a local, reused per paragraph (a stored one costs an access check per use)
    var offsets = UTF8OffsetCursor()
    try original.withUnsafeBufferPointer { source in
      try units.withUnsafeBufferPointer { all in
        for (paragraphIndex, range) in paragraphs.enumerated() {
          let paragraph = UnsafeBufferPointer(rebasing: all[range])
          try iterator.withBoundaries(of: paragraph) { icuBoundaries, _ in
            if rules.isEnabled {
              refiner.refine(paragraph, icuBoundaries: icuBoundaries, into: &boundaries)
            } else {
              boundaries = icuBoundaries.map { Int($0) }
            }
            for k in 1..<boundaries.count {
              var start = range.lowerBound + boundaries[k - 1]
              var end = range.lowerBound + boundaries[k]
              while start < end, all[start].isWhitespaceUnit { start += 1 }
              while end > start, all[end - 1].isWhitespaceUnit { end -= 1 }
              guard start < end else { continue }
              let utf8Start = offsets.advance(to: start, in: source)
              let utf8End = offsets.advance(to: end, in: source)
              let sentenceText = String(
                decoding: UnsafeBufferPointer(rebasing: utf8[utf8Start..<utf8End]), as: UTF8.self)
              sentences.append(
                Sentence(text: sentenceText, paragraph: paragraphIndex, range: utf8Start..<utf8End))
            }
          }
        }
      }
    }
    return sentences
  }

  /// The UTF-16 ranges of the paragraphs that hold any non-white-space text.
  static func paragraphRanges(in units: [UInt16], mode: ParagraphMode) -> [Range<Int>] {
    var lines: [Range<Int>] = []
    var lineStart = 0
    units.withUnsafeBufferPointer { units in
      let n = units.count
      var i = 0
      while i < n {
        // Four units at a time while none can end a line (all in U+000E..<U+2028, none U+0085;
        // each lane's top bit is set first so the subtractions never borrow across lanes).
        if i + 4 <= n {
          let w = UnsafeRawPointer(units.baseAddress! + i).loadUnaligned(as: UInt64.self)
          let top: UInt64 = 0x8000_8000_8000_8000
          let x = w | top
          let atLeast0E = (x &- 0x000E_000E_000E_000E) & top
          let atLeast85 = (x &- 0x0085_0085_0085_0085) & top
          let atLeast86 = (x &- 0x0086_0086_0086_0086) & top
          let atLeast2028 = (x &- 0x2028_2028_2028_2028) & top
          if (w & top) | (~atLeast0E & top) | atLeast2028 | (atLeast85 & ~atLeast86) == 0 {
            i += 4
            continue
          }
        }
        let u = units[i]
        if u.isLineTerminatorUnit {
          lines.append(lineStart..<i)
          if u == 0x0D, i + 1 < n, units[i + 1] == 0x0A { i += 1 }
          lineStart = i + 1
        }
        i += 1
      }
    }
    lines.append(lineStart..<units.count)
    let isBlank: (Range<Int>) -> Bool = { range in range.allSatisfy { units[$0].isWhitespaceUnit } }
    switch mode {
    case .line:
      return lines.filter { !isBlank($0) }
    case .blank:
      var blocks: [Range<Int>] = []
      var blockStart: Int?
      var blockEnd = 0
      for line in lines {
        if isBlank(line) {
          if let start = blockStart { blocks.append(start..<blockEnd) }
          blockStart = nil
        } else {
          if blockStart == nil { blockStart = line.lowerBound }
          blockEnd = line.upperBound
        }
      }
      if let start = blockStart { blocks.append(start..<blockEnd) }
      return blocks
    }
  }
}
