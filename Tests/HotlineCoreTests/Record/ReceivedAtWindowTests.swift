import Foundation
import HotlineCore
import Testing

/// A client's `received_at` must fall between the service epoch and a few minutes from now: outside that
/// window it is a client bug (or a hostile value), and years like 0000 or 9999.9999 cannot even be stored.
@Suite("received_at window")
struct ReceivedAtWindowTests {
    let parser = CallSubmissionParser()

    func body(_ receivedAt: String) -> [UInt8] {
        Array(#"{"channel":"phone","caller_role":"self","narrative":"x","received_at":"\#(receivedAt)"}"#.utf8)
    }

    @Test("timestamps outside the default window are refused as invalid received_at, without echoing them", arguments: [
        "9999-12-31T23:59:59.9999Z", "9999-12-31T23:59:59Z", "0000-01-01T00:00:00+00:01", "0000-01-01T00:00:00Z",
        "1969-12-31T23:59:59Z", "1999-12-31T23:59:59.999Z", "2999-01-01T00:00:00Z",
    ])
    func refusedByDefault(text: String) {
        #expect(performing: { try parser.parse(body(text)) }, throws: { error in
            guard let error = error as? RecordValidationError else { return false }
            return error.code == .invalidField && error.field == "received_at" && !error.message.contains(text)
                && !error.message.contains(String(text.prefix(4)))
        })
    }

    @Test("the service epoch itself, a past date and the present are accepted")
    func acceptedByDefault() throws {
        #expect(try parser.parse(body("2000-01-01T00:00:00Z")).receivedAt == Date(timeIntervalSince1970: 946_684_800))
        #expect(try parser.parse(body("2026-01-02T03:04:05+01:00")).receivedAt != nil)
        #expect(try parser.parse(body(RFC3339.format(Date()))).receivedAt != nil)
        #expect(try parser.parse(body(RFC3339.format(Date().addingTimeInterval(60)))).receivedAt != nil)
    }

    @Test("more than five minutes ahead of the clock is refused by default")
    func tooFarAhead() {
        #expect(performing: { try parser.parse(body(RFC3339.format(Date().addingTimeInterval(6 * 60)))) }, throws: { error in
            (error as? RecordValidationError)?.field == "received_at"
        })
    }

    @Test("a configured window: its epoch and its allowance, measured from the parser's clock")
    func configuredWindow() throws {
        let now = try #require(RFC3339.parse("2026-06-01T12:00:00Z"))
        let window = ReceivedAtWindow(serviceEpoch: try #require(RFC3339.parse("2026-01-01T00:00:00+01:00")), maximumLeadSeconds: 60)
        let parser = CallSubmissionParser(receivedAtWindow: window, now: { now })
        func admitted(_ text: String) -> Bool { (try? parser.parse(body(text))) != nil }
        #expect(admitted("2025-12-31T23:00:00Z"))
        #expect(!admitted("2025-12-31T22:59:59.999Z"))
        #expect(!admitted("2025-12-31T22:59:59.9994Z"))  // stored as .999: before the epoch
        #expect(admitted("2025-12-31T22:59:59.9996Z"))  // stored as 23:00:00.000: the epoch itself
        #expect(admitted("2026-06-01T12:01:00Z"))
        #expect(!admitted("2026-06-01T12:01:00.001Z"))
        #expect(admitted("2026-06-01T14:01:00+02:00"))
        #expect(!admitted("2026-06-01T14:01:01+02:00"))
        #expect(try parser.parse(Array(#"{"channel":"phone","caller_role":"self","narrative":"x"}"#.utf8)).receivedAt == nil)
    }

    @Test("the window's rule in the error names the configured bounds only")
    func message() {
        let parser = CallSubmissionParser()
        #expect(performing: { try parser.parse(body("1999-01-01T00:00:00Z")) }, throws: { error in
            "\(error)".contains("2000-01-01T00:00:00.000Z") && "\(error)".contains("300 seconds") && !"\(error)".contains("1999")
        })
    }
}
