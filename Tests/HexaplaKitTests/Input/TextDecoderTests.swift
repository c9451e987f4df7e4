import Foundation
import TestResources
import Testing

@testable import HexaplaKit

@Suite("Text decoding")
struct TextDecoderTests {
  @Test(
    "encodings that decode",
    arguments: [
      ([0x61, 0x62], "ab"),
      ([0xEF, 0xBB, 0xBF, 0x61], "a"),
      ([0xFF, 0xFE, 0x61, 0x00, 0x2D, 0x4E], "a中"),
      ([0xFE, 0xFF, 0x00, 0x61, 0xD8, 0x3D, 0xDE, 0x00], "a😀"),
      ([0xE4, 0xB8, 0xAD, 0x0D, 0x0A], "中\r\n"),
      ([], ""),
    ] as [([UInt8], String)])
  func decodes(bytes: [UInt8], expected: String) throws {
    #expect(try TextDecoder.decode(Data(bytes), path: "t") == expected)
  }

  @Test(
    "bad bytes are errors naming the offset",
    arguments: [
      ([0x61, 0xFF], 1),
      ([0x61, 0x62, 0xC3], 2),
      ([0xE0, 0x80, 0x80], 0),  // overlong
      ([0xED, 0xA0, 0x80], 0),  // encoded surrogate
      ([0xEF, 0xBB, 0xBF, 0x61, 0xC3, 0x28], 4),
      ([0xFF, 0xFE, 0x00, 0xD8, 0x61, 0x00], 2),  // unpaired surrogate
      ([0x61, 0x00, 0x62, 0x00, 0x63, 0x00], 1),  // UTF-16 without BOM
    ] as [([UInt8], Int)])
  func rejects(bytes: [UInt8], offset: Int) {
    #expect {
      try TextDecoder.decode(Data(bytes), path: "in.txt")
    } throws: { error in
      guard case .invalidEncoding(let path, let byteOffset, _) = error as? HexaplaError else { return false }
      return path == "in.txt" && byteOffset == offset
    }
  }

  /// Read through a FileHandle: Foundation's `Data(contentsOf:)` leaked on an empty file (found
  /// by the `html` fuzz target; `Fuzz/regressions/html/empty.html`).
  @Test("files of every size are read whole, an empty one as no bytes", arguments: [0, 1, 4095, 4096, 70_000])
  func readsBytes(size: Int) throws {
    try TestResources.withTemporaryDirectory { directory in
      let bytes = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 * 7) })
      let path = directory.appendingPathComponent("in.bin").path
      try bytes.write(to: URL(fileURLWithPath: path))
      #expect(try TextDecoder.readBytes(path: path) == bytes)
    }
  }

  @Test("a directory is not read")
  func directory() throws {
    try TestResources.withTemporaryDirectory { directory in
      #expect(throws: HexaplaError.fileNotReadable(path: directory.path, reason: "it is a directory")) {
        try TextDecoder.readBytes(path: directory.path)
      }
    }
  }

  @Test("a missing file names the path")
  func missingFile() {
    #expect(throws: HexaplaError.fileNotReadable(path: "/nonexistent/x.txt", reason: "no such file")) {
      try TextDecoder.read(path: "/nonexistent/x.txt")
    }
  }
}
