import Foundation

/// Results written by concurrent jobs, one slot per job, behind a lock.
final class LockedResults<T>: @unchecked Sendable {
  /// A slot read before its job stored a result (a scheduling bug), reported as an error
  /// instead of a crash.
  struct MissingResult: Error, CustomStringConvertible {
    /// The job's index.
    var index: Int

    var description: String { "internal error: job \(index) finished without storing a result" }
  }

  private var slots: [Result<T, any Error>?]
  private var finished = 0
  private let lock = NSLock()

  /// Slots for `count` jobs, all empty.
  init(count: Int) { slots = Array(repeating: nil, count: count) }

  /// Stores the result of job `index`.
  /// - Returns: how many jobs have stored a result so far, this one included.
  @discardableResult
  func set(_ index: Int, _ value: Result<T, any Error>) -> Int {
    lock.lock()
    defer { lock.unlock() }
    slots[index] = value
    finished += 1
    return finished
  }

  /// The value job `index` stored.
  /// - Throws: the job's error, or `MissingResult` when the job stored nothing.
  func get(_ index: Int) throws -> T {
    try result(index).get()
  }

  /// Every job's result in index order (`MissingResult` for a job that stored nothing).
  func all() -> [Result<T, any Error>] {
    slots.indices.map(result)
  }

  private func result(_ index: Int) -> Result<T, any Error> {
    lock.lock()
    defer { lock.unlock() }
    return slots[index] ?? .failure(MissingResult(index: index))
  }
}
