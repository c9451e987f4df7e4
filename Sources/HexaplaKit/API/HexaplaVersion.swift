/// The version of Hexapla, as shown by `hexapla --version` and written into TMX headers.
public enum HexaplaVersion {
  public static let current = "0.1.0"
}
