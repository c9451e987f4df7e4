import Foundation

/// `hexapla-benchmarks WHICH [options]`: Hexapla's benchmarks; run with `Tools/bench.sh` (release build).
let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, default value: Int) -> Int {
  guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count, let n = Int(arguments[i + 1]) else {
    return value
  }
  return n
}

do {
  switch arguments.first ?? "all" {
  case "segment":
    try SegmentationBenchmark.run(megabytes: option("--mb", default: 100))
  case "align":
    try AlignmentBenchmark.run(
      sentences: option("--sentences", default: 50_000), baselineSentences: option("--baseline", default: 2_000))
  case "all":
    try SegmentationBenchmark.run(megabytes: option("--mb", default: 100))
    try AlignmentBenchmark.run(
      sentences: option("--sentences", default: 50_000), baselineSentences: option("--baseline", default: 2_000))
  default:
    FileHandle.standardError.write(Data("usage: hexapla-benchmarks [segment|align|all] [--mb N] [--sentences N] [--baseline N]\n".utf8))
    exit(2)
  }
} catch {
  FileHandle.standardError.write(Data("error: \(error)\n".utf8))
  exit(1)
}
