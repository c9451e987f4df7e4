import Testing

@testable import HexaplaKit

/// The JSON-lines parser accepts a line that is JSON (RFC 8259) and refuses one that is not,
/// trailing commas included (Foundation's JSONSerialization on Linux takes `[1,]`).
@Suite("JSON values")
struct JSONValueTests {
  static func parse(_ text: String) -> JSONValue? {
    Array(text.utf8).withUnsafeBufferPointer { JSONValue.parse($0) }
  }

  @Test(
    "valid and invalid lines",
    arguments: [
      (#"{"tuid":"1","segments":{"en":"Hi","fr":"Salut"}}"#, true),
      (#"{}"#, true),
      (#"{"a":[],"b":[1,2.5e3,-0.1],"c":null,"d":true}"#, true),
      (#"{"a":"\u00e9\n\"x\""}"#, true),
      (#"{"a":1,}"#, false),
      (#"{"a":[1,]}"#, false),
      (#"{,}"#, false),
      (#"{"a" 1}"#, false),
      (#"{"a":1"#, false),
      (#"{"a":01}"#, false),
    ] as [(String, Bool)])
  func validity(line: String, valid: Bool) {
    #expect((Self.parse(line) != nil) == valid)
  }

  @Test("members and strings")
  func members() throws {
    let value = try #require(Self.parse(#"{"tuid":"7","segments":{"en":"a\tb","de":"ß"}}"#))
    #expect(value.member("tuid")?.string == "7")
    #expect(value.member("segments")?.stringMembers?.map { "\($0.key)=\($0.value)" } == ["en=a\tb", "de=ß"])
    #expect(value.member("missing") == nil)
  }

  /// A quote, backslash escape or control character at every offset of a longer string (the
  /// parser scans eight bytes at a time).
  @Test(
    "strings with a special byte at every offset",
    arguments: [(#"\""#, "\"", true), (#"\\"#, "\\", true), (#"\n"#, "\n", true), ("\t", "", false)])
  func specialAtEveryOffset(escaped: String, unescaped: String, valid: Bool) {
    let filler = "abcdefghijklmnopqrsé"
    for offset in 0...filler.count {
      let head = String(filler.prefix(offset))
      let tail = String(filler.dropFirst(offset))
      let value = Self.parse("{\"a\":\"" + head + escaped + tail + "\"}")
      #expect(value?.member("a")?.string == (valid ? head + unescaped + tail : nil))
    }
  }
}
