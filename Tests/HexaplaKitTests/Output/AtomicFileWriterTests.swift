import Foundation
import TestResources
import Testing

@testable import HexaplaKit

@Suite("Atomic file writer")
struct AtomicFileWriterTests {
  @Test("the file appears only when finished; a discarded writer leaves nothing")
  func finishAndDiscard() throws {
    try TestResources.withTemporaryDirectory { directory in
      let path = directory.appendingPathComponent("out.txt").path
      let writer = try AtomicFileWriter(path: path)
      try writer.write("hello\n")
      #expect(!FileManager.default.fileExists(atPath: path))
      try writer.finish()
      #expect(try String(contentsOfFile: path, encoding: .utf8) == "hello\n")

      let discarded = try AtomicFileWriter(path: path)
      try discarded.write("partial")
      discarded.discard()
      #expect(try String(contentsOfFile: path, encoding: .utf8) == "hello\n")
      #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.txt"])
    }
  }

  @Test("a device such as /dev/null is written to, never replaced")
  func device() throws {
    let writer = try AtomicFileWriter(path: "/dev/null")
    try writer.write("nothing to see\n")
    try writer.finish()
    let attributes = try FileManager.default.attributesOfItem(atPath: "/dev/null")
    #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial)
  }

  @Test("a symbolic link is written through and stays a link; the mode is kept")
  func symlinkAndMode() throws {
    try TestResources.withTemporaryDirectory { directory in
      let real = directory.appendingPathComponent("real.txt").path
      let link = directory.appendingPathComponent("link.txt").path
      try "old".write(toFile: real, atomically: false, encoding: .utf8)
      chmod(real, 0o600)
      try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
      let writer = try AtomicFileWriter(path: link)
      try writer.write("new")
      try writer.finish()
      #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
      #expect(try String(contentsOfFile: real, encoding: .utf8) == "new")
      let mode = try FileManager.default.attributesOfItem(atPath: real)[.posixPermissions] as? Int
      #expect(mode == 0o600)
    }
  }

  @Test("a directory or a missing folder is a clear error")
  func errors() throws {
    #expect(throws: HexaplaError.outputNotWritable(path: "/tmp", reason: "it is a directory")) {
      try AtomicFileWriter(path: "/tmp")
    }
    #expect(throws: HexaplaError.outputNotWritable(path: "/nonexistent-dir/x.txt", reason: "No such file or directory"))
    {
      try AtomicFileWriter(path: "/nonexistent-dir/x.txt")
    }
  }
}
