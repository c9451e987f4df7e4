import Foundation

/// Runs one job per article on several cores and collects each job's result or failure, so
/// one bad article never stops the others.
public enum CorpusRunner {
  /// The number of workers when none is asked for: the cores this process may use.
  public static var defaultWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

  /// Runs `job` for every index in `0..<count` on `workers` threads (each takes the next
  /// index when it finishes one, so a slow article holds up only its own thread), calling
  /// `progress` (serialised) with the number finished after each.
  /// - Returns: the results in index order.
  public static func run<Output: Sendable>(
    count: Int, workers: Int = defaultWorkers, job: @Sendable (Int) throws -> Output,
    progress: @Sendable (Int) -> Void = { _ in }
  ) -> [Result<Output, any Error>] {
    let results = LockedResults<Output>(count: count)
    let progressLock = NSLock()
    let queue = WorkQueue(count: count)
    let threads = max(1, min(workers, count))
    DispatchQueue.concurrentPerform(iterations: threads) { _ in
      while let index = queue.take() {
        let done = results.set(index, Result { try job(index) })
        progressLock.withLock { progress(done) }
      }
    }
    return results.all()
  }
}

/// Hands out the indices `0..<count` in order, one at a time, to any thread.
private final class WorkQueue: @unchecked Sendable {
  private let count: Int
  private var next = 0
  private let lock = NSLock()

  init(count: Int) { self.count = count }

  /// The next index, or nil when all are taken.
  func take() -> Int? {
    lock.withLock {
      guard next < count else { return nil }
      defer { next += 1 }
      return next
    }
  }
}
