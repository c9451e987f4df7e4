import Testing

@testable import HexaplaKit

@Suite("Inspection statistics")
struct InspectionStatisticsTests {
  /// Two documents, en/de, one 2-1 bead, unpaired sentences on both sides, one unit whose
  /// German side is far too long, and scores across the histogram.
  static let units: [InspectedUnit] = {
    let pairs: [(String, String)] = [
      ("The council met on Monday.", "Der Rat tagte am Montag."),
      ("It approved the budget.", "Er billigte den Haushalt."),
      ("Taxes will not rise.", "Die Steuern steigen nicht."),
      ("The mayor was pleased.", "Der Bürgermeister war zufrieden."),
      ("Work starts in May.", "Die Arbeiten beginnen im Mai."),
      ("Roads will be repaired.", "Straßen werden repariert."),
      ("Parks get new benches.", "Parks bekommen neue Bänke."),
      (
        "Yes.",
        "Die Opposition stimmte nach einer langen und hitzigen Debatte, die bis spät in die Nacht dauerte, schließlich doch zu."
      ),
    ]
    var units: [InspectedUnit] = []
    let scores = [0.95, 0.91, 0.88, 0.72, 0.66, 0.93, 0.97, 0.15]
    for (i, pair) in pairs.enumerated() {
      units.append(
        InspectedUnit(
          number: i + 1, variants: [.init(language: "en", text: pair.0), .init(language: "de", text: pair.1)],
          beadType: "1-1", score: scores[i], document: i < 4 ? "a.html" : "b.html",
          sentenceCounts: ["en": 1, "de": 1]))
    }
    units.append(
      InspectedUnit(
        number: 9, variants: [.init(language: "en", text: "A. B."), .init(language: "de", text: "A und B.")],
        beadType: "2-1", score: 0.55, document: "b.html", sentenceCounts: ["en": 2, "de": 1]))
    units.append(
      InspectedUnit(
        number: 10, variants: [.init(language: "en", text: "Only in English.")], beadType: "1-0", score: 0.05,
        document: "b.html", sentenceCounts: ["en": 1]))
    units.append(
      InspectedUnit(
        number: 11, variants: [.init(language: "de", text: "Nur auf Deutsch.")], beadType: "0-1", score: 0.02,
        document: "b.html", sentenceCounts: ["de": 1]))
    return units
  }()

  static var statistics: InspectionStatistics {
    var stats = InspectionStatistics()
    for unit in units { stats.add(unit) }
    return stats
  }

  @Test("counts, unpaired sentences, outliers")
  func counts() {
    let stats = Self.statistics
    #expect(stats.total.units == 11)
    #expect(stats.languages == ["en", "de"])
    #expect(stats.total.sentences == ["en": 11, "de": 10])
    #expect(stats.total.unpaired == ["en": 1, "de": 1])
    #expect(stats.beadTypes == ["1-1": 8, "2-1": 1, "1-0": 1, "0-1": 1])
    let pairs = stats.lengthRatios()
    #expect(pairs.count == 1)
    #expect(pairs[0].outliers.map(\.unit) == [8])
  }

  @Test("text report")
  func text() {
    let text = StatisticsReport.text(Self.statistics)
    #expect(
      text == """
        Units: 11
        Languages: en, de

                            en  de
        sentences           11  10
        segments            10  10
        unpaired sentences   1   1

        Bead types
          1-1  8  72.7%
          0-1  1   9.1%
          1-0  1   9.1%
          2-1  1   9.1%

        Scores (11 units, mean 0.62, median 0.72)
          0.0–0.1 2 ███████████████
          0.1–0.2 1 ████████
          0.2–0.3 0
          0.3–0.4 0
          0.4–0.5 0
          0.5–0.6 1 ████████
          0.6–0.7 1 ████████
          0.7–0.8 1 ████████
          0.8–0.9 1 ████████
          0.9–1.0 4 ██████████████████████████████

        Length-ratio outliers (ln character ratio more than 3 robust SD from the median)
          en/de: 9 units, median ratio 0.74, 1 outlier: #8 (×0.04)

        Documents
          document  units  en  de  unpaired  mean score
          a.html        4   4   4       0/0        0.87
          b.html        7   7   6       1/1        0.48

        """)
  }

  @Test("JSON report")
  func json() {
    let text = StatisticsReport.json(Self.statistics)
    #expect(
      text == """
        {"units":11,"languages":["en","de"],"sentences":{"en":11,"de":10},"segments":{"en":10,"de":10},"unpairedSentences":{"en":1,"de":1},"beadTypes":{"1-1":8,"0-1":1,"1-0":1,"2-1":1},"scores":{"count":11,"mean":0.6173,"median":0.72,"histogram":[{"from":0,"to":0.1,"count":2},{"from":0.1,"to":0.2,"count":1},{"from":0.2,"to":0.3,"count":0},{"from":0.3,"to":0.4,"count":0},{"from":0.4,"to":0.5,"count":0},{"from":0.5,"to":0.6,"count":1},{"from":0.6,"to":0.7,"count":1},{"from":0.7,"to":0.8,"count":1},{"from":0.8,"to":0.9,"count":1},{"from":0.9,"to":1,"count":4}]},"lengthRatios":[{"languages":["en","de"],"units":9,"medianLogRatio":-0.3023,"mad":0.144,"outliers":[{"unit":8,"logRatio":-3.2189,"robustZ":-13.66}]}],"documents":[{"name":"a.html","units":4,"sentences":{"en":4,"de":4},"unpairedSentences":{"en":0,"de":0},"meanScore":0.865},{"name":"b.html","units":7,"sentences":{"en":7,"de":6},"unpairedSentences":{"en":1,"de":1},"meanScore":0.4757}]}

        """)
  }
}
