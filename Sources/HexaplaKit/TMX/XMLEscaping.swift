/// Escaping of text for XML 1.0 output, and removal of the characters XML 1.0 forbids.
///
/// Text content escapes `&`, `<` and `>` (so `]]>` cannot occur) and writes CR as `&#13;` so
/// parsers do not turn it into LF. Attribute values also escape `"`, TAB, LF and CR, which
/// attribute-value normalisation would otherwise turn into spaces. Characters XML 1.0 does not
/// allow at all (U+0000–U+001F other than TAB, LF, CR; U+FFFE; U+FFFF) are left out and reported;
/// Swift strings cannot hold lone surrogates, so those never reach the writer.
public enum XMLEscaping {
  /// Whether `scalar` may appear in an XML 1.0 document.
  @inline(__always)
  public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x20 { return v == 0x09 || v == 0x0A || v == 0x0D }
    return v != 0xFFFE && v != 0xFFFF
  }

  /// Appends `text` escaped as element content to `output`; forbidden characters are left out
  /// and appended to `removed`.
  public static func appendText(_ text: String, to output: inout String, removed: inout [Unicode.Scalar]) {
    append(text, to: &output, removed: &removed, attribute: false)
  }

  /// Appends `text` escaped as a double-quoted attribute value to `output`; forbidden characters
  /// are left out and appended to `removed`.
  public static func appendAttribute(
    _ text: String, to output: inout String, removed: inout [Unicode.Scalar]
  ) {
    append(text, to: &output, removed: &removed, attribute: true)
  }

  /// `text` without the characters XML 1.0 forbids (which are appended to `removed`).
  public static func removingForbidden(_ text: String, removed: inout [Unicode.Scalar]) -> String {
    guard needsAttention(text, attribute: false) else { return text }
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      if isAllowed(scalar) { result.unicodeScalars.append(scalar) } else { removed.append(scalar) }
    }
    return result
  }

  private static func append(
    _ text: String, to output: inout String, removed: inout [Unicode.Scalar], attribute: Bool
  ) {
    guard needsAttention(text, attribute: attribute) else {
      output += text
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\r": output += "&#13;"
      case "\"" where attribute: output += "&quot;"
      case "\t" where attribute: output += "&#9;"
      case "\n" where attribute: output += "&#10;"
      default:
        if isAllowed(scalar) {
          output.unicodeScalars.append(scalar)
        } else {
          removed.append(scalar)
        }
      }
    }
  }

  /// Whether any UTF-8 byte of `text` may need escaping or removal (a fast, conservative test:
  /// C0 controls, `&`, `<`, `>`, `"` in attributes, and 0xEF, the lead byte of U+FFFE/U+FFFF).
  @inline(__always)
  private static func needsAttention(_ text: String, attribute: Bool) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      for b in bytes {
        if b < 0x20 {
          if attribute || (b != 0x09 && b != 0x0A) { return true }
        } else if b == 0x26 || b == 0x3C || b == 0x3E || b == 0xEF || (attribute && b == 0x22) {
          return true
        }
      }
      return false
    }
  }
}
