import ChisoCore

/// The words of a level framework's table, both ways: what `Đo bằng`, `Mở rộng`, `Cách xét mức` and the level
/// cells say, as the reader accepts them (the Vietnamese word, case and diacritics as written, or the model's raw
/// value) and as the writer writes them (the Vietnamese word).
enum LevelTableWords {
    /// The criterion's measure: a kind of value, or `nil` for a roll-up of subordinate units' levels.
    typealias Kind = MeasureKind?

    /// The Vietnamese word of each measure a level criterion can have (`nil`: the subordinate units' levels).
    static let measures: [(word: String, kind: Kind)] =
        AnnexMeasureWords.words.map { ($0.word, .some($0.kind)) } + [("mức của đơn vị cấp dưới", nil)]

    /// The words a level rule is written with, beside its raw value.
    static let levelRules: [(word: String, rule: LevelRule)] = [("từng mức", .perLevel), ("cộng dồn", .cumulative)]

    /// Decision 2361's level names, from level 1, with chiso's English.
    static let decision2361Levels = [
        LocalizedText(vi: "Khởi động", en: "Starting"), LocalizedText(vi: "Kết nối", en: "Connecting"),
        LocalizedText(vi: "Cơ bản", en: "Basic"), LocalizedText(vi: "Nâng cao", en: "Advanced"),
        LocalizedText(vi: "Toàn diện", en: "Comprehensive"),
    ]

    /// The line of a level cell that keeps a requirement's own wording when the words before it are chiso's:
    /// `Nguyên văn: …`.
    static let verbatimLabel = "Nguyên văn:"

    /// The word `Đo bằng` holds for `kind`.
    static func word(for kind: Kind) -> String {
        measures.first { $0.kind == kind }?.word ?? "số"
    }

    /// The measure `text` names (a word or a raw value, `childLevels` for a roll-up); `.none` when it names none.
    static func kind(of text: String) -> Kind? {
        let key = AnnexText.headerKey(text)
        if let found = measures.first(where: { $0.word == key }) { return .some(found.kind) }
        if key == "childlevels" { return .some(nil) }
        return AnnexMeasureWords.kind(text).map { .some($0) }
    }

    /// The level rule `text` names (word or raw value), `nil` when none.
    static func levelRule(_ text: String) -> LevelRule? {
        let key = AnnexText.headerKey(text)
        if let found = levelRules.first(where: { $0.word == key }) { return found.rule }
        return LevelRule.allCases.first { $0.rawValue.lowercased() == key }
    }

    /// The word of `rule`.
    static func word(for rule: LevelRule) -> String {
        levelRules.first { $0.rule == rule }?.word ?? rule.rawValue
    }

    /// What a yes/no cell says: `x`, `có`, `yes`, `true` are yes; empty, `không`, `no`, `false` are no; `nil` for
    /// anything else.
    static func flag(_ text: String) -> Bool? { AnnexMeasureWords.flag(text) }

    /// A number as a cell writes it: no decimals when whole, a decimal comma otherwise.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value).replacingOccurrences(of: ".", with: ",")
    }

    /// A number as a cell writes it, `2,5` or `2.5`, an ending `%` allowed; `nil` otherwise.
    static func readNumber(_ text: String) -> Double? {
        var value = AnnexText.oneLine(text)
        if value.hasSuffix("%") { value = AnnexText.oneLine(String(value.dropLast())) }
        return Double(value.replacingOccurrences(of: ",", with: ".")).flatMap { $0.isFinite ? $0 : nil }
    }
}

extension LevelTableWords {
    /// How a criterion's requirement is measured: its main measure and its second ones.
    struct Measures {
        /// The main measure, `nil` for a roll-up.
        var kind: MeasureKind?
        /// The second measures.
        var seconds: [SecondMeasure]
    }

    /// Why a requirement's words do not make a rule for a criterion.
    enum Misfit: Error {
        /// The words ask something the criterion's measures cannot hold.
        case doesNotFit
        /// A percentage or count among alternatives with no second measure of that kind.
        case noSecondMeasure(MeasureKind)
    }

    /// The rule `words` say for a criterion measured by `measures`: a percentage on a percent measure, a count on
    /// a count (or number, points, ratio) measure, `Có` on a yes/no measure. An alternative of `… hoặc …` that the
    /// main measure cannot hold is on the one second measure that can (commune `KTS.04`'s `100%` is its `share`).
    static func rule(_ words: RequirementWords, measures: Measures, inAlternative: Bool = false)
        -> Result<Requirement, Misfit>
    {
        switch words {
        case .notApplicable:
            return .success(.notApplicable)
        case .yes:
            return measured(measures, wanted: .yesNo, inAlternative: inAlternative) { $0 == .yesNo }
                .map { .yes(measure: $0) }
        case .atLeast(let value, let quantity):
            let fits: (MeasureKind) -> Bool =
                quantity == .percent ? { $0 == .percent } : { [.count, .number, .points, .ratio].contains($0) }
            return measured(
                measures, wanted: quantity == .percent ? .percent : .count, inAlternative: inAlternative, fits: fits
            )
            .map { .atLeast(value, measure: $0) }
        case .anyOf(let alternatives):
            var rules: [Requirement] = []
            for alternative in alternatives {
                switch rule(alternative, measures: measures, inAlternative: true) {
                case .success(let rule): rules.append(rule)
                case .failure(let misfit): return .failure(misfit)
                }
            }
            return .success(.anyOf(rules))
        case .childLevels(let levels):
            guard measures.kind == nil else { return .failure(.doesNotFit) }
            return .success(
                .childLevels(
                    ChildLevelRule(
                        allAtLeast: levels.allAtLeast, shareLevel: levels.shareLevel,
                        sharePercent: levels.shareLevel == nil ? 0 : levels.sharePercent ?? 0)))
        }
    }

    /// The measure a requirement tests: `nil` for the main one when it fits, else, for an alternative, the suffix
    /// of the one second measure that fits.
    private static func measured(
        _ measures: Measures, wanted: MeasureKind, inAlternative: Bool, fits: (MeasureKind) -> Bool
    ) -> Result<String?, Misfit> {
        guard let kind = measures.kind else { return .failure(.doesNotFit) }
        if fits(kind) { return .success(nil) }
        guard inAlternative else { return .failure(.doesNotFit) }
        let seconds = measures.seconds.filter { fits($0.kind) }
        guard seconds.count == 1, let second = seconds.first else { return .failure(.noSecondMeasure(wanted)) }
        return .success(second.suffix)
    }

    /// The measure the level cells suggest when `Đo bằng` is empty: the kind the plain cells agree on (a
    /// percentage, a count, `Có…`, communes' levels), else the first alternative's of a cell with alternatives;
    /// `.none` when they tell nothing or disagree.
    static func inferredKind(_ cells: [RequirementWords]) -> Kind? {
        func hint(_ words: RequirementWords) -> Kind? {
            switch words {
            case .notApplicable, .anyOf: .none
            case .yes: .some(.yesNo)
            case .atLeast(_, let quantity): .some(quantity == .percent ? .percent : .count)
            case .childLevels: .some(nil)
            }
        }
        var hints = cells.compactMap(hint)
        if hints.isEmpty {
            hints = cells.compactMap {
                if case .anyOf(let alternatives) = $0 { alternatives.first.flatMap(hint) } else { nil }
            }
        }
        guard let first = hints.first, hints.allSatisfy({ $0 == first }) else { return .none }
        return .some(first)
    }
}

extension LevelTableWords {
    /// Words that ``RequirementWords`` reads back as `rule` for a criterion measured by `measures` (`≥70%`,
    /// `Tối thiểu 2`, `Có`, `Không áp dụng`, alternatives joined by ` hoặc `, communes' levels in Decision 2361's
    /// names); `nil` when no such words exist (a level above 5 for communes' levels).
    static func canonical(_ rule: Requirement, measures: Measures) -> String? {
        switch rule {
        case .notApplicable:
            return "Không áp dụng"
        case .yes:
            return "Có"
        case .atLeast(let value, let measure):
            let kind =
                measure.flatMap { suffix in measures.seconds.first { $0.suffix == suffix }?.kind } ?? measures.kind
            return kind == .percent ? "≥\(number(value))%" : "Tối thiểu \(number(value))"
        case .anyOf(let alternatives):
            let words = alternatives.compactMap { canonical($0, measures: measures) }
            return words.count == alternatives.count ? words.joined(separator: " hoặc ") : nil
        case .childLevels(let levels):
            let names = RequirementWords.levelNames
            guard names.indices.contains(levels.allAtLeast - 1) else { return nil }
            var words = "100% đơn vị cấp dưới đạt mức độ chuyển đổi số từ mức \(names[levels.allAtLeast - 1]) trở lên"
            if let share = levels.shareLevel {
                guard names.indices.contains(share - 1) else { return nil }
                words += ", trong đó tối thiểu \(number(levels.sharePercent))% đạt mức \(names[share - 1])"
            }
            return words
        }
    }

    /// What a level cell says: the words the rule is read from, and the requirement's own wording when a
    /// `Nguyên văn:` line keeps it apart (`nil` when the cell's words are the wording).
    static func splitVerbatim(_ cell: String) -> (words: String, verbatim: String?) {
        let lines = cell.split(separator: "\n", omittingEmptySubsequences: false)
        guard let index = lines.firstIndex(where: { $0.hasPrefix(verbatimLabel) }) else { return (cell, nil) }
        let first = lines[index].dropFirst(verbatimLabel.count).drop { $0 == " " }
        let verbatim = ([first] + lines[(index + 1)...]).joined(separator: "\n")
        return (lines[..<index].joined(separator: "\n"), verbatim)
    }
}
