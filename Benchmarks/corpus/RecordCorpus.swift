import Foundation

/// Realistic, synthetic call records in Danish and English, of the lengths operators write.
public enum RecordCorpus {
    public static let danish = [
        "Socialrådgiver ringer om en ung kvinde fra Nigeria, der bor i en lejlighed med fire andre kvinder. Hun må ikke gå ud alene, og en mand tager hendes penge. Hun siger, at hun skylder for rejsen til Danmark.",
        "En landmand i Sønderjylland har ansat seks mænd fra Rumænien. Naboen fortæller, at de arbejder fra tidlig morgen til sent om aftenen, sover i en container og ikke har deres pas.",
        "Opkald fra fagforening om rengøringsmedarbejdere på et hotel i København. Arbejdsgiveren har adgang til deres MitID og bankkonto, og lønnen bliver betalt tilbage i kontanter.",
        "Borger ringer med spørgsmål om, hvordan man anmelder sort arbejde. Ingen tegn på tvang.",
    ]
    public static let english = [
        "Caller is a Filipino au pair in Aarhus. The family took her passport on arrival, she works fourteen hours a day, is not paid the agreed allowance and is not allowed to contact her friends.",
        "Police officer reports a 16-year-old boy found selling drugs in Copenhagen. He arrived alone three weeks ago and says a man he owes money to tells him where to go every day.",
        "A union representative calls about construction workers from Ukraine who were promised 180 kroner an hour and receive 60. The employer houses them in a barrack and deducts rent and transport.",
        "Caller asks for information about the reflection period for a friend. No details given.",
    ]

    /// The JSON body of record `number`.
    public static func record(number: Int, run: String) -> String {
        let useDanish = number % 2 == 0
        let texts = useDanish ? danish : english
        var narrative = texts[number % texts.count]
        // Operators' notes vary in length: repeat a follow-up sentence now and then.
        for _ in 0..<(number % 3) {
            narrative += useDanish ? " Operatøren har aftalt at ringe tilbage i morgen." : " The operator agreed to call back tomorrow."
        }
        let object: [String: Any] = [
            "external_id": "\(run)-\(number)",
            "channel": ["phone", "email", "web", "sms"][number % 4],
            "language": useDanish ? "da" : "en",
            "caller_role": ["self", "third_party", "professional", "anonymous"][number % 4],
            "narrative": narrative,
            "subject": ["age": 16 + number % 40, "gender": ["female", "male"][number % 2], "nationality": ["RO", "NG", "PH", "UA"][number % 4]],
            "sector": ["cleaning", "agriculture", "domestic_work", "construction", "sex_industry"][number % 5],
            "contact": ["name": "Synthetic Caller \(number)", "phone": "+45 00 00 \(10 + number % 90) 00"],
            "operator": "LG",
        ]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
