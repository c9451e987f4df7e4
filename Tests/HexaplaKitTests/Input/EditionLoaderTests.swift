import Foundation
import Testing

@testable import HexaplaKit

@Suite("Loading the editions of an article")
struct EditionLoaderTests {
  /// Writes `files` (name → text) into a fresh directory and returns their paths.
  func write(_ files: [(String, String)]) throws -> [String] {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "hexapla-editions-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return try files.map { name, text in
      let url = directory.appendingPathComponent(name)
      try Data(text.utf8).write(to: url)
      return url.path
    }
  }

  static let english = """
    中文 | Русский | English | Français
    Storm hits coast
    By Jane Doe
    The storm hit the coast on Monday.
    Report/Feedback

    """
  static let french = """
    中文 | Русский | English | Français
    La tempête frappe la côte
    La tempête a frappé la côte lundi.
    Report/Feedback

    """

  @Test("--boilerplate keep keeps it as unpaired paragraphs")
  func keep() throws {
    let paths = try write([("a.en.txt", Self.english), ("a.fr.txt", Self.french)])
    let editions = try EditionLoader(boilerplate: .keepUnpaired).load(paths: paths)
    #expect(editions.map(\.document.language.description) == ["en", "fr"])
    #expect(editions[0].document.text == Self.english)
    #expect(editions[0].boilerplate.map(\.kind) == [.languageMenu, .byline, .interfaceText])
    #expect(editions[0].unpairedParagraphs == [0, 2, 4])
    #expect(editions[1].unpairedParagraphs == [0, 3])
  }

  @Test("boilerplate is dropped by default, from text as from HTML")
  func drop() throws {
    let paths = try write([("a.en.txt", Self.english), ("a.fr.txt", Self.french)])
    let editions = try EditionLoader().load(paths: paths)
    #expect(editions[0].document.text == "Storm hits coast\nThe storm hit the coast on Monday.\n")
    #expect(editions[1].document.text == "La tempête frappe la côte\nLa tempête a frappé la côte lundi.\n")
    #expect(editions[0].unpairedParagraphs.isEmpty)
    #expect(editions[0].boilerplate.map(\.paragraph) == [nil, nil, nil])
  }

  @Test("languages from --langs, the file name, or an unambiguous script")
  func languages() throws {
    let paths = try write([
      ("one.txt", "Some English text that is long enough."), ("a.de.txt", "Ein deutscher Satz."),
      ("three.txt", "서울은 대한민국의 수도이며 가장 큰 도시이다."),
    ])
    let editions = try EditionLoader().load(paths: paths, languages: [try LanguageTag("en"), nil, nil])
    #expect(editions.map(\.document.language.description) == ["en", "de", "ko"])
  }

  @Test("two editions in one language are an error naming both files")
  func duplicate() throws {
    let paths = try write([("a.en.txt", "One sentence."), ("b.en.txt", "Another sentence.")])
    #expect {
      _ = try EditionLoader().load(paths: paths)
    } throws: { error in
      "\(error)".contains("a.en.txt and") && "\(error)".contains("b.en.txt both claim language 'en'")
    }
  }

  @Test("an edition in the wrong language is an error")
  func wrongLanguage() throws {
    let paths = try write([
      ("a.en.txt", "The storm hit the coast on Monday."),
      ("a.ru.txt", "The storm hit the coast on Monday, and many people left."),
    ])
    #expect {
      _ = try EditionLoader().load(paths: paths)
    } throws: { error in
      "\(error)".hasSuffix(
        "a.ru.txt: the text is mostly in Latin script, but 'ru' is written in Cyrillic; is it the right edition?")
    }
  }

  @Test("an HTML edition drops boilerplate by default")
  func html() throws {
    let paths = try write([("storm.en.html", ArticleExtractorTests.newsPage)])
    let edition = try EditionLoader().load(paths: paths)[0]
    #expect(edition.isHTML)
    #expect(edition.document.text.hasPrefix("Rivers rise as storm hits coast\nThousands were evacuated"))
  }
}
