import Foundation

/// Prints the time each stage takes to standard error when `HEXAPLA_TIMING` is set.
final class StageClock {
  private let enabled = ProcessInfo.processInfo.environment["HEXAPLA_TIMING"] != nil
  private var last = DispatchTime.now().uptimeNanoseconds

  /// Prints the time since the previous lap.
  func lap(_ stage: String) {
    guard enabled else { return }
    let now = DispatchTime.now().uptimeNanoseconds
    FileHandle.standardError.write(Data(String(format: "%@: %.3f s\n", stage, Double(now - last) / 1e9).utf8))
    last = now
  }
}
