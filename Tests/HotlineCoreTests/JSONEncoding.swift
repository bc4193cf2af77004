import Foundation

/// Encodes values the way the daemon will (sorted keys).
enum JSONEncoding {
    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(value)
    }
}
