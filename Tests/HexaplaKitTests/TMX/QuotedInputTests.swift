import Foundation
import Testing

@testable import HexaplaKit

/// Errors and warnings that quote an element or attribute name or a value from the input quote
/// at most `HexaplaError.quotationLimit` characters of it (issue 16): a 900-character name is
/// still a name (the parser takes names up to 1,000 bytes), but not one to repeat in full. (An
/// entity reference is cut off long before: `&` must start a reference.)
@Suite("Messages quote little of the input")
struct QuotedInputTests {
  static let name = String(repeating: "n", count: 900)
  /// A well-formed tag of 905 characters (private-use subtags).
  static let privateUseTag = "en-x-" + Array(repeating: "nnnnnnnn", count: 100).joined(separator: "-")
  static let tuv = "<tuv xml:lang=\"en\"><seg>a</seg></tuv>"

  static func document(_ body: String) -> String { TMXReliabilityTests.document(body) }

  /// The error or the warnings of reading `content`, `@` replaced by the long name.
  static func messages(_ content: String) throws -> [String] {
    let path = try TMXReaderTests.file(content.replacingOccurrences(of: "@", with: name))
    var messages: [String] = []
    let warn: (String) -> Void = { messages.append($0) }
    do {
      try TMXReader.read(path: path, onWarning: warn) { _ in }
    } catch let error as HexaplaError {
      messages.append("\(error)")
    }
    return messages
  }

  static let cases: [(String, String)] = [
    ("<@/>", "the root element is <nnn"),
    ("<tmx version=\"@\">\(TMXReaderTests.header)<body></body></tmx>", "TMX version \"nnn"),
    ("<tmx version=\"1.4\"><@/>\(TMXReaderTests.header)<body></body></tmx>", "unexpected <nnn"),
    (document("<@/>"), "unexpected <nnn"),
    (document("<tu><@/>\(tuv)</tu>"), "unexpected <nnn"),
    (document("<tu></@>"), "end tag </nnn"),
    (document("<tu><@></tu>"), "does not match <nnn"),
    (document("<tu><@ a=\"b\"/ >"), "expected '>' after '/' in <nnn"),
    (document("<tu><@\"x\">"), "expected white space, '>' or '/>' in <nnn"),
    (document("<tu @=\"a\" @=\"b\">\(tuv)</tu>"), "attribute 'nnn"),
    (document("<tu @>\(tuv)</tu>"), "attribute 'nnn"),
    (document("<tu><tuv xml:lang=\"@\"><seg>a</seg></tuv></tu>"), "'nnn"),
    (document("<tu><tuv xml:lang=\"\(privateUseTag)\"></tuv></tu>"), "<tuv xml:lang=\"en-x-nnnnnnnn-"),
    ("<tmx version=\"1.4\"><@ a=\"b\"", "unexpected end of file in the start tag <nnn"),
  ]

  @Test("an error or warning quoting a long name or value from a TMX file quotes 80 characters", arguments: cases)
  func longName(content: String, fragment: String) throws {
    let messages = try Self.messages(content)
    #expect(messages.contains { $0.contains(fragment) }, "\(messages.map { $0.prefix(200) })")
    for message in messages {
      #expect(!message.contains(String(repeating: "n", count: HexaplaError.quotationLimit + 1)))
      #expect(message.count < 400, "\(message.prefix(200))")
    }
  }

  @Test("an unsupported encoding name in the XML declaration is quoted in part")
  func encodingName() throws {
    let label = String(repeating: "e", count: 200)
    let path = try TMXReaderTests.file("<?xml version=\"1.0\" encoding=\"\(label)\"?>" + Self.document(""))
    let error = #expect(throws: HexaplaError.self) { try TMXReader.read(path: path) { _ in } }
    let text = error.map { "\($0)" } ?? ""
    #expect(text.contains("unsupported encoding 'eee"))
    #expect(!text.contains(String(repeating: "e", count: HexaplaError.quotationLimit + 1)))
  }

  @Test("a 10 KB element name is an error that does not repeat it")
  func hugeName() throws {
    let messages = try Self.messages(Self.document("<tu><\(String(repeating: "x", count: 10_000))/></tu>"))
    #expect(messages.count == 1)
    #expect(messages.first?.hasSuffix("element name is too long") == true, "\(messages.map { $0.prefix(200) })")
    #expect(messages.allSatisfy { $0.count < 200 })
  }

  @Test(
    "a long language tag or charset name is quoted in part",
    arguments: [
      String(repeating: "q", count: 900), "en-" + String(repeating: "Q", count: 900),
      "en-" + String(repeating: "1", count: 900),
    ])
  func languageTag(tag: String) throws {
    let error = #expect(throws: HexaplaError.self) { try LanguageTag(tag) }
    let text = error.map { "\($0)" } ?? ""
    #expect(text.hasPrefix("invalid language tag"))
    #expect(text.count < 2 * HexaplaError.quotationLimit + 100, "\(text.prefix(200))")
  }

  @Test("an HTML page declaring a long unknown charset name gets a short warning or error")
  func charsetName() throws {
    let charset = String(repeating: "c", count: 900)
    let page = Array("<html><head><meta charset=\"\(charset)\"></head><body><p>caf".utf8) + [0xE9] + Array("</p>".utf8)
    var messages: [String] = []
    do {
      messages = try HTMLCharset.decode(page, path: "page.html").warnings
    } catch let error as HexaplaError {
      messages = ["\(error)"]
    }
    #expect(messages.contains { $0.contains("'ccc") }, "\(messages.map { $0.prefix(200) })")
    #expect(messages.allSatisfy { !$0.contains(String(repeating: "c", count: HexaplaError.quotationLimit + 1)) })
  }

  @Test("an error record in JSON lines is skipped with a warning quoting little of it")
  func errorRecord() throws {
    let id = String(repeating: "d", count: 900)
    let message = String(repeating: "m", count: 10_000)
    let line = "{\"document\": \"\(id)\", \"error\": \"\(message)\"}\n"
    let path = try TMXReaderTests.file(line, name: "units.jsonl")
    var warnings: [String] = []
    let reader = try JSONLUnitReader(path: path, onWarning: { warnings.append($0) })
    #expect(try reader.next() == nil)
    #expect(warnings.count == 1)
    #expect(warnings.allSatisfy { $0.count < path.count + 300 }, "\(warnings.map { $0.prefix(200) })")
  }
}
