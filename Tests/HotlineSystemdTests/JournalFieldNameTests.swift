import HotlineSystemd
import Testing

@Suite("journald field names")
struct JournalFieldNameTests {
    @Test(
        "hotline metadata keys map to upper-case fields",
        arguments: [
            ("call_id", "CALL_ID"), ("band", "BAND"), ("score", "SCORE"), ("presumed", "PRESUMED"), ("forced_labour", "FORCED_LABOUR"), ("elements", "ELEMENTS"),
            ("flags", "FLAGS"), ("indicators", "INDICATORS"), ("catalog_version", "CATALOG_VERSION"),
            ("peer_uid", "PEER_UID"), ("request_id", "REQUEST_ID"), ("message_id", "MESSAGE_ID"),
        ]
    )
    func hotlineKeys(key: String, field: String) {
        #expect(JournalFieldName.mapping(key) == field)
        #expect(JournalFieldName.isValid(field))
    }

    @Test(
        "invalid keys are mapped, never dropped",
        arguments: [
            ("hb.request.id", "HB_REQUEST_ID"), ("_x", "X"), ("__double", "DOUBLE"), ("9lives", "F_9LIVES"),
            ("with-dash", "WITH_DASH"), ("Mixed_Case", "MIXED_CASE"), ("", "FIELD"), ("__", "FIELD"),
            ("_9", "F_9"), ("ünïcode", "N_CODE"),
        ]
    )
    func invalidKeys(key: String, field: String) {
        #expect(JournalFieldName.mapping(key) == field)
        #expect(JournalFieldName.isValid(JournalFieldName.mapping(key)))
    }

    @Test("names are cut to 64 characters")
    func longNames() {
        let mapped = JournalFieldName.mapping(String(repeating: "a", count: 70))
        #expect(mapped == String(repeating: "A", count: 64))
        #expect(JournalFieldName.isValid(mapped))
        #expect(!JournalFieldName.isValid(String(repeating: "A", count: 65)))
    }
}
