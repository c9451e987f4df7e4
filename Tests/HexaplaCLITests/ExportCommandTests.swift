import Foundation
import TestResources
import Testing

@Suite("hexapla export")
struct ExportCommandTests {
  static func fixture(_ name: String) -> String {
    HexaplaProcess.fixtures.appendingPathComponent(name).path
  }

  /// Copies a TMX the tests produced to $HEXAPLA_TMX_OUT, when set, for Tools/test.sh to check
  /// with real TMX readers.
  static func keep(_ path: String, as name: String) {
    guard let folder = ProcessInfo.processInfo.environment["HEXAPLA_TMX_OUT"], !folder.isEmpty
    else { return }
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let target = (folder as NSString).appendingPathComponent(name)
    try? FileManager.default.removeItem(atPath: target)
    try? FileManager.default.copyItem(atPath: path, toPath: target)
  }

  @Test("merge two TMX files from different tools: tuids renumbered, markup kept, tags canonical")
  func merge() throws {
    try TestResources.withTemporaryDirectory { directory in
      let output = directory.appendingPathComponent("merged.tmx").path
      let result = try HexaplaProcess.run(
        [
          "export", "--date", "20260101T000000Z", "-o", output, Self.fixture("news-a.tmx"),
          Self.fixture("news-b.tmx"),
        ])
      #expect(result.status == 0)
      #expect(result.stdout.isEmpty)
      #expect(result.stderr == "exported 5 of 5 units\n")
      Self.keep(output, as: "merged.tmx")
      #expect(
        try String(contentsOfFile: output, encoding: .utf8) == """
          <?xml version="1.0" encoding="UTF-8"?>
          <tmx version="1.4">
            <header creationtool="Hexapla" creationtoolversion="0.1.0" segtype="sentence" o-tmf="Hexapla,OmegaT TMX" adminlang="en" srclang="*all*" datatype="plaintext" creationdate="20260101T000000Z">
              <note>Exported from a project</note>
            </header>
            <body>
              <tu tuid="1">
                <prop type="x-score">0.9500</prop>
                <tuv xml:lang="en"><seg>The river rose by 2 metres.</seg></tuv>
                <tuv xml:lang="fr"><seg>Le fleuve est monté de 2 mètres.</seg></tuv>
                <tuv xml:lang="zh-Hans"><seg>河水上涨了2米。</seg></tuv>
              </tu>
              <tu tuid="2">
                <prop type="x-score">0.3000</prop>
                <tuv xml:lang="en"><seg>Officials said\t"no comment".</seg></tuv>
                <tuv xml:lang="fr"><seg>Les responsables n'ont pas commenté.</seg></tuv>
              </tu>
              <tu tuid="3">
                <tuv xml:lang="en"><seg>Schools closed
          on Monday.</seg></tuv>
                <tuv xml:lang="zh-Hans"><seg>学校周一停课。</seg></tuv>
              </tu>
              <tu tuid="4">
                <prop type="x-score">0.8000</prop>
                <tuv xml:lang="en"><seg>The river rose by 2 metres.</seg></tuv>
                <tuv xml:lang="fr"><seg>Le fleuve est monté de 2 mètres.</seg></tuv>
                <tuv xml:lang="zh-Hans"><seg>河水上涨了2米。</seg></tuv>
              </tu>
              <tu tuid="5">
                <tuv xml:lang="en"><seg>Click <bpt i="1">&lt;b&gt;</bpt>here<ept i="1">&lt;/b&gt;</ept> &amp; wait.</seg></tuv>
                <tuv xml:lang="fr"><seg>Cliquez <bpt i="1">&lt;b&gt;</bpt>ici<ept i="1">&lt;/b&gt;</ept> et attendez.</seg></tuv>
              </tu>
            </body>
          </tmx>

          """)
      #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["merged.tmx"])
    }
  }

  @Test("--flatten writes inline markup as plain text")
  func flatten() throws {
    let result = try HexaplaProcess.run([
      "export", "--flatten", "--langs", "fr", "--keep-unpaired", Self.fixture("news-b.tmx"),
    ])
    #expect(result.status == 0)
    #expect(
      result.stdout.contains("<tuv xml:lang=\"fr\"><seg>Cliquez ici et attendez.</seg></tuv>"))
    #expect(!result.stdout.contains("bpt"))
  }

  @Test("TSV: a header row, one column per language, tabs and line breaks made safe")
  func tsv() throws {
    let result = try HexaplaProcess.run(
      [
        "export", "--format", "tsv", "--langs", "en,fr", Self.fixture("news-a.tmx"),
        Self.fixture("news-b.tmx"),
      ])
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        en\tfr
        The river rose by 2 metres.\tLe fleuve est monté de 2 mètres.
        Officials said "no comment".\tLes responsables n'ont pas commenté.
        The river rose by 2 metres.\tLe fleuve est monté de 2 mètres.
        Click here & wait.\tCliquez ici et attendez.

        """)
    #expect(result.stderr == "exported 4 of 5 units (dropped: 1 lacking languages)\n")
  }

  @Test("JSON lines with --langs order, --min-score and --dedupe")
  func jsonlFiltered() throws {
    let result = try HexaplaProcess.run(
      [
        "export", "--format", "jsonl", "--langs", "fr,en", "--min-score", "0.5", "--dedupe",
        Self.fixture("news-a.tmx"), Self.fixture("news-b.tmx"),
      ])
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        {"tuid":"1","segments":{"fr":"Le fleuve est monté de 2 mètres.","en":"The river rose by 2 metres."},"props":[["x-score","0.9500"]]}
        {"tuid":"2","segments":{"fr":"Cliquez ici et attendez.","en":"Click here & wait."},"props":[]}

        """)
    #expect(
      result.stderr
        == "exported 2 of 5 units (dropped: 1 lacking languages, 1 below --min-score, 1 duplicates)\n"
    )
  }

  @Test("Moses: one line-parallel file per language, written atomically")
  func moses() throws {
    try TestResources.withTemporaryDirectory { directory in
      let prefix = directory.appendingPathComponent("corpus").path
      let result = try HexaplaProcess.run(
        [
          "export", "--format", "moses", "-o", prefix, Self.fixture("news-a.tmx"),
          Self.fixture("news-b.tmx"),
        ])
      #expect(result.status == 0)
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
          == ["corpus.en", "corpus.fr", "corpus.zh-Hans"])
      #expect(
        try String(contentsOfFile: prefix + ".en", encoding: .utf8)
          == "The river rose by 2 metres.\nThe river rose by 2 metres.\n")
      #expect(
        try String(contentsOfFile: prefix + ".zh-Hans", encoding: .utf8) == "河水上涨了2米。\n河水上涨了2米。\n")
      let lines = try HexaplaProcess.run(
        [
          "export", "--format", "moses", "--langs", "en,zh-hans", "-o", prefix,
          Self.fixture("news-a.tmx"),
        ])
      #expect(lines.status == 0)
      #expect(
        try String(contentsOfFile: prefix + ".en", encoding: .utf8)
          == "The river rose by 2 metres.\nSchools closed on Monday.\n")
    }
  }

  @Test(
    "nasty text from JSON lines: escaped, forbidden characters removed with warnings, real readers' rules"
  )
  func nasty() throws {
    try TestResources.withTemporaryDirectory { directory in
      let output = directory.appendingPathComponent("nasty.tmx").path
      let result = try HexaplaProcess.run(
        ["export", "--keep-unpaired", "-o", output, Self.fixture("nasty.jsonl")],
        environment: ["SOURCE_DATE_EPOCH": "1767225600"])
      #expect(result.status == 0)
      #expect(
        result.stderr == """
          warning: unit controls: removed 6 characters XML 1.0 forbids (U+0001, U+0007, U+001B, U+0000, U+FFFE, ...)
          exported 5 of 5 units

          """)
      Self.keep(output, as: "nasty.tmx")
      let text = try String(contentsOfFile: output, encoding: .utf8)
      #expect(text.contains("creationdate=\"20260101T000000Z\""))
      #expect(text.contains("<seg>Tom &amp; Jerry &lt;3 ]]&gt; \"quotes\" 'apos'</seg>"))
      #expect(text.contains("<prop type=\"x-anchors\">A&amp;B | &lt;x&gt;</prop>"))
      #expect(text.contains("<seg>bell escape[0m nul nonchar end</seg>"))
      #expect(text.contains("<seg>line one&#13;\nline two&#13;three\ttab</seg>"))
      #expect(text.contains("<prop type=\"x-note\">tab\there \"and\" cr&#13;</prop>"))
      #expect(text.contains("<tuv xml:lang=\"en\"><seg>Only English here.</seg></tuv>\n    </tu>"))
      #expect(!text.contains("<seg></seg>") && !text.contains("<seg>  </seg>"))
      #expect(text.contains("<seg>Emoji 👩🏽‍💻🇫🇷, combining e\u{301} and a\u{308}\u{301}</seg>"))
      // Read back: the CR survives, nothing else was lost.
      let back = try HexaplaProcess.run(["export", "--format", "jsonl", "--keep-unpaired", output])
      #expect(back.stdout.contains(#""en":"line one\r\nline two\rthree\ttab""#))
      // Only the paired units without --keep-unpaired.
      let paired = try HexaplaProcess.run([
        "export", "--format", "jsonl", Self.fixture("nasty.jsonl"),
      ])
      #expect(paired.stdout.split(separator: "\n").count == 4)
    }
  }

  @Test("a UTF-16 file with a byte-order mark, and standard input")
  func standardInputUTF16() throws {
    let text = try String(contentsOfFile: Self.fixture("news-b.tmx"), encoding: .utf8)
      .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
    try TestResources.withTemporaryDirectory { directory in
      let input = directory.appendingPathComponent("utf16.tmx")
      try (Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!).write(to: input)
      let fromFile = try HexaplaProcess.run([
        "export", "--format", "tsv", "--langs", "fr,en", input.path,
      ])
      #expect(fromFile.status == 0)
      #expect(
        fromFile.stdout == """
          fr\ten
          Le fleuve est monté de 2 mètres.\tThe river rose by 2 metres.
          Cliquez ici et attendez.\tClick here & wait.

          """)
      let fromStandardInput = try HexaplaProcess.run(
        ["export", "--format", "tsv", "--langs", "fr,en", "-"], input: text)
      #expect(fromStandardInput.stdout == fromFile.stdout)
    }
  }

  @Test("a pinned date gives byte-identical output")
  func deterministic() throws {
    let arguments = ["export", Self.fixture("news-b.tmx"), Self.fixture("nasty.jsonl")]
    let first = try HexaplaProcess.run(arguments, environment: ["SOURCE_DATE_EPOCH": "0"])
    let second = try HexaplaProcess.run(arguments, environment: ["SOURCE_DATE_EPOCH": "0"])
    #expect(first.status == 0)
    #expect(first.stdout == second.stdout)
    #expect(first.stdout.contains("creationdate=\"19700101T000000Z\""))
    let withDoctype = try HexaplaProcess.run(
      ["export", "--doctype"] + arguments.dropFirst(), environment: ["SOURCE_DATE_EPOCH": "0"])
    #expect(
      withDoctype.stdout
        == first.stdout.replacingOccurrences(
          of: "?>\n<tmx", with: "?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx"))
  }

  @Test(
    "bad input or output: one line naming the file, non-zero exit, no output file",
    arguments: [
      (
        "<tmx version=\"1.4\">\n<header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>\n<body><tu><tuv xml:lang=\"en\"><seg>a</tuv>",
        "bad.tmx:3:36: end tag </tuv> does not match <seg>"
      ),
      ("not xml at all", "bad.tmx:1:1: text before the root element"),
      ("", "bad.tmx:1:1: no root element (the file is empty or not XML)"),
    ])
  func malformed(content: String, message: String) throws {
    try TestResources.withTemporaryDirectory { directory in
      let input = directory.appendingPathComponent("bad.tmx")
      try Data(content.utf8).write(to: input)
      for format in ["tmx", "moses"] {
        let result = try HexaplaProcess.run(
          [
            "export", "--format", format, "--langs", "en,fr", "-o",
            directory.appendingPathComponent("out").path,
            Self.fixture("news-a.tmx"), input.path,
          ])
        #expect(result.failed(.failure), "status \(result.status)")
        #expect(result.stderr == "Error: \(directory.path)/\(message)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["bad.tmx"])
      }
    }
  }

  @Test(
    "usage errors",
    arguments: [
      (["export"], "Missing expected argument", Exit.usage),
      (["export", "--format", "moses", "x.tmx"], "give -o PREFIX", Exit.usage),
      (["export", "--langs", "en,xx", "x.tmx"], "invalid language tag 'xx'", Exit.usage),
      (["export", "--langs", "en,EN", "x.tmx"], "'en' is given twice", Exit.usage),
      (["export", "--format", "csv", "x.tmx"], "The value 'csv' is invalid for '--format <format>'", Exit.usage),
      (["export", "--date", "tomorrow", "x.tmx"], "invalid date 'tomorrow'", Exit.usage),
      (["export", "/nonexistent/x.tmx"], "/nonexistent/x.tmx: cannot read: no such file", Exit.failure),
      (
        ["export", "-o", "/nonexistent/dir/out.tmx", "Tests/none.tmx"],
        "/nonexistent/dir/out.tmx: cannot write",
        Exit.failure
      ),
    ])
  func usage(arguments: [String], message: String, exit: HexaplaProcess.Exit) throws {
    let result = try HexaplaProcess.run(arguments)
    #expect(result.failed(exit), "status \(result.status)")
    #expect(result.stderr.contains(message))
    #expect(result.stdout.isEmpty)
  }

  @Test("an unwritable output is one clear line")
  func unwritable() throws {
    let result = try HexaplaProcess.run([
      "export", "-o", "/nonexistent/dir/out.tmx", Self.fixture("news-a.tmx"),
    ])
    #expect(result.failed(.failure), "status \(result.status)")
    #expect(
      result.stderr.hasPrefix(
        "Error: /nonexistent/dir/out.tmx: cannot write: No such file or directory"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test(
    "--langs: a language no unit has is named; zh takes the text of zh-Hans when the file is unambiguous",
    arguments: [
      (["--langs", "en,de"], "warning: --langs: no unit has text in 'de' (the input has en, fr, zh-Hans)", 0),
      (["--langs", "en,zh"], "--langs: 'zh' is the input's 'zh-Hans'", 2),
      (["--langs", "zh,fr"], "--langs: 'zh' is the input's 'zh-Hans'", 1),
      (
        ["--langs", "zh-Hant,en"], "warning: --langs: no unit has text in 'zh-Hant' (the input has en, fr, zh-Hans)", 0
      ),
    ])
  func languageSelection(arguments: [String], message: String, rows: Int) throws {
    for format in ["tsv", "moses"] {
      try TestResources.withTemporaryDirectory { directory in
        let prefix = directory.appendingPathComponent("corpus").path
        let result = try HexaplaProcess.run(
          ["export", "--format", format] + arguments + (format == "moses" ? ["-o", prefix] : [])
            + [Self.fixture("news-a.tmx")])
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix(message + "\n"), "\(result.stderr)")
        if !message.hasPrefix("warning") { #expect(!result.stderr.contains("warning")) }
        var columns: [[Substring]] = []
        if format == "tsv" {
          let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
          #expect(lines.count == rows + 1, "\(result.stdout)")
          columns = lines.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        } else {
          let languages = arguments[1].split(separator: ",").map(String.init)
          let files = try languages.map { try String(contentsOfFile: "\(prefix).\($0)", encoding: .utf8) }
          let lines = files.map { $0.split(separator: "\n", omittingEmptySubsequences: false).dropLast() }
          #expect(lines.allSatisfy { $0.count == rows })
          columns = (0..<rows).map { row in lines.map { $0[$0.startIndex + row] } }
        }
        // Every selected language has its text on every line: zh-Hans is read for zh.
        for row in columns { #expect(row.allSatisfy { !$0.isEmpty }, "\(format): \(row)") }
      }
    }
  }

  @Test("--langs zh on units that write it zh-Hans and zh-Hant: the text of both, and a warning")
  func ambiguousLanguage() throws {
    try TestResources.withTemporaryDirectory { directory in
      let input = directory.appendingPathComponent("mixed.tmx")
      try Data(
        """
        <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" \
        adminlang="en" srclang="en" datatype="plaintext"/><body>
        <tu><tuv xml:lang="en"><seg>Rain.</seg></tuv><tuv xml:lang="zh-Hans"><seg>下雨。</seg></tuv></tu>
        <tu><tuv xml:lang="en"><seg>Wind.</seg></tuv><tuv xml:lang="zh-Hant"><seg>颳風。</seg></tuv></tu>
        </body></tmx>
        """.utf8
      ).write(to: input)
      let result = try HexaplaProcess.run(["export", "--format", "tsv", "--langs", "en,zh", input.path])
      #expect(result.status == 0)
      #expect(result.stdout == "en\tzh\nRain.\t下雨。\nWind.\t颳風。\n")
      #expect(
        result.stderr
          == "warning: --langs: 'zh' took the text of 'zh-Hans' and 'zh-Hant' (units differ); give the one you mean\n"
          + "exported 2 of 2 units\n")
    }
  }

  @Test("a binary file is called one, in export and inspect")
  func binaryInput() throws {
    try TestResources.withTemporaryDirectory { directory in
      let input = directory.appendingPathComponent("program.tmx")
      // The start of an ELF executable.
      try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]).write(to: input)
      for command in [["export", "--format", "tsv", "--langs", "en,fr"], ["inspect"]] {
        let result = try HexaplaProcess.run(command + [input.path])
        #expect(result.failed(.failure), "status \(result.status)")
        #expect(result.stderr == "Error: \(input.path):1:1: a binary file, not XML\n")
      }
    }
  }

  @Test("--min-score outside 0...1 is a usage error", arguments: ["1.5", "-0.1", "nan"])
  func minimumScoreRange(value: String) throws {
    let result = try HexaplaProcess.run(["export", "--min-score=\(value)", Self.fixture("news-a.tmx")])
    #expect(result.failed(.usage))
    #expect(result.stderr.hasPrefix("Error: --min-score must be between 0 and 1 (got "))
  }
}
