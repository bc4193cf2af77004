/// The version of the hotline software, reported by `/v1/health` and `--version`.
public enum HotlineVersion {
    public static let current = "0.1.0"
}
