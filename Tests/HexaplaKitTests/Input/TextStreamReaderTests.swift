import Foundation
import Testing

@testable import HexaplaKit

@Suite("Reading text a block at a time")
struct TextStreamReaderTests {
  /// Inputs of every encoding TextDecoder reads, good and bad.
  static let inputs: [[UInt8]] = [
    [0x61, 0x62],
    [0xEF, 0xBB, 0xBF, 0x61],
    [0xEF, 0xBB],
    [0xFF, 0xFE],
    [0xFF, 0xFE, 0x61, 0x00, 0x2D, 0x4E],
    [0xFE, 0xFF, 0x00, 0x61, 0xD8, 0x3D, 0xDE, 0x00, 0x00, 0x62],
    Array("中文。Ünïcödé 😀 text\r\nsecond line\n".utf8),
    [],
    [0x61, 0xFF],
    [0x61, 0x62, 0xC3],
    [0xE0, 0x80, 0x80],
    [0xEF, 0xBB, 0xBF, 0x61, 0xC3, 0x28],
    [0xFF, 0xFE, 0x00, 0xD8, 0x61, 0x00],
    [0xFF, 0xFE, 0x61, 0x00, 0x62],
    [0xFF, 0xFE, 0x61, 0x00, 0x3D, 0xD8],
    [0x61, 0x00, 0x62, 0x00, 0x63, 0x00],
    [0x61, 0x62, 0x00, 0x63],
  ]

  /// What the whole-file decoder gives: the text, or the error's offset and message.
  static func decodedWhole(_ bytes: [UInt8]) -> String {
    do { return try TextDecoder.decode(Data(bytes), path: "in.txt") } catch { return "\(error)" }
  }

  static func decodedInBlocks(_ bytes: [UInt8], blockSize: Int) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString).txt")
    try Data(bytes).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    do {
      let reader = try TextStreamReader(path: url.path, blockSize: blockSize)
      var buffer: [UInt8] = []
      while try reader.read(appendingTo: &buffer) {}
      return String(decoding: buffer, as: UTF8.self)
    } catch {
      return "\(error)".replacingOccurrences(of: url.path, with: "in.txt")
    }
  }

  @Test("every block size gives what the whole-file decoder gives", arguments: [1, 2, 3, 5, 4096])
  func sameAsWholeFile(blockSize: Int) throws {
    for bytes in Self.inputs {
      #expect(try Self.decodedInBlocks(bytes, blockSize: blockSize) == Self.decodedWhole(bytes), "\(bytes)")
    }
  }

  @Test("a binary file is called binary, not UTF-16")
  func binaryFile() throws {
    var elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]
    for k in 0..<600 { elf += [UInt8(k & 0xFF), 0x00, 0x3E, 0x00, 0x01, 0x00, 0x00, 0x00, 0xB0, 0x12] }
    #expect(Self.decodedWhole(elf).contains("a binary file"))
    #expect(try Self.decodedInBlocks(elf, blockSize: 64).contains("a binary file"))
    let utf16 = Array("plain text without a mark".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    #expect(Self.decodedWhole(utf16).contains("UTF-16 without a byte-order mark"))
  }
}
