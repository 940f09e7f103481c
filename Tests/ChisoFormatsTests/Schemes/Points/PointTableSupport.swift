import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// What the tests of the point scheme's table format share: a framework table built from the writer's tables or
/// from a CSV file with `[part]` markers, read by the scheme's reader, and decoded as a framework file.
enum PointTableSupport {
    /// Records numbered from line 1.
    static func records(_ rows: [[String]]) -> [CSVRecord] {
        rows.enumerated().map { CSVRecord(line: $0.offset + 1, fields: $0.element) }
    }

    /// The input the importer would give the reader for the tables `write` holds, every part on its own sheet when
    /// `sheets` is set (else as CSV sections without a sheet).
    static func input(_ write: SchemeTableWrite, sheets: Bool = false) -> FrameworkTableInput {
        let sheet = { (part: FrameworkTablePart) in sheets ? part.title : nil }
        let main = records([write.header] + write.rows)
        var parts: [FrameworkTablePart: FrameworkTableRows] = [:]
        for (part, rows) in write.parts { parts[part] = FrameworkTableRows(records: records(rows), sheet: sheet(part)) }
        let info = FrameworkTableRows(records: records(write.info), sheet: sheet(.info))
        parts[.info] = info
        return FrameworkTableInput(
            file: "khung.xlsx", table: AnnexTable.read(main, file: "khung.xlsx", sheet: sheet(.main)),
            sheet: sheet(.main), parts: parts, info: FrameworkTableInfo(info))
    }

    /// The input for a CSV file whose parts start at a `[Part]` marker row, the rows before the first marker the
    /// annex.
    static func input(csv text: String, file: String) -> FrameworkTableInput {
        let (all, problems) = CSVReader.read(Array(text.utf8), file: file)
        #expect(problems.filter { $0.severity == .error }.isEmpty, "\(problems)")
        var main: [CSVRecord] = []
        var parts: [FrameworkTablePart: FrameworkTableRows] = [:]
        var current: FrameworkTablePart?
        for record in all {
            if let part = FrameworkTablePart(marker: record.fields.first ?? "") {
                current = part
                parts[part] = FrameworkTableRows(records: [], sheet: nil)
            } else if let current {
                parts[current]?.records.append(record)
            } else {
                main.append(record)
            }
        }
        return FrameworkTableInput(
            file: file, table: AnnexTable.read(main, file: file), sheet: nil, parts: parts,
            info: FrameworkTableInfo(parts[.info]))
    }

    /// A CSV file of `write`'s tables: the annex, then each part after its marker.
    static func csv(_ write: SchemeTableWrite) -> String {
        var text = CSVWriter.document(header: write.header, rows: write.rows)
        for (part, rows) in write.parts + [(FrameworkTablePart.info, write.info)] {
            text += CSVWriter.line(["[\(part.title)]"])
            for row in rows { text += CSVWriter.line(row) }
        }
        return text
    }

    /// What the reader makes of `input`, and the problems it and the annex reader found.
    static func read(_ input: FrameworkTableInput) -> (read: SchemeTableRead?, problems: [Diagnostic]) {
        var problems = FrameworkTableProblems(file: input.file)
        problems.add(input.table.problems)
        let read = PointScheme.format.table?.read(input, &problems)
        return (read, problems.list)
    }

    /// A framework file of the members read, with the common keys (`id`, `scheme`, `name`, `unitType`,
    /// `provenance`) taken from `original`.
    static func frameworkText(_ read: SchemeTableRead, common original: String) throws -> String {
        let node = try JSONParser.parse(original)
        guard case .object(let members) = node.value else { throw TestFailure("not an object") }
        var root = JSONObjectBuilder()
        for key in ["id", "scheme", "name", "unitType", "provenance"] {
            if let member = members.first(where: { $0.key == key }) { root.add(key, member.value.value) }
        }
        for member in read.members.members { root.add(member.key, member.value.value) }
        return JSONWriter.write(root.value)
    }

    /// The common keys of a framework made up for a test.
    static let madeUpCommon = """
        {"id": "bang-thu", "scheme": "points", "name": {"vi": "Bảng thử", "en": "Test table"},
         "unitType": {"vi": "Sở", "en": "department"},
         "provenance": {"decision": "made up for a test", "date": "2026-01-01",
           "issuer": {"vi": "Không", "en": "None"}, "title": {"vi": "Bảng thử", "en": "Test table"}}}
        """

    /// The point scheme a table gives, decoded as a framework file with the common keys of `common`.
    static func scheme(of input: FrameworkTableInput, common: String = madeUpCommon) throws -> (
        PointScheme, [Diagnostic], SchemeTableRead
    ) {
        let (read, problems) = read(input)
        let found = try #require(read)
        let (framework, _) = try FrameworkDecoder.decode(try frameworkText(found, common: common), file: "read.json")
        let scheme = try #require(framework.scheme as? PointScheme)
        return (scheme, problems, found)
    }
}
