public import ChisoCore
public import ChisoFormats

/// What changed from one framework to another, in words: criteria or nodes added, removed, renamed, given a new
/// ID, moved; what each class asks of them; their points, rules and columns; the classes; the provenance. The
/// changes are the core's comparison of the two models (``FrameworkComparison``); this type names their fields and
/// writes their values as `frameworks show --format csv` and the framework file do.
public struct FrameworkDiff: Sendable {
    /// One difference.
    public struct Change: Hashable, Sendable {
        /// What kind of change.
        public enum Kind: String, Hashable, Sendable, CaseIterable {
            /// A condition only the second framework has.
            case added
            /// A condition only the first framework has.
            case removed
            /// Same ID, another name.
            case renamed
            /// Same name, another ID.
            case reidentified
            /// Another parent node or group.
            case moved
            /// What a class asks of the condition.
            case requirement
            /// Another property: points, rule, column, unit, note.
            case changed
            /// The classes: how many, their names.
            case classes
            /// The legal source: decision, date, title, part, notes.
            case provenance
        }

        /// What kind of change.
        public var kind: Kind
        /// The condition's ID in the first framework (in the second for an addition); empty for the framework.
        public var id: String
        /// What changed: a field, a class's name.
        public var field: String
        /// The value in the first framework.
        public var before: String
        /// The value in the second framework.
        public var after: String
        /// The field and the two values as the text outputs show them, in both languages.
        package var shown: [LocalizedText]

        /// Creates the value from its parts; `shown` words the field and values where they are words.
        init(
            kind: Kind, id: String, field: String, before: String = "", after: String = "",
            shown: [LocalizedText]? = nil
        ) {
            self.kind = kind
            self.id = id
            self.field = field
            self.before = before
            self.after = after
            self.shown =
                shown ?? [
                    FrameworkWords.field(field), LocalizedText(vi: before, en: before), .init(vi: after, en: after),
                ]
        }
    }

    /// The frameworks' IDs.
    public var a: String
    /// The second framework's ID.
    public var b: String
    /// The changes, in the order of the first framework's conditions, then additions, classes and provenance.
    public var changes: [Change]

    /// The columns of `frameworks diff --format csv`.
    public static let columns = ["change", "id", "field", "a", "b"]

    /// Compares two frameworks (``FrameworkComparison``) and words each change.
    public init(_ first: Framework, _ second: Framework) {
        a = first.id
        b = second.id
        let comparison = FrameworkComparison(first, second)
        changes = comparison.changes.flatMap { Self.words($0, first, second) }
    }

    /// One change of the comparison as rows: a field, a value in each framework.
    private static func words(
        _ change: FrameworkComparison.Change, _ first: Framework, _ second: Framework
    ) -> [Change] {
        let conditionsA = first.scheme.conditions
        let conditionsB = second.scheme.conditions
        switch change {
        case .removed(let index):
            return [Change(kind: .removed, id: conditionsA[index].id, field: "", before: conditionsA[index].name.vi)]
        case .added(let index):
            return [Change(kind: .added, id: conditionsB[index].id, field: "", after: conditionsB[index].name.vi)]
        case .reidentified(let index, let other):
            let id = conditionsA[index].id
            return [Change(kind: .reidentified, id: id, field: "id", before: id, after: conditionsB[other].id)]
        case .renamed(let index, let other):
            let (x, y) = (conditionsA[index].name, conditionsB[other].name)
            return [("name_vi", x.vi, y.vi), ("name_en", x.en, y.en)].filter { $0.1 != $0.2 }.map {
                Change(kind: .renamed, id: conditionsA[index].id, field: $0.0, before: $0.1, after: $0.2)
            }
        case .moved(let index, let other):
            let parent = { (conditions: [Condition], index: Int) in
                conditions[index].parent.map { conditions[$0].id } ?? conditions[index].group ?? ""
            }
            return [
                Change(
                    kind: .moved, id: conditionsA[index].id, field: "parent", before: parent(conditionsA, index),
                    after: parent(conditionsB, other))
            ]
        case .requirement(let index, let other, let ordinal):
            let (x, y) = (first.scheme, second.scheme)
            let field = "\(y.className(ordinal).vi) (\(ordinal))"
            let before = ConditionWords.requirement(x.requirement(of: index, forClass: ordinal), measures: x.measures)
            let after = ConditionWords.requirement(y.requirement(of: other, forClass: ordinal), measures: y.measures)
            return [
                Change(
                    kind: .requirement, id: conditionsA[index].id, field: field, before: before.en, after: after.en,
                    shown: [LocalizedText(vi: field, en: field), before, after])
            ]
        case .property(let index, _, let before, let after):
            let none = LocalizedText(vi: "", en: "")
            return [
                Change(
                    kind: .changed, id: conditionsA[index].id, field: field(before.name), before: value(before).en,
                    after: after.map(value)?.en ?? "",
                    shown: [FrameworkWords.field(field(before.name)), value(before), after.map(value) ?? none])
            ]
        default:
            return [frameworkWords(change, first, second)].compactMap { $0 }
        }
    }

    /// A change of the framework as a whole as a row: its classes, its source, its settings.
    private static func frameworkWords(
        _ change: FrameworkComparison.Change, _ first: Framework, _ second: Framework
    ) -> Change? {
        let (classesA, classesB) = (first.scheme.classes, second.scheme.classes)
        switch change {
        case .classCount:
            return Change(
                kind: .classes, id: "", field: "count", before: String(classesA.count), after: String(classesB.count))
        case .className(let ordinal):
            let (before, after) = (classesA[ordinal - 1].vi, classesB[ordinal - 1].vi)
            return Change(
                kind: .classes, id: "", field: "class \(ordinal)", before: before, after: after,
                shown: [
                    LocalizedText(vi: "xếp loại \(ordinal)", en: "class \(ordinal)"), .init(vi: before, en: before),
                    .init(vi: after, en: after),
                ])
        case .provenance(let field):
            let (x, y) = (provenance(field, first.provenance), provenance(field, second.provenance))
            return Change(kind: .provenance, id: "", field: x.field, before: x.value, after: y.value)
        case .setting(let before, let after):
            return Change(
                kind: .changed, id: "", field: field(before.name), before: value(before).en, after: value(after).en,
                shown: [FrameworkWords.field(field(before.name)), value(before), value(after)])
        case .commonScale:
            return Change(
                kind: .changed, id: "", field: "commonScale", before: first.scale.rawValue,
                after: second.scale.rawValue)
        default:
            return nil
        }
    }

    /// A field of a source, named and written as the diff shows it.
    private static func provenance(
        _ field: FrameworkComparison.ProvenanceField, _ source: Provenance
    ) -> (field: String, value: String) {
        switch field {
        case .decision: ("decision", source.decision)
        case .date: ("date", source.date)
        case .title: ("title", source.title.vi)
        case .issuer: ("issuer", source.issuer.vi)
        case .part: ("part", source.part ?? "")
        case .notes: ("notes", source.notes.joined(separator: " | "))
        }
    }

    /// A property's name, as `frameworks show --format csv` and the framework file name it.
    private static func field(_ name: SchemeProperty.Name) -> String {
        switch name {
        case .unit: "unit"
        case .maximum: "max"
        case .rule: "rule"
        case .measure: "measure"
        case .informationOnly: "information_only"
        case .note: "note"
        case .precision: "precision"
        case .classPrecision: "classPrecision"
        case .unrankedBelowTiers: "unrankedBelowTiers"
        }
    }

    /// A property's value, as `frameworks show --format csv` and the framework file write it (English), and as the
    /// text outputs show it in Vietnamese.
    private static func value(_ property: SchemeProperty) -> LocalizedText {
        let same = { (text: String) in LocalizedText(vi: text, en: text) }
        switch property {
        case .unit(let unit): return same(unit)
        case .maximum(let maximum, let counted):
            guard counted else { return same("-") }
            return maximum.map { LocalizedText(vi: Numerals.text(.vi).points($0), en: NumberText.shortest($0)) }
                ?? FrameworkWords.unknown.text
        case .rule(.informationOnly): return Phrase.informationOnly.text
        case .rule(.notScored): return FrameworkWords.notScored.text
        case .rule(.sumOfChildren): return FrameworkWords.sumOfChildren.text
        case .rule(.leaf(let rule)): return rule.map(FrameworkWords.rule) ?? same("")
        case .measure(let kind): return same(kind?.rawValue ?? "")
        case .informationOnly(let flag): return flag ? ConditionWords.answer(true) : same("")
        case .note(let note): return same(note)
        case .precision(let places): return same(String(places))
        case .classPrecision(let places): return places.map { same(String($0)) } ?? Phrase.none.text
        case .unrankedBelowTiers(let flag): return LocalizedText(vi: ConditionWords.answer(flag).vi, en: String(flag))
        }
    }

    /// Renders the diff: a table, or tidy CSV (`change,id,field,a,b`), or JSON; the table in `language`.
    public func render(format: OutputFormat, language: Language = .en) -> String {
        let rows = changes.map { [$0.kind.rawValue, $0.id, $0.field, $0.before, $0.after] }
        switch format {
        case .csv:
            return CSVWriter.document(header: Self.columns, rows: rows)
        case .json:
            var root = JSONObjectBuilder()
            root.add("a", a)
            root.add("b", b)
            root.add(
                "changes",
                .objects(rows) { row, object in
                    for (column, value) in zip(Self.columns, row) { object.add(column, value.isEmpty ? nil : value) }
                })
            return JSONWriter.write(root.value)
        case .table, .markdown:
            let say = { (text: LocalizedText) in text.text(in: language) }
            guard !changes.isEmpty else { return say(FrameworkWords.noDifference(a, b)) + "\n" }
            let shown = changes.map { change in
                [say(FrameworkWords.kind(change.kind.rawValue)), change.id] + change.shown.map(say)
            }
            let shortened = shown.map { row in row.map { DisplayText.visible($0, limit: 60) } }
            let table = TextTable(
                header: [say(FrameworkWords.changeColumn.text), say(FrameworkWords.idColumn.text)]
                    + [say(FrameworkWords.fieldColumn.text), a, b],
                rows: shortened)
            let counts = Change.Kind.allCases.compactMap { kind -> (kind: String, count: Int)? in
                let count = changes.filter { $0.kind == kind }.count
                return count > 0 ? (kind.rawValue, count) : nil
            }
            return (format == .markdown ? table.markdown() : table.plainText())
                + "\n" + say(FrameworkWords.differences(changes.count, a, b, counts: counts)) + "\n"
        }
    }
}
