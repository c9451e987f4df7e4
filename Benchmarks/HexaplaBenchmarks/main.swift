import Foundation

/// `hexapla-benchmarks WHICH [options]`: Hexapla's benchmarks; run with `Tools/bench.sh` (release build).
let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, default value: Int) -> Int {
  guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count, let n = Int(arguments[i + 1]) else {
    return value
  }
  return n
}

func stringOption(_ name: String) -> String? {
  guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
  return arguments[i + 1]
}

do {
  switch arguments.first ?? "all" {
  case "segment":
    try SegmentationBenchmark.run(megabytes: option("--mb", default: 100))
  case "tmx":
    try TMXBenchmark.run(units: option("--units", default: 1_000_000))
  case "tmx-read":
    // The child half of the TMX benchmark: reads one file and reports its own peak memory.
    try TMXBenchmark.readChild(path: arguments[1])
  case "dict":
    try DictionaryBenchmark.run(cedict: stringOption("--cedict"), freedict: stringOption("--freedict"))
  case "align":
    try AlignmentBenchmark.run(
      sentences: option("--sentences", default: 50_000), baselineSentences: option("--baseline", default: 2_000))
  case "inspect":
    try InspectBenchmark.run(units: option("--units", default: 200_000))
  case "extract":
    try ExtractionBenchmark.run(rounds: option("--rounds", default: 3))
  case "all":
    try SegmentationBenchmark.run(megabytes: option("--mb", default: 100))
    try AlignmentBenchmark.run(
      sentences: option("--sentences", default: 50_000), baselineSentences: option("--baseline", default: 2_000))
    try DictionaryBenchmark.run(cedict: stringOption("--cedict"), freedict: stringOption("--freedict"))
    try TMXBenchmark.run(units: option("--units", default: 1_000_000))
    try InspectBenchmark.run(units: option("--inspect-units", default: 200_000))
    try ExtractionBenchmark.run(rounds: option("--rounds", default: 3))
  default:
    FileHandle.standardError.write(
      Data(
        "usage: hexapla-benchmarks [segment|align|dict|tmx|inspect|extract|all] [--mb N] [--sentences N] [--baseline N] [--cedict PATH] [--freedict PATH.index] [--units N] [--rounds N]\n"
          .utf8))
    exit(2)
  }
} catch {
  FileHandle.standardError.write(Data("error: \(error)\n".utf8))
  exit(1)
}
