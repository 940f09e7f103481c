import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// What the level table tests share: tables made from rows, imported through the level scheme's registered table
/// format, and decoded as a framework file would be.
enum LevelTableSupport {
    /// `rows` as records, the first on line `from`.
    static func records(_ rows: [[String]], from: Int = 1) -> [CSVRecord] {
        rows.enumerated().map { CSVRecord(line: from + $0.offset, fields: $0.element) }
    }

    /// The input the importer gives a scheme for an annex of `records`, with the `Mức` part and the `Thông tin`
    /// rows given.
    static func input(
        _ records: [CSVRecord], file: String = "khung.csv", sheet: String? = nil, levels: [[String]]? = nil,
        info: [[String]] = []
    ) -> FrameworkTableInput {
        let table = AnnexTable.read(records, file: file, sheet: sheet)
        var parts: [FrameworkTablePart: FrameworkTableRows] = [:]
        if let levels {
            parts[.levels] = FrameworkTableRows(records: Self.records(levels), sheet: sheet.map { _ in "Mức" })
        }
        let infoRows = FrameworkTableRows(records: Self.records(info), sheet: sheet.map { _ in "Thông tin" })
        return FrameworkTableInput(
            file: file, table: table, sheet: sheet, parts: parts,
            info: FrameworkTableInfo(info.isEmpty ? nil : infoRows))
    }

    /// What the level scheme's registered table reader makes of `input`, with the problems it adds.
    static func read(_ input: FrameworkTableInput) throws -> (SchemeTableRead?, [Diagnostic]) {
        let format = try #require(LevelScheme.format.table)
        var problems = FrameworkTableProblems(file: input.file)
        let read = format.read(input, &problems)
        return (read, problems.list)
    }

    /// The tables the level scheme's registered table writer makes of `scheme`, written as CSV text and read back
    /// as the importer would: the annex, the `Mức` part and the `Thông tin` rows.
    static func writtenInput(_ scheme: any ScoringScheme) throws -> FrameworkTableInput {
        let format = try #require(LevelScheme.format.table)
        let written = try #require(format.write(scheme))
        let levels = try written.parts.first { $0.part == .levels }.map { try throughCSV($0.rows) }
        return input(
            try throughCSV([written.header] + written.rows), levels: levels?.map(\.fields),
            info: try throughCSV(written.info).map(\.fields))
    }

    /// `rows` written as a CSV file and read back.
    static func throughCSV(_ rows: [[String]]) throws -> [CSVRecord] {
        guard let header = rows.first else { return [] }
        let text = CSVWriter.document(header: header, rows: Array(rows.dropFirst()))
        let (records, problems) = CSVReader.read(Array(text.utf8), file: "bang.csv")
        #expect(problems.isEmpty, "\(problems)")
        return records
    }

    /// The framework a table import gives: `read`'s members in a framework file with the identity, provenance and
    /// `childFramework` of `original`, decoded.
    static func framework(_ read: SchemeTableRead, like original: Framework) throws -> (Framework, [Diagnostic]) {
        guard case .object(let members) = FrameworkEncoder.value(original) else { throw TestFailure("not an object") }
        var root = JSONObjectBuilder()
        let kept = ["id", "scheme", "name", "unitType", "provenance", "childFramework"]
        for member in members where kept.contains(member.key) { root.add(member.key, member.value.value) }
        for member in read.members.members { root.add(member.key, member.value.value) }
        return try FrameworkDecoder.decode(JSONWriter.write(root.value), file: "imported.json")
    }

    /// `sheet!B12 code` (or `12:2 code` without a sheet) for each problem, for comparing located problems.
    static func places(_ problems: [Diagnostic]) -> [String] {
        problems.map { problem in
            let column = problem.column.map(Diagnostic.columnLetters) ?? "-"
            let line = problem.line.map(String.init) ?? "-"
            return (problem.sheet.map { "\($0)!" } ?? "") + column + line + " " + problem.code
        }
    }
}
