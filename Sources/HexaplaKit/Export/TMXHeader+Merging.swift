/// The header of a memory made by merging or filtering other memories.
extension TMXHeader {
  /// A Hexapla header that carries what the inputs' headers say: `segtype`, `o-tmf`,
  /// `adminlang`, `srclang` and `datatype` when every input agrees (else `block`, the inputs'
  /// `o-tmf`s joined by commas, the first `adminlang`, `*all*` and `unknown`), the header
  /// attributes when every input agrees, and every input's props, notes and `<ude>`s, in order,
  /// each once. `creationtool` is Hexapla, which wrote the file.
  ///
  /// - Parameters:
  ///   - headers: the inputs' headers, in input order; none gives `TMXHeader.hexapla`.
  ///   - languages: the languages kept, when selected; a `srclang` that is not among them
  ///     becomes `*all*`.
  ///   - creationDate: the new file's creation date.
  public static func merging(
    _ headers: [TMXHeader], languages: [LanguageTag]?, creationDate: String?
  ) -> TMXHeader {
    guard let first = headers.first else { return .hexapla(creationDate: creationDate) }
    func common(_ value: (TMXHeader) -> String) -> String? {
      let values = headers.map(value)
      return values.allSatisfy { $0 == values[0] } ? values[0] : nil
    }
    var merged = TMXHeader(creationDate: creationDate)
    merged.segmentType = common(\.segmentType) ?? "block"
    var formats: [String] = []
    for header in headers where !formats.contains(header.originalFormat) {
      formats.append(header.originalFormat)
    }
    merged.originalFormat = formats.filter { !$0.isEmpty }.joined(separator: ",")
    if merged.originalFormat.isEmpty { merged.originalFormat = "Hexapla" }
    merged.adminLanguage = first.adminLanguage.isEmpty ? "en" : first.adminLanguage
    merged.dataType = common(\.dataType).flatMap { $0.isEmpty ? nil : $0 } ?? "unknown"
    merged.sourceLanguage = TMXHeader.allLanguages
    if let source = common(\.sourceLanguage), !source.isEmpty, source != TMXHeader.allLanguages {
      let tag = try? LanguageTag(wellFormed: source)
      if let languages {
        if let tag, languages.contains(where: { $0.description.lowercased() == tag.description.lowercased() }) {
          merged.sourceLanguage = source
        }
      } else {
        merged.sourceLanguage = source
      }
    }
    if headers.allSatisfy({ $0.attributes == first.attributes }) { merged.attributes = first.attributes }
    for header in headers {
      for prop in header.props where !merged.props.contains(prop) { merged.props.append(prop) }
      for note in header.notes where !merged.notes.contains(note) { merged.notes.append(note) }
      for ude in header.userDefinedEncodings where !merged.userDefinedEncodings.contains(ude) {
        merged.userDefinedEncodings.append(ude)
      }
    }
    return merged
  }
}
