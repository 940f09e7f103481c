import ChisoCore
import ChisoFormats
import ChisoReports

/// What `chiso template` writes as workbooks: the units of `--units-file`, and file names safe for their IDs.
enum TemplateRun {
    /// The units of a `--units-file`: CSV with `unit_id` (required), `unit_name`, `parent_id`; the unit columns and
    /// criterion columns of an assessment file are allowed and passed over, so that last year's data may serve.
    ///
    /// - Throws: ``InputError`` when the file cannot be read, a column is unknown, a `unit_id` is empty or given
    ///   twice, or there is no unit.
    static func units(_ path: String, framework: Framework) throws(InputError) -> [UnitFormWorkbook.Unit] {
        let bytes = try InputFile.readBytes(path)
        let passed = ["year", "registered_level", OutputOrigin.column] + framework.measures.map { $0.key.lowercased() }
        let table = SideTable(
            bytes, file: path, what: LocalizedText(vi: "danh sách đơn vị", en: "a list of units"),
            columns: [.init("unit_id", required: true), .init("unit_name"), .init("parent_id")]
                + passed.map { .init($0, ignored: true) })
        var problems = table.problems
        var units: [UnitFormWorkbook.Unit] = []
        var lineOf: [String: Int] = [:]
        for row in table.rows {
            let id = row[0]
            if id.isEmpty {
                problems.append(
                    Diagnostic(file: path, line: row.line, field: "unit_id", AssessmentMessage.emptyUnitID))
            } else if let first = lineOf[id] {
                problems.append(
                    Diagnostic(
                        file: path, line: row.line, field: "unit_id", value: id,
                        SideFileMessage.duplicateUnitID(first: first)))
            } else {
                lineOf[id] = row.line
                units.append(UnitFormWorkbook.Unit(id: id, name: row[1], parentID: row[2]))
            }
        }
        if units.isEmpty, !problems.contains(where: { $0.severity == .error }) {
            problems.append(
                Diagnostic(
                    file: path,
                    SideFileMessage.empty(
                        what: LocalizedText(vi: "danh sách đơn vị", en: "a list of units"),
                        columns: ["unit_id", "unit_name", "parent_id"])))
        }
        if problems.contains(where: { $0.severity == .error }) { throw InputError(.data, problems) }
        return units
    }

    /// A file name for each unit ID: letters, digits, `-`, `_` and `.` kept, anything else (`/`, `:`, spaces)
    /// written `_`, no leading dot, then `.xlsx`; a name taken already (two IDs that differ only there, or in case)
    /// gets `-2`, `-3`….
    static func fileNames(_ ids: [String]) -> [String] {
        var taken: Set<String> = []
        return ids.map { id in
            var stem = String(
                id.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" }.prefix(100))
            while stem.hasPrefix(".") { stem = "_" + stem.dropFirst() }
            if stem.isEmpty { stem = "_" }
            var name = stem
            var number = 2
            while taken.contains(name.lowercased()) {
                name = "\(stem)-\(number)"
                number += 1
            }
            taken.insert(name.lowercased())
            return name + ".xlsx"
        }
    }
}
