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

  static let frenchPage = """
    <html LANG><body><h1>La tempête</h1><div>
    <p>La tempête a touché la côte lundi matin, avec des vents très forts près du port.</p>
    <p>Les écoles sont fermées, et des milliers de personnes ont quitté leur maison.</p>
    <p>Le maire a défendu la réponse de la ville, même si les habitants étaient déçus.</p>
    </div></body></html>
    """

  @Test(
    "the language a page declares when no --lang is given; the error without one names --lang",
    arguments: [
      (#"lang="fr-FR""#, 0, "", "La tempête\n"),
      (
        "", 1,
        "page.html: cannot tell the language from Latin script alone; name the file like ID.LANG.txt or ID.LANG.html (article.fr.html) or pass --lang\n",
        ""
      ),
    ] as [(String, Int32, String, String)])
  func declaredLanguage(attribute: String, status: Int32, stderr: String, firstLine: String) throws {
    try TestResources.withTemporaryDirectory { directory in
      let page = directory.appendingPathComponent("page.html")
      try Data(Self.frenchPage.replacingOccurrences(of: "LANG", with: attribute).utf8).write(to: page)
      let result = try HexaplaProcess.run(["extract", page.path])
      #expect(result.status == status)
      #expect(result.stderr.replacingOccurrences(of: directory.path + "/", with: "").hasSuffix(stderr))
      #expect(result.stdout.hasPrefix(firstLine))
    }
  }

  @Test("--no-headline prints the body only; a stray byte is replaced with a warning")
  func noHeadlineAndStrayByte() throws {
    try TestResources.withTemporaryDirectory { directory in
      let page = directory.appendingPathComponent("page.fr.html")
      let marked = Self.frenchPage.replacingOccurrences(of: "LANG", with: "")
        .replacingOccurrences(of: "<p>La", with: "<p>\u{1}La")
      let bytes = Array(marked.utf8).map { $0 == 1 ? 0xFF : $0 }
      try Data(bytes).write(to: page)
      let result = try HexaplaProcess.run(["extract", "--no-headline", page.path])
      #expect(result.status == 0)
      #expect(result.stdout.hasPrefix("\u{FFFD}La tempête a touché la côte lundi matin"))
      #expect(result.stderr.contains("warning: \(page.path): 1 byte not valid UTF-8"))
    }
  }
}
