import Foundation
import TestResources
import Testing

@Suite("hexapla inspect")
struct InspectCommandTests {
  static func fixture(_ name: String) -> String { HexaplaProcess.fixtures.appendingPathComponent(name).path }
  static let sample = fixture("inspect-sample.tmx")
  static let otherTool = fixture("inspect-other-tool.tmx")
  static let malformed = fixture("inspect-malformed.tmx")

  /// Runs `hexapla inspect` as through a pipe, with colour settings from the environment removed.
  static func inspect(_ arguments: [String], environment: [String: String] = [:]) throws -> HexaplaProcess.Result {
    var env = ["NO_COLOR": "", "COLUMNS": "", "PAGER": "cat"]
    env.merge(environment) { $1 }
    return try HexaplaProcess.run(["inspect"] + arguments, environment: env)
  }

  @Test("no line wider than the width, for every width", arguments: [40, 60, 80, 100, 160])
  func fits(width: Int) throws {
    let result = try Self.inspect([Self.sample, "--width", "\(width)", "--color", "never"])
    #expect(result.status == 0)
    for line in result.stdout.split(separator: "\n") {
      #expect(Self.cells(line) <= width, "\(line)")
    }
  }

  @Test("width 60, two of three languages, CJK and combining marks, a long segment")
  func golden60() throws {
    let result = try Self.inspect([Self.sample, "--width", "60", "--langs", "en,zh", "--color", "never"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let text = result.stdout
    #expect(
      text == """
           # bead  score │ en                  │ zh
        ─────────────────┼─────────────────────┼────────────────────
           1 1-1-1  0.93 │ The budget for 2024 │ 2024年预算获得批
                         │ was approved.       │ 准。
           2 1-1-1  0.81 │ Prices rose by 4.5  │ 官员周二表示，三月
                         │ percent in March,   │ 份价格上涨了4.5%，
                         │ the fastest pace in │ 是多年来最快的速
                         │ years, officials    │ 度。
                         │ said on Tuesday.    │
           3 1-0-0  0.12 │ This sentence has   │ —
                         │ no counterpart.     │
           4 1-1-0  0.50 │ A café in Zürich.   │ 苏黎世的一家咖啡
                         │                     │ 馆。
           5 2-1-1  0.64 │ The committee,      │ 委员会在旧市政厅闭
                         │ which met for       │ 门开会十一个小时
                         │ eleven hours behind │ 后，终于在深夜发表
                         │ closed doors in the │ 声明，称北桥重建工
                         │ old town hall,      │ 程将于春季开工，持
                         │ finally published a │ 续到次年年底。
                         │ statement late at   │
                         │ night. It said the  │
                         │ reconstruction of   │
                         │ the northern bridge │
                         │ would begin in      │
                         │ spring and last     │
                         │ until the end of    │
                         │ the following year. │

        """)
  }

  @Test("width 100, right-to-left column in logical order, low-score flag")
  func golden100() throws {
    let result = try Self.inspect([Self.sample, "--width", "100", "--low", "0.3"])
    #expect(result.status == 0)
    let text = result.stdout
    #expect(
      text == """
           # bead  score │ en                        │ zh                        │ ar
        ─────────────────┼───────────────────────────┼───────────────────────────┼──────────────────────────
           1 1-1-1  0.93 │ The budget for 2024 was   │ 2024年预算获得批准。      │ تمت الموافقة على ميزانية
                         │ approved.                 │                           │ 2024.
           2 1-1-1  0.81 │ Prices rose by 4.5        │ 官员周二表示，三月份价格  │ قال مسؤولون يوم الثلاثاء
                         │ percent in March, the     │ 上涨了4.5%，是多年来最快  │ إن الأسعار ارتفعت بنسبة
                         │ fastest pace in years,    │ 的速度。                  │ 4.5 في المئة في مارس.
                         │ officials said on         │                           │
                         │ Tuesday.                  │                           │
        !  3 1-0-0  0.12 │ This sentence has no      │ —                         │ —
                         │ counterpart.              │                           │
           4 1-1-0  0.50 │ A café in Zürich.         │ 苏黎世的一家咖啡馆。      │ —
           5 2-1-1  0.64 │ The committee, which met  │ 委员会在旧市政厅闭门开会  │ قالت اللجنة في بيان إن
                         │ for eleven hours behind   │ 十一个小时后，终于在深夜  │ إعادة بناء الجسر الشمالي
                         │ closed doors in the old   │ 发表声明，称北桥重建工程  │ ستبدأ في الربيع.
                         │ town hall, finally        │ 将于春季开工，持续到次年  │
                         │ published a statement     │ 年底。                    │
                         │ late at night. It said    │                           │
                         │ the reconstruction of the │                           │
                         │ northern bridge would     │                           │
                         │ begin in spring and last  │                           │
                         │ until the end of the      │                           │
                         │ following year.           │                           │

        """)
  }

  @Test("TMX from another tool: no props, one-language units, a missing language, inline markup")
  func otherTool() throws {
    let result = try Self.inspect([Self.otherTool, "--width", "60"])
    #expect(result.status == 0)
    let text = result.stdout
    #expect(
      text == """
           # │ de-DE                     │ fr-FR
        ─────┼───────────────────────────┼──────────────────────────
           1 │ Guten Morgen, Welt!       │ Bonjour, le monde !
           2 │ Nur Deutsch.              │ —
           3 │ —                         │ Seulement en français.

        """)
  }

  @Test("statistics as text")
  func statsText() throws {
    let result = try Self.inspect(["--stats", Self.sample])
    #expect(result.status == 0)
    let text = result.stdout
    #expect(
      text == """
        Units: 5
        Languages: en, zh, ar

                            en  zh  ar
        sentences            6   4   3
        segments             5   4   3
        unpaired sentences   1   0   0

        Bead types
          1-1-1  2  40.0%
          1-0-0  1  20.0%
          1-1-0  1  20.0%
          2-1-1  1  20.0%

        Scores (5 units, mean 0.60, median 0.64)
          0.0–0.1 0
          0.1–0.2 1 ██████████████████████████████
          0.2–0.3 0
          0.3–0.4 0
          0.4–0.5 0
          0.5–0.6 1 ██████████████████████████████
          0.6–0.7 1 ██████████████████████████████
          0.7–0.8 0
          0.8–0.9 1 ██████████████████████████████
          0.9–1.0 1 ██████████████████████████████

        Length-ratio outliers (ln character ratio more than 3 robust SD from the median)
          en/zh: 4 units, median ratio 2.42, too few units to judge
          en/ar: 3 units, median ratio 1.29, too few units to judge
          zh/ar: 3 units, median ratio 0.52, too few units to judge

        Documents
          document  units  en  zh  ar  unpaired  mean score
          news-1        3   3   2   2     1/0/0        0.62
          news-2        2   3   2   1     0/0/0        0.57

        """)
  }

  @Test("statistics as JSON")
  func statsJSON() throws {
    let result = try Self.inspect(["--stats", "--json", Self.sample])
    #expect(result.status == 0)
    let text = result.stdout
    #expect(
      text == """
        {"units":5,"languages":["en","zh","ar"],"sentences":{"en":6,"zh":4,"ar":3},"segments":{"en":5,"zh":4,"ar":3},"unpairedSentences":{"en":1,"zh":0,"ar":0},"beadTypes":{"1-1-1":2,"1-0-0":1,"1-1-0":1,"2-1-1":1},"scores":{"count":5,"mean":0.6,"median":0.64,"histogram":[{"from":0,"to":0.1,"count":0},{"from":0.1,"to":0.2,"count":1},{"from":0.2,"to":0.3,"count":0},{"from":0.3,"to":0.4,"count":0},{"from":0.4,"to":0.5,"count":0},{"from":0.5,"to":0.6,"count":1},{"from":0.6,"to":0.7,"count":1},{"from":0.7,"to":0.8,"count":0},{"from":0.8,"to":0.9,"count":1},{"from":0.9,"to":1,"count":1}]},"lengthRatios":[{"languages":["en","zh"],"units":4,"medianLogRatio":0.8818,"mad":0.2695,"outliers":[]},{"languages":["en","ar"],"units":3,"medianLogRatio":0.257,"mad":0.1829,"outliers":[]},{"languages":["zh","ar"],"units":3,"medianLogRatio":-0.6592,"mad":0.1139,"outliers":[]}],"documents":[{"name":"news-1","units":3,"sentences":{"en":3,"zh":2,"ar":2},"unpairedSentences":{"en":1,"zh":0,"ar":0},"meanScore":0.62},{"name":"news-2","units":2,"sentences":{"en":3,"zh":2,"ar":1},"unpairedSentences":{"en":0,"zh":0,"ar":0},"meanScore":0.57}]}

        """)
    let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(parsed?["units"] as? Int == 5)
  }

  @Test(
    "--grep: case-insensitive regex over every language, or a literal with -F",
    arguments: [
      (["--grep", "TUESDAY|咖啡"], [2, 4]),
      (["--grep", "ZÜRICH"], [4]),
      (["--grep", "الجسر"], [5]),
      (["--grep", "4.5", "-F"], [2]),
      (["--grep", "no such text"], []),
      (["--from", "2", "--limit", "2"], [2, 3]),
      (["--grep", "café|the", "--from", "3"], [4, 5]),  // composed pattern, decomposed text
    ])
  func grep(arguments: [String], units: [Int]) throws {
    let result = try Self.inspect([Self.sample, "--width", "100"] + arguments)
    #expect(result.status == 0)
    let shown = result.stdout.split(separator: "\n").dropFirst(2).compactMap { line in
      line.dropFirst().split(separator: " ").first.flatMap { Int($0) }
    }
    #expect(shown == units)
  }

  @Test("colour: only with --color always when piped; never with NO_COLOR in auto mode")
  func colour() throws {
    let always = try Self.inspect([Self.sample, "--width", "80", "--low", "0.3", "--color", "always"])
    #expect(always.stdout.contains("\u{1B}[1;31m!  3 1-0-0  0.12\u{1B}[0m"))
    let auto = try Self.inspect([Self.sample, "--width", "80", "--low", "0.3"])
    #expect(!auto.stdout.contains("\u{1B}"))
    let noColor = try Self.inspect([Self.sample, "--width", "80", "--color", "auto"], environment: ["NO_COLOR": "1"])
    #expect(!noColor.stdout.contains("\u{1B}"))
  }

  @Test("width from COLUMNS when piped, else 100")
  func columns() throws {
    let narrow = try Self.inspect([Self.sample], environment: ["COLUMNS": "50"])
    #expect(narrow.stdout.split(separator: "\n").map { Self.cells($0) }.max() == 50)
    let wide = try Self.inspect([Self.sample])
    #expect(wide.stdout.split(separator: "\n").map { Self.cells($0) }.max() == 100)
  }

  @Test("--suspicious marks the units scoring below 0.5")
  func suspicious() throws {
    let result = try Self.inspect([Self.sample, "--suspicious", "--width", "80"])
    #expect(result.stdout.split(separator: "\n").filter { $0.hasPrefix("!") }.map { $0.prefix(4) } == ["!  3"])
  }

  @Test("HTML report: self-contained, with statistics, columns, anchors and unpaired marks")
  func html() throws {
    try TestResources.withTemporaryDirectory { directory in
      let output = directory.appendingPathComponent("report.html")
      let result = try Self.inspect(["--html", output.path, Self.sample])
      #expect(result.status == 0)
      #expect(result.stdout.isEmpty)
      let html = try String(contentsOf: output, encoding: .utf8)
      #expect(html.contains("<title>inspect-sample.tmx · Hexapla alignment</title>"))
      #expect(html.contains("<svg class=\"histogram\""))
      #expect(html.contains("<th lang=\"en\">en</th><th lang=\"zh\">zh</th><th lang=\"ar\">ar</th>"))
      #expect(html.contains("<td lang=\"zh\" dir=\"auto\"><mark>2024</mark>年预算获得批准。</td>"))
      #expect(html.contains("<td lang=\"ar\" dir=\"auto\">تمت الموافقة على ميزانية <mark>2024</mark>.</td>"))
      #expect(html.contains("officials said on <mark>Tuesday</mark>."))
      #expect(html.contains("<tr class=\"unit low unpaired\" id=\"u3\">"))
      #expect(html.contains("<tr class=\"document\"><th colspan=\"6\">news-2</th></tr>"))
      let references = try NSRegularExpression(pattern: "(src|href)\\s*=\\s*\"([^\"]*)\"", options: [.caseInsensitive])
      for match in references.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
        let value = String(html[Range(match.range(at: 2), in: html)!])
        #expect(!value.lowercased().contains("http") && value.hasPrefix("#"), "external reference \(value)")
      }
      #expect(!html.lowercased().contains("http"))
      #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.html"])
    }
  }

  @Test(
    "bad input: one line naming the file (and position), non-zero exit",
    arguments: [
      (["/nonexistent/in.tmx"], "/nonexistent/in.tmx: cannot read", Exit.failure),
      ([InspectCommandTests.malformed], "inspect-malformed.tmx:10:37: ", Exit.failure),
      (["--stats", InspectCommandTests.malformed], "inspect-malformed.tmx:10:37: ", Exit.failure),
      (["--json", InspectCommandTests.sample], "--json goes with --stats", Exit.usage),
      (["--low", "2", InspectCommandTests.sample], "--low must be between 0 and 1", Exit.usage),
      (["--grep", "(", InspectCommandTests.sample], "invalid --grep pattern", Exit.usage),
      (["--suspicious", "-"], "give a file, not standard input", Exit.usage),
    ])
  func badInput(arguments: [String], message: String, exit: HexaplaProcess.Exit) throws {
    let result = try Self.inspect(arguments)
    #expect(result.failed(exit), "status \(result.status)")
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count <= 3)
  }

  @Test("HTML errors leave no file: malformed input, unwritable path")
  func htmlErrors() throws {
    try TestResources.withTemporaryDirectory { directory in
      let output = directory.appendingPathComponent("report.html")
      let malformed = try Self.inspect(["--html", output.path, Self.malformed])
      #expect(malformed.failed(.failure), "status \(malformed.status)")
      #expect(malformed.stderr.contains("inspect-malformed.tmx:10:37:"))
      #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
      let unwritable = try Self.inspect(["--html", directory.path + "/missing/report.html", Self.sample])
      #expect(unwritable.failed(.failure), "status \(unwritable.status)")
      #expect(unwritable.stderr.contains("missing/report.html: cannot write"))
      #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
  }

  @Test("--langs: case-insensitive match; a language the file lacks is a warning")
  func languageWarning() throws {
    let result = try Self.inspect([Self.otherTool, "--langs", "fr-fr,it", "--width", "60"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("   # │ fr-FR"))
    #expect(result.stderr == "warning: no unit has text in 'it'; the file has de-DE, fr-FR\n")
  }

  @Test("--langs: fr shows the file's fr-FR, the only fr it has")
  func relatedLanguage() throws {
    let result = try Self.inspect([Self.otherTool, "--langs", "fr,de", "--width", "60"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("   # │ fr-FR"))
    #expect(result.stdout.split(separator: "\n").first?.contains("de-DE") == true)
    #expect(result.stderr.isEmpty)
  }

  @Test(
    "on a terminal: its width, colour, bidi isolates around right-to-left lines",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
  func terminal() throws {
    let hexapla = HexaplaProcess.executable.path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    // script(1) runs the command on a pseudo-terminal of 70 columns.
    process.arguments = [
      "-qc", "stty cols 70; '\(hexapla)' inspect '\(Self.sample)' --no-pager --limit 2", "/dev/null",
    ]
    var environment = ProcessInfo.processInfo.environment
    environment["TERM"] = "xterm"
    environment["NO_COLOR"] = nil
    environment["COLUMNS"] = nil
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let output = String(decoding: data, as: UTF8.self)
    #expect(output.contains("\u{1B}[1m"))
    #expect(output.contains("\u{2068}تمت الموافقة"))
    let plain = try NSRegularExpression(pattern: "\u{1B}\\[[0-9;]*m|[\r\u{2068}\u{2069}]")
      .stringByReplacingMatches(in: output, range: NSRange(output.startIndex..., in: output), withTemplate: "")
    let widths = plain.split(separator: "\n").map { Self.cells($0) }
    #expect(widths.max() == 70)
  }

  @Test("standard input for the one-pass view")
  func standardInput() throws {
    let input = try String(contentsOfFile: Self.otherTool, encoding: .utf8)
    let result = try HexaplaProcess.run(["inspect", "-", "--width", "60"], input: input, environment: ["PAGER": "cat"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("│ Guten Morgen, Welt!"))
  }

  /// Terminal cells of a line, independently of the code under test: East Asian wide
  /// characters take two, combining marks none (the fixtures hold only these cases).
  static func cells(_ line: Substring) -> Int {
    line.unicodeScalars.reduce(0) { total, scalar in
      let v = scalar.value
      if (0x300...0x36F).contains(v) || (0x64B...0x65F).contains(v) { return total }
      if (0x3000...0x9FFF).contains(v) || (0xFF00...0xFF60).contains(v) { return total + 2 }
      return total + 1
    }
  }

  @Test("eleven languages: pairs with nothing to report share a line; --html says what it wrote")
  func manyLanguages() throws {
    let examples = ExampleCorporaTests.repository.appendingPathComponent("Alignments/examples/pud")
    let languages = ["ar", "de", "en", "es", "fr", "hi", "ja", "ko", "ru", "th", "zh"]
    try TestResources.withTemporaryDirectory { directory in
      let tmx = directory.appendingPathComponent("all.tmx").path
      let files = languages.map { examples.appendingPathComponent("n01001.\($0).txt").path }
      #expect(try HexaplaProcess.run(["align", "-o", tmx] + files).status == 0)
      let stats = try HexaplaProcess.run(["inspect", "--stats", tmx])
      #expect(stats.status == 0)
      #expect(
        stats.stdout.hasSuffix(
          """
          Length-ratio outliers (ln character ratio more than 3 robust SD from the median)
            too few units (under 5) to judge 55 pairs: ar/de, ar/en, ar/es, ar/fr, ar/hi, ar/ja, …

          """), "\(stats.stdout)")
      let html = directory.appendingPathComponent("all.html").path
      let report = try HexaplaProcess.run(["inspect", "--html", html, tmx])
      #expect(report.status == 0)
      #expect(report.stderr == "wrote \(html): 2 units, 0 low-confidence (score < 0.5)\n")
      #expect(try String(contentsOfFile: html, encoding: .utf8).contains("too few units (under 5) to judge 55 pairs"))
    }
  }
}
