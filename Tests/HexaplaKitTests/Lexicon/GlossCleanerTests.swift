import Testing

@testable import HexaplaKit

@Suite("Gloss cleaning")
struct GlossCleanerTests {
  @Test(
    "CC-CEDICT glosses become words and phrases",
    arguments: [
      ("China", ["China"]),
      ("to walk", ["walk"]),
      ("to record (audio)", ["record"]),
      ("(slang) threesome", ["threesome"]),
      ("(literary) to go", ["go"]),
      ("flower bud", ["flower bud"]),
      ("self-restraint (idiom); selfless dedication", ["self-restraint", "selfless dedication"]),
      ("intercontinental ballistic missile, ICBM", ["intercontinental ballistic missile", "ICBM"]),
      ("Mt Tatun, volcanic area to the north of Taipei", []),
      ("CL:本[ben3],冊|册[ce4]", []),
      ("variant of 吞[tun1]", []),
      ("old variant of 咱[zan2]", []),
      ("see also 便嬛[pian2 xuan1]", []),
      ("surname Li", []),
      ("Taiwan pr. [jiang4 hu2]", []),
      ("also written 漿糊|浆糊[jiang4 hu5]", []),
      ("lit. not dare to pull oneself up high", []),
      ("fig. to bring to a conclusion", ["bring to a conclusion"]),
      ("Daning county in Linfen 臨汾|临汾[Lin2 fen2]", ["Daning county in Linfen"]),
      ("to move one's lips", ["move lips"]),
      ("a promise worth one thousand in gold and more", []),
      ("the Yellow River", ["Yellow River"]),
      ("(weed)", []),
      ("...", []),
    ])
  func cedict(gloss: String, expected: [String]) {
    #expect(GlossCleaner.cedictTranslations(gloss) == expected)
  }

  @Test(
    "FreeDict translation lines become words and phrases",
    arguments: [
      ("maison", ["maison"]),
      ("1. maison 2.", ["maison"]),
      ("signifier, vouloir dire", ["signifier", "vouloir dire"]),
      ("rusé, sournois, faux", ["rusé", "sournois", "faux"]),
      ("Dummkopf <masc>, Schafskopf <masc> [ugs.]", ["Dummkopf", "Schafskopf"]),
      ("[dated] Dummkopf <masc>, Idiot <masc> [pej.]  [ugs.]", ["Dummkopf", "Idiot"]),
      ("gars, type, zig#zig (Französisch)", ["gars", "type"]),
      ("donner qc à qn", ["donner à"]),
      ("jdm. etw. geben", ["geben"]),
      ("Zeichen der Hoffnung, Hoffnungsschimmer <masc>", ["Zeichen der Hoffnung", "Hoffnungsschimmer"]),
      ("Spurweite 00", ["Spurweite 00"]),
      ("<pl>", []),
    ])
  func dictd(line: String, expected: [String]) {
    #expect(GlossCleaner.dictdTranslations(line) == expected)
  }

  @Test(
    "dictd headword lines give the headword",
    arguments: [
      ("Haus /haʊ̯s/ <n, neut>", "Haus"),
      ("luteinizing hormone /lˈuːteɪnˌaɪzɪŋ/ (LH /ˌɛlˈeɪtʃ/)", "luteinizing hormone"),
      ("l’habit ne fait pas le moine /l‿a.bi/", "l’habit ne fait pas le moine"),
      ("revel /ɹˈɛvəl/ <v>", "revel"),
      ("Buch", "Buch"),
    ])
  func headword(line: String, expected: String) {
    #expect(DictdParser.headword(of: Substring(line)) == expected)
  }

  @Test("a FreeDict entry: senses, definitions and notes")
  func dictdEntry() {
    var builder = DictionaryBuilder()
    let entry = """
      Haus /haʊ̯s/ <n, neut>
      1. maison 2.
      zum Wohnen dienendes Gebäude
       3.
      Gesamtheit der Bewohner
      2. chambre
      gesetzgebende Körperschaft
         Synonyms: {Gebäude}
       see: {Häuser}
      """
    #expect(DictdParser.parseEntry(entry, into: &builder))
    #expect(builder.entries.map { "\($0.source)=\($0.target)" } == ["Haus=maison", "Haus=chambre"])
  }
}
