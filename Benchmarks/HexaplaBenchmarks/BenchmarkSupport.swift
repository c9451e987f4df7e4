import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Timing, memory and corpus helpers shared by the benchmarks.
enum BenchmarkSupport {
  /// Seconds taken by `body`.
  static func time<R>(_ body: () throws -> R) rethrows -> (R, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try body()
    return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }

  /// Wall-clock and CPU seconds (of the calling thread) taken by `body`. On a shared machine
  /// the CPU time is the steadier measure of the work done.
  static func timeWithCPU<R>(_ body: () throws -> R) rethrows -> (R, wall: Double, cpu: Double) {
    func cpuNow() -> Double {
      var spec = timespec()
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
      return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = cpuNow()
    let result = try body()
    let cpu = cpuNow() - cpuStart
    return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, cpu)
  }

  /// CPU time (user + system) of this process so far, in seconds.
  static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
      + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
  }

  /// Peak resident memory of this process so far, in MiB.
  static func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
  }

  /// Current resident memory, in MiB (from /proc/self/statm).
  static func residentMemoryMiB() -> Double {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let pages = Double(statm.split(separator: " ")[1]) ?? 0
    return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
  }

  /// The repository root (the benchmarks run from anywhere inside it).
  static let repositoryRoot: URL = {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }()

  /// `../shared` beside the repository, when it is there.
  static var shared: URL? {
    let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }
}
