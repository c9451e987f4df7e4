import Foundation
import Testing

@testable import HexaplaKit

@Suite("LockedResults")
struct LockedResultsTests {
  struct JobFailed: Error, Equatable {}

  @Test("concurrent jobs fill their own slots; set counts the finished ones")
  func concurrentJobs() throws {
    let results = LockedResults<Int>(count: 100)
    DispatchQueue.concurrentPerform(iterations: 100) { index in
      results.set(index, index == 7 ? .failure(JobFailed()) : .success(index * index))
    }
    #expect(try results.get(3) == 9)
    #expect(throws: JobFailed()) { try results.get(7) }
    #expect(results.all().count == 100)
    #expect(results.set(0, .success(0)) == 101)
  }

  @Test("an empty slot is an error that names the job, not a crash")
  func emptySlot() throws {
    let results = LockedResults<String>(count: 3)
    results.set(0, .success("a"))
    let error = #expect(throws: LockedResults<String>.MissingResult.self) { try results.get(2) }
    #expect(error?.index == 2)
    #expect(error?.description == "internal error: job 2 finished without storing a result")
    #expect(try results.get(0) == "a")
    #expect(throws: LockedResults<String>.MissingResult.self) { try results.all()[1].get() }
  }
}
