/// The kinds of page furniture that survive in text copies of web articles.
public enum BoilerplateKind: String, Sendable, CaseIterable {
  /// A line listing the site's language editions ("中文 English Русский Français").
  case languageMenu = "language menu"
  /// Controls and prompts: share, print, follow and comment prompts, "Report/Feedback".
  case interfaceText = "interface text"
  /// A credit or byline: "By Jane Doe", "Editor: Jane Doe", "责编：刘洋", "记者 张三".
  case byline
  /// A date and time line ("2024-05-01 12:30", "Updated: 5 May 2024").
  case dateline
  /// "© 2024 ...", "All rights reserved".
  case copyright
}
