extension Double {
  /// The number with exactly `digits` decimals, rounded half away from zero; the same on every
  /// platform and in every locale (`0.5` with 4 → `0.5000`, `-0.004` with 2 → `0.00`, never
  /// `-0.00`). Non-finite numbers are written as zero.
  func fixedDecimals(_ digits: Int) -> String {
    guard isFinite else { return 0.0.fixedDecimals(digits) }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int64((abs(self) * scale).rounded())
    let sign = self < 0 && scaled != 0 ? "-" : ""
    guard digits > 0 else { return sign + String(scaled) }
    let whole = scaled / Int64(scale)
    let fraction = String(scaled % Int64(scale))
    return sign + String(whole) + "." + String(repeating: "0", count: digits - fraction.count) + fraction
  }
}
