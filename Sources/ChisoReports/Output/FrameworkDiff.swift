public import ChisoCore
import ChisoFormats

/// What changed from one framework to another: criteria or nodes added, removed, renamed, given a new ID, moved;
/// what each class asks of them; their points, rules and columns; the classes; the provenance. Conditions are
/// matched by ID, then, among those left, by Vietnamese name. Built on the scheme protocol (conditions, classes,
/// requirements as data) and on each scheme's `frameworks show --format csv` rows, so it works for every scheme.
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
    }

    /// The frameworks' IDs.
    public var a: String
    /// The second framework's ID.
    public var b: String
    /// The changes, in the order of the first framework's conditions, then additions, classes and provenance.
    public var changes: [Change]

    /// The columns of `frameworks diff --format csv`.
    public static let columns = ["change", "id", "field", "a", "b"]

    /// Compares two frameworks.
    public init(_ first: Framework, _ second: Framework) {
        a = first.id
        b = second.id
        let rowsA = Self.rows(first)
        let rowsB = Self.rows(second)
        let conditionsA = first.scheme.conditions
        let conditionsB = second.scheme.conditions
        // Match by ID, then by name among the rest.
        var match: [Int: Int] = [:]
        var taken: Set<Int> = []
        let indexB = Dictionary(conditionsB.indices.map { (conditionsB[$0].id, $0) }, uniquingKeysWith: { x, _ in x })
        for (index, condition) in conditionsA.enumerated() {
            if let other = indexB[condition.id], !taken.contains(other) {
                match[index] = other
                taken.insert(other)
            }
        }
        for (index, condition) in conditionsA.enumerated() where match[index] == nil {
            let name = TextNormalization.key(condition.name.vi).lowercased()
            if let other = conditionsB.indices.first(where: {
                !taken.contains($0) && TextNormalization.key(conditionsB[$0].name.vi).lowercased() == name
            }) {
                match[index] = other
                taken.insert(other)
            }
        }
        var changes: [Change] = []
        let classCount = min(first.scheme.classes.count, second.scheme.classes.count)
        for (index, condition) in conditionsA.enumerated() {
            guard let other = match[index] else {
                changes.append(
                    Change(kind: .removed, id: condition.id, field: "", before: condition.name.vi, after: ""))
                continue
            }
            let twin = conditionsB[other]
            if twin.id != condition.id {
                changes.append(
                    Change(kind: .reidentified, id: condition.id, field: "id", before: condition.id, after: twin.id))
            }
            if condition.name != twin.name {
                for (field, x, y) in [
                    ("name_vi", condition.name.vi, twin.name.vi), ("name_en", condition.name.en, twin.name.en),
                ]
                where x != y {
                    changes.append(Change(kind: .renamed, id: condition.id, field: field, before: x, after: y))
                }
            }
            let parentA = condition.parent.map { conditionsA[$0].id } ?? condition.group ?? ""
            let parentB = twin.parent.map { conditionsB[$0].id } ?? twin.group ?? ""
            if parentA != parentB {
                changes.append(Change(kind: .moved, id: condition.id, field: "parent", before: parentA, after: parentB))
            }
            for ordinal in stride(from: 1, through: classCount, by: 1) {
                let x = ReportText.requirement(
                    first.scheme.requirement(of: index, forClass: ordinal), measures: first.scheme.measures)
                let y = ReportText.requirement(
                    second.scheme.requirement(of: other, forClass: ordinal), measures: second.scheme.measures)
                if x != y {
                    let name = "\(second.scheme.className(ordinal).vi) (\(ordinal))"
                    changes.append(Change(kind: .requirement, id: condition.id, field: name, before: x, after: y))
                }
            }
            // Other properties, from the rows `frameworks show --format csv` writes.
            if let rowA = rowsA[condition.id], let rowB = rowsB[twin.id] {
                let fieldsB = Dictionary(rowB, uniquingKeysWith: { first, _ in first })
                for (field, x) in rowA where !Self.comparedElsewhere(field) {
                    let y = fieldsB[field] ?? ""
                    if x != y {
                        changes.append(Change(kind: .changed, id: condition.id, field: field, before: x, after: y))
                    }
                }
            }
        }
        for (index, condition) in conditionsB.enumerated() where !taken.contains(index) {
            changes.append(Change(kind: .added, id: condition.id, field: "", before: "", after: condition.name.vi))
        }
        let classesA = first.scheme.classes
        let classesB = second.scheme.classes
        if classesA.count != classesB.count {
            changes.append(
                Change(
                    kind: .classes, id: "", field: "count", before: String(classesA.count),
                    after: String(classesB.count)))
        }
        for ordinal in 0..<min(classesA.count, classesB.count) where classesA[ordinal] != classesB[ordinal] {
            changes.append(
                Change(
                    kind: .classes, id: "", field: "class \(ordinal + 1)", before: classesA[ordinal].vi,
                    after: classesB[ordinal].vi))
        }
        let p = first.provenance
        let q = second.provenance
        for (field, x, y) in [
            ("decision", p.decision, q.decision), ("date", p.date, q.date), ("title", p.title.vi, q.title.vi),
            ("issuer", p.issuer.vi, q.issuer.vi), ("part", p.part ?? "", q.part ?? ""),
            ("notes", p.notes.joined(separator: " | "), q.notes.joined(separator: " | ")),
        ] where x != y {
            changes.append(Change(kind: .provenance, id: "", field: field, before: x, after: y))
        }
        let settingsB = Dictionary(second.reporting.settings, uniquingKeysWith: { first, _ in first })
        for (name, value) in first.reporting.settings {
            guard let other = settingsB[name], other != value else { continue }
            changes.append(Change(kind: .changed, id: "", field: name, before: value, after: other))
        }
        if first.scale != second.scale {
            changes.append(
                Change(
                    kind: .changed, id: "", field: "commonScale", before: first.scale.rawValue,
                    after: second.scale.rawValue))
        }
        self.changes = changes
    }

    /// Fields of the show rows that the diff reports in its own way.
    private static func comparedElsewhere(_ field: String) -> Bool {
        ["id", "name_vi", "name_en", "group", "parent"].contains(field)
            || (field.hasPrefix("level") && Int(field.dropFirst("level".count)) != nil)
    }

    /// Each condition's row of `frameworks show --format csv`, by ID: field → value.
    private static func rows(_ framework: Framework) -> [String: [(String, String)]] {
        let text = framework.reporting.show(framework, format: .csv, language: .vi)
        let (records, _) = CSVReader.read(Array(text.utf8), file: framework.id)
        guard let header = records.first else { return [:] }
        var rows: [String: [(String, String)]] = [:]
        for record in records.dropFirst() {
            guard let id = record.fields.first, rows[id] == nil else { continue }
            rows[id] = Array(zip(header.fields, record.fields))
        }
        return rows
    }

    /// Renders the diff: a table, or tidy CSV (`change,id,field,a,b`), or JSON.
    public func render(format: OutputFormat) -> String {
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
            guard !changes.isEmpty else { return "\(a) and \(b) define the same criteria, classes and source.\n" }
            let shortened = rows.map { row in row.map { DisplayText.visible($0, limit: 60) } }
            let table = TextTable(header: ["change", "id", "field", a, b], rows: shortened)
            var counts: [String] = []
            for kind in Change.Kind.allCases {
                let count = changes.filter { $0.kind == kind }.count
                if count > 0 { counts.append("\(count) \(kind.rawValue)") }
            }
            return (format == .markdown ? table.markdown() : table.plainText())
                + "\n\(Plural.count(changes.count, "difference")) between \(a) and \(b): "
                + counts.joined(separator: ", ") + ".\n"
        }
    }
}
