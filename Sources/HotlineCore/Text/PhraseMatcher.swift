/// Finds every occurrence of an index's phrases in an analysed narrative in one left-to-right pass.
public enum PhraseMatcher {
    /// All matches, negated ones included (callers decide what a negated match means).
    public static func matches(in text: inout AnalysedText, index: PhraseIndex) -> [PhraseMatch] {
        var found: [PhraseMatch] = []
        var candidates: [Int] = []
        for position in text.tokens.indices {
            candidates.removeAll(keepingCapacity: true)
            let token = text.tokens[position]
            if let exact = index.byExact[token.text] { candidates.append(contentsOf: exact) }
            if let byPrefix = index.byPrefixKey[PhraseIndex.key(token.text)] { candidates.append(contentsOf: byPrefix) }
            if token.number != nil { candidates.append(contentsOf: index.byNumber) }
            if needsStem(token, index: index) {
                let stem = text.stem(at: position)
                if !text.lexicon.falseFriends.contains(token.text), let byStem = index.byStem[stem] {
                    candidates.append(contentsOf: byStem)
                }
                for head in index.byHead where isCompound(stem, endingWith: head.stem) {
                    candidates.append(head.phrase)
                }
            }
            guard !candidates.isEmpty else { continue }
            if candidates.count > 1 { candidates.sort() }
            var previous = -1
            for phraseID in candidates where phraseID != previous {
                previous = phraseID
                if let match = match(index.phrases[phraseID], at: position, in: &text) { found.append(match) }
            }
        }
        return found
    }

    static func needsStem(_ token: Token, index: PhraseIndex) -> Bool {
        if index.stemKeys.contains(PhraseIndex.key(token.text)) { return true }
        return index.hasCompoundHeads && token.text.utf8.count >= 6
    }

    static func isCompound(_ stem: String, endingWith head: String) -> Bool {
        stem.hasSuffix(head) && stem.unicodeScalars.count - head.unicodeScalars.count >= 3
    }

    /// The phrase matched with its first word at `position`, or nil.
    static func match(_ phrase: CompiledPhrase, at position: Int, in text: inout AnalysedText) -> PhraseMatch? {
        guard fills(phrase.terms[0], position, &text) else { return nil }
        var indices = [position]
        indices.reserveCapacity(phrase.terms.count)
        var last = position
        let sentence = text.tokens[position].sentence
        for term in phrase.terms.dropFirst() {
            var next = last + 1
            var found = -1
            while next < text.tokens.count, next - last - 1 <= term.maximumGap,
                  term.crossesSentences || text.tokens[next].sentence == text.tokens[last].sentence {
                if fills(term, next, &text) { found = next; break }
                next += 1
            }
            if found < 0 { return nil }
            indices.append(found)
            last = found
        }
        var negated = false
        for tokenIndex in indices {
            let cue = text.governingCue[tokenIndex]
            if cue >= 0 && !indices.contains(cue) { negated = true; break }
        }
        return PhraseMatch(target: phrase.target, tokenIndices: indices, negated: negated, sentence: sentence,
                           start: text.tokens[position].start, end: text.tokens[last].end)
    }

    /// True when token `position` fills `term`.
    static func fills(_ term: CompiledPhrase.Term, _ position: Int, _ text: inout AnalysedText) -> Bool {
        let token = text.tokens[position]
        if text.masked[position] { return false }
        for form in term.forms {
            switch form {
            case .exact(let word):
                if token.text == word { return true }
            case .number(let minimum, let maximum):
                if let value = token.number, value >= minimum, value <= maximum { return true }
            case .prefix(let prefix):
                if token.text.hasPrefix(prefix) { return true }
            case .stem(let stem, let surface):
                if token.text == surface { return true }
                if stemMatches(stem, position, &text) { return true }
            case .compoundModifier(let surface, let stem):
                if stemMatches(stem, position, &text) { return true }
                if isCompound(token.text, startingWith: surface) { return true }
            case .compoundHead(let stem):
                guard text.lexicon.falseFriends.contains(token.text) == false else { continue }
                let tokenStem = text.stem(at: position)
                if tokenStem == stem || isCompound(tokenStem, endingWith: stem) { return true }
            }
        }
        return false
    }

    static func stemMatches(_ stem: String, _ position: Int, _ text: inout AnalysedText) -> Bool {
        let token = text.tokens[position]
        guard !text.lexicon.falseFriends.contains(token.text) else { return false }
        guard token.text.unicodeScalars.first == stem.unicodeScalars.first else { return false }
        return text.stem(at: position) == stem
    }

    /// "gældsslaveri" starts with "gæld": the rest, after one linking "s" or "e", has at least 5 letters.
    static func isCompound(_ word: String, startingWith modifier: String) -> Bool {
        guard word.hasPrefix(modifier) else { return false }
        var rest = word.unicodeScalars.dropFirst(modifier.unicodeScalars.count)
        if let link = rest.first, link == "s" || link == "e" { rest = rest.dropFirst() }
        return rest.count >= 5
    }
}
