/// The kinds of page furniture that survive in text copies of web articles.
public enum BoilerplateKind: String, Sendable, CaseIterable {
  /// A line listing the site's language editions ("中文 English Русский Français").
  case languageMenu = "language menu"
  /// Interface words: share prompts, "Print", "Report/Feedback", "Comments".
  case interfaceText = "interface text"
  /// "By Jane Doe", "记者 张三", "Source: Reuters".
  case byline
  /// A date and time line ("2024-05-01 12:30", "Updated: 5 May 2024").
  case dateline
  /// "© 2024 ...", "All rights reserved".
  case copyright
  /// A short line without sentence punctuation found verbatim in several editions.
  case repeatedAcrossEditions = "repeated across editions"
}
