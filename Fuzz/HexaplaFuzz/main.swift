// Fuzz targets for Hexapla's parsers, run by Tools/fuzz.sh TARGET SECONDS (libFuzzer, built with
// -sanitize=fuzzer,address and -DFUZZING). Without FUZZING it replays files given as arguments
// through the same target (`hexapla-fuzz TARGET FILE...`), which is how a crash is reproduced.
import Foundation
import HexaplaKit

/// The targets: each gets the input bytes as a file and must not crash, whatever they hold.
let targets: [String: (String) -> Void] = [
  "tmx": { path in
    _ = try? TMXReader.read(path: path, maxSegmentBytes: 1 << 16) { _ in }
  },
  "jsonl": { path in
    guard let reader = try? JSONLUnitReader(path: path, maxLineBytes: 1 << 16) else { return }
    while (try? reader.next()) != nil {}
  },
]

let arguments = CommandLine.arguments
guard arguments.count >= 2, let target = targets[arguments[1]] else {
  FileHandle.standardError.write(Data("usage: hexapla-fuzz tmx|jsonl [libFuzzer options | FILE...]\n".utf8))
  exit(64)
}
nonisolated(unsafe) var selected = target
let scratch = NSTemporaryDirectory() + "/hexapla-fuzz-\(getpid()).input"

/// Writes the bytes to the scratch file and runs the selected target on it.
func runOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
  _ = FileManager.default.createFile(atPath: scratch, contents: bytes)
  selected(scratch)
  return 0
}

#if FUZZING
  /// libFuzzer's entry point (it also calls the callback given to `LLVMFuzzerRunDriver`).
  @_cdecl("LLVMFuzzerTestOneInput")
  public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { runOne(data, size) }

  @_silgen_name("LLVMFuzzerRunDriver")
  func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  // libFuzzer sees the program name and the options after the target name.
  var cArguments = ([arguments[0]] + arguments.dropFirst(2)).map { strdup($0) } + [nil]
  var argc = CInt(cArguments.count - 1)
  let status = cArguments.withUnsafeMutableBufferPointer { buffer in
    var argv = buffer.baseAddress
    return LLVMFuzzerRunDriver(&argc, &argv) { runOne($0, $1) }
  }
  exit(status)
#else
  for path in arguments.dropFirst(2) {
    selected(path)
    print("\(path): no crash")
  }
#endif
