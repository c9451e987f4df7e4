#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temporary files `AtomicFileWriter`s have open, removed when the process is killed by a
/// signal it can catch (INT, TERM, HUP, PIPE, QUIT) once `removeOnSignals()` has been called.
///
/// The handler only calls `unlink`, `signal` and `raise` (async-signal-safe) on a fixed table
/// of C strings, then re-raises the signal with its default action, so the exit status still
/// says which signal ended the run.
public enum TemporaryFileRegistry {
  /// Slots for paths; more writers than this at once are not removed on a signal.
  static let capacity = 64
  nonisolated(unsafe) static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
    let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
    table.initialize(repeating: nil, count: capacity)
    return table
  }()

  /// The signals whose default action ends the process and that a handler may catch.
  public static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT]

  /// Installs the handlers (a command-line tool calls this once, at start) and unblocks the
  /// signals, which a parent may have left blocked (a process inherits its signal mask).
  public static func removeOnSignals() {
    _ = slots
    var set = sigset_t()
    sigemptyset(&set)
    for number in signals { sigaddset(&set, number) }
    for number in signals {
      signal(number) { caught in
        let table = TemporaryFileRegistry.slots
        for index in 0..<TemporaryFileRegistry.capacity {
          if let path = table[index] { unlink(path) }
        }
        signal(caught, SIG_DFL)
        raise(caught)
      }
    }
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
  }

  /// Records a temporary file; returns its slot for `remove`, or nil when the table is full.
  static func add(_ path: String) -> Int? {
    for index in 0..<capacity where slots[index] == nil {
      slots[index] = strdup(path)
      return index
    }
    return nil
  }

  /// Forgets a temporary file (it was renamed into place or removed).
  static func remove(_ slot: Int?) {
    guard let slot, let path = slots[slot] else { return }
    slots[slot] = nil
    free(path)
  }
}
