import Foundation
import TestResources
import Testing

@Suite("hexapla segment")
struct SegmentCommandTests {
  @Test("lines from a file whose name gives the language")
  func fromFileName() throws {
    let result = try HexaplaProcess.run([
      "segment", HexaplaProcess.fixtures.appendingPathComponent("short.de.txt").path,
    ])
    #expect(result.status == 0)
    #expect(result.stdout == "Es regnet.\nWir bleiben zu Hause!\nMorgen?\nDie Sonne scheint.\n")
  }

  @Test("JSON lines from standard input")
  func jsonl() throws {
    let result = try HexaplaProcess.run(["segment", "--lang", "zh-Hans", "--format", "jsonl", "-"], input: "我们走吧。他来了！")
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        {"text":"我们走吧。","paragraph":0,"start":0,"end":15}
        {"text":"他来了！","paragraph":0,"start":15,"end":27}

        """)
  }

  @Test("hard-wrapped text with --paragraphs blank")
  func blank() throws {
    let result = try HexaplaProcess.run(
      ["segment", "--lang", "en", "--paragraphs", "blank", "-"], input: "One\nsentence here. Two\nhere.\n\nThree.")
    #expect(result.stdout == "One sentence here.\nTwo here.\nThree.\n")
  }

  @Test(
    "bad input: one clear line, non-zero exit",
    arguments: [
      (["segment", "-"], "", "Cannot tell the language of '-'", Exit.usage),
      (["segment", "--lang", "xx", "-"], "", "invalid language tag 'xx'", Exit.usage),
      (
        ["segment", "--lang", "en", "/nonexistent/a.txt"], "", "/nonexistent/a.txt: cannot read: no such file",
        Exit.failure
      ),
      (
        ["segment", "--lang", "en", "--format", "xml", "-"], "", "The value 'xml' is invalid for '--format <format>'",
        Exit.usage
      ),
      (
        ["segment", "--lang", "en", "--no-rules", "--abbreviations", "a.txt", "-"], "",
        "--abbreviations has no effect with --no-rules", Exit.usage
      ),
      (["segment", "--lang", "th", "--guide-lang", "en", "-"], "", "--guide-lang needs --guide FILE", Exit.usage),
      (["segment", "--lang", "th", "--guide", "-", "-"], "", "cannot both be standard input", Exit.usage),
      (
        ["segment", "--lang", "th", "--guide", "guide.txt", "-"], "", "Cannot tell the language of 'guide.txt'",
        Exit.usage
      ),
      (
        ["segment", "--lang", "th", "--guide", "/nonexistent/a.en.txt", "-"], "x", "/nonexistent/a.en.txt: cannot read",
        Exit.failure
      ),
    ])
  func badInput(arguments: [String], input: String, message: String, exit: HexaplaProcess.Exit) throws {
    let result = try HexaplaProcess.run(arguments, input: input)
    #expect(result.failed(exit), "status \(result.status)")
    #expect(result.stderr.contains(message))
    #expect(result.stdout.isEmpty)
  }

  @Test("--guide: a Thai text cut as its English translation shows")
  func guided() throws {
    let fixtures = HexaplaProcess.fixtures.appendingPathComponent("align")
    let result = try HexaplaProcess.run([
      "segment", "--guide", fixtures.appendingPathComponent("summit.en.txt").path,
      fixtures.appendingPathComponent("summit.th.txt").path,
    ])
    #expect(result.status == 0)
    #expect(
      result.stdout.split(separator: "\n").map { $0.split(separator: " ").count } == [1, 1, 2, 1, 1],
      "one line per sentence; the third keeps its inner space")
    #expect(result.stdout.hasPrefix("การประชุมสุดยอด"))
  }

  @Test("--guide: an empty or undecodable guide is a one-line error and no output file")
  func badGuide() throws {
    try TestResources.withTemporaryDirectory { directory in
      let empty = directory.appendingPathComponent("empty.en.txt")
      try Data("  \n".utf8).write(to: empty)
      let broken = directory.appendingPathComponent("broken.en.txt")
      try Data([0x4F, 0x6B, 0x2E, 0x20, 0xC3, 0x28]).write(to: broken)
      let output = directory.appendingPathComponent("out.txt")
      for (guide, message) in [(empty, "empty.en.txt: "), (broken, "broken.en.txt: byte 4: invalid UTF-8")] {
        let result = try HexaplaProcess.run(
          ["segment", "--lang", "th", "--guide", guide.path, "-o", output.path, "-"], input: "ข่าววันนี้")
        #expect(result.failed(.failure), "status \(result.status)")
        #expect(result.stderr.contains(message))
        #expect(!FileManager.default.fileExists(atPath: output.path))
      }
    }
  }

  @Test("invalid UTF-8 names the file and byte; no output file is left")
  func invalidUTF8() throws {
    try TestResources.withTemporaryDirectory { directory in
      let input = directory.appendingPathComponent("bad.en.txt")
      try Data([0x4F, 0x6B, 0x2E, 0x20, 0xC3, 0x28]).write(to: input)
      let output = directory.appendingPathComponent("out.txt")
      let result = try HexaplaProcess.run(["segment", input.path, "-o", output.path])
      #expect(result.failed(.failure), "status \(result.status)")
      #expect(result.stderr.contains("bad.en.txt: byte 4: invalid UTF-8"))
      #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["bad.en.txt"])
    }
  }

  @Test("an empty file gives no sentences and succeeds")
  func emptyFile() throws {
    let result = try HexaplaProcess.run(["segment", "--lang", "en", "-"], input: "")
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
  }

  @Test("output to a file through a temporary file")
  func outputFile() throws {
    try TestResources.withTemporaryDirectory { directory in
      let output = directory.appendingPathComponent("out.txt")
      let result = try HexaplaProcess.run(
        ["segment", "--lang", "en", "-o", output.path, "-"], input: "It rained. We left.")
      #expect(result.status == 0)
      #expect(try String(contentsOf: output, encoding: .utf8) == "It rained.\nWe left.\n")
      #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.txt"])
    }
  }

  @Test("--abbreviations adds the user's own list; --no-rules gives ICU's breaks")
  func abbreviations() throws {
    try TestResources.withTemporaryDirectory { directory in
      let list = directory.appendingPathComponent("mine.txt")
      try "# buildings\nBldg.\nStn. [may-end]\n".write(to: list, atomically: true, encoding: .utf8)
      let text = "Meet me at Bldg. Seven. Dr. Who came to the Stn. The train was late."
      let plain = try HexaplaProcess.run(["segment", "--lang", "en", "-"], input: text)
      #expect(plain.stdout == "Meet me at Bldg.\nSeven.\nDr. Who came to the Stn.\nThe train was late.\n")
      let result = try HexaplaProcess.run(["segment", "--lang", "en", "--abbreviations", list.path, "-"], input: text)
      #expect(result.status == 0)
      #expect(result.stdout == "Meet me at Bldg. Seven.\nDr. Who came to the Stn.\nThe train was late.\n")
      let icu = try HexaplaProcess.run(["segment", "--lang", "en", "--no-rules", "-"], input: text)
      #expect(icu.stdout == "Meet me at Bldg.\nSeven.\nDr.\nWho came to the Stn.\nThe train was late.\n")
    }
  }

  @Test("a bad abbreviation list: one clear line, non-zero exit, no output file")
  func badAbbreviations() throws {
    try TestResources.withTemporaryDirectory { directory in
      let invalid = directory.appendingPathComponent("invalid.txt")
      try Data([0x42, 0x6C, 0x64, 0x67, 0x2E, 0x0A, 0xFF]).write(to: invalid)
      let malformed = directory.appendingPathComponent("malformed.txt")
      try "Bldg.\nBldg\n".write(to: malformed, atomically: true, encoding: .utf8)
      let output = directory.appendingPathComponent("out.txt")
      let cases = [
        (directory.appendingPathComponent("missing.txt").path, "missing.txt: cannot read: no such file"),
        (invalid.path, "invalid.txt: byte 6: invalid UTF-8"),
        (malformed.path, "malformed.txt:2: 'Bldg' is not an abbreviation"),
      ]
      for (path, message) in cases {
        let result = try HexaplaProcess.run(
          ["segment", "--lang", "en", "--abbreviations", path, "-o", output.path, "-"], input: "A text.")
        #expect(result.failed(.failure), "status \(result.status)")
        #expect(result.stderr.contains(message))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output.path))
      }
    }
  }

  @Test("version")
  func version() throws {
    let version = try HexaplaProcess.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout.wholeMatch(of: /\d+\.\d+\.\d+ \(ICU \d+(\.\d+)*\)\n/) != nil, "\(version.stdout)")
  }
}
