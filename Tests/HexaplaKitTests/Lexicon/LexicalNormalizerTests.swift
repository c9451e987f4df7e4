import Testing

@testable import HexaplaKit

@Suite("Lexical normalisation")
struct LexicalNormalizerTests {
  @Test(
    "inflected forms meet their base form",
    arguments: [
      ("en", ["study", "studies", "studied", "Study"]),
      ("en", ["stop", "stopped", "stopping", "stops"]),
      ("en", ["make", "makes", "making"]),
      ("en", ["box", "boxes"]),
      ("en", ["child", "children"]),
      ("en", ["go", "went", "goes"]),
      ("en", ["church", "churches"]),
      ("en", ["city", "cities"]),
      ("fr", ["journal", "journaux"]),
      ("fr", ["maison", "maisons", "Maison"]),
      ("fr", ["grand", "grande", "grands", "grandes"]),
      ("fr", ["chanter", "chantez", "chanté", "chantée", "chantaient"]),
      ("fr", ["château", "châteaux"]),
      ("de", ["Haus", "Häuser", "Hauses"]),
      ("de", ["Zeitung", "Zeitungen"]),
      ("de", ["Straße", "strasse", "STRASSE"]),
      ("de", ["klein", "kleine", "kleinen", "kleiner"]),
      ("es", ["casa", "casas"]),
      ("es", ["nación", "naciones"]),
      ("es", ["hablar", "hablando", "hablado"]),
      ("es", ["luz", "luces"]),
      ("es", ["padre", "padres"]),
      ("es", ["hablar", "habla", "habló", "hablaba", "hablaban", "hablamos", "hablan"]),
      ("es", ["comer", "comió", "comía", "comían"]),
      ("es", ["economía", "economías"]),
      ("it", ["libro", "libri"]),
      ("pt", ["nação", "nações"]),
      ("ru", ["поезд", "поезда", "поезду", "поездом", "поезде", "поездов", "поездами", "поездах"]),
      ("ru", ["страна", "страны", "стране", "страну", "страной", "странам"]),
      ("ru", ["станция", "станции", "станцию", "станцией", "станций", "станциях"]),
      ("ru", ["решение", "решения", "решении", "решением", "решений"]),
      ("ru", ["власть", "власти", "властью", "властей"]),
      ("ru", ["место", "места", "месту", "местом"]),
      ("ru", ["земля", "земли", "землю", "землям"]),
      ("ru", ["словарь", "словаря", "словарём", "словарем", "словари", "словарей"]),
      ("ru", ["красный", "красная", "красное", "красные", "красного", "красному", "красной", "красных", "красными"]),
      ("ru", ["русский", "русская", "русского", "русские", "русских", "русским"]),
      ("ru", ["Москва", "Москвы", "Москве", "Москву"]),
      // Fleeting vowels, and a stem whose vowel stays.
      ("ru", ["городок", "городка", "городку", "городком", "городки", "городков"]),
      ("ru", ["отец", "отца", "отцу", "отцом", "отцы"]),
      ("ru", ["конец", "конца", "концом"]),
      ("ru", ["урок", "урока", "уроком", "уроки"]),
      ("ru", ["человек", "человека", "человеку"]),
    ])
  func sameKey(language: String, forms: [String]) throws {
    let normalizer = LexicalNormalizer(language: try LanguageTag(language))
    let keys = Set(forms.map { normalizer.key(for: $0) })
    #expect(keys.count == 1, "\(language): \(forms) → \(forms.map { normalizer.key(for: $0) })")
  }

  @Test(
    "different words keep different keys",
    arguments: [
      ("en", ["this", "thing"]), ("en", ["news", "new"]), ("en", ["bus", "bush"]), ("en", ["class", "clash"]),
      ("fr", ["mer", "mère"]), ("de", ["Haus", "Hut"]), ("es", ["casa", "cosa"]),
      ("ru", ["она", "оно", "они"]), ("ru", ["город", "горы"]), ("ru", ["стол", "стало"]),
      ("ru", ["сок", "урок", "рок"]),
    ])
  func differentKeys(language: String, words: [String]) throws {
    let normalizer = LexicalNormalizer(language: try LanguageTag(language))
    #expect(Set(words.map { normalizer.key(for: $0) }).count == words.count)
  }

  @Test(
    "keys, with and without accent folding",
    arguments: [
      ("en", false, "Hello", "hello"),
      ("fr", false, "Élève", "élèv"),
      ("fr", true, "Élève", "elev"),
      ("ru", false, "Москва", "москв"),
      ("ru", false, "Ёлка", "елк"),
      ("ru", false, "дом", "дом"),
      ("zh", false, "中国", "中国"),
      ("zh", false, "ＡＢＣ", "abc"),
      ("ja", false, "ｶﾀｶﾅ", "カタカナ"),
      ("el", true, "Αθήνα", "αθηνα"),
      ("pl", true, "Łódź", "lodz"),
    ])
  func keys(language: String, foldsAccents: Bool, word: String, expected: String) throws {
    let normalizer = LexicalNormalizer(language: try LanguageTag(language), foldsAccents: foldsAccents)
    #expect(normalizer.key(for: word) == expected)
  }

  @Test(
    "phrases split into word keys; unspaced languages give one key",
    arguments: [
      ("en", "flower buds", ["flower", "bud"]),
      ("en", "self-restraint", ["self", "restraint"]),
      ("fr", "vouloir dire", ["vouloir", "dir"]),
      ("de", "Zeichen der Hoffnung", ["zeich", "der", "hoffnung"]),
      ("zh", "花蕾", ["花蕾"]),
      ("zh", "中 国", ["中国"]),
      ("ru", "Красная площадь", ["красн", "площад"]),
    ])
  func phrases(language: String, phrase: String, expected: [String]) throws {
    #expect(LexicalNormalizer(language: try LanguageTag(language)).keys(forPhrase: phrase) == expected)
  }
}
