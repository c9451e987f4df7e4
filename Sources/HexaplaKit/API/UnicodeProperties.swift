internal import CICU

/// Character properties from ICU that later stages need (display width, script, numerals).
public enum UnicodeProperties {
  /// ICU's East Asian Width classes.
  public enum EastAsianWidth: Int32, Sendable {
    case neutral = 0
    case ambiguous
    case halfwidth
    case fullwidth
    case narrow
    case wide
  }

  /// The East Asian Width of a scalar.
  public static func eastAsianWidth(_ scalar: Unicode.Scalar) -> EastAsianWidth {
    EastAsianWidth(rawValue: hx_char_east_asian_width(scalar.value)) ?? .neutral
  }

  /// The number of terminal cells a scalar takes: 2 for wide and fullwidth characters and
  /// emoji presentation, 0 for combining marks and default-ignorable characters, else 1.
  public static func cellWidth(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
    if v < 0x300 { return 1 }
    let category = hx_char_general_category(v)
    // Mn (6), Me (7), Cf (16)
    if category == 6 || category == 7 || category == 16 { return 0 }
    if hx_char_has_property(v, 4) != 0 { return 0 }  // default ignorable
    switch eastAsianWidth(scalar) {
    case .wide, .fullwidth: return 2
    default: return hx_char_has_property(v, 2) != 0 ? 2 : 1
    }
  }

  /// Whether Unicode gives the scalar Terminal_Punctuation (`.`, `:`, `;`, `։`, `׃`, `।`, `។`).
  public static func isTerminalPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    hx_char_has_property(scalar.value, 7) != 0
  }

  /// Whether Unicode gives the scalar Sentence_Terminal (`.`, `?`, `!`, `։`, `।`, `۔`).
  public static func isSentenceTerminal(_ scalar: Unicode.Scalar) -> Bool {
    hx_char_has_property(scalar.value, 8) != 0
  }

  /// The ISO 15924 code of the scalar's script (`Latn`, `Hani`, `Cyrl`; `Zyyy` for common
  /// characters such as digits and punctuation, `Zinh` for inherited ones).
  public static func scriptCode(_ scalar: Unicode.Scalar) -> String {
    let script = hx_char_script(scalar.value)
    guard script >= 0, let name = hx_script_short_name(script) else { return "Zzzz" }
    return String(cString: name)
  }

  /// The script of a letter (an alphabetic scalar), or nil for anything else. ASCII is answered
  /// without a property lookup, which makes counting the letters of Latin text several times faster.
  public static func letterScript(_ scalar: Unicode.Scalar) -> String? {
    let value = scalar.value
    if value < 0x80 { return (0x61...0x7A).contains(value | 0x20) ? "Latn" : nil }
    guard scalar.properties.isAlphabetic else { return nil }
    return scriptCode(scalar)
  }

  /// The numeric value ICU gives the scalar (digits of every script, CJK numerals such as
  /// 三 or 万), or nil.
  public static func numericValue(_ scalar: Unicode.Scalar) -> Double? {
    let value = hx_char_numeric_value(scalar.value)
    return value == -123_456_789 ? nil : value
  }

  /// The version of the ICU library in use, such as "72.1".
  public static var icuVersion: String { String(cString: hx_icu_version()) }
}
