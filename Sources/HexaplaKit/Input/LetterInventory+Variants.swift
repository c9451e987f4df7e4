extension LetterInventory {
  /// Letters a language's texts use as its own that CLDR's standard exemplars leave out
  /// (listing them as auxiliary or not at all): regional, historical and typing variants.
  struct Variant: Sendable {
    /// The letters, lower case.
    let letters: String
    /// Why texts in the language have them.
    let reason: String
  }

  /// Variant letters by ISO 639 language code.
  static let variants: [String: [Variant]] = [
    "fa": [
      Variant(
        letters: "كيى",
        reason:
          "Arabic kaf and yeh (also final ى) for Persian ک and ی: what Arabic keyboard layouts and older encodings type, and the spelling of 19th- and early 20th-century texts"
      ),
      Variant(
        letters: "ۀ",
        reason:
          "heh with yeh above (the ezafe after a final ه) as one letter: Unicode decomposes it to ە + ٔ, not ه + ٔ, so normalisation does not bring it to the standard letters"
      ),
      Variant(
        letters: "ةأؤإ",
        reason: "teh marbuta and alef and waw with hamza: Arabic words and names written as in Arabic"),
    ],
    "ro": [
      Variant(
        letters: "şţ",
        reason:
          "s and t with cedilla for ș and ț (comma below): the only forms in ISO 8859-2, Windows-1250 and older fonts, and still common"
      )
    ],
    "tr": [
      Variant(
        letters: "âîû",
        reason:
          "circumflex vowels of Turkish spelling (kâr, hâlâ, millî, mahkûm), as the Turkish Language Association writes them"
      )
    ],
    "pt": [
      Variant(
        letters: "ü",
        reason:
          "the trema of Brazilian spelling before the 1990 Orthographic Agreement took effect in 2009 (freqüente, lingüiça)"
      )
    ],
    "el": [
      Variant(
        letters: String(String.UnicodeScalarView((0x1F00...0x1FFF).compactMap(Unicode.Scalar.init))),
        reason:
          "polytonic letters (Greek Extended): the orthography before 1982, still used in church, legal and literary texts"
      )
    ],
    "hu": [
      Variant(
        letters: "õû",
        reason:
          "o with tilde and u with circumflex standing in for ő and ű on pages set in ISO 8859-1 fonts, which lack them"
      )
    ],
  ]
}
