/// Writing a reviewed document.
extension ReviewDocument {
  /// The TMX text of `units`.
  ///
  /// For a UTF-8 file, everything the session did not edit is copied from the file byte for
  /// byte: the XML declaration, DOCTYPE and header, each untouched unit with the white space and
  /// comments before it, and the end of the file. Edited units are written as `TMXWriter` writes
  /// units, indented like the unit they came from. Other files are written again whole with
  /// `TMXWriter`. One-language units are kept.
  /// - Parameter renumber: give every unit its position as `tuid` (in an untouched unit only
  ///   the `tuid` attribute changes).
  /// - Complexity: O(n) in the size of the file.
  public func serialized(
    _ units: [ReviewUnit], renumber: Bool = false, onWarning: @escaping (String) -> Void = { _ in }
  ) throws -> [UInt8] {
    let options = TMXWriter.Options(keepUnpaired: true)
    guard let layout else {
      let sink = MemorySink()
      let writer = TMXWriter(sink: sink, header: header, options: options, onWarning: onWarning)
      for (position, unit) in units.enumerated() {
        var tmx = unit.tmx
        if renumber { tmx.tuid = String(position + 1) }
        try writer.write(tmx)
      }
      try writer.finish()
      return Array(sink.text.utf8)
    }
    let writer = TMXWriter(sink: MemorySink(), header: header, options: options, onWarning: onWarning)
    var out = Array(layout.bytes[layout.prologue])
    out.reserveCapacity(layout.bytes.count + 4096)
    var placed = Set<Int>()
    for (position, unit) in units.enumerated() {
      let number = position + 1
      let firstFromOrigin = placed.insert(unit.origin).inserted
      let leading = unit.origin < layout.leading.count ? layout.leading[unit.origin] : 0..<0
      if !unit.isEdited, unit.origin < layout.spans.count {
        out += layout.bytes[leading]
        let raw = layout.bytes[layout.spans[unit.origin]]
        if renumber { out += Self.replacingIdentifier(in: raw, with: String(number)) } else { out += raw }
        continue
      }
      if firstFromOrigin {
        out += layout.bytes[leading]
      } else {
        out += Self.separator(like: layout.bytes[leading])
      }
      var tmx = unit.tmx
      if renumber { tmx.tuid = String(number) }
      guard var encoded = writer.encoded(tmx, number: number) else { continue }
      // The writer's unit starts with its indentation and ends with a line break; the layout
      // supplies both.
      let start = encoded.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? 0
      if encoded.last == 0x0A { encoded.removeLast() }
      out += encoded[start...]
    }
    out += layout.bytes[layout.epilogue]
    return out
  }

  /// Writes `units` to `path` atomically (a temporary file renamed into place).
  /// - Throws: `HexaplaError.outputNotWritable`.
  public func save(
    _ units: [ReviewUnit], to path: String, renumber: Bool = false, onWarning: @escaping (String) -> Void = { _ in }
  ) throws {
    let bytes = try serialized(units, renumber: renumber, onWarning: onWarning)
    let file = try AtomicFileWriter(path: path)
    do {
      try file.write(bytes: bytes)
      try file.finish()
    } catch {
      file.discard()
      throw error
    }
  }

  /// What goes before a unit that has no white space of its own: a line break and the
  /// indentation of the line `gap` ends on (a gap without line breaks: itself if blank, else a space).
  static func separator(like gap: ArraySlice<UInt8>) -> [UInt8] {
    guard let lastBreak = gap.lastIndex(of: 0x0A) else {
      return gap.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } ? Array(gap) : [0x20]
    }
    let indentation = gap[(lastBreak + 1)...]
    let crlf = lastBreak > gap.startIndex && gap[lastBreak - 1] == 0x0D
    let lineBreak: [UInt8] = crlf ? [0x0D, 0x0A] : [0x0A]
    return lineBreak + (indentation.allSatisfy { $0 == 0x20 || $0 == 0x09 } ? Array(indentation) : [])
  }

  /// A `<tu ...>` element's bytes with the value of its `tuid` attribute replaced by `value`
  /// (or ` tuid="value"` added after `<tu` when it has none); nothing else changes.
  static func replacingIdentifier(in raw: ArraySlice<UInt8>, with value: String) -> [UInt8] {
    let bytes = Array(raw)
    let isSpace = { (b: UInt8) in b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    var i = 3  // after "<tu"
    while i < bytes.count {
      while i < bytes.count && isSpace(bytes[i]) { i += 1 }
      guard i < bytes.count, bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/") else { break }
      let nameStart = i
      while i < bytes.count && !isSpace(bytes[i]) && bytes[i] != UInt8(ascii: "=") { i += 1 }
      let name = bytes[nameStart..<i]
      while i < bytes.count && isSpace(bytes[i]) { i += 1 }
      guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else { break }
      i += 1
      while i < bytes.count && isSpace(bytes[i]) { i += 1 }
      guard i < bytes.count else { break }
      let quote = bytes[i]
      let valueStart = i + 1
      guard let valueEnd = bytes[valueStart...].firstIndex(of: quote) else { break }
      if name.elementsEqual("tuid".utf8) {
        return Array(bytes[..<valueStart]) + Array(value.utf8) + Array(bytes[valueEnd...])
      }
      i = valueEnd + 1
    }
    return Array(bytes[..<3]) + Array(" tuid=\"\(value)\"".utf8) + Array(bytes[3...])
  }
}
