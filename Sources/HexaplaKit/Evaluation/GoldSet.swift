import Foundation

/// A gold set on disk: one folder per document holding `gold.txt`, with predictions in a
/// parallel folder as `<doc>.txt` or `<doc>/pred.txt` (the layout `score.py --sum-dirs` reads).
public enum GoldSet {
  /// The (gold, prediction) file pairs of a set, documents in name order.
  /// - Throws: `HexaplaError.fileNotReadable` when the gold folder cannot be listed or a
  ///   document has no prediction.
  public static func filePairs(goldDirectory: String, predictionDirectory: String) throws -> [(String, String)] {
    let manager = FileManager.default
    let documents: [String]
    do {
      documents = try manager.contentsOfDirectory(atPath: goldDirectory).sorted()
    } catch {
      throw HexaplaError.fileNotReadable(path: goldDirectory, reason: "cannot list the folder")
    }
    var pairs: [(String, String)] = []
    for document in documents {
      let gold = "\(goldDirectory)/\(document)/gold.txt"
      guard manager.fileExists(atPath: gold) else { continue }
      let candidates = ["\(predictionDirectory)/\(document).txt", "\(predictionDirectory)/\(document)/pred.txt"]
      guard let prediction = candidates.first(where: { manager.fileExists(atPath: $0) }) else {
        throw HexaplaError.fileNotReadable(
          path: "\(predictionDirectory)/\(document).txt", reason: "no prediction for document '\(document)'")
      }
      pairs.append((gold, prediction))
    }
    return pairs
  }

  /// The pooled score of (gold, prediction) file pairs.
  /// - Throws: `HexaplaError` for unreadable or malformed files.
  public static func score(_ pairs: [(String, String)]) throws -> AlignmentScore {
    var total = AlignmentScore()
    for (gold, prediction) in pairs {
      total =
        total + AlignmentScore(gold: try BeadFile.load(path: gold), predicted: try BeadFile.load(path: prediction))
    }
    return total
  }
}
