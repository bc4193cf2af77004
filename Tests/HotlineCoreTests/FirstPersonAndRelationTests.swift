import HotlineCore
import Testing

/// Phrasings written for this suite, none taken from an evaluation set, for the mechanisms added
/// after a set of our own unseen calls was studied: a person who calls about themself ("he has my
/// passport", "de hentede mig"), a document named before its holder, earnings handed over as "what
/// she makes", exploitation in front of a camera and threats to share recordings, and a worker free
/// to leave with no menace.
@Suite("First person and new relations")
struct FirstPersonAndRelationTests {
    typealias Phrasing = IndicatorPhrasingTests.Phrasing
    static func phrasings(_ id: String, da: [String], en: [String]) -> [Phrasing] {
        IndicatorPhrasingTests.phrasings(id, da: da, en: en)
    }

    static let firstPerson: [Phrasing] = [
        phrasings("coercion.documents_confiscated", da: [
            "Chefen har mit pas og vil ikke give mig det.",
            "Mit pas har hun i sin taske, og jeg må ikke få det.",
            "Vores pas ligger hos formanden, siden vi kom.",
            "jeg har ikke mit pas, manden har det i bilen",
            "Opholdskortet har han låst inde, jeg må ikke se det.",
            "De tog vores pas i lufthavnen og har dem stadig.",
            "Mit ID-kort har agenten, jeg har spurgt tre gange.",
            "Min søfartsbog har skipperen, og han giver den ikke tilbage.",
        ], en: [
            "The boss has my passport and will not give it back.",
            "They took our passports at the airport and still have them.",
            "My residence card is locked in the owner's office.",
            "i ask for my passport many times, he say no",
            "The agent keeps our papers, we are not allowed to have them.",
            "My ID card is with the madam since I arrived.",
            "He holds my seaman's book and says I get it when the contract ends.",
            "Our passports were collected by the supervisor on the first day.",
        ]),
        phrasings("coercion.confinement_or_surveillance", da: [
            "De låser mig inde hver nat.",
            "Døren er låst, og jeg har ingen nøgle.",
            "Jeg må kun gå ud for at handle, og altid med hende.",
            "Vinduerne er sømmet til, og døren er låst udefra.",
            "Han tog min telefon den første dag.",
            "Vi må ikke forlade gården uden formanden.",
            "jeg kan ikke komme ud herfra",
            "Vi må kun gå ud, når chefen kører os.",
        ], en: [
            "They lock me in every night.",
            "The door is locked and I do not have a key.",
            "I am only allowed out to go to the shop, and never alone.",
            "The windows are boarded and the door is locked from outside.",
            "He took my phone the first day.",
            "we cant go out, the man have the key",
            "We are not allowed to leave the farm without the foreman.",
            "She is only allowed out for church on Sundays.",
        ]),
        phrasings("exploitation.pay_handed_back", da: [
            "Hun skal give ham alt, hvad hun tjener.",
            "Jeg afleverer alt det, jeg får, til madammen hver morgen.",
            "Alt hvad de tjener, skal de give til onklen.",
            "Vi giver chefen det hele, vi får kun til mad.",
            "Han afleverer alle pengene til manden, der kører ham.",
            "Hun må give kæresten det, hun tjener hver nat.",
            "De skal aflevere alt, hvad de har tjent, om søndagen.",
            "Jeg giver hende det meste af det, jeg tjener.",
        ], en: [
            "She has to give him what she makes.",
            "I hand over everything I earn to the madam every morning.",
            "They give the uncle all they make.",
            "He hands over what he earns to the driver each evening.",
            "We must give the boss everything we get, we keep a little for food.",
            "She turns over what she earns to her boyfriend every night.",
            "The boys give the older man everything they make on the street.",
            "i give him all money i make, he give me 20 euro",
        ]),
        phrasings("exploitation.sold_for_sex", da: [
            "Andre mænd betaler for at se hende på kamera.",
            "Han laver shows foran et webcam for en mand, han mødte online.",
            "Mænd betalte for at følge med, mens hun optrådte på livestream.",
            "Hun skal optræde for kameraet hver aften, og nogen betaler for at se.",
            "Kunderne betaler for at kigge med på hendes stream.",
            "Pigen optræder på webcam, og mændene betaler manden.",
            "Hun laver shows på kamera, og andre betaler for at se.",
            "Fremmede betaler for at se drengen i videoopkald.",
        ], en: [
            "Other men paid to watch her on camera.",
            "He does shows in front of a webcam for a man he met online.",
            "Viewers pay to watch while she performs on a livestream.",
            "She has to perform for the camera every night and people pay to see it.",
            "Men are paying to watch the girl on a stream.",
            "The boy does shows on cam and strangers pay the man.",
            "She performs on webcam for paying men.",
            "People pay to view the videos of her shows.",
        ]),
        phrasings("coercion.threats_to_family_or_exposure", da: [
            "Han truer med at sende videoerne til hendes skole.",
            "Hvis hun stopper, vil de dele billederne med hele familien.",
            "Manden skrev, at han ville sende optagelserne til alle hans venner.",
            "De siger, at de lægger videoer ud, og sender dem til forældrene.",
            "Han vil vise billederne til familien, hvis hun siger noget.",
            "Hvis drengen nægter, sender manden optagelserne til skolen.",
            "Han truede med at sende billeder til hendes forældre.",
            "De vil dele videoerne med vennerne, hvis hun går til politiet.",
        ], en: [
            "He threatens to send the videos to her school.",
            "If she stops, they will share the pictures with her whole family.",
            "The man wrote that he would send the recordings to all his friends.",
            "They say they will post the photos and send them to her parents.",
            "He will show the images to the family if she talks.",
            "When the boy refused, the man said he would send the recordings to everyone at school.",
            "She was told the nudes would be sent to her parents.",
            "They will share the videos with her friends if she goes to the police.",
        ]),
    ].flatMap { $0 }

    @Test(arguments: firstPerson) func firstPersonAndRelation(_ p: Phrasing) {
        let ids = Fixtures.ids(p.text, language: p.language)
        #expect(ids.contains(p.id), "\(p.id) [\(p.language)] \(p.text) -> \(ids.sorted())")
    }

    /// The act without a journey named: met online by the person who then exploits, brought in by
    /// someone, travel paid or arranged by another, named after the ticket or visa.
    static let actPhrasings: [Phrasing] = phrasings("movement", da: [
        "Hun mødte ham på Snapchat, og nu skal hun mødes med hans venner.",
        "Drengen blev kontaktet via et spil af en voksen mand, der betaler ham.",
        "Pigen fandt manden på Instagram for et halvt år siden.",
        "Kvinden bliver bragt ind af den samme mand hver aften.",
        "Hun kom i en minibus sammen med fem andre kvinder.",
        "De ankom i en varevogn med otte andre mænd fra Rumænien.",
        "Billetten, som agenten købte, skal hun betale tilbage.",
        "Visummet, som manden ordnede, gælder kun tre måneder.",
    ], en: [
        "She met him on Snapchat, and now she has to meet his friends.",
        "The boy was contacted through a game by an adult man who pays him.",
        "The girl found the man on Instagram six months ago.",
        "The woman is brought in by the same man every evening.",
        "She came in a minibus with five other women.",
        "They arrived in a van with eight other men from Romania.",
        "The ticket that the agent bought must be paid back.",
        "The visa which the man arranged is valid for three months only.",
    ])

    @Test(arguments: actPhrasings) func actWithoutJourney(_ p: Phrasing) {
        let signals = Fixtures.assess(p.text, language: p.language).elements["act"]?.signals ?? []
        #expect(signals.contains("movement"), "[\(p.language)] \(p.text) -> \(signals)")
    }

    /// Custody named in a sentence with a condition is a threat of custody, on either side of the
    /// condition; custody stated on its own stays a flag.
    static let conditionalCustody: [(String, String)] = [
        ("da", "Chefen siger, at politiet kommer og anholder ham, hvis han går."),
        ("da", "Hun ender i fængsel, hvis hun siger noget, siger madammen."),
        ("da", "De bliver sendt til Ellebæk, medmindre de bliver på gården."),
        ("da", "Formanden siger, at han bliver anholdt, hvis han klager."),
        ("en", "The boss says the police will come and arrest him if he leaves."),
        ("en", "She will end up in prison if she talks, the madam says."),
        ("en", "They are told they go to detention unless they stay on the farm."),
        ("en", "He gets arrested if he complains, the foreman keeps saying."),
    ]
    static let statedCustody: [(String, String)] = [
        ("da", "Han sidder i Ellebæk nu. Hvis han bliver sendt hjem, venter gælden."),
        ("en", "She is in custody at the police station. If she is released today, she has nowhere to go."),
    ]

    @Test(arguments: conditionalCustody) func conditionalCustodyIsAThreat(_ call: (String, String)) {
        #expect(!Fixtures.assess(call.1, language: call.0).flags.contains("in_custody"), "\(call.1)")
    }

    @Test(arguments: statedCustody) func statedCustodyIsAFlag(_ call: (String, String)) {
        #expect(Fixtures.assess(call.1, language: call.0).flags.contains("in_custody"), "\(call.1)")
    }

    /// Keys to a vehicle, an office or a till are no confinement; keys kept to where people sleep are.
    @Test func keysToAVehicleAreNoConfinement() {
        for (text, language) in [("The boss keeps the keys to the company van, and the workers get a lift every morning.", "en"),
                                 ("Chefen har nøglerne til varevognen og kører dem ud hver morgen.", "da"),
                                 ("The manager holds the keys for the office and the till.", "en"),
                                 ("Formanden beholder nøglen til traktoren om natten.", "da")] {
            #expect(!Fixtures.ids(text, language: language).contains("coercion.confinement_or_surveillance"), "\(text)")
        }
        #expect(Fixtures.ids("They may not go out; the farmer has the key.", language: "en").contains("coercion.confinement_or_surveillance"))
    }

    /// Free to leave and no menace: deception and hard conditions are medium, never presumed.
    static let freeWorkers: [(String, String)] = [
        ("da", "Han fik lovet 160 kr. i timen, men får 90. Han arbejder 60 timer om ugen, men kan godt sige op, og ingen truer ham."),
        ("da", "Hun blev lovet et job på hotel og endte i opvasken til halv løn. Hun bor i sin egen lejlighed og kan frit rejse."),
        ("da", "Annoncen sagde 20.000 om måneden; de får 11.000 og arbejder hver weekend. De har skriftlige kontrakter og kan skifte job."),
        ("da", "Der står 37 timer i kontrakten, men han arbejder 55. Han siger, han kunne have sagt op, men har brug for pengene."),
        ("en", "He was promised 160 kroner an hour but gets 90. He works 60 hours a week but can quit whenever he wants, and nobody threatens him."),
        ("en", "She was promised a hotel job and ended up washing dishes for half pay. She rents her own flat and is free to leave."),
        ("en", "The advert said 20,000 a month; they get 11,000 and work every weekend. They have written contracts and can change employer."),
        ("en", "The contract says 37 hours but he works 55. He says he could have left, but he needs the money."),
    ]

    @Test(arguments: freeWorkers) func freeWorkerIsNotPresumed(_ call: (String, String)) {
        let result = Fixtures.assess(call.1, language: call.0)
        #expect(!result.presumedTrafficking, "\(call.1)")
        #expect(!result.forcedLabour, "\(call.1)")
        #expect(result.band <= .medium, "\(call.1) -> \(result.band)")
    }
}
