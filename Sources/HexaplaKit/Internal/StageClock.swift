import Foundation

/// Prints the time each stage takes to standard error when `HEXAPLA_TIMING` is set, with the
/// resident memory after it and the peak so far (Linux's `/proc/self/status`; omitted elsewhere).
final class StageClock {
  private let enabled = ProcessInfo.processInfo.environment["HEXAPLA_TIMING"] != nil
  private var last = DispatchTime.now().uptimeNanoseconds

  /// Prints the time since the previous lap.
  func lap(_ stage: String) {
    guard enabled else { return }
    let now = DispatchTime.now().uptimeNanoseconds
    FileHandle.standardError.write(
      Data((String(format: "%@: %.3f s", stage, Double(now - last) / 1e9) + Self.memory() + "\n").utf8))
    last = now
  }

  /// ", RSS N MiB, peak N MiB" from `/proc/self/status`, or nothing where it cannot be read.
  private static func memory() -> String {
    guard let data = FileHandle(forReadingAtPath: "/proc/self/status")?.readDataToEndOfFile() else { return "" }
    let status = String(decoding: data, as: UTF8.self)
    func kibibytes(_ field: String) -> Int? {
      guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }) else { return nil }
      return Int(line.dropFirst(field.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
    }
    guard let rss = kibibytes("VmRSS"), let peak = kibibytes("VmHWM") else { return "" }
    return ", RSS \(rss / 1024) MiB, peak \(peak / 1024) MiB"
  }
}
