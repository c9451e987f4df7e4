/// What the scorer knows of HTML: general conventions of tags, roles and class words, not site
/// rules; and how much text weighs.
extension ContentScorer {
  /// Elements that never hold article text (`rt` and `rp` are ruby annotations: the base text
  /// is kept, the reading dropped).
  static let neverTextTags: Set<String> = [
    "head", "script", "style", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "button", "select", "option", "input", "textarea", "dialog", "figure", "picture", "video",
    "audio", "map", "rt", "rp",
  ]
  /// Elements of page furniture, unless one wraps most of the page's text.
  static let furnitureTags: Set<String> = ["nav", "aside", "form", "menu", "footer", "noscript"]
  /// Classes that hide an element (CSS frameworks' and screen-reader-only conventions), matched
  /// as whole class names.
  static let hidingClasses: Set<String> = [
    "hidden", "hide", "is-hidden", "d-none", "invisible", "sr-only", "visually-hidden", "visuallyhidden",
    "screen-reader-text", "element-invisible", "offscreen",
  ]
  /// Class/id words of comment threads (which may hold more text than the article).
  static let threadWords = ["comment", "comments", "disqus", "reply", "replies", "respond"]
  /// Paragraph-like blocks whose text is read as one unit.
  static let blockTags: Set<String> = [
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th",
  ]
  /// Inline elements whose text, directly in a container, reads as the container's own.
  static let inlineTags: Set<String> = [
    "a", "span", "b", "strong", "i", "em", "font", "u", "small", "big", "sub", "sup", "abbr", "cite",
    "q", "mark", "code", "time", "ruby", "rb", "bdi", "bdo", "ins", "del", "s", "label",
  ]
  /// Invisible characters dropped from the text: soft hyphen, zero-width space, word joiner and
  /// zero-width no-break space (joiners U+200C and U+200D stay: they shape Persian and emoji).
  static let invisibleScalars: Set<UInt32> = [0x00AD, 0x200B, 0x2060, 0xFEFF]
  /// Elements that break a block's text into lines.
  static let lineBreakTags: Set<String> = ["br", "hr"]
  /// ARIA roles of page furniture.
  static let furnitureRoles: Set<String> = [
    "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
    "alert", "alertdialog", "toolbar",
  ]
  /// Class/id words that mark furniture wherever they appear.
  static let alwaysNegative = [
    "share", "sharing", "social", "cookie", "consent", "disqus", "newsletter",
    "subscribe", "advert", "sponsor", "promo", "popup", "modal", "outbrain", "taboola",
    "breadcrumb", "byline", "author", "dateline", "timestamp", "copyright", "caption", "credit",
    "feedback", "rating", "vote", "reply",
  ]
  /// Class/id words that mark furniture unless a positive word is present too.
  static let negative = [
    "nav", "menu", "sidebar", "footer", "foot", "header", "masthead", "banner", "related",
    "recommend", "toolbar", "pagination", "pager", "widget", "login", "signup", "rss", "meta",
    "popular", "trending", "tag", "tags", "ad", "ads", "skip", "lang", "language",
    "switcher", "extra", "shoutbox", "combx", "sponsored", "links",
  ]
  /// Class/id words that mark furniture when the element's text is mostly links ("more
  /// stories" lists), and not otherwise (a `more-features` section of prose).
  static let linkListNegative = ["more"]
  /// Class/id words of main content.
  static let positive = [
    "article", "content", "story", "body", "entry", "main", "post", "text", "blog", "column",
    "page", "news",
  ]
  /// Class/id words of a standfirst (lead paragraph) outside the body container.
  static let standfirstWords = [
    "standfirst", "lead", "dek", "deck", "summary", "subtitle", "subhead", "intro", "excerpt",
    "teaser", "abstract", "description", "kicker",
  ]

  /// Words glued after a hint in one class word (`navbar`, `sharebox`, `sidebarwidget`,
  /// `relatedposts`).
  static let gluedSuffixes: Set<String> = [
    "s", "es", "bar", "bars", "box", "block", "area", "wrap", "wrapper", "container", "list", "links",
    "posts", "stories", "articles",
    "button", "buttons", "widget", "section", "panel", "module", "item", "items", "icons", "tools",
    "zone", "holder", "inner", "outer", "top", "bottom", "ul", "menu", "nav",
  ]
  /// Words glued before a hint in one class word (`topnav`, `sitefooter`, `postcomments`).
  static let gluedPrefixes: Set<String> = [
    "top", "main", "site", "sub", "page", "post", "side", "left", "right", "bottom", "global",
    "primary", "secondary", "mobile", "user", "article", "entry", "story", "blog", "header", "footer",
  ]

  /// Whether a word list holds one of `vocabulary` as a whole word, or glued to a common
  /// furniture word (`navbar`, `topnav`); never as a bare substring (`commentary`, `footnote`,
  /// `shared` are not `comment`, `foot`, `share`).
  static func matches(_ words: [String], _ vocabulary: [String]) -> Bool {
    words.contains { word in
      vocabulary.contains { hint in
        if word == hint { return true }
        guard hint.count >= 3, word.count > hint.count else { return false }
        if word.hasPrefix(hint), gluedSuffixes.contains(String(word.dropFirst(hint.count))) { return true }
        return word.hasSuffix(hint) && gluedPrefixes.contains(String(word.dropLast(hint.count)))
      }
    }
  }

  /// The weight of a character in text length: wide (CJK) characters carry about as much
  /// content as a short word, so they count 2.5.
  static func weight(_ character: Character) -> Double {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    return weight(scalar)
  }

  /// The weight of a scalar in text length (see `weight(_:)` of a character).
  static func weight(_ scalar: Unicode.Scalar) -> Double {
    switch UnicodeProperties.eastAsianWidth(scalar) {
    case .wide, .fullwidth: return 2.5
    default: return 1
    }
  }

  /// Commas of many scripts (Latin, CJK, Arabic): more commas, more prose.
  static func commaCount(_ line: String) -> Int {
    line.reduce(0) { $0 + (["，", ",", "、", "،", "；", ";"].contains($1) ? 1 : 0) }
  }
}
