import Foundation
import Testing

@testable import HexaplaKit

@Suite("JSON-lines unit records: the members read straight from the bytes")
struct JSONLUnitRecordTests {
  /// What the record must hold: the members as the whole line parsed by `JSONValue` gives them.
  struct Members: Equatable {
    var hasSegments: Bool
    var segments: [String]?
    var tuid, error, document: String?
    var props, alternatives: [String]?
    var notes: [String]?
  }

  static func pairs(_ value: JSONValue?) -> [String]? {
    guard case .array(let items) = value else { return nil }
    var result: [String] = []
    for item in items {
      guard let strings = item.strings else { return nil }
      if strings.count == 2 { result.append(strings[0] + "=" + strings[1]) }
    }
    return result
  }

  static func expected(_ line: String) -> Members? {
    guard let value = Array(line.utf8).withUnsafeBufferPointer({ JSONValue.parse($0) }), case .object = value else {
      return nil
    }
    return Members(
      hasSegments: value.member("segments") != nil,
      segments: value.member("segments")?.stringMembers?.map { $0.key + "=" + $0.value },
      tuid: value.member("tuid")?.string, error: value.member("error")?.string,
      document: value.member("document")?.string, props: pairs(value.member("props")),
      alternatives: pairs(value.member("alternatives")), notes: value.member("notes")?.strings)
  }

  static func read(_ bytes: [UInt8]) -> Members? {
    bytes.withUnsafeBufferPointer { line in
      guard let record = JSONLUnitRecord.parse(line) else { return nil }
      func string(_ text: JSONLUnitRecord.Text) -> String { record.string(text, line: line) }
      return Members(
        hasSegments: record.hasSegments, segments: record.segments?.map { string($0.key) + "=" + string($0.value) },
        tuid: record.tuid.map(string), error: record.error.map(string), document: record.document.map(string),
        props: record.props?.map { string($0.0) + "=" + string($0.1) },
        alternatives: record.alternatives?.map { string($0.0) + "=" + string($0.1) },
        notes: record.notes?.map(string))
    }
  }

  static let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
  static let manyLanguages = (0..<12).map { #""l\#($0)":"t\#($0)""# }.joined(separator: ",")

  static let lines: [String] = [
    #"{"tuid":"1","document":"doc0","segments":{"en":"A \"b\".","zh-Hans":"乙。"},"props":[["x-score","0.5"],["x-bead","1-1"]]}"#,
    #"{"segments":{"en":"a","fr":"b","en":"c"},"notes":["n1","n2"],"alternatives":[["en","d"]]}"#,
    #"{"segments":{"en":"a"},"segments":{"fr":"b"}}"#,
    #"{"segments":{"en":"a"},"segments":[1]}"#,
    #"{"segments":{"en":1}}"#,
    #"{"segments":{}}"#,
    #"{"document":"d","error":"it failed"}"#,
    #"{"error":5}"#,
    #"{"seg\u006dents":{"en":"a"},"t\u0075id":"7","\u0074uid":8}"#,
    #"{"tuid":"1","tuid":null,"segments":{"en":"a"}}"#,
    #"{"props":[["a","b"],["c"],["d","e","f"]],"segments":{"en":"a"}}"#,
    #"{"props":[["a","b"],["c",1]],"segments":{"en":"a"}}"#,
    #"{"props":[["a","b"],"c"],"segments":{"en":"a"}}"#,
    #"{"props":{"a":"b"},"notes":"n","alternatives":[[]],"segments":{"en":"a"}}"#,
    #"{"notes":["a",["b"]],"segments":{"en":"a"}}"#,
    #"{"other":{"x":[1,2.5e3,true,false,null,{"y":"z"}]},"segments":{"en":"a\nb\u00e9\ud83d\ude00"}}"#,
    #"{"segments":{"# + manyLanguages + #","l3":"again"}}"#,
    "\u{FEFF}" + #" {"segments":{"en":"a"}} "#,
    #"{"segments":{"en":"a"},}"#,
    #"{"segments":{"en":"a",}}"#,
    #"{"props":[["a","b"],],"segments":{"en":"a"}}"#,
    #"{,"segments":{"en":"a"}}"#,
    #"{"segments":{"en":"a"}} x"#,
    #"{"segments":{"en":"a"}"#,
    #"{"segments":{"en":"a\x"}}"#,
    #"{"segments":{"en":"\ud800"}}"#,
    #"{"segments""#,
    #"{"segments":"#,
    #"{"segments":{"en""#,
    #"{"tu"#,
    #"{"x":"# + deep + "}",
    #"{"segments":{"en":"# + deep + "}}",
    #"{"props":"# + deep + "}",
    #"[{"segments":{"en":"a"}}]"#,
    #""segments""#,
    "{}",
    "",
    "{\"segments\":{\"en\":\"tab\there\"}}",
    // Keys equal as strings (canonically equivalent), not as bytes: one key.
    #"{"segments":{"\u00e9":"a","e\u0301":"b"}}"#,
    "{\"segments\":{\"\u{E9}\":\"c\",\"e\u{301}\":\"d\",\"en\":\"e\"}}",
    #"{"segments":{"a\"b":"1","a\u0022b":"2"}}"#,
    #"{"segments":{"en":"a\\b\/c\u00e9\n","de":"\"\"\""}}"#,
  ]

  @Test("gives what the parsed line gives", arguments: lines)
  func sameAsTheTree(line: String) {
    #expect(Self.read(Array(line.utf8)) == Self.expected(line), "\(line.prefix(80))")
  }

  @Test("rejects invalid UTF-8 in keys and values")
  func invalidUTF8() {
    for bytes in [
      Array(#"{"segments":{"en":"a"#.utf8) + [0xFF] + Array(#""}}"#.utf8),
      Array(#"{"segments":{"e"#.utf8) + [0xC3] + Array(#"":"a"}}"#.utf8),
      Array(#"{"x"#.utf8) + [0xE4, 0xB8] + Array(#"":1,"segments":{"en":"a"}}"#.utf8),
      // Around escapes: a cut character before one, a stray byte after one.
      Array(#"{"segments":{"en":"a"#.utf8) + [0xE4, 0xB8] + Array(#"\n"}}"#.utf8),
      Array(#"{"segments":{"en":"a\n"#.utf8) + [0xB8] + Array(#"b"}}"#.utf8),
      Array(#"{"segments":{"en":"\u00e9"#.utf8) + [0xA9] + Array(#""}}"#.utf8),
      Array(#"{"segments":{"en":"a","de":"\"x"#.utf8) + [0xED, 0xA0, 0x80] + Array(#""}}"#.utf8),
    ] {
      #expect(Self.read(bytes) == nil)
      #expect(bytes.withUnsafeBufferPointer { JSONValue.parse($0) } == nil)
    }
  }
}
