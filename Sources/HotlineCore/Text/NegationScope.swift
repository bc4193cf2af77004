/// Finds which tokens a negation cue governs.
///
/// A cue ("ikke", "no", "without", "didn't") governs the tokens after it in its sentence, up to
/// `maximumLength` tokens, stopping at a contrast word ("men", "but"), at another cue, and at a
/// comma that opens a new clause. A comma inside a list ("ingen tegn på udnyttelse, arbejde eller
/// tvang") does not stop it.
public enum NegationScope {
    /// Default number of tokens a cue reaches.
    public static let maximumLength = 7

    /// For each token, the index of the cue that negates it, or -1.
    public static func governingCues(in tokens: [Token], lexicon: CueLexicon, maximumLength: Int = maximumLength) -> [Int] {
        var cues = [Int](repeating: -1, count: tokens.count)
        var index = 0
        while index < tokens.count {
            guard lexicon.negations.contains(tokens[index].text) else { index += 1; continue }
            let cue = index
            let reach = lexicon.shortNegations.contains(tokens[cue].text) ? 3 : maximumLength
            var next = cue + 1
            while next < tokens.count, next - cue <= reach {
                let token = tokens[next]
                if token.sentence != tokens[cue].sentence { break }
                if lexicon.contrasts.contains(token.text) || lexicon.negations.contains(token.text) { break }
                if token.followsComma && !continuesList(at: next, in: tokens, lexicon: lexicon) { break }
                // "without pay and was beaten": a conjunction followed by a new clause ends the scope.
                if lexicon.listConjunctions.contains(token.text), next + 1 < tokens.count,
                   lexicon.clauseStarters.contains(tokens[next + 1].text) { break }
                cues[next] = cue
                next += 1
            }
            index = next
        }
        return cues
    }

    /// True when the comma before `index` separates list items rather than clauses.
    static func continuesList(at index: Int, in tokens: [Token], lexicon: CueLexicon) -> Bool {
        let first = tokens[index]
        if lexicon.clauseStarters.contains(first.text) || lexicon.listConjunctions.contains(first.text) { return false }
        for ahead in (index + 1)..<min(index + 3, tokens.count) {
            let token = tokens[ahead]
            guard token.sentence == first.sentence else { return false }
            if lexicon.listConjunctions.contains(token.text) || token.followsComma { return true }
        }
        return false
    }
}
