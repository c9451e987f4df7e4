import HexaplaKit
import Testing

@Suite("Each language's own form of a shared anchor")
struct AnchorFormsTests {
  @Test("a name and a number in Latin and Cyrillic; an anchor only one side has is not shown")
  func ownForms() {
    let unit = InspectedUnit(
      number: 1,
      variants: [
        .init(language: "en", text: "Kori Schulman wrote 25 posts in 2016."),
        .init(language: "ru", text: "Кори написала 25 постов."),
      ])
    let forms = AnchorForms().forms(in: unit)
    #expect(forms["en"]?.contains("Kori") == true)
    #expect(forms["ru"]?.contains("Кори") == true)
    #expect(forms["en"]?.contains("25") == true)
    #expect(forms["ru"]?.contains("25") == true)
    #expect(forms["en"]?.contains("2016") == false)
  }
}
