import Testing

@testable import HexaplaKit

@Suite("What Thai's scored cuts say about the boundaries of a text cut at every space")
struct SpaceBoundaryEvidenceTests {
  /// Sentences of one paragraph unless a paragraph number is given.
  static func sentences(_ texts: [(String, Int)]) -> [Sentence] {
    var offset = 0
    return texts.map { text, paragraph in
      defer { offset += text.utf8.count + 1 }
      return Sentence(text: text, paragraph: paragraph, range: offset..<(offset + text.utf8.count))
    }
  }

  @Test(
    "a space before 'and' is joined, one before 'however' after a full sentence is cut, paragraphs are left to the aligner",
    arguments: [
      // 'He went to the market yesterday morning and bought many fruits for his mother at home'
      // | 'and he came home in the evening': the rules join before และ 'and'.
      (
        [("เขาไปตลาดเมื่อวานนี้ตอนเช้าและซื้อผลไม้หลายอย่างมาให้แม่ของเขาที่บ้าน", 0), ("และเขาก็กลับบ้านตอนเย็นพร้อมกับน้องสาวของเขา", 0)],
        [0, -SpaceBoundaryEvidence.joinedSpaceGain]
      ),
      // … | 'however, the government has not yet announced a date for the election': a new
      // sentence after อย่างไรก็ตาม 'however'.
      (
        [
          ("รัฐบาลได้ประกาศแผนการปฏิรูปเศรษฐกิจครั้งใหญ่เมื่อสัปดาห์ที่ผ่านมาเพื่อแก้ปัญหาหนี้สินของครัวเรือน", 0),
          ("อย่างไรก็ตามรัฐบาลยังไม่ได้ประกาศวันเลือกตั้งครั้งต่อไปอย่างเป็นทางการแต่อย่างใด", 0),
        ],
        [0, SpaceBoundaryEvidence.keptCutCost]
      ),
      // The same two sentences in two paragraphs: nothing to say.
      (
        [
          ("รัฐบาลได้ประกาศแผนการปฏิรูปเศรษฐกิจครั้งใหญ่เมื่อสัปดาห์ที่ผ่านมาเพื่อแก้ปัญหาหนี้สินของครัวเรือน", 0),
          ("อย่างไรก็ตามรัฐบาลยังไม่ได้ประกาศวันเลือกตั้งครั้งต่อไปอย่างเป็นทางการแต่อย่างใด", 1),
        ],
        nil
      ),
    ] as [([(String, Int)], [Double]?)])
  func thai(texts: [(String, Int)], expected: [Double]?) throws {
    let costs = SpaceBoundaryEvidence.joinCosts(of: Self.sentences(texts), language: try LanguageTag("th"))
    #expect(costs == expected)
  }

  @Test("languages that end sentences with a full stop have no such costs")
  func otherLanguages() throws {
    let sentences = Self.sentences([("He went to the market.", 0), ("and came back", 0)])
    #expect(SpaceBoundaryEvidence.joinCosts(of: sentences, language: try LanguageTag("en")) == nil)
  }
}
