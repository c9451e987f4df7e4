/// Turns numbers as written in any script and convention into one canonical key.
///
/// `1,000`, `1.000`, `1 000`, `１０００` and 一千 all become `1000`; `3,5` and `3.5` become `3.5`;
/// 二〇〇四 becomes `2004`; 3000亿 becomes `300000000000`.
public enum NumberNormalizer {
  /// The canonical key of a number written with digits of any script and with grouping or
  /// decimal separators (`,` `.` `'` `’` thin or no-break space), or nil when `text` has no digit.
  ///
  /// A separator followed by exactly three digits groups thousands; otherwise the last
  /// separator is the decimal point.
  public static func key(digits text: String) -> String? {
    var groups: [[UInt8]] = [[]]
    var separators: [Character] = []
    for scalar in text.unicodeScalars {
      if let digit = digitValue(scalar) {
        groups[groups.count - 1].append(digit)
      } else if separatorScalars.contains(scalar.value), !groups[groups.count - 1].isEmpty {
        separators.append(Character(scalar))
        groups.append([])
      } else {
        break
      }
    }
    while let last = groups.last, last.isEmpty, groups.count > 1 {
      groups.removeLast()
      separators.removeLast()
    }
    guard let first = groups.first, !first.isEmpty else { return nil }
    var integer: [UInt8] = first
    var fraction: [UInt8] = []
    if groups.count > 1 {
      let last = groups[groups.count - 1]
      let decimalAtEnd = last.count != 3 || (separators.count > 1 && separators.last != separators.first)
      let middle = decimalAtEnd ? groups[1..<groups.count - 1] : groups[1...]
      for group in middle { integer += group }
      if decimalAtEnd { fraction = last }
    }
    return canonical(integer: integer, fraction: fraction)
  }

  /// The value of Chinese or Japanese numerals (二〇〇四 → 2004, 三千五百 → 3500, 两万 → 20000),
  /// or nil when `text` holds anything else.
  public static func value(cjkNumerals text: String) -> Double? {
    let scalars = Array(text.unicodeScalars)
    guard !scalars.isEmpty else { return nil }
    var values: [Double] = []
    for scalar in scalars {
      guard let v = cjkNumeralValue(scalar) else { return nil }
      values.append(v)
    }
    if values.allSatisfy({ $0 < 10 }) {
      // Positional: 二〇〇四.
      return values.reduce(0) { $0 * 10 + $1 }
    }
    var total = 0.0
    var section = 0.0
    var number = 0.0
    for v in values {
      if v < 10 {
        number = v
      } else if v < 10_000 {
        section += (number == 0 ? 1 : number) * v
        number = 0
      } else {
        section += number
        total += (section == 0 ? 1 : section) * v
        section = 0
        number = 0
      }
    }
    return total + section + number
  }

  /// The canonical key of a value (integers without a fraction; at most 6 decimals).
  public static func key(value: Double) -> String {
    if value.rounded() == value, abs(value) < 1e18 { return String(Int64(value)) }
    var text = String(Int64(value.rounded(.towardZero)))
    let fraction = Int64(abs((value - value.rounded(.towardZero)) * 1e6).rounded())
    guard fraction != 0, fraction < 1_000_000 else { return text }
    var digits = String(fraction)
    digits = String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    while digits.hasSuffix("0") { digits.removeLast() }
    text += "." + digits
    return text
  }

  /// The multiplier a word or character after a number stands for (万, 亿, million, Milliarde), or nil.
  public static func multiplier(_ word: String) -> Double? {
    multipliers[word.lowercased()]
  }

  /// The value of a CJK numeral character (〇 0 ... 九 9, 十 10, 百, 千, 万, 亿), or nil.
  static func cjkNumeralValue(_ scalar: Unicode.Scalar) -> Double? {
    switch scalar {
    case "〇", "零": return 0
    case "两", "兩": return 2
    case "万", "萬": return 10_000
    case "亿", "億": return 100_000_000
    default: break
    }
    guard UnicodeProperties.scriptCode(scalar) == "Hani", let v = UnicodeProperties.numericValue(scalar),
      v >= 0, v == v.rounded(), v < 1e9
    else { return nil }
    return v
  }

  private static func digitValue(_ scalar: Unicode.Scalar) -> UInt8? {
    if scalar.value >= 0x30 && scalar.value <= 0x39 { return UInt8(scalar.value - 0x30) }
    guard scalar.value > 0x7F, scalar.properties.generalCategory == .decimalNumber,
      let v = UnicodeProperties.numericValue(scalar), v >= 0, v <= 9
    else { return nil }
    return UInt8(v)
  }

  private static func canonical(integer: [UInt8], fraction: [UInt8]) -> String {
    var integer = integer[...]
    while integer.count > 1, integer.first == 0 { integer = integer.dropFirst() }
    var fraction = fraction[...]
    while let last = fraction.last, last == 0 { fraction = fraction.dropLast() }
    var text = String(integer.map { Character(Unicode.Scalar($0 + 0x30)) })
    if !fraction.isEmpty { text += "." + String(fraction.map { Character(Unicode.Scalar($0 + 0x30)) }) }
    return text
  }

  private static let separatorScalars: Set<UInt32> = [
    0x2C, 0x2E, 0x27, 0x2019, 0x202F, 0x00A0, 0x2009, 0x066B, 0x066C, 0xFF0C, 0xFF0E,
  ]

  private static let multipliers: [String: Double] = [
    "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8,
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
    "trillion": 1e12, "millionen": 1e6, "milliarde": 1e9, "milliarden": 1e9, "milliard": 1e9,
    "milliards": 1e9, "mio": 1e6, "mrd": 1e9, "millón": 1e6, "millones": 1e6, "mil": 1e3,
  ]
}
