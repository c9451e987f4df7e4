import Foundation

/// Shows progress on standard error: a bar with count, rate and ETA on a terminal, or a plain
/// line every 5% when standard error is a file or pipe (logs).
final class ProgressReporter: @unchecked Sendable {
  private let total: Int
  private let unit: String
  private let start = Date()
  private let isTerminal = isatty(STDERR_FILENO) != 0
  private var lastPlain = 0
  private var lastDraw = Date.distantPast

  init(total: Int, unit: String) {
    self.total = total
    self.unit = unit
  }

  /// Reports `done` of the total finished (calls must be serialised).
  func update(_ done: Int) {
    let elapsed = Date().timeIntervalSince(start)
    let rate = elapsed > 0 ? Double(done) / elapsed : 0
    let remaining = rate > 0 ? Double(total - done) / rate : 0
    let status = "\(done)/\(total) \(unit)  \(String(format: "%.1f", rate))/s  ETA \(Self.clock(remaining))"
    if isTerminal {
      guard done == total || Date().timeIntervalSince(lastDraw) >= 0.1 else { return }
      lastDraw = Date()
      let width = 30
      let filled = total > 0 ? width * done / total : width
      let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
      FileHandle.standardError.write(Data("\r\u{1B}[K\(bar) \(status)".utf8))
    } else {
      let step = max(1, total / 20)
      guard done == total || done - lastPlain >= step else { return }
      lastPlain = done
      FileHandle.standardError.write(Data((status + "\n").utf8))
    }
  }

  /// Ends the bar's line on a terminal.
  func finish() {
    if isTerminal && total > 0 { FileHandle.standardError.write(Data("\n".utf8)) }
  }

  static func clock(_ seconds: Double) -> String {
    let s = Int(seconds.rounded())
    return s >= 3600
      ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
  }
}
