/// A key press as `hexapla review` reads it from a terminal in raw mode.
public enum ReviewKey: Hashable, Sendable {
  /// A printable character (a letter, `?`, `/`, a CJK character typed into a search).
  case character(Character)
  /// Control and a letter (`control("r")` for Ctrl-R).
  case control(Character)
  case up, down, left, right, pageUp, pageDown, home, end
  case enter, escape, tab, backTab, backspace, delete
}
