import Foundation

/// Runs one job per article on all cores and collects each job's result or failure, so one
/// bad article never stops the others.
public enum CorpusRunner {
  /// Runs `job` for every index in `0..<count`, at most `ProcessInfo.activeProcessorCount`
  /// at a time, calling `progress` (serialised) with the number finished after each.
  /// - Returns: the results in index order.
  public static func run<Output: Sendable>(
    count: Int, job: @Sendable (Int) throws -> Output, progress: @Sendable (Int) -> Void = { _ in }
  ) -> [Result<Output, any Error>] {
    let results = ResultSlots<Output>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
      let result = Result { try job(index) }
      let done = results.set(index, result)
      results.serialised { progress(done) }
    }
    return results.all()
  }
}

/// Per-index results filled from several threads.
private final class ResultSlots<Output: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private let progressLock = NSLock()
  private var slots: [Result<Output, any Error>?]
  private var finished = 0

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  /// Stores a result and returns how many are finished.
  func set(_ index: Int, _ result: Result<Output, any Error>) -> Int {
    lock.lock()
    defer { lock.unlock() }
    slots[index] = result
    finished += 1
    return finished
  }

  func serialised(_ body: () -> Void) {
    progressLock.lock()
    defer { progressLock.unlock() }
    body()
  }

  func all() -> [Result<Output, any Error>] {
    lock.lock()
    defer { lock.unlock() }
    return slots.map { $0! }
  }
}
