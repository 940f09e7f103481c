/// A level requirement as a decision's annex writes it in a `Mức 1…Mức 5` cell, typed.
///
/// It maps onto a framework criterion's `requirements` entry: ``atLeast(_:_:)`` on `atLeast` (with
/// `"measure": "share"` for a percentage inside an alternative), ``yes`` on `"yes": true`, ``notApplicable`` on
/// `"notApplicable": true`, ``anyOf(_:)`` on `anyOf`, ``childLevels(_:)`` on `childLevels`.
public indirect enum RequirementWords: Hashable, Sendable {
    /// At least `value` of `quantity`: `≥70%`, `70%`, `Tối thiểu 01 nhân sự`, `3 doanh nghiệp trở lên`.
    case atLeast(Double, Quantity)
    /// The thing must exist or be done: `Có`, `Có hệ thống`, `Đạt`.
    case yes
    /// Nothing is required at the level: `Không áp dụng`, an empty cell, `-`.
    case notApplicable
    /// Any one of the alternatives: `3 doanh nghiệp trở lên hoặc 100%`.
    case anyOf([RequirementWords])
    /// A district's requirement on its communes' levels.
    case childLevels(ChildLevels)

    /// What an ``atLeast(_:_:)`` counts.
    public enum Quantity: Hashable, Sendable {
        /// A percentage (`70%`).
        case percent
        /// A count (`01 nhân sự`, `3 doanh nghiệp`).
        case count
    }

    /// `100% xã, phường, thị trấn đạt … từ mức X trở lên, trong đó tối thiểu N% đạt mức Y`: every commune at
    /// level `allAtLeast` or above, and `sharePercent`% of them at `shareLevel` or above.
    public struct ChildLevels: Hashable, Sendable {
        /// The level (1…5) every commune must reach.
        public var allAtLeast: Int
        /// The higher level a share of them must reach, if any.
        public var shareLevel: Int?
        /// The share, in percent, that must reach ``shareLevel``.
        public var sharePercent: Double?

        /// Creates the requirement.
        public init(allAtLeast: Int, shareLevel: Int? = nil, sharePercent: Double? = nil) {
            self.allAtLeast = allAtLeast
            self.shareLevel = shareLevel
            self.sharePercent = sharePercent
        }
    }

    /// A requirement read from a cell, with the cell's text kept.
    public struct Read: Hashable, Sendable {
        /// The cell's text as written.
        public var text: String
        /// The requirement it says.
        public var requirement: RequirementWords
    }

    /// Decision 2361's level names, lower case, in order from level 1.
    static let levelNames = ["khởi động", "kết nối", "cơ bản", "nâng cao", "toàn diện"]
    /// The words that mean nothing is required.
    static let notRequired: Set<String> = ["", "-", "–", "—", "không áp dụng", "kad", "không yêu cầu", "n/a"]
    /// The words that may stand before the number of an `atLeast` (a strict `>` is not one: it is refused rather
    /// than read as `≥`).
    static let atLeastWords = ["≥", ">=", "tối thiểu", "ít nhất", "từ", "có"]

    /// The requirement `text` (the cell at `cell`) says, or the located problem that it cannot be read.
    public static func read(_ text: String, at cell: AnnexCell) -> Result<Read, AnnexWordsProblem> {
        let key = AnnexText.cleaned(text).lowercased()
        guard let requirement = parse(key) else {
            return .failure(AnnexWordsProblem(diagnostic: cell.problem(.unreadableRequirement, value: text)))
        }
        return .success(Read(text: text, requirement: requirement))
    }

    /// The requirement of lower-case, cleaned `key`, or `nil`.
    static func parse(_ key: String) -> RequirementWords? {
        if notRequired.contains(key) { return .notApplicable }
        let parts = key.components(separatedBy: " hoặc ")
        guard parts.count > 1 else { return single(Substring(key)) }
        var alternatives: [RequirementWords] = []
        for part in parts {
            guard let alternative = single(Substring(part.trimmingCharacters(in: .whitespaces))) else { return nil }
            alternatives.append(alternative)
        }
        return .anyOf(alternatives)
    }

    /// One requirement, not an alternative, or `nil`.
    static func single(_ key: Substring) -> RequirementWords? {
        if key.contains("đạt mức") { return childLevels(key).map { .childLevels($0) } }
        let rest = AnnexText.dropping(atLeastWords, from: key)
        if let (value, after) = AnnexText.leadingNumber(rest) {
            return .atLeast(value, after.hasPrefix("%") ? .percent : .count)
        }
        let hasDigit = key.contains(where: { $0.isNumber })
        let affirms = key == "có" || key.hasPrefix("có ") || key == "đạt" || key.contains(" có ")
        let denies = key.hasPrefix("không") || key.hasPrefix("chưa")
        return affirms && !hasDigit && !denies ? .yes : nil
    }

    /// The communes' levels `key` requires (it starts `100%` and names Decision 2361's levels), or `nil`.
    static func childLevels(_ key: Substring) -> ChildLevels? {
        guard let (all, _) = AnnexText.leadingNumber(key), all == 100 else { return nil }
        let halves = key.components(separatedBy: "trong đó")
        guard halves.count <= 2, let first = level(in: halves[0]) else { return nil }
        guard halves.count == 2 else { return ChildLevels(allAtLeast: first) }
        let tail = AnnexText.dropping([",", "tối thiểu", "ít nhất"], from: Substring(halves[1]).drop { $0 == " " })
        guard let (share, after) = AnnexText.leadingNumber(tail), after.hasPrefix("%"),
            let higher = level(in: String(after))
        else { return nil }
        return ChildLevels(allAtLeast: first, shareLevel: higher, sharePercent: share)
    }

    /// The level (1…5) of the first of Decision 2361's level names after a `mức` in `text`, or `nil`.
    static func level(in text: String) -> Int? {
        var searched = text[...]
        while let range = searched.range(of: "mức ") {
            let after = searched[range.upperBound...]
            if let index = levelNames.firstIndex(where: { after.hasPrefix($0) }) { return index + 1 }
            searched = after
        }
        return nil
    }
}
