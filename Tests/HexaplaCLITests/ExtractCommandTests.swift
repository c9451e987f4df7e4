import Foundation
import TestResources
import Testing

@Suite("hexapla extract")
struct ExtractCommandTests {
  @Test("the article of a news page, boilerplate listed with --verbose")
  func page() throws {
    let result = try HexaplaProcess.run([
      "extract", "--verbose", HexaplaProcess.fixtures.appendingPathComponent("storm.en.html").path,
    ])
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        Rivers rise as storm hits coast
        Thousands were evacuated on Monday as the river crested at 7.5 metres.
        The storm made landfall near the port city early on Monday, bringing winds of up to 150 km/h.
        Officials said more than 12,000 people had left their homes, and schools across the region were closed.
        Power was cut to about 40,000 households.
        Warnings ignored
        Residents said they had received the warning too late, while the mayor defended the response.
        “We did everything we could,” the mayor told reporters on Tuesday.

        """)
  }

  @Test("a text copy: boilerplate dropped on request and listed")
  func text() throws {
    let result = try HexaplaProcess.run(
      ["extract", "--lang", "en", "--boilerplate", "drop", "--verbose", "-"],
      input:
        "中文 | Русский | English | Français\nStorm hits coast\nBy Jane Doe\nThe storm hit the coast.\nShare this article\n"
    )
    #expect(result.status == 0)
    #expect(result.stdout == "Storm hits coast\nThe storm hit the coast.\n")
    #expect(
      result.stderr == """
        -: language menu: 中文 | Русский | English | Français
        -: byline: By Jane Doe
        -: interface text: Share this article

        """)
  }

  @Test("a page with no article: one clear line, non-zero exit, no output file")
  func noArticle() throws {
    try TestResources.withTemporaryDirectory { directory in
      let page = directory.appendingPathComponent("index.en.html")
      try Data("<html><body><nav><a href='/'>Home</a></nav></body></html>".utf8).write(to: page)
      let output = directory.appendingPathComponent("out.txt")
      let result = try HexaplaProcess.run(["extract", page.path, "-o", output.path])
      #expect(result.failed(.failure), "status \(result.status)")
      #expect(result.stderr.contains("index.en.html: no article text found in the page"))
      #expect(!FileManager.default.fileExists(atPath: output.path))
    }
  }
}
