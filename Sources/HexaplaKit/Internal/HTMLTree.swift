internal import CHTML

/// A parsed HTML page as a flat array of nodes, built from libxml2's error-tolerant parser
/// through the `CHTML` shim. Node 0 is a synthetic root.
struct HTMLTree {
  /// One element or text node.
  struct Node {
    /// The lower-case tag name of an element; nil for text.
    var name: String?
    /// The element's attributes (names lower case); empty for text.
    var attributes: [String: String]
    /// The text of a text node; nil for elements.
    var text: String?
    /// The index of the parent node (the root is its own parent).
    var parent: Int
    /// The indices of the child nodes, in document order.
    var children: [Int]
  }

  /// The nodes in document order; node 0 is the root.
  private(set) var nodes: [Node]

  /// Why a page could not be parsed.
  enum Failure: Error {
    case unsupportedEncoding
    case conversionFailed
    case unparsable
  }

  /// Parses `bytes` in `encoding` (an IANA charset name).
  /// - Throws: `Failure` when libxml2 does not know the encoding or finds no document.
  init(bytes: [UInt8], encoding: String) throws(Failure) {
    let builder = Builder()
    let context = Unmanaged.passUnretained(builder).toOpaque()
    let status = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        hx_html_walk(chars.baseAddress, Int32(chars.count), encoding, context) {
          context, event, name, attributes, text in
          guard let context else { return }
          let builder = Unmanaged<Builder>.fromOpaque(context).takeUnretainedValue()
          builder.handle(event: event, name: name, attributes: attributes, text: text)
        }
      }
    }
    withExtendedLifetime(builder) {}
    switch status {
    case 0: nodes = builder.nodes
    case 1: throw .unsupportedEncoding
    case 3: throw .conversionFailed
    default: throw .unparsable
    }
  }

  /// Collects the shim's events into nodes.
  private final class Builder {
    var nodes = [Node(name: "#root", attributes: [:], text: nil, parent: 0, children: [])]
    var stack = [0]

    func handle(
      event: Int32, name: UnsafePointer<CChar>?, attributes: UnsafePointer<UnsafePointer<CChar>?>?,
      text: UnsafePointer<CChar>?
    ) {
      let parent = stack[stack.count - 1]
      switch Int(event) {
      case Int(HX_HTML_ELEMENT_START):
        var attributeMap: [String: String] = [:]
        if let attributes {
          var i = 0
          while let key = attributes[i] {
            let value = attributes[i + 1].map { String(cString: $0) } ?? ""
            attributeMap[String(cString: key).lowercased()] = value
            i += 2
          }
        }
        let tag = name.map { String(cString: $0).lowercased() } ?? ""
        nodes.append(Node(name: tag, attributes: attributeMap, text: nil, parent: parent, children: []))
        nodes[parent].children.append(nodes.count - 1)
        stack.append(nodes.count - 1)
      case Int(HX_HTML_ELEMENT_END):
        if stack.count > 1 { stack.removeLast() }
      case Int(HX_HTML_TEXT):
        guard let text else { return }
        nodes.append(
          Node(name: nil, attributes: [:], text: String(cString: text), parent: parent, children: []))
        nodes[parent].children.append(nodes.count - 1)
      default:
        break
      }
    }
  }
}
