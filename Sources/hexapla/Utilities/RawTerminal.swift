import Foundation
import HexaplaKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The terminal of a full-screen view: raw mode (termios) on the alternate screen, keys read
/// from standard input, resizes (SIGWINCH) reported through a self-pipe. The terminal is put back
/// by `restore()`, and by a signal that ends the process (TERM, HUP...) before the handler that
/// was installed earlier runs.
final class RawTerminal {
  /// What `wait` saw.
  enum Event {
    case input([UInt8])
    case resize
    case timeout
    case endOfInput
  }

  /// The settings to put back, for `restore()` and the signal handlers.
  nonisolated(unsafe) private static var saved = termios()
  nonisolated(unsafe) private static var active = false
  nonisolated(unsafe) private static var resizePipe: (read: Int32, write: Int32) = (-1, -1)
  nonisolated(unsafe) private static let previousHandlers = UnsafeMutablePointer<sig_t?>.allocate(capacity: 65)
  private static let leaveSequence = Array("\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l".utf8)

  /// Whether standard input and output are both terminals.
  static var isAvailable: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

  /// Switches to raw mode and the alternate screen.
  /// - Throws: `HexaplaError.outputNotWritable` when the terminal settings cannot be changed.
  init() throws {
    var settings = termios()
    guard tcgetattr(STDIN_FILENO, &settings) == 0 else {
      throw HexaplaError.outputNotWritable(path: "the terminal", reason: String(cString: strerror(errno)))
    }
    Self.saved = settings
    // cfmakeraw, spelled out: no echo, no line editing, no signals from keys, no output processing.
    settings.c_iflag &= ~tcflag_t(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON)
    settings.c_oflag &= ~tcflag_t(OPOST)
    settings.c_lflag &= ~tcflag_t(ECHO | ECHONL | ICANON | ISIG | IEXTEN)
    settings.c_cflag &= ~tcflag_t(CSIZE | PARENB)
    settings.c_cflag |= tcflag_t(CS8)
    withUnsafeMutableBytes(of: &settings.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    guard tcsetattr(STDIN_FILENO, TCSAFLUSH, &settings) == 0 else {
      throw HexaplaError.outputNotWritable(path: "the terminal", reason: String(cString: strerror(errno)))
    }
    Self.active = true
    var fds: [Int32] = [-1, -1]
    if pipe(&fds) == 0 {
      Self.resizePipe = (fds[0], fds[1])
      _ = fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK)
      _ = fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK)
    }
    signal(SIGWINCH) { _ in
      var byte: UInt8 = 1
      _ = Glibc.write(RawTerminal.resizePipe.write, &byte, 1)
    }
    for number in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
      Self.previousHandlers[Int(number)] = signal(number) { caught in
        RawTerminal.putBack()
        let previous = RawTerminal.previousHandlers[Int(caught)]
        // SIG_DFL, SIG_IGN and SIG_ERR are the addresses 0, 1 and -1: only a real handler is called.
        if let previous, ![0, 1, -1].contains(unsafeBitCast(previous, to: Int.self)) { previous(caught) }
        signal(caught, SIG_DFL)
        raise(caught)
      }
    }
    write(Array("\u{1B}[?1049h\u{1B}[?25l\u{1B}[H\u{1B}[2J".utf8))
  }

  deinit { restore() }

  /// The terminal's size in cells (80 × 24 when it does not say).
  func size() -> (width: Int, height: Int) {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return (80, 24) }
    return (Int(size.ws_col), Int(size.ws_row))
  }

  /// Draws `lines` from the top left, clearing what each leaves of its row.
  func draw(_ lines: [String]) {
    var out = "\u{1B}[H"
    for (index, line) in lines.enumerated() {
      out += line + "\u{1B}[0m\u{1B}[K"
      if index < lines.count - 1 { out += "\r\n" }
    }
    write(Array(out.utf8))
  }

  /// Waits for input or a resize, up to `milliseconds` (forever when negative).
  func wait(milliseconds: Int32) -> Event {
    var fds = [
      pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
      pollfd(fd: Self.resizePipe.read, events: Int16(POLLIN), revents: 0),
    ]
    while true {
      let ready = poll(&fds, nfds_t(fds.count), milliseconds)
      if ready < 0 && errno == EINTR { continue }
      if ready == 0 { return .timeout }
      if fds[1].revents & Int16(POLLIN) != 0 {
        var drain = [UInt8](repeating: 0, count: 64)
        while read(Self.resizePipe.read, &drain, drain.count) > 0 {}
        return .resize
      }
      var buffer = [UInt8](repeating: 0, count: 4096)
      let count = read(STDIN_FILENO, &buffer, buffer.count)
      if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
      if count <= 0 { return .endOfInput }
      return .input(Array(buffer[..<count]))
    }
  }

  /// Leaves the alternate screen and puts the terminal settings back (once).
  func restore() {
    Self.putBack()
    signal(SIGWINCH, SIG_DFL)
  }

  /// What `restore()` does, with only async-signal-safe calls (`tcsetattr`, `write`).
  private static func putBack() {
    guard active else { return }
    active = false
    leaveSequence.withUnsafeBytes { _ = Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
  }

  private func write(_ bytes: [UInt8]) {
    _ = FileDescriptorWriter.writeAll(bytes, to: STDOUT_FILENO)
  }
}
