/// What the scorer knows of HTML: general conventions of tags, roles and class words, not site
/// rules; and how much text weighs.
extension ContentScorer {
  /// Elements that never hold article text.
  static let skippedTags: Set<String> = [
    "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "nav", "aside", "form", "button", "select", "option", "input", "textarea",
    "menu", "dialog", "footer", "figure", "picture", "video", "audio", "map",
  ]
  /// Paragraph-like blocks whose text is read as one unit.
  static let blockTags: Set<String> = [
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th",
  ]
  /// Elements that break a block's text into lines.
  static let lineBreakTags: Set<String> = ["br", "hr"]
  /// ARIA roles of page furniture.
  static let furnitureRoles: Set<String> = [
    "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
    "alert", "alertdialog", "toolbar",
  ]
  /// Class/id words that mark furniture wherever they appear.
  static let alwaysNegative = [
    "comment", "share", "sharing", "social", "cookie", "consent", "disqus", "newsletter",
    "subscribe", "advert", "sponsor", "promo", "popup", "modal", "outbrain", "taboola",
    "breadcrumb", "byline", "author", "dateline", "timestamp", "copyright", "caption", "credit",
    "feedback", "rating", "vote", "reply",
  ]
  /// Class/id words that mark furniture unless a positive word is present too.
  static let negative = [
    "nav", "menu", "sidebar", "footer", "foot", "header", "masthead", "banner", "related",
    "recommend", "toolbar", "pagination", "pager", "widget", "login", "signup", "rss", "meta",
    "more", "popular", "trending", "tag", "tags", "ad", "ads", "hidden", "skip", "lang", "language",
    "switcher", "extra", "shoutbox", "combx", "sponsored", "links",
  ]
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

  /// Whether a word list holds one of `vocabulary` as a word, prefix or suffix (two-letter
  /// words only whole, three-letter ones as whole words or prefixes: `nav`, `navbar`).
  static func matches(_ words: [String], _ vocabulary: [String]) -> Bool {
    words.contains { word in
      vocabulary.contains { hint in
        switch hint.count {
        case ...2: return word == hint
        case 3: return word.hasPrefix(hint)
        default: return word.hasPrefix(hint) || word.hasSuffix(hint)
        }
      }
    }
  }

  /// The weight of a character in text length: wide (CJK) characters carry about as much
  /// content as a short word, so they count 2.5.
  static func weight(_ character: Character) -> Double {
    guard let scalar = character.unicodeScalars.first else { return 0 }
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
