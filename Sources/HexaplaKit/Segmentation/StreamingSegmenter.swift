/// Segments a text as it is read, a block of paragraphs at a time, so memory stays at about
/// one block (1 MiB) whatever the size of the input. The sentences, paragraph numbers and
/// byte offsets are those `Segmenter.segment` gives for the whole text.
///
/// A paragraph longer than a block is segmented in pieces that each end at a sentence boundary
/// of the piece before, so a long line costs no more than a short one; a single "sentence" longer
/// than `maxSentenceBytes` (no boundary in a megabyte of text) is cut there, with a warning.
public struct StreamingSegmenter {
  /// The segmenter applied to each block.
  public let segmenter: Segmenter
  /// How many bytes of text one block holds before it is segmented.
  public var blockBytes: Int
  /// The longest sentence kept whole, in UTF-8 bytes.
  public var maxSentenceBytes: Int

  /// The default longest sentence: text with no sentence boundary in a megabyte is no
  /// sentence, and would make one unit of it.
  public static let defaultMaxSentenceBytes = 1 << 20

  public init(segmenter: Segmenter, blockBytes: Int = 1 << 20, maxSentenceBytes: Int = defaultMaxSentenceBytes) {
    self.segmenter = segmenter
    self.blockBytes = max(1, blockBytes)
    self.maxSentenceBytes = max(1, maxSentenceBytes)
  }

  /// Reads `reader` to its end and hands over each sentence in order.
  /// - Parameter onWarning: receives `file: byte N: warning: …` for each over-long sentence cut.
  /// - Throws: the reader's `HexaplaError`s, ICU failures, and whatever `onSentence` throws.
  /// - Complexity: O(n) in the length of the input.
  public func segment(
    _ reader: TextStreamReader, onWarning: (String) -> Void = { _ in }, onSentence: (Sentence) throws -> Void
  ) throws {
    var buffer: [UInt8] = []
    var offset = 0  // the input offset of buffer[0]
    var paragraph = 0  // the paragraph number of the buffer's first paragraph
    var atEnd = false
    var wanted = blockBytes
    while true {
      while !atEnd && buffer.count < wanted {
        atEnd = try !reader.read(appendingTo: &buffer)
      }
      if buffer.isEmpty { return }
      if let cut = atEnd ? buffer.count : lastParagraphEnd(in: buffer) {
        let sentences = try segmentPrefix(buffer, upTo: cut)
        for sentence in sentences { try onSentence(shifted(sentence, offset, paragraph)) }
        paragraph += (sentences.last?.paragraph ?? -1) + 1
        buffer.removeFirst(cut)
        offset += cut
        wanted = blockBytes
        if atEnd && buffer.isEmpty { return }
        continue
      }
      // One paragraph fills the block: keep the sentences whose ends the text after them in the
      // block settles; the next block completes the rest.
      let sentences = try segmentPrefix(buffer, upTo: buffer.count)
      let settled = settledCount(sentences, in: buffer)
      if settled > 0 {
        let next = sentences[settled]
        for sentence in sentences[..<settled] { try onSentence(shifted(sentence, offset, paragraph)) }
        paragraph += next.paragraph
        buffer.removeFirst(next.range.lowerBound)
        offset += next.range.lowerBound
        wanted = max(blockBytes, buffer.count + blockBytes / 2)
      } else if buffer.count >= maxSentenceBytes, let only = sentences.first {
        let cut = Self.characterBoundary(in: buffer, before: only.range.lowerBound + maxSentenceBytes)
        let piece = try segmentPrefix(buffer, upTo: cut)
        for sentence in piece { try onSentence(shifted(sentence, offset, paragraph)) }
        onWarning(Self.cutWarning(path: reader.path, byte: offset + only.range.lowerBound, maxBytes: maxSentenceBytes))
        paragraph += piece.last?.paragraph ?? 0
        buffer.removeFirst(cut)
        offset += cut
        wanted = blockBytes
      } else {
        wanted = buffer.count + blockBytes
      }
    }
  }

  /// How many of the sentences of a block that ends inside a paragraph are final: those before
  /// the last boundary that the text after it, within the block, settles. A boundary is settled
  /// by a letter with the end of its word after it (ICU looks past any non-letters after a full
  /// stop for a lower-case letter, and Hexapla's rules look at the next word whole: `Dr. The` is
  /// not `Dr. Theodor`), by `lookahead` characters after it (a space ends a Thai sentence only
  /// before enough text), and only after white space or a CJK character. The last sentence is
  /// never final.
  /// - Complexity: O(n) in the bytes of the sentences looked at, from the end.
  func settledCount(_ sentences: [Sentence], in bytes: [UInt8]) -> Int {
    var sawWordEnd = false
    var settledByLetter = false
    var characters = 0
    var end = bytes.count
    for k in stride(from: sentences.count - 1, through: 1, by: -1) {
      let start = sentences[k].range.lowerBound
      for scalar in String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars.reversed() {
        characters += 1
        if scalar.properties.isAlphabetic {
          settledByLetter = settledByLetter || sawWordEnd
        } else if !Self.isMark(scalar) {
          sawWordEnd = true
        }
      }
      if settledByLetter && characters >= lookahead && followsSeparator(sentences, k, in: bytes) { return k }
      end = start
    }
    return 0
  }

  /// Whether white space or a CJK character comes before sentence `k`: the rules read a token
  /// back to one of them (`مؤم.A. ` has no initial `A.`), so the block may start there.
  private func followsSeparator(_ sentences: [Sentence], _ k: Int, in bytes: [UInt8]) -> Bool {
    let start = sentences[k].range.lowerBound
    if sentences[k - 1].range.upperBound < start { return true }  // sentences exclude white space
    let last = String(decoding: bytes[sentences[k - 1].range], as: UTF8.self).utf16.last
    return last.map(TextScanner.isCJK) ?? false
  }

  /// How many characters after a boundary the rules may look at to decide it: the window of
  /// text ahead by which a Thai space is chosen as a sentence end (and the closing quotation
  /// mark after a space in it), an attribution or continuation word after it.
  var lookahead: Int {
    let rules = segmenter.rules
    let space = rules.spaceEndsSentence ? 2 * BoundaryRefiner.spaceHorizon + BoundaryRefiner.spaceScoreReach : 0
    return max(64, space, (rules.continuationWords.map(\.count).max() ?? 0) + 1)
  }

  private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .format: return true
    default: return false
    }
  }

  private func segmentPrefix(_ buffer: [UInt8], upTo end: Int) throws -> [Sentence] {
    try buffer.withUnsafeBufferPointer { all in
      try segmenter.segment(validUTF8: UnsafeBufferPointer(rebasing: all[0..<end]))
    }
  }

  private func shifted(_ sentence: Sentence, _ offset: Int, _ paragraph: Int) -> Sentence {
    Sentence(
      text: sentence.text, paragraph: sentence.paragraph + paragraph,
      range: (sentence.range.lowerBound + offset)..<(sentence.range.upperBound + offset))
  }

  /// The end of the last whole paragraph in `bytes` (after its line break, or after the blank
  /// line that ends it), or nil when the bytes hold no paragraph end.
  func lastParagraphEnd(in bytes: [UInt8]) -> Int? {
    var i = bytes.count - 1
    while i >= 0 {
      guard bytes[i] == 0x0A else {
        i -= 1
        continue
      }
      if segmenter.paragraphMode == .line { return i + 1 }
      // A blank line: only spaces, tabs or a carriage return since the line break before.
      var j = i - 1
      while j >= 0, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0D { j -= 1 }
      if j >= 0, bytes[j] == 0x0A { return i + 1 }
      i = j
    }
    return nil
  }

  /// `1 MiB`, `4 KiB` or `200 bytes`.
  static func describe(bytes: Int) -> String {
    if bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
    if bytes % 1024 == 0 { return "\(bytes >> 10) KiB" }
    return "\(bytes) bytes"
  }

  /// The greatest index at or before `start + limit` (and after `start`) that starts a UTF-8
  /// character, preferring the end of a run of white space in the last 256 bytes.
  static func characterBoundary(in bytes: [UInt8], from start: Int = 0, before limit: Int) -> Int {
    var cut = min(start + limit, bytes.count)
    for k in stride(from: cut, to: max(start + 1, cut - 256), by: -1) where bytes[k - 1] == 0x20 {
      return k
    }
    while cut > start + 1, cut < bytes.count, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
    return cut
  }

  /// The warning for text cut at `maxBytes` without a sentence boundary, from `byte` on.
  static func cutWarning(path: String, byte: Int, maxBytes: Int) -> String {
    "\(path): byte \(byte): warning: no sentence boundary in \(describe(bytes: maxBytes)) of text; cut there"
  }

  /// `sentences` (of a whole text) with every one longer than `maxBytes` cut as a stream is
  /// (at `characterBoundary`), with a warning naming `path` and the byte of each cut.
  /// - Complexity: O(n) in the bytes of the long sentences.
  static func cuttingLongSentences(
    _ sentences: [Sentence], maxBytes: Int = defaultMaxSentenceBytes, path: String
  ) -> (sentences: [Sentence], warnings: [String]) {
    guard sentences.contains(where: { $0.range.count > maxBytes }) else { return (sentences, []) }
    var result: [Sentence] = []
    var warnings: [String] = []
    for sentence in sentences {
      guard sentence.range.count > maxBytes else {
        result.append(sentence)
        continue
      }
      let bytes = Array(sentence.text.utf8)
      var start = 0
      while bytes.count - start > maxBytes {
        let cut = characterBoundary(in: bytes, from: start, before: maxBytes)
        var end = cut
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        let offset = sentence.range.lowerBound + start
        warnings.append(cutWarning(path: path, byte: offset, maxBytes: maxBytes))
        if end > start {
          let piece = String(decoding: bytes[start..<end], as: UTF8.self)
          result.append(Sentence(text: piece, paragraph: sentence.paragraph, range: offset..<(offset + end - start)))
        }
        start = cut
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
      }
      if start < bytes.count {
        let offset = sentence.range.lowerBound + start
        let rest = String(decoding: bytes[start...], as: UTF8.self)
        result.append(Sentence(text: rest, paragraph: sentence.paragraph, range: offset..<sentence.range.upperBound))
      }
    }
    return (result, warnings)
  }
}
