/// What changed from one framework to another, compared as models: conditions added, removed, renamed, given a
/// new ID or moved; what each class asks of them; their scheme's properties (``PropertyDescribing``); the classes;
/// the provenance; the scheme's settings and the common scale. Conditions are matched by ID, then, among those
/// left, by Vietnamese name (trimmed, in any case). Built on the scheme protocol, so it works for every scheme.
public struct FrameworkComparison: Sendable {
    /// One difference; conditions are named by index into the first framework's conditions and, where matched,
    /// the second's.
    public enum Change: Hashable, Sendable {
        /// A condition of the first framework that the second does not have.
        case removed(Int)
        /// A condition matched by name whose ID changed.
        case reidentified(Int, to: Int)
        /// A condition whose name changed, in either language.
        case renamed(Int, to: Int)
        /// A condition under another parent node or group.
        case moved(Int, to: Int)
        /// What a class (an ordinal of the second framework) asks of a condition.
        case requirement(Int, to: Int, forClass: Int)
        /// A property of a condition: its value in the first framework, and in the second (`nil`: none there).
        case property(Int, to: Int, before: SchemeProperty, after: SchemeProperty?)
        /// A condition only the second framework has.
        case added(Int)
        /// How many classes there are.
        case classCount
        /// A class's name, by ordinal.
        case className(Int)
        /// A field of the legal source.
        case provenance(ProvenanceField)
        /// A setting of the scheme.
        case setting(before: SchemeProperty, after: SchemeProperty)
        /// How outcomes sit on the common 0–1 scale.
        case commonScale
    }

    /// A field of a framework's legal source, as the comparison reads it (names in Vietnamese).
    public enum ProvenanceField: Hashable, Sendable, CaseIterable {
        /// The document number.
        case decision
        /// The date of issue.
        case date
        /// The title, in Vietnamese.
        case title
        /// The issuing body, in Vietnamese.
        case issuer
        /// The part transcribed.
        case part
        /// The notes.
        case notes

        /// Whether two sources differ in this field.
        func differs(_ p: Provenance, _ q: Provenance) -> Bool {
            switch self {
            case .decision: p.decision != q.decision
            case .date: p.date != q.date
            case .title: p.title.vi != q.title.vi
            case .issuer: p.issuer.vi != q.issuer.vi
            case .part: (p.part ?? "") != (q.part ?? "")
            case .notes: p.notes != q.notes
            }
        }
    }

    /// The framework compared from.
    public var first: Framework
    /// The framework compared to.
    public var second: Framework
    /// The changes, in the order of the first framework's conditions, then additions, classes, provenance,
    /// settings and the common scale.
    public var changes: [Change]

    /// Compares two frameworks.
    ///
    /// - Complexity: O(*c*² + *c* × *k*) for *c* conditions and *k* classes (matching by name is quadratic).
    public init(_ first: Framework, _ second: Framework) {
        self.first = first
        self.second = second
        let (match, taken) = Self.match(first.scheme.conditions, second.scheme.conditions)
        var changes: [Change] = []
        for index in first.scheme.conditions.indices {
            guard let other = match[index] else {
                changes.append(.removed(index))
                continue
            }
            changes += Self.changes(of: index, to: other, first.scheme, second.scheme)
        }
        for index in second.scheme.conditions.indices where !taken.contains(index) { changes.append(.added(index)) }
        let classesA = first.scheme.classes
        let classesB = second.scheme.classes
        if classesA.count != classesB.count { changes.append(.classCount) }
        for ordinal in 0..<min(classesA.count, classesB.count) where classesA[ordinal] != classesB[ordinal] {
            changes.append(.className(ordinal + 1))
        }
        for field in ProvenanceField.allCases where field.differs(first.provenance, second.provenance) {
            changes.append(.provenance(field))
        }
        let settingsB = (second.scheme as? any PropertyDescribing)?.settings ?? []
        for setting in (first.scheme as? any PropertyDescribing)?.settings ?? [] {
            guard let other = settingsB.first(where: { $0.name == setting.name }), other != setting else { continue }
            changes.append(.setting(before: setting, after: other))
        }
        if first.scale != second.scale { changes.append(.commonScale) }
        self.changes = changes
    }

    /// Matches conditions by ID, then by Vietnamese name among the rest: the second's index for each matched
    /// condition of the first, and the second's conditions taken.
    private static func match(_ a: [Condition], _ b: [Condition]) -> (match: [Int: Int], taken: Set<Int>) {
        var match: [Int: Int] = [:]
        var taken: Set<Int> = []
        let indexB = Dictionary(b.indices.map { (b[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, condition) in a.enumerated() {
            if let other = indexB[condition.id], !taken.contains(other) {
                match[index] = other
                taken.insert(other)
            }
        }
        let key = { (name: String) in
            String(name.unicodeScalars.drop { $0.properties.isWhitespace }).reversedTrimmed.lowercased()
        }
        for (index, condition) in a.enumerated() where match[index] == nil {
            let name = key(condition.name.vi)
            if let other = b.indices.first(where: { !taken.contains($0) && key(b[$0].name.vi) == name }) {
                match[index] = other
                taken.insert(other)
            }
        }
        return (match, taken)
    }

    /// The changes of one matched condition: its ID, names, parent, requirements and properties.
    private static func changes(
        of index: Int, to other: Int, _ a: any ScoringScheme, _ b: any ScoringScheme
    ) -> [Change] {
        let condition = a.conditions[index]
        let twin = b.conditions[other]
        var changes: [Change] = []
        if twin.id != condition.id { changes.append(.reidentified(index, to: other)) }
        if condition.name != twin.name { changes.append(.renamed(index, to: other)) }
        let parentA = condition.parent.map { a.conditions[$0].id } ?? condition.group ?? ""
        let parentB = twin.parent.map { b.conditions[$0].id } ?? twin.group ?? ""
        if parentA != parentB { changes.append(.moved(index, to: other)) }
        for ordinal in stride(from: 1, through: min(a.classes.count, b.classes.count), by: 1) {
            let x = AskedRequirement(a.requirement(of: index, forClass: ordinal), measures: a.measures)
            let y = AskedRequirement(b.requirement(of: other, forClass: ordinal), measures: b.measures)
            if x != y { changes.append(.requirement(index, to: other, forClass: ordinal)) }
        }
        if let propertiesA = (a as? any PropertyDescribing)?.properties(ofCondition: index),
            let propertiesB = (b as? any PropertyDescribing)?.properties(ofCondition: other)
        {
            for property in propertiesA {
                let counterpart = propertiesB.first { $0.name == property.name }
                if counterpart != property {
                    changes.append(.property(index, to: other, before: property, after: counterpart))
                }
            }
        }
        return changes
    }
}

extension String {
    /// The string without trailing white space.
    fileprivate var reversedTrimmed: String {
        var scalars = unicodeScalars
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

/// What a requirement asks, apart from which scheme asks it: a threshold on a measure is the measure's suffix, how
/// its values read (a percentage, yes or no, or a number) and the threshold, so that two frameworks whose measures
/// sit at other indices compare equal when they ask the same.
private indirect enum AskedRequirement: Hashable {
    enum Reading: Hashable { case percent, yesNo, number }

    case notApplicable
    case value(suffix: String?, reading: Reading?, least: Double)
    case anyOf([AskedRequirement])
    case subordinates(allAtLeast: Int, shareLevel: Int?, sharePercent: Double?)
    case points(Double, inclusive: Bool)
    case index(Double, inclusive: Bool)

    init(_ requirement: ClassRequirement, measures: [Measure]) {
        switch requirement {
        case .notApplicable: self = .notApplicable
        case .value(let index, let least):
            let measure = measures.indices.contains(index) ? measures[index] : nil
            let reading: Reading? = measure.map {
                switch $0.kind {
                case .percent: .percent
                case .yesNo: .yesNo
                default: .number
                }
            }
            self = .value(suffix: measure?.suffix, reading: reading, least: least)
        case .anyOf(let alternatives): self = .anyOf(alternatives.map { AskedRequirement($0, measures: measures) })
        case .subordinates(let rule):
            self = .subordinates(
                allAtLeast: rule.allAtLeast, shareLevel: rule.shareLevel,
                sharePercent: rule.shareLevel == nil ? nil : rule.sharePercent)
        case .points(let least, let inclusive): self = .points(least, inclusive: inclusive)
        case .index(let least, let inclusive): self = .index(least, inclusive: inclusive)
        }
    }
}
