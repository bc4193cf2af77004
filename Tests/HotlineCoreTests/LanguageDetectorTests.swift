import HotlineCore
import Testing

@Suite("Language detection")
struct LanguageDetectorTests {
    @Test(arguments: [
        "Hun fortæller, at arbejdsgiveren har taget hendes pas og ikke betaler løn.",
        "Forbindelsen blev afbrudt, inden samtalen kom i gang.",
        "En mand ringer om sin bror, som bor på en gård i Sønderjylland.",
    ])
    func danishIsDetected(_ text: String) {
        #expect(LanguageDetector.detect(text) == .danish)
    }

    @Test(arguments: [
        "She says the employer took her passport and does not pay her.",
        "The caller asked when the tax office opens. Wrong number.",
        "A man called about his brother who works on a farm in Jutland.",
    ])
    func englishIsDetected(_ text: String) {
        #expect(LanguageDetector.detect(text) == .english)
    }

    @Test func recordLanguageWinsOverDetection() {
        let result = Fixtures.assess("She says the employer took her passport.", language: "da")
        #expect(result.language == "da")
        #expect(Fixtures.assess("She says the employer took her passport.").language == "en")
    }

    @Test func languageCodesAreRecognised() {
        #expect(Language(code: "da-DK") == .danish)
        #expect(Language(code: "EN") == .english)
        #expect(Language(code: "de") == nil)
    }
}
