import Foundation
import HexaplaKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Text output through a pager (`$PAGER`, default `less`), as git does: started only when
/// standard output is a terminal; `LESS` defaults to `FRX` (quit when the text fits one
/// screen, pass colours through, leave the text on screen).
final class PagerSink: TextSink {
  private let command: String
  private let process: Process
  private let pipe: Pipe
  private var buffer: [UInt8] = []
  private var closed = false
  private static let flushThreshold = 1 << 15

  /// Starts the pager, or returns nil when none should be used (`PAGER` empty or `cat`) or it
  /// cannot be started.
  init?(environment: [String: String] = ProcessInfo.processInfo.environment) {
    let command = environment["HEXAPLA_PAGER"] ?? environment["PAGER"] ?? "less"
    let trimmed = command.trimmingCharacters(in: .whitespaces)
    if trimmed.isEmpty || trimmed == "cat" { return nil }
    self.command = trimmed
    process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", trimmed]
    var env = environment
    if env["LESS"] == nil { env["LESS"] = "FRX" }
    if env["LV"] == nil { env["LV"] = "-c" }
    process.environment = env
    pipe = Pipe()
    process.standardInput = pipe
    // A reader who quits the pager early closes the pipe: writes then fail with EPIPE
    // instead of killing the process.
    signal(SIGPIPE, SIG_IGN)
    do { try process.run() } catch { return nil }
  }

  /// Thrown by `write` once the reader has quit the pager, so the command can stop early.
  struct Quit: Error {}

  func write(_ text: String) throws {
    guard !closed else { throw Quit() }
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= Self.flushThreshold { flush() }
  }

  func finish() throws {
    flush()
    if !closed {
      try? pipe.fileHandleForWriting.close()
      closed = true
    }
    process.waitUntilExit()
    // 126/127: the shell could not find or run the pager command.
    if process.terminationReason == .exit, [126, 127].contains(process.terminationStatus) {
      throw HexaplaError.outputNotWritable(
        path: "pager '\(command)'", reason: "it could not be run; set PAGER or pass --no-pager")
    }
  }

  func flush() {
    guard !closed, !buffer.isEmpty else { return }
    if FileDescriptorWriter.writeAll(buffer, to: pipe.fileHandleForWriting.fileDescriptor) != nil {
      closed = true  // EPIPE: the pager has quit
      return
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
