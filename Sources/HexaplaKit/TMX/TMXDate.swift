import Foundation

/// TMX dates, `YYYYMMDDThhmmssZ` in UTC, and how the creation date is pinned for
/// reproducible output.
public enum TMXDate {
  /// `date` in TMX form, such as `20260101T120000Z`.
  public static func format(_ date: Date) -> String {
    format(secondsSince1970: Int64(date.timeIntervalSince1970.rounded(.down)))
  }

  /// Seconds since 1970-01-01T00:00:00Z in TMX form (proleptic Gregorian, UTC).
  public static func format(secondsSince1970 seconds: Int64) -> String {
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let secondOfDay = seconds - days * 86_400
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    func pad(_ value: Int64, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    return pad(year, 4) + pad(month, 2) + pad(day, 2) + "T" + pad(secondOfDay / 3600, 2)
      + pad(secondOfDay / 60 % 60, 2) + pad(secondOfDay % 60, 2) + "Z"
  }

  /// Whether `text` is a well-formed TMX date (`YYYYMMDDThhmmssZ` with a real month, day and time).
  public static func isValid(_ text: String) -> Bool {
    parse(text) != nil
  }

  /// The creation date to write: `pinned` when given (a TMX date, `YYYY-MM-DDThh:mm:ssZ`, or
  /// `@SECONDS` since 1970), else `SOURCE_DATE_EPOCH` from `environment`, else `now`.
  /// - Throws: `HexaplaError.inconsistentInput` for a pinned date or epoch it cannot read.
  public static func resolve(
    pinned: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
    now: Date = Date()
  ) throws -> String {
    if let pinned {
      if let seconds = parse(pinned) { return format(secondsSince1970: seconds) }
      if pinned.hasPrefix("@"), let seconds = Int64(pinned.dropFirst()) {
        return format(secondsSince1970: seconds)
      }
      let compact = pinned.filter { $0 != "-" && $0 != ":" }
      if let seconds = parse(compact) { return format(secondsSince1970: seconds) }
      throw HexaplaError.inconsistentInput(
        message:
          "invalid date '\(HexaplaError.quoting(pinned))': use YYYYMMDDThhmmssZ, YYYY-MM-DDThh:mm:ssZ or @SECONDS")
    }
    if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
      guard let seconds = Int64(epoch) else {
        throw HexaplaError.inconsistentInput(
          message: "SOURCE_DATE_EPOCH='\(HexaplaError.quoting(epoch))' is not a whole number of seconds")
      }
      return format(secondsSince1970: seconds)
    }
    return format(now)
  }

  /// Seconds since 1970 for a TMX date, or nil when it is not one.
  static func parse(_ text: String) -> Int64? {
    let bytes = Array(text.utf8)
    guard bytes.count == 16, bytes[8] == UInt8(ascii: "T"), bytes[15] == UInt8(ascii: "Z") else {
      return nil
    }
    func number(_ range: Range<Int>) -> Int64? {
      var value: Int64 = 0
      for b in bytes[range] {
        guard (48...57).contains(b) else { return nil }
        value = value * 10 + Int64(b - 48)
      }
      return value
    }
    guard let year = number(0..<4), let month = number(4..<6), let day = number(6..<8),
      let hour = number(9..<11), let minute = number(11..<13), let second = number(13..<15),
      (1...12).contains(month), hour < 24, minute < 60, second < 60
    else { return nil }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let monthDays: [Int64] = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    guard (1...monthDays[Int(month) - 1]).contains(day) else { return nil }
    // Days-from-civil (Howard Hinnant's algorithm).
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let mp = (month + 9) % 12
    let dayOfYear = (153 * mp + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    let days = era * 146_097 + dayOfEra - 719_468
    return days * 86_400 + hour * 3600 + minute * 60 + second
  }
}
