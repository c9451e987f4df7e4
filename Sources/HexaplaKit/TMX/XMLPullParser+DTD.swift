/// The document type declaration: only its internal subset's general entities are kept.
extension XMLPullParser {
  /// Reads `<!DOCTYPE name [external id] [internal subset]>`, keeping general entities declared
  /// in the internal subset; nothing external is fetched.
  func readDoctype() throws {
    guard try skipWhitespace() else { throw error("expected white space after <!DOCTYPE", at: pos) }
    _ = try readName(what: "document type")
    while true {
      _ = try skipWhitespace()
      guard let b = try peek() else {
        throw error("unexpected end of file in <!DOCTYPE", at: eventStart)
      }
      if b == UInt8(ascii: ">") {
        pos += 1
        return
      }
      if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
        _ = try readQuoted()
      } else if b == UInt8(ascii: "[") {
        pos += 1
        try readInternalSubset()
      } else {
        _ = try readName(what: "DOCTYPE keyword")
      }
    }
  }

  /// The bytes of a quoted literal (a system id, public id or entity value), quotes removed.
  func readQuoted() throws -> [UInt8] {
    guard let quote = try peek(), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
      throw error("expected a quoted string", at: pos)
    }
    let start = pos
    pos += 1
    var bytes: [UInt8] = []
    while let b = try peek() {
      pos += 1
      if b == quote { return bytes }
      bytes.append(b)
      if bytes.count > limits.entityExpansionBytes {
        throw error("quoted string too long", at: start)
      }
    }
    throw error("unexpected end of file in a quoted string", at: start)
  }

  /// The internal subset after its `[`: entity declarations are kept, everything else skipped.
  func readInternalSubset() throws {
    while true {
      _ = try skipWhitespace()
      guard let b = try peek() else {
        throw error("unexpected end of file in the DTD", at: eventStart)
      }
      if b == UInt8(ascii: "]") {
        pos += 1
        return
      }
      if b == UInt8(ascii: "%") {
        try skip(past: [UInt8(ascii: ";")], what: "parameter-entity reference")
        continue
      }
      guard b == UInt8(ascii: "<") else {
        throw error("unexpected '\(Self.describe(b))' in the DTD", at: pos)
      }
      let declarationStart = pos
      pos += 1
      if try consume("!--") {
        try skip(past: Array("-->".utf8), what: "comment")
      } else if try consume("?") {
        try skip(past: Array("?>".utf8), what: "processing instruction")
      } else if try consume("!ENTITY") {
        try readEntityDeclaration(at: declarationStart)
      } else if try consume("!") {
        try skipDeclaration()
      } else {
        throw error("unexpected '<' in the DTD", at: declarationStart)
      }
    }
  }

  /// An `<!ENTITY …>` declaration: a general entity with a literal value is kept (the first
  /// declaration wins); parameter and external entities are only noted or skipped.
  func readEntityDeclaration(at start: Int) throws {
    _ = try skipWhitespace()
    if try peek() == UInt8(ascii: "%") {
      try skipDeclaration()
      return
    }
    let name = try readName(what: "entity")
    _ = try skipWhitespace()
    let entity: Entity
    if let b = try peek(), b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
      let literalStart = pos
      let literal = try readQuoted()
      let (valid, _) = literal.withUnsafeBufferPointer {
        Self.checkUTF8($0.baseAddress!, count: $0.count)
      }
      if valid < literal.count { throw invalidUTF8(at: literalStart) }
      entity = .internalText(literal)
    } else {
      entity = .external
    }
    try skipDeclaration()
    if entities[name] == nil { entities[name] = entity }
  }

  /// Skips the rest of a markup declaration up to its `>`, honouring quoted strings.
  func skipDeclaration() throws {
    while let b = try peek() {
      if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
        _ = try readQuoted()
        continue
      }
      pos += 1
      if b == UInt8(ascii: ">") { return }
    }
    throw error("unexpected end of file in a DTD declaration", at: eventStart)
  }
}
