import Foundation
import HotlineSystemd
import Testing

@Suite("HotlineEvent message IDs and catalog")
struct HotlineEventTests {
    @Test("IDs are 32 lower-case hex digits and unique")
    func idShape() {
        let ids = HotlineEvent.allCases.map(\.messageID)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.count == 32 && id.allSatisfy { $0.isHexDigit && !$0.isUppercase }, "\(id)")
        }
        #expect(HotlineEvent.daemonReady.metadata(["call_id": "c"])["message_id"] == .string(HotlineEvent.daemonReady.messageID))
    }

    @Test("the journald catalog explains every event in English and Danish")
    func catalogCoversEveryEvent() throws {
        let catalog = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("systemd/catalog/hotline.catalog"), encoding: .utf8
        )
        let headers = Set(catalog.split(separator: "\n").filter { $0.hasPrefix("-- ") }.map { String($0.dropFirst(3)) })
        for event in HotlineEvent.allCases {
            #expect(headers.contains(event.messageID), "no English entry for \(event)")
            #expect(headers.contains(event.messageID + " da"), "no Danish entry for \(event)")
        }
        #expect(headers.count == HotlineEvent.allCases.count * 2, "catalog has entries for unknown IDs")
    }
}
