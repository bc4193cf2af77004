/// Finds every occurrence of an index's phrases in an analysed narrative in one left-to-right pass.
public enum PhraseMatcher {
    /// Words at least this long may be compounds ending in a `+word` head.
    static let compoundLength = 6

    /// All matches, negated ones included (callers decide what a negated match means).
    public static func matches(in text: inout AnalysedText, index: PhraseIndex) -> [PhraseMatch] {
        var found: [PhraseMatch] = []
        // The tokens of the match being tried, reused for every attempt (no array growth per try).
        var indices = [Int](repeating: 0, count: index.phrases.reduce(1) { max($0, $1.terms.count) })
        var viable = [Int8](repeating: 0, count: index.phrases.count)   // 0 unknown, 1 yes, -1 no
        let sentenceWords = SentenceWords(text, wordCount: index.wordCount)
        // The phrases a word can start depend only on the word: gathered once per distinct word, into
        // `starts[firstStart[word]..<firstStart[word] + firstCount[word]]`.
        var firstStart = [Int32](repeating: -1, count: text.words.count)
        var firstCount = [Int32](repeating: 0, count: text.words.count)
        var starts: [Int32] = []
        var candidates: [Int32] = []
        for position in text.tokens.indices where !text.masked[position] {
            let word = Int(text.word[position])
            if firstStart[word] < 0 {
                candidates.removeAll(keepingCapacity: true)
                firstCandidates(at: position, in: &text, index: index, into: &candidates)
                firstStart[word] = Int32(starts.count)
                if candidates.count > 1 { candidates.sort() }
                var previous: Int32 = -1
                for phraseID in candidates where phraseID != previous {
                    previous = phraseID
                    let phrase = Int(phraseID)
                    if viable[phrase] == 0 {
                        viable[phrase] = index.requirements[phrase].allSatisfy { ids in
                            guard let ids else { return true }
                            return ids.contains { $0 >= 0 && text.present[Int($0)] }
                        } ? 1 : -1
                    }
                    if viable[phrase] > 0 { starts.append(phraseID) }
                }
                firstCount[word] = Int32(starts.count) - firstStart[word]
            }
            let first = Int(firstStart[word])
            for slot in first..<(first + Int(firstCount[word])) {
                if let match = match(index.phrases[Int(starts[slot])], at: position, in: &text, indices: &indices,
                                     sentenceWords: sentenceWords) {
                    found.append(match)
                }
            }
        }
        return found
    }

    /// The phrases whose first position token `position`'s word may fill (unsorted, maybe repeated).
    static func firstCandidates(at position: Int, in text: inout AnalysedText, index: PhraseIndex, into candidates: inout [Int32]) {
        let surface = text.surface[position]
        if surface >= 0 { candidates.append(contentsOf: index.firstByID[Int(surface)]) }
        if !text.isFalseFriend(position) {
            let stem = text.stemID(at: position)
            if stem >= 0 && stem != surface { candidates.append(contentsOf: index.firstByID[Int(stem)]) }
        }
        let startBit = Int(text.startBits[position])
        if index.mayStartWithPrefix(bit: startBit), let bucket = index.firstByPrefix[startBit] {
            let word = text.readText(at: position)
            for entry in bucket where word.hasPrefix(entry.prefix) { candidates.append(entry.phrase) }
        }
        if !index.firstByHead.isEmpty, text.isLong[position], !text.isFalseFriend(position) {
            let stem = text.stemText(at: position)
            for entry in index.firstByHead where isCompound(stem, endingWith: entry.stem) { candidates.append(contentsOf: entry.phrases) }
        }
        if text.number(at: position) != nil { candidates.append(contentsOf: index.firstByNumber) }
    }

    static func isCompound(_ stem: String, endingWith head: String) -> Bool {
        stem.utf8.count > head.utf8.count && stem.hasSuffix(head)
            && stem.unicodeScalars.count - head.unicodeScalars.count >= 3
    }

    /// The phrase matched with its first word at `position`, or nil.
    static func match(_ phrase: CompiledPhrase, at position: Int, in text: inout AnalysedText,
                      indices: inout [Int], sentenceWords: SentenceWords) -> PhraseMatch? {
        guard fills(phrase.terms[0], position, &text) else { return nil }
        // Rule out at once a phrase whose later words are nowhere in this sentence.
        let sentence = text.tokens[position].sentence
        for termIndex in 1..<phrase.terms.count {
            let term = phrase.terms[termIndex]
            if term.crossesSentences { break }
            if !sentenceWords.mayFill(term, in: sentence) { return nil }
        }
        indices[0] = position
        var filled = 1
        var last = position
        let count = text.tokens.count
        // Terms are read in place (no copy of a term's arrays per step: a word-class term is large).
        for termIndex in 1..<phrase.terms.count {
            var next = last + 1
            var found = -1
            let lastSentence = text.tokens[last].sentence
            let term = phrase.terms[termIndex]
            let maximumGap = term.maximumGap
            let crosses = term.crossesSentences
            while next < count, next - last - 1 <= maximumGap,
                  crosses || text.tokens[next].sentence == lastSentence {
                if fills(term, next, &text) { found = next; break }
                next += 1
            }
            if found < 0 { return nil }
            indices[filled] = found
            filled += 1
            last = found
        }
        var negated = false
        let used = indices[0..<filled]
        for tokenIndex in used {
            if text.epistemicCue[tokenIndex] { negated = true; break }
            let cue = text.governingCue[tokenIndex]
            if cue >= 0 && (text.epistemicCue[cue] || !used.contains(cue)) { negated = true; break }
        }
        return PhraseMatch(target: phrase.target, firstToken: position, lastToken: last, negated: negated,
                           sentence: text.tokens[position].sentence,
                           start: text.tokens[position].start, end: text.tokens[last].end,
                           utf8Start: text.tokens[position].utf8Start, utf8End: text.tokens[last].utf8End)
    }

    /// True when token `position` fills `term`.
    static func fills(_ term: CompiledPhrase.Term, _ position: Int, _ text: inout AnalysedText) -> Bool {
        if text.masked[position] { return false }
        let surface = text.surface[position]
        let lookup = term.byID
        if lookup.surfaces.contains(surface) { return true }
        if !text.isFalseFriend(position) && lookup.stems.contains(text.stemID(at: position)) { return true }
        return !lookup.textual.isEmpty && fills(lookup.textual, surface, position, &text)
    }

    /// True when token `position` (whose word id is `surface`) fills one of `forms`.
    @inline(__always)
    static func fills(_ forms: [CompiledPhrase.Form], _ surface: Int32, _ position: Int, _ text: inout AnalysedText) -> Bool {
        for form in forms {
            switch form {
            case .word(let word, let stem):
                if surface == word { return true }
                if !text.isFalseFriend(position) && text.stemID(at: position) == stem { return true }
            case .exact(let word):
                if surface == word { return true }
            case .number(let minimum, let maximum):
                if let value = text.number(at: position), value >= minimum, value <= maximum { return true }
            case .prefix(let prefix):
                if text.readText(at: position).hasPrefix(prefix) { return true }
            case .compoundModifier(let modifier, let stem):
                if !text.isFalseFriend(position) && text.stemID(at: position) == stem { return true }
                if isCompound(text.readText(at: position), startingWith: modifier) { return true }
            case .compoundHead(let stemText, let stem):
                if text.isFalseFriend(position) { continue }
                if text.stemID(at: position) == stem { return true }
                if text.isLong[position], isCompound(text.stemText(at: position), endingWith: stemText) { return true }
            }
        }
        return false
    }

    /// "gældsslaveri" starts with "gæld": the rest, after one linking "s" or "e", has at least 5 letters.
    static func isCompound(_ word: String, startingWith modifier: String) -> Bool {
        guard word.hasPrefix(modifier) else { return false }
        var rest = word.unicodeScalars.dropFirst(modifier.unicodeScalars.count)
        if let link = rest.first, link == "s" || link == "e" { rest = rest.dropFirst() }
        return rest.count >= 5
    }
}
