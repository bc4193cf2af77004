import HotlineCore
import PropertyBased
import Testing

@Suite("Score monotonicity")
struct ScoreMonotonicityTests {
    static let ids = Fixtures.catalog.indicators.map(\.id)
    static let sentences = [
        "The owner took his passport.", "He works 14 hours a day.", "She has not been paid for months.",
        "They sleep in a container behind the hall.", "He owes the agency money for the journey.",
        "The boss threatened to call the police.", "She was promised a job in a hotel, but was forced to see clients.",
        "She is not allowed to leave the house.", "He was beaten by the supervisor.", "Maybe the boss keeps their ID cards.",
        "Hun har ikke adgang til sit MitID.", "Han skylder bagmanden penge.", "De bor på gulvet i fabrikken.",
        "No threats were mentioned.", "He still has his passport.", "She is afraid of the police.",
    ]

    func checklist(_ mask: Int) -> [String: String] {
        var answers: [String: String] = [:]
        for (bit, id) in Self.ids.enumerated() where mask & (1 << (bit % 62)) != 0 { answers[id] = "yes" }
        return answers
    }

    func narrative(_ mask: Int) -> String {
        Self.sentences.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element).joined(separator: " ")
    }

    @Test func addingChecklistEvidenceNeverLowersTheScore() async {
        await propertyCheck(input: Gen.int(in: 0...Int.max), Gen.int(in: 0...Int.max)) { base, extra in
            let smaller = Fixtures.assess("", language: "en", checklist: checklist(base))
            let larger = Fixtures.assess("", language: "en", checklist: checklist(base | extra))
            #expect(smaller.score <= larger.score)
            #expect(smaller.band <= larger.band)
            #expect((0...100).contains(larger.score))
        }
    }

    @Test func addingSentencesNeverLowersTheScore() async {
        let all = (1 << Self.sentences.count) - 1
        await propertyCheck(input: Gen.int(in: 0...all), Gen.int(in: 0...all), Gen.int(in: 0...Int.max)) { base, extra, answers in
            let role = ["self", "third_party", "professional"][answers % 3]
            let smaller = Fixtures.assess(narrative(base), language: "en", callerRole: role, checklist: checklist(answers >> 2))
            let larger = Fixtures.assess(narrative(base | extra), language: "en", callerRole: role, checklist: checklist(answers >> 2))
            #expect(smaller.score <= larger.score)
        }
    }
}
