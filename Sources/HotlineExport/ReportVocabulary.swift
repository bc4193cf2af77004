import HotlineCore

/// Every word of the HTML report in Danish and in English: titles, figure names, breakdown titles
/// and the labels of the closed lists' keys. Presumed cases are "presumed trafficking" ("formodet
/// menneskehandel"), never "victims": formal identification is the centre's.
struct ReportVocabulary {
    let language: NarrativeLanguage

    private func pick(_ danish: String, _ english: String) -> String {
        language == .danish ? danish : english
    }

    var htmlLanguage: String { language.rawValue }

    func title(_ period: ExportPeriod) -> String {
        switch period.kind {
        case .day: pick("Hotline-opgørelse \(period.firstDay)", "Hotline summary \(period.firstDay)")
        case .range: pick("Hotline-opgørelse \(period.firstDay) til \(period.lastDay)", "Hotline summary \(period.firstDay) to \(period.lastDay)")
        case .year:
            pick("Hotlinens årsstatistik \(String(format: "%04d", period.firstDay.year))",
                 "Hotline annual statistics \(String(format: "%04d", period.firstDay.year))")
        }
    }

    func periodText(_ summary: ExportSummary) -> String {
        pick("Opkald modtaget fra \(summary.period.firstDay) til og med \(summary.period.lastDay), kalenderdage i \(summary.timeZone).",
             "Calls received from \(summary.period.firstDay) to \(summary.period.lastDay) inclusive, calendar days in \(summary.timeZone).")
    }

    func figure(_ name: String) -> String {
        switch name {
        case "calls_received": pick("Opkald modtaget", "Calls received")
        case "presumed_trafficking": pick("Formodet menneskehandel", "Presumed trafficking")
        case "open_high_band_calls": pick("Åbne opkald i høj kategori", "High-band calls still open")
        case "referrals_made": pick("Henvisninger", "Referrals made")
        case "calls_closed": pick("Afsluttede opkald", "Calls closed")
        case "open_at_period_end": pick("Åbne ved periodens slutning", "Open at the end of the period")
        default: name
        }
    }

    func duration(_ name: String, percentile: Int) -> String {
        let median = percentile == 50
        switch name {
        case "time_to_triage": return median ? pick("Median tid til triage", "Median time to triage") : pick("90 % triageret inden for", "90% triaged within")
        case "time_to_first_action":
            return median ? pick("Median tid til første handling", "Median time to first action")
                : pick("90 % handlet på inden for", "90% acted on within")
        case "time_to_closing":
            return median ? pick("Median tid til afslutning", "Median time to closing") : pick("90 % afsluttet inden for", "90% closed within")
        default: return name
        }
    }

    var withinDeadline: String { pick("Handlet på inden for fristen", "Acted on within the deadline") }
    var notAvailable: String { pick("i.o.", "n/a") }
    var days: String { pick("dage", "days") }

    func breakdown(_ name: String) -> String {
        switch name {
        case "calls_by_channel": pick("Opkald efter kanal", "Calls by channel")
        case "calls_by_language": pick("Opkald efter sprog", "Calls by language")
        case "calls_by_caller_role": pick("Opkald efter hvem der ringer", "Calls by caller")
        case "calls_by_band": pick("Opkald efter triagekategori", "Calls by triage band")
        case "calls_of_concern_by_exploitation":
            pick("Formodet menneskehandel eller høj kategori efter udnyttelsesform", "Presumed trafficking or high band by form of exploitation")
        case "presumed_by_exploitation": pick("Formodet menneskehandel efter udnyttelsesform", "Presumed trafficking by form of exploitation")
        case "calls_with_flag": pick("Opkald med markering", "Calls with flag")
        case "subjects_by_gender": pick("Personer efter køn", "Subjects by gender")
        case "subjects_by_age_group": pick("Personer efter aldersgruppe", "Subjects by age group")
        case "presumed_by_gender": pick("Formodet menneskehandel efter køn", "Presumed trafficking by gender")
        case "presumed_by_age_group": pick("Formodet menneskehandel efter aldersgruppe", "Presumed trafficking by age group")
        case "calls_by_sector": pick("Opkald efter branche", "Calls by sector")
        case "calls_by_region": pick("Opkald efter region", "Calls by region")
        case "calls_with_indicator": pick("Opkald efter fundet indikator", "Calls by indicator found")
        case "calls_with_indicator_dimension": pick("Opkald efter indikatordimension", "Calls by indicator dimension")
        case "triaged_by_catalog_version": pick("Triagerede opkald efter katalogversion", "Triaged calls by catalog version")
        case "calls_by_month": pick("Opkald efter måned", "Calls by month")
        case "referrals_by_target": pick("Henvisninger efter modtager", "Referrals by service")
        case "referrals_by_outcome": pick("Henvisninger efter udfald", "Referrals by outcome")
        case "closed_by_reason": pick("Afsluttede opkald efter årsag", "Calls closed by reason")
        case "calls_by_deadline": pick("Første handling i forhold til fristen", "First action against the deadline")
        case "open_at_period_end_by_band": pick("Åbne opkald ved periodens slutning efter kategori", "Open at the end of the period by band")
        case "open_at_period_end_by_age": pick("Åbne opkald ved periodens slutning efter alder", "Open at the end of the period by age")
        default: name
        }
    }

    /// The label of a closed list's key; a humanised key when the list has none.
    func key(_ key: String) -> String {
        if let pair = Self.keys[key] { return pick(pair.0, pair.1) }
        let spaced = key.replacingOccurrences(of: "_", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }

    private static let keys: [String: (String, String)] = [
        // channels
        "phone": ("Telefon", "Phone"), "email": ("E-mail", "Email"), "web": ("Web", "Web"), "sms": ("SMS", "SMS"),
        "in_person": ("Personligt fremmøde", "In person"),
        // languages
        "da": ("Dansk", "Danish"), "en": ("Engelsk", "English"),
        // caller roles
        "self": ("Personen selv", "The person themself"), "third_party": ("Tredjepart", "Third party"),
        "professional": ("Fagperson", "Professional"), "anonymous": ("Anonym", "Anonymous"),
        // bands
        "high": ("Høj", "High"), "medium": ("Mellem", "Medium"), "low": ("Lav", "Low"), "none": ("Ingen", "None"),
        "untriaged": ("Ikke triageret", "Not triaged"),
        // exploitation forms
        "sexual": ("Seksuel udnyttelse", "Sexual exploitation"), "labour": ("Tvangsarbejde og arbejdsudnyttelse", "Forced labour and labour exploitation"),
        "criminality": ("Tvang til kriminalitet", "Forced criminality"),
        // flags
        "minor": ("Mindreårig", "Minor"), "unaccompanied_minor": ("Uledsaget mindreårig", "Unaccompanied minor"),
        "in_custody": ("Frihedsberøvet", "In custody"), "immediate_danger": ("Akut fare", "Immediate danger"),
        // genders and age groups
        "female": ("Kvinde", "Female"), "male": ("Mand", "Male"), "transgender": ("Transkønnet", "Transgender"),
        "child": ("Barn (under 18)", "Child (under 18)"), "adult": ("Voksen", "Adult"),
        // sectors
        "agriculture": ("Landbrug", "Agriculture"), "construction": ("Byggeri", "Construction"), "cleaning": ("Rengøring", "Cleaning"),
        "domestic_work": ("Husligt arbejde", "Domestic work"), "hospitality": ("Hotel", "Hospitality"),
        "restaurant": ("Restaurant", "Restaurant"), "transport": ("Transport", "Transport"),
        "manufacturing": ("Industri", "Manufacturing"), "sex_industry": ("Prostitution", "Sex industry"),
        "begging": ("Tiggeri", "Begging"), "crime": ("Kriminalitet", "Crime"),
        // regions
        "hovedstaden": ("Hovedstaden", "Hovedstaden"), "sjaelland": ("Sjælland", "Sjælland"), "syddanmark": ("Syddanmark", "Syddanmark"),
        "midtjylland": ("Midtjylland", "Midtjylland"), "nordjylland": ("Nordjylland", "Nordjylland"),
        // referral targets and outcomes
        "police": ("Politiet", "Police"), "cmm_assessment": ("CMM-vurderingssamtale", "CMM assessment interview"),
        "shelter": ("Krisecenter eller bosted", "Shelter"), "union": ("Fagforening", "Trade union"), "municipality": ("Kommune", "Municipality"),
        "red_cross": ("Røde Kors", "Red Cross"), "embassy": ("Ambassade", "Embassy"), "legal_aid": ("Retshjælp", "Legal aid"),
        "pending": ("Afventer", "Pending"), "accepted": ("Modtaget", "Accepted"), "declined": ("Afvist", "Declined"),
        "no_show": ("Mødte ikke op", "Did not attend"),
        // closing reasons
        "referred_onward": ("Henvist videre", "Referred onward"), "no_indicators": ("Ingen indikatorer", "No indicators"),
        "no_contact_possible": ("Ingen kontakt mulig", "No contact possible"), "duplicate": ("Dublet", "Duplicate"),
        "caller_withdrew": ("Opkalderen trak sig", "Caller withdrew"),
        // deadlines and backlog ages
        "within_deadline": ("Inden for fristen", "Within the deadline"), "after_deadline": ("Efter fristen", "After the deadline"),
        "no_action_yet": ("Ingen handling endnu", "No action yet"),
        "under_1_day": ("Under 1 dag", "Under 1 day"), "1_to_7_days": ("1–7 dage", "1–7 days"),
        "8_to_30_days": ("8–30 dage", "8–30 days"), "over_30_days": ("Over 30 dage", "Over 30 days"),
        // shared
        "other": ("Andet", "Other"), "unknown": ("Ukendt", "Unknown"),
    ]

    func footnote(_ summary: ExportSummary) -> String {
        var text: String
        if summary.smallCellThreshold > 1 {
            text = pick("\u{201C}\(PublishedCount.marker)\u{201D}: et antal fra 1 til \(summary.smallCellThreshold - 1), "
                            + "eller et antal der er tilbageholdt, så et sådant antal ikke kan regnes ud af totalerne.",
                        "\u{201C}\(PublishedCount.marker)\u{201D}: a count from 1 to \(summary.smallCellThreshold - 1), "
                            + "or a count withheld so that such a count cannot be worked out from the totals.")
        } else {
            text = pick("Diskretionering er slået fra: alle antal er præcise.", "Small-cell suppression is off: every count is exact.")
        }
        text += pick(" Formodet menneskehandel er hotlinens screening; formel identifikation foretages af Center mod Menneskehandel.",
                     " Presumed trafficking is the hotline's screening; formal identification is the centre's.")
        if summary.figure("open_high_band_calls") != nil {
            text += pick(" Åbne opkald i høj kategori: modtaget før periodens slutning og ikke afsluttet, da filen blev skrevet.",
                         " High-band calls still open: calls received before the end of the period and not closed when the file was written.")
        }
        if summary.figure("open_at_period_end") != nil {
            text += pick(" Første handling: den første ændring, note eller henvisning på opkaldet; fristen er den, opkaldet havde.",
                         " First action: the first change, note or referral on the call, against the deadline the call had.")
        }
        return text
    }

    var schemaLine: String { pick("Skemaversion \(ExportSummary.schemaVersion). Ingen personoplysninger: kun antal.",
                                  "Schema version \(ExportSummary.schemaVersion). No personal data: counts only.") }
}
