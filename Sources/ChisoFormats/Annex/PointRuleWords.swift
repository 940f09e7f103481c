/// A point rule as a person writes it in an annex table's rule cell, typed, with its parameters.
///
/// It maps onto a framework node's `rule`: ``steps(_:)`` on `steps` (on a count), ``choice(_:)`` on `choice`,
/// ``ratio`` on `ratio`, ``yesNo`` on `yesNo`, ``linear(floor:target:)`` on `linear`, ``points`` on `points`,
/// ``proportional`` on `proportional`.
public enum PointRuleWords: Hashable, Sendable {
    /// Points by how many times, highest first as written: `4:20; 3:15; 2:10; 1:5`, `4 lần: 20 điểm`.
    case steps([Step])
    /// Points by the answer chosen: `Có=5; Không=0`, `Bí thư/Chủ tịch=1; Phó=0,5; Chưa có=0`.
    case choice([Choice])
    /// The maximum times a share of two counts: `a/b`.
    case ratio
    /// The maximum or nothing: `Có/Không`.
    case yesNo
    /// From nothing at `floor` to the maximum at `target`: `50% → 100%`.
    case linear(floor: Double, target: Double)
    /// The value is the points themselves: `điểm`.
    case points
    /// The value is a percentage, the points that share of the maximum: `phần trăm`, `tỷ lệ phần trăm`.
    case proportional

    /// One step: `points` from `atLeast` times on.
    public struct Step: Hashable, Sendable {
        /// The count from which the step holds.
        public var atLeast: Double
        /// The points given.
        public var points: Double

        /// Creates a step.
        public init(atLeast: Double, points: Double) {
            self.atLeast = atLeast
            self.points = points
        }
    }

    /// One answer and its points, or its share of the maximum (`1/2 × Điểm tối đa`).
    public struct Choice: Hashable, Sendable {
        /// The answer as written (`Bí thư/Chủ tịch`).
        public var label: String
        /// The points given, when written as points (`0,5`).
        public var points: Double?
        /// The share of the maximum given, 0…1, when written as one (`1/2 × Điểm tối đa`, `50% × Điểm tối đa`,
        /// `Điểm tối đa`).
        public var fraction: Double?

        /// Creates a choice worth `points`.
        public init(label: String, points: Double) {
            self.label = label
            self.points = points
        }

        /// Creates a choice worth `fraction` of the maximum.
        public init(label: String, fraction: Double) {
            self.label = label
            self.fraction = fraction
        }

        /// The points it gives under a maximum of `maximum`.
        public func points(maximum: Double) -> Double { points ?? (fraction ?? 0) * maximum }
    }

    /// A rule read from a cell, with the cell's text kept.
    public struct Read: Hashable, Sendable {
        /// The cell's text as written.
        public var text: String
        /// The rule it says.
        public var rule: PointRuleWords
    }

    /// The words for a ratio of two counts.
    static let ratioWords: Set<String> = ["a/b", "tỷ lệ a/b", "tỉ lệ a/b", "tỷ lệ", "tỉ lệ", "ratio"]
    /// The words for yes/no.
    static let yesNoWords: Set<String> = ["có/không", "đạt/không đạt", "yes/no", "yesno", "có/chưa có"]
    /// The words for a value that is the points themselves.
    static let pointsWords: Set<String> = ["điểm", "số điểm", "points"]
    /// The words for a percentage whose share of the maximum is the points.
    static let proportionalWords: Set<String> = [
        "phần trăm", "tỷ lệ phần trăm", "tỉ lệ phần trăm", "%", "proportional", "percent",
    ]
    /// The words that may stand around a step's count (or its percentage: `≥ 90%`).
    static let countWords = ["≥", ">=", "từ", "lần/năm", "lần", "trở lên", "%"]
    /// How a share of the maximum is written after its number: `× Điểm tối đa` (`*` and `x` too), compared without
    /// spaces, lowercased.
    static let maximumWords = ["×điểmtốiđa", "*điểmtốiđa", "xđiểmtốiđa"]

    /// The rule `text` (the cell at `cell`) says, or the located problem that it cannot be read.
    public static func read(_ text: String, at cell: AnnexCell) -> Result<Read, AnnexWordsProblem> {
        let cleaned = AnnexText.cleaned(text, lineBreak: ";")
        let key = cleaned.lowercased()
        let compact = key.replacingOccurrences(of: " / ", with: "/")
        if ratioWords.contains(compact) { return .success(Read(text: text, rule: .ratio)) }
        if yesNoWords.contains(compact) { return .success(Read(text: text, rule: .yesNo)) }
        if pointsWords.contains(compact) { return .success(Read(text: text, rule: .points)) }
        if proportionalWords.contains(compact) { return .success(Read(text: text, rule: .proportional)) }
        let rule: Result<PointRuleWords, AnnexWordsMessage> =
            key.contains("→") || key.contains("->") ? linearRule(key) : itemised(cleaned)
        switch rule {
        case .success(let rule): return .success(Read(text: text, rule: rule))
        case .failure(let message): return .failure(AnnexWordsProblem(diagnostic: cell.problem(message, value: text)))
        }
    }

    /// `floor → target`, each a number with or without `%`.
    static func linearRule(_ key: String) -> Result<PointRuleWords, AnnexWordsMessage> {
        let sides = key.replacingOccurrences(of: "->", with: "→").split(separator: "→")
        let numbers = sides.compactMap { side -> Double? in
            let trimmed = side.drop(while: { $0 == " " })
            guard let (value, rest) = AnnexText.leadingNumber(trimmed) else { return nil }
            return ["", "%"].contains(rest.trimmingCharacters(in: .whitespaces)) ? value : nil
        }
        guard sides.count == 2, numbers.count == 2 else { return .failure(.unreadableRule) }
        guard numbers[0] < numbers[1] else { return .failure(.linearNotRising) }
        return .success(.linear(floor: numbers[0], target: numbers[1]))
    }

    /// Items `label=points` or `count: points` separated by `;` (or line breaks): steps or choices.
    static func itemised(_ cleaned: String) -> Result<PointRuleWords, AnnexWordsMessage> {
        let items = cleaned.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        var steps: [Step] = []
        var choices: [Choice] = []
        for item in items {
            guard let cut = item.firstIndex(where: { $0 == "=" || $0 == ":" }) else { return .failure(.unreadableRule) }
            let left = item[..<cut].trimmingCharacters(in: .whitespaces)
            let right = item[item.index(after: cut)...]
            if let count = count(left.lowercased()) {
                guard let points = AnnexText.points(right) else { return .failure(.unreadablePoints(item: item)) }
                steps.append(Step(atLeast: count, points: points))
            } else if !left.isEmpty {
                if let points = AnnexText.points(right) {
                    choices.append(Choice(label: left, points: points))
                } else if let fraction = fraction(right) {
                    choices.append(Choice(label: left, fraction: fraction))
                } else {
                    return .failure(.unreadablePoints(item: item))
                }
            } else {
                return .failure(.unreadableRule)
            }
        }
        if !steps.isEmpty, !choices.isEmpty { return .failure(.mixedItems) }
        if steps.isEmpty, choices.count < 2 { return .failure(.unreadableRule) }
        return .success(steps.isEmpty ? .choice(choices) : .steps(steps))
    }

    /// The share of the maximum `text` says: `Điểm tối đa` (1), `1/2 × Điểm tối đa`, `50% × Điểm tối đa`,
    /// `0,5 × Điểm tối đa`; `nil` for anything else or a share outside 0…1.
    static func fraction(_ text: Substring) -> Double? {
        let key = text.lowercased().filter { $0 != " " }
        if key == "điểmtốiđa" { return 1 }
        guard let words = maximumWords.first(where: key.hasSuffix) else { return nil }
        let number = Substring(key.dropLast(words.count))
        let share: Double?
        if number.hasSuffix("%") {
            share = AnnexText.leadingNumber(number.dropLast()).flatMap { $0.rest.isEmpty ? $0.value / 100 : nil }
        } else if let slash = number.firstIndex(of: "/") {
            let top = AnnexText.leadingNumber(number[..<slash])
            let bottom = AnnexText.leadingNumber(number[number.index(after: slash)...])
            if let top, let bottom, top.rest.isEmpty, bottom.rest.isEmpty, bottom.value > 0 {
                share = top.value / bottom.value
            } else {
                share = nil
            }
        } else {
            share = AnnexText.leadingNumber(number).flatMap { $0.rest.isEmpty ? $0.value : nil }
        }
        return share.flatMap { (0...1).contains($0) ? $0 : nil }
    }

    /// The count `left` says (`4`, `4 lần`, `≥ 4 lần/năm`), or `nil` when it is a label.
    static func count(_ left: String) -> Double? {
        let rest = AnnexText.dropping(countWords, from: Substring(left))
        guard let (value, after) = AnnexText.leadingNumber(rest) else { return nil }
        return AnnexText.dropping(countWords, from: after).isEmpty ? value : nil
    }
}
