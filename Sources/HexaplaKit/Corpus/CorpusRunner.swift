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
    let results = LockedResults<Output>(count: count)
    let progressLock = NSLock()
    DispatchQueue.concurrentPerform(iterations: count) { index in
      let done = results.set(index, Result { try job(index) })
      progressLock.withLock { progress(done) }
    }
    return results.all()
  }
}
