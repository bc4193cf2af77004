/// The synthetic narratives the speed runs and the golden check use.
enum BenchTexts {
    static let english = [
        "A worker at a warehouse near Aarhus called about his situation at the site. ",
        "He says the employer took away his passport on the first day and keeps it in an office. ",
        "They work 12 hours a day and sleep in a container behind the hall. ",
        "He has not been paid for two months and owes the agency money for the journey. ",
        "The caller did not mention any threats, and he still has his phone. ",
        "His cousin might know more about the recruiter in Bucharest, she thinks. ",
    ]
    static let danish = [
        "En kvinde ringer om sin veninde, der arbejder i en restaurant i Odense. ",
        "Hun fortæller, at arbejdsgiveren har taget hendes pas og truer med at ringe til politiet. ",
        "Veninden arbejder 14 timer dagligt, weekender med, og har ikke fået løn. ",
        "Hun bor i et kælderrum under køkkenet sammen med tre andre. ",
        "Der er ingen tegn på vold, men hun skylder ejeren penge for rejsen. ",
        "Måske har hun ikke adgang til sit MitID, siger veninden. ",
    ]
    static let sizes = [512, 2048, 16384]

    /// The benchmark narrative of `size` UTF-8 bytes: the sentences repeated, cut to size.
    static func text(size: Int, sentences: [String]) -> String {
        var text = ""
        var index = 0
        while text.utf8.count < size { text += sentences[index % sentences.count]; index += 1 }
        while text.utf8.count > size { text.removeLast() }
        return text
    }
}
