/// Finds which tokens a negation cue governs.
///
/// A cue ("ikke", "no", "didn't") governs the tokens after it in its sentence, up to `maximumLength`
/// tokens (3 for a short cue such as "uden" or "without", which only reaches its noun phrase),
/// stopping at a contrast word ("men", "but"), at another cue, at a conjunction that opens a new
/// clause ("and was beaten"), and at a comma that opens a new clause. A comma inside a list
/// ("ingen trusler, gæld eller tvang") does not stop it.
public enum NegationScope {
    /// Default number of tokens a cue reaches.
    public static let maximumLength = 7
    /// Number of tokens a short cue reaches.
    public static let shortLength = 3

    /// For each token, the index of the cue that negates it, or -1; and for each token, whether it is
    /// a cue about knowledge ("does not know", "ved ikke"), whose scope is unknown rather than negated.
    public static func governingCues(in tokens: [Token], classes: [WordClass]) -> (cues: [Int], epistemic: [Bool]) {
        var cues = [Int](repeating: -1, count: tokens.count)
        var epistemic = [Bool](repeating: false, count: tokens.count)
        var index = 0
        while index < tokens.count {
            guard classes[index].contains(.negation) else { index += 1; continue }
            let cue = index
            let reach = classes[cue].contains(.shortNegation) ? shortLength : maximumLength
            // Danish puts the negation after the verb ("hun skylder ikke", "han truede ikke"); English
            // after some ("he owes nothing"): a cue also governs the word right before it in its clause.
            if cue > 0, !tokens[cue].followsComma, tokens[cue - 1].sentence == tokens[cue].sentence, cues[cue - 1] < 0,
               !classes[cue].contains(.shortNegation) {
                cues[cue - 1] = cue
            }
            for near in max(0, cue - 2)...min(tokens.count - 1, cue + 2) where near != cue
                && tokens[near].sentence == tokens[cue].sentence && classes[near].contains(.knowledge) {
                epistemic[cue] = true
            }
            var next = cue + 1
            while next < tokens.count, next - cue <= reach {
                if tokens[next].sentence != tokens[cue].sentence { break }
                let wordClass = classes[next]
                if wordClass.contains(.contrast) { break }
                // "not ... his own passport", "ikke adgang til sin egen konto": a short negation inside
                // another cue's scope is part of what that cue negates, not a second negation.
                if wordClass.contains(.negation) && !(wordClass.contains(.shortNegation) && !classes[cue].contains(.shortNegation)) { break }
                let relativeToCue = next == cue + 1 && wordClass.contains(.relativePronoun)
                if tokens[next].followsComma && !relativeToCue && !continuesList(at: next, in: tokens, classes: classes) { break }
                if wordClass.contains(.listConjunction), next + 1 < tokens.count,
                   classes[next + 1].contains(.clauseStarter) { break }
                cues[next] = cue
                next += 1
            }
            index = next
        }
        return (cues, epistemic)
    }

    /// True when the comma before `index` separates list items rather than clauses.
    static func continuesList(at index: Int, in tokens: [Token], classes: [WordClass]) -> Bool {
        if classes[index].contains(.clauseStarter) || classes[index].contains(.listConjunction) { return false }
        for ahead in (index + 1)..<min(index + 3, tokens.count) {
            guard tokens[ahead].sentence == tokens[index].sentence else { return false }
            if classes[ahead].contains(.listConjunction) || tokens[ahead].followsComma { return true }
        }
        return false
    }
}
