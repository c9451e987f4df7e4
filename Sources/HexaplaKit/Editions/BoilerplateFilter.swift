/// Recognises boilerplate lines in the editions of one article by general features: lines
/// made of language names, interface vocabulary, byline and dateline shapes, copyright
/// notices, and short unpunctuated lines repeated verbatim across editions.
///
/// Headlines are short and unpunctuated too, so shape alone never condemns a line: it must
/// also match one of the features above.
public struct BoilerplateFilter: Sendable {
  /// Lines (normalised) that occur in at least two editions.
  private let repeatedLines: Set<String>

  /// Prepares the filter for the editions of one article (each a list of lines).
  public init(editions: [[String]]) {
    var seenIn: [String: Int] = [:]
    for lines in editions {
      for line in Set(lines.map(Self.normalise)) where !line.isEmpty { seenIn[line, default: 0] += 1 }
    }
    repeatedLines = Set(seenIn.filter { $0.value >= 2 }.keys)
  }

  /// The kind of boilerplate `line` is, or nil for content.
  public func classify(_ line: String) -> BoilerplateKind? {
    let text = line.trimmingWhitespace()
    guard !text.isEmpty else { return nil }
    let lower = text.lowercased()
    let length = Self.weightedLength(text)
    let punctuated = Self.endsSentence(text)
    if length <= 400, Self.isLanguageMenu(lower) { return .languageMenu }
    if length <= 200, Self.copyrightMarks.contains(where: { lower.contains($0) }) { return .copyright }
    guard length <= 100 else { return nil }
    if Self.isInterfaceText(lower) { return .interfaceText }
    if !punctuated, Self.isByline(lower) { return .byline }
    if !punctuated || length <= 30, Self.isDateline(lower) { return .dateline }
    if !punctuated, length <= 80, repeatedLines.contains(Self.normalise(text)),
      text.contains(where: { $0.isLetter })
    {
      return .repeatedAcrossEditions
    }
    return nil
  }

  // MARK: Features

  /// Coverage of a line's letters by a vocabulary matched greedily (longest word first), and
  /// the number of matches.
  /// - Complexity: O(n · k) for a line of n letters and at most k words per first letter.
  static func coverage(_ lower: String, by vocabulary: Vocabulary) -> (share: Double, matches: Int) {
    let letters = Array(lower.filter { $0.isLetter || $0.isNumber })
    guard !letters.isEmpty else { return (0, 0) }
    var covered = 0
    var matches = 0
    var i = 0
    while i < letters.count {
      var matched = 0
      for word in vocabulary.words(startingWith: letters[i])
      where word.count > matched && i + word.count <= letters.count {
        if letters[i..<(i + word.count)].elementsEqual(word) { matched = word.count }
      }
      if matched > 0 {
        covered += matched
        matches += 1
        i += matched
      } else {
        i += 1
      }
    }
    return (Double(covered) / Double(letters.count), matches)
  }

  /// Words indexed by their first letter (letters and digits only).
  struct Vocabulary: Sendable {
    private let index: [Character: [[Character]]]

    init(_ words: [String]) {
      var index: [Character: [[Character]]] = [:]
      for word in words {
        let letters = Array(word.lowercased().filter { $0.isLetter || $0.isNumber })
        if let first = letters.first { index[first, default: []].append(letters) }
      }
      self.index = index
    }

    func words(startingWith letter: Character) -> [[Character]] { index[letter] ?? [] }
  }

  static let languageVocabulary = Vocabulary(LanguageNames.all)

  static func isLanguageMenu(_ lower: String) -> Bool {
    let (share, matches) = coverage(lower, by: languageVocabulary)
    return matches >= 3 && share >= 0.6
  }

  /// Words of sharing, printing, feedback and navigation controls in the languages of large
  /// news sites.
  static let interfaceWords = [
    "share", "shares", "sharing", "print", "email", "e-mail", "mail", "feedback", "report",
    "comments", "comment", "tweet", "facebook", "twitter", "weibo", "wechat", "linkedin",
    "whatsapp", "telegram", "reddit", "pinterest", "vk", "line", "subscribe", "follow", "us", "on",
    "this", "article", "story", "page", "the", "to", "close", "menu", "search", "home", "back",
    "top", "next", "previous", "related", "more", "read", "advertisement", "save", "copy", "link",
    "font", "size", "text", "a+", "a-", "print version", "editor", "recommend", "like", "view",
    "views", "and", "or", "via", "x",
    "分享", "分享到", "打印", "评论", "評論", "举报", "舉報", "反馈", "反饋", "纠错", "糾錯",
    "关闭", "關閉", "返回顶部", "返回頂部", "字号", "字號", "大", "中", "小", "微信", "微博",
    "收藏", "推荐", "推薦", "扫一扫", "朋友圈", "责任编辑", "相关新闻", "相關新聞", "打印本页",
    "поделиться", "печать", "версия для печати", "комментарии", "отправить",
    "сообщить об ошибке", "обратная связь", "подписаться", "в", "на",
    "partager", "imprimer", "commentaires", "envoyer", "signaler", "réagir", "sur",
    "compartir", "imprimir", "comentarios", "enviar", "en", "por",
    "teilen", "drucken", "kommentare", "senden", "auf",
    "condividi", "stampa", "commenti", "compartilhar", "comentários",
    "مشاركة", "طباعة", "تعليقات", "أرسل", "シェア", "印刷", "コメント", "ツイート", "共有",
    "공유", "인쇄", "댓글", "신고", "스크랩",
  ]

  static let interfaceVocabulary = Vocabulary(interfaceWords)
  /// Interface words that are not also everyday short words ("on", "the", "大").
  static let distinctiveInterfaceVocabulary = Vocabulary(
    interfaceWords.filter { $0.count >= 4 || ($0.unicodeScalars.first!.value > 0x2E80 && $0.count >= 2) })

  static func isInterfaceText(_ lower: String) -> Bool {
    let (share, matches) = coverage(lower, by: interfaceVocabulary)
    return matches >= 1 && share >= 0.85
      && coverage(lower, by: distinctiveInterfaceVocabulary).matches >= 1
  }

  static let bylinePrefixes = [
    "by ", "von ", "par ", "por ", "di ", "door ", "av ", "af ", "author:", "autor:", "автор:",
    "автор ", "от ", "reporting by", "writing by", "editing by", "source:", "sources:",
    "источник:", "quelle:", "source :", "fuente:", "fonte:", "photo:", "фото:",
    "记者", "記者", "作者", "编辑", "編輯", "责任编辑", "責任編輯", "来源", "來源", "撰文", "文/",
    "（记者", "(记者", "【记者", "出典", "المصدر", "بقلم",
  ]

  static func isByline(_ lower: String) -> Bool {
    if bylinePrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
    // Korean bylines end with 기자 ("reporter"), optionally followed by an e-mail address.
    return lower.split(separator: " ").contains { $0 == "기자" || $0.hasSuffix("기자") && $0.count <= 5 }
  }

  static let datelineWords = [
    "updated", "published", "posted", "modified", "last updated", "发布时间", "发布", "更新",
    "发表", "時間", "时间", "опубликовано", "обновлено", "publié", "mis à jour", "actualizado",
    "publicado", "aktualisiert", "veröffentlicht", "更新日", "公開", "입력", "수정", "تاريخ",
  ]

  static func isDateline(_ lower: String) -> Bool {
    let digits = lower.filter { $0.isNumber }.count
    guard digits >= 2 else { return false }
    if datelineWords.contains(where: { lower.hasPrefix($0) }) { return true }
    let letters = lower.filter { $0.isLetter }.count
    return Double(digits) >= 0.4 * Double(digits + letters)
  }

  static let copyrightMarks = [
    "©", "(c) 19", "(c) 20", "copyright", "all rights reserved", "版权所有", "版權所有",
    "保留所有权利", "все права защищены", "tous droits réservés", "alle rechte vorbehalten",
    "todos los derechos reservados", "tutti i diritti riservati", "todos os direitos reservados",
    "جميع الحقوق محفوظة", "無断転載", "무단 전재",
  ]

  // MARK: Helpers

  /// A line for comparison across editions: lower case, white space collapsed.
  static func normalise(_ line: String) -> String {
    line.lowercased().split { $0.isWhitespace }.joined(separator: " ")
  }

  /// Length with wide (CJK) characters counted 2.5.
  static func weightedLength(_ text: String) -> Double {
    text.reduce(0) { total, character in
      guard let scalar = character.unicodeScalars.first else { return total }
      switch UnicodeProperties.eastAsianWidth(scalar) {
      case .wide, .fullwidth: return total + 2.5
      default: return total + 1
      }
    }
  }

  /// Whether the text ends like a sentence (a full stop, question or exclamation mark of any
  /// script, possibly followed by closing quotes or brackets).
  static func endsSentence(_ text: String) -> Bool {
    let closing: Set<Character> = ["\"", "'", "”", "’", "»", ")", "）", "」", "』", "]", "›"]
    guard let last = text.reversed().first(where: { !closing.contains($0) && !$0.isWhitespace }) else {
      return false
    }
    return [".", "!", "?", "。", "！", "？", "…", "؟", "।", "။", "።", "．", "؛"].contains(last)
  }
}
