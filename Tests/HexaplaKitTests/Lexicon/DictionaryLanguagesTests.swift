import Testing

@testable import HexaplaKit

@Suite("Dictionary languages")
struct DictionaryLanguagesTests {
  @Test(
    "file names",
    arguments: [
      ("/usr/share/dictd/freedict-deu-fra.index", "de-fr"), ("terms.de-fr.tsv", "de-fr"), ("en_zh.dic", "en-zh"),
      ("hu-en.stem.dic", "hu-en"), ("freedict-eng-spa.dict.dz", "en-es"), ("glossary.tsv", "none"),
      ("cedict_1_0_ts_utf-8_mdbg.txt", "none"),
    ])
  func fileNames(path: String, expected: String) {
    let pair = DictionaryLanguages.fromFileName(path)
    #expect(pair.map { "\($0.0)-\($0.1)" } ?? "none" == expected)
  }

  @Test(
    "dictd titles",
    arguments: [
      ("Deutsch-français FreeDict+WikDict dictionary ver. 2022.11.18", "de-fr"),
      ("English - German Ding/FreeDict dictionary ver. 1.9-fd1", "en-de"),
      ("English-Russian FreeDict Dictionary ver. 0.3.1", "en-ru"),
      ("http://freedict.org/eng-fra", "en-fr"),
      ("The Collaborative International Dictionary of English", "none"),
    ])
  func titles(title: String, expected: String) {
    let pair = DictionaryLanguages.fromTitle(title)
    #expect(pair.map { "\($0.0)-\($0.1)" } ?? "none" == expected)
  }

  @Test(
    "column scripts",
    arguments: [
      (["书", "中国"], "Hani"), (["book", "China"], "Latn"), (["Москва"], "Cyrl"), (["カタカナ", "日本語"], "Jpan"),
      ([], "Zzzz"),
    ])
  func scripts(texts: [String], expected: String) {
    #expect(ScriptDetector.dominantScript(of: texts) == expected)
  }
}
