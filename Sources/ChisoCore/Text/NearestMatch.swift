/// Finds the candidate closest to a misspelt name, for "did you mean …?" suggestions.
package enum NearestMatch {
    /// The candidate with the smallest edit distance to `name`, compared without regard to case, if it is close
    /// enough to be a likely typo (at most a third of the longer name's length, and at least 1 edit allowed).
    ///
    /// - Parameters:
    ///   - name: The name as given.
    ///   - candidates: The valid names.
    /// - Returns: The nearest valid name, or `nil` when none is close.
    /// - Complexity: O(*k* × *n* × *m*) for *k* candidates of length *m* and a name of length *n*.
    package static func suggestion(for name: String, among candidates: some Sequence<String>) -> String? {
        let target = Array(name.lowercased())
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased()))
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let allowed = max(1, max(target.count, best.candidate.count) / 3)
        return best.distance <= allowed ? best.candidate : nil
    }

    /// The Levenshtein distance between two character sequences.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
