import Testing

@testable import HexaplaKit

@Suite("The lexicon learned from the texts")
struct LearnedLexiconTests {
  /// `n` sentence pairs of a text with period `period`: pair k holds the words `s<k % period>`
  /// and `t<k % period>`.
  static func periodic(n: Int, period: Int) -> AlignmentFeatures {
    AlignmentFeatures(
      source: (0..<n).map { SentenceTokens(length: 10, words: ["s\($0 % period)"], anchors: []) },
      target: (0..<n).map { SentenceTokens(length: 10, words: ["t\($0 % period)"], anchors: []) })
  }

  @Test(
    "a sample of a long text's beads sees every phase of a period that divides its stride",
    arguments: [(20_000, 4), (50_000, 10), (12_000, 2), (200, 4)])
  func periodicText(n: Int, period: Int) {
    var features = Self.periodic(n: n, period: period)
    let learned = features.learnLexicon(from: (0..<n).map { ($0, $0) })
    #expect(learned == period)
    #expect(features.learnedPairs.map { "\($0.source)-\($0.target)" }.sorted() == (0..<period).map { "s\($0)-t\($0)" })
  }

  @Test("the sample is the same on every run and holds about 5,000 beads")
  func sampleSize() {
    let pairs = (0..<40_000).map { ($0, $0 + 3) }
    let step = UInt64(pairs.count / AlignmentFeatures.lexiconSampleSize)
    let sampled = pairs.filter { AlignmentFeatures.pairHash($0.0, $0.1) % step == 0 }
    #expect(abs(sampled.count - 5000) < 300)
    #expect(AlignmentFeatures.pairHash(12, 34) == AlignmentFeatures.pairHash(12, 34))
    #expect(AlignmentFeatures.pairHash(12, 34) != AlignmentFeatures.pairHash(34, 12))
  }
}
