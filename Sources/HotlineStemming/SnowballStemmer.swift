import CStemmer
import HotlineCore

/// One Snowball stemmer (libstemmer). Not thread-safe: use one instance from one task at a time.
///
/// The C stemmer is owned by a final class so that it is freed exactly once when the last copy goes.
public struct SnowballStemmer: Stemmer {
    private final class Handle {
        let pointer: OpaquePointer
        init?(algorithm: String) {
            guard let made = sb_stemmer_new(algorithm, "UTF_8") else { return nil }
            pointer = made
        }
        deinit { sb_stemmer_delete(pointer) }
    }

    private let handle: Handle

    /// A stemmer for a Snowball algorithm name ("danish", "english"), or nil when libstemmer lacks it.
    public init?(algorithm: String) {
        guard let handle = Handle(algorithm: algorithm) else { return nil }
        self.handle = handle
    }

    public func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress,
                  let result = sb_stemmer_stem(handle.pointer, base, Int32(bytes.count))
            else { return String(decoding: bytes, as: UTF8.self) }
            let length = Int(sb_stemmer_length(handle.pointer))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }
}
