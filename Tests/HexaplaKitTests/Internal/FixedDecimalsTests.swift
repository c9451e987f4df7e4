import Testing

@testable import HexaplaKit

@Suite("Double.fixedDecimals")
struct FixedDecimalsTests {
  @Test(
    "exact decimals, half away from zero, no -0, non-finite as zero",
    arguments: [
      (0.93, 2, "0.93"), (0.125, 2, "0.13"), (-0.125, 2, "-0.13"), (-0.004, 2, "0.00"), (3.0, 0, "3"),
      (0.05, 1, "0.1"), (12.3456, 3, "12.346"), (Double.infinity, 2, "0.00"), (-Double.nan, 4, "0.0000"),
      (0.000049, 4, "0.0000"), (0.5, 4, "0.5000"),
    ])
  func fixed(value: Double, digits: Int, expected: String) {
    #expect(value.fixedDecimals(digits) == expected)
  }
}
