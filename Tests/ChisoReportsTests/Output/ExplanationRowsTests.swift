import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats
@testable import ChisoReports

/// `explain --format csv` says what the explanation's table says: for every unit of every sample, each criterion's
/// (or node's) value, its mark and requirement at each level (or tier), and the binding mark, read back from the
/// English table, agree with the tidy rows.
@Suite struct ExplanationRowsTests {
    /// A Huế unit set (no sample file holds one): tiers reached and missed, a missing input.
    static let hue = """
        unit_id,NT,TC,HT,NTCQ,DL,HD,AT,NL
        S1,8,5,10,52,5,12,6,2
        S2,6.75,3.5,8,33,3.25,8.25,4,1.5
        S3,8,3.75,7.5,38.25,4.75,12,5.5,1.75
        S4,8,5,10,45,5,12,6,
        """

    static let samples: [(framework: String, file: String)] = [
        ("vn-2361-commune", "sample-communes.csv"), ("vn-2361-district", "sample-districts.csv"),
        ("vn-dti-922-province", "sample-vn-dti-922-province.csv"),
        ("example-province-department", "sample-example-province-department.csv"), ("vn-hue-3043", "hue"),
        ("vn-2361-commune", "conditional"),
    ]

    /// Communes with conditional criteria that do not apply to them (`KAD`), beside ones that do.
    static let conditional = """
        unit_id,CQS.01,CQS.09,CQS.10,CQS.11,KTS.01,KTS.02,KTS.03,XHS.07
        X1,70,KAD,KAD,KAD,KAD,KAD,KAD,KAD
        X2,100,100,KAD,60,KAD,45,yes,KAD
        X3,55,,50,KAD,30,KAD,no,90
        """

    static func data(_ file: String) throws -> [UInt8] {
        if file == "hue" { return Array(hue.utf8) }
        if file == "conditional" { return Array(conditional.utf8) }
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("notebooks-data/\(file)")
        return Array(try Data(contentsOf: path))
    }

    /// The levels of the sample communes by district, for a district's roll-up criterion.
    static func communeLevels() throws -> [String: [Int]] {
        let (framework, _) = try FrameworkCatalog.load("vn-2361-commune")
        let scheme = framework.scheme
        let table = AssessmentLoader.load(
            try data("sample-communes.csv"), file: "c.csv", measures: scheme.measures,
            levelCount: scheme.classes.count)
        var levels: [String: [Int]] = [:]
        for assessment in table.assessments {
            levels[assessment.unit.parentID ?? "", default: []].append(
                scheme.score(assessment, subordinates: nil).standing.ordinal)
        }
        return levels
    }

    @Test(arguments: samples)
    func theRowsSayWhatTheTableSays(framework id: String, file: String) throws {
        let (framework, _) = try FrameworkCatalog.load(id)
        let scheme = framework.scheme
        let table = AssessmentLoader.load(
            try Self.data(file), file: "data.csv", measures: scheme.measures, levelCount: scheme.classes.count)
        #expect(table.assessments.count >= 3, "\(table.diagnostics)")
        let levels = scheme.rollsUpChildren ? try Self.communeLevels() : [:]
        for assessment in table.assessments {
            let summary =
                scheme.rollsUpChildren
                ? ChildLevelSummary(levels: levels[assessment.unit.id] ?? [], maximumLevel: scheme.classes.count)
                : nil
            let explanation = scheme.explain(scheme.score(assessment, subordinates: summary), ranks: [:])
            let text = ExplanationReport.render(explanation, framework: framework, format: .table, language: .en)
            let csv = ExplanationReport.render(explanation, framework: framework, format: .csv)
            try expectAgreement(table: text, csv: csv, framework: framework, unit: "\(id) \(assessment.unit.id)")
        }
    }

    /// The table's rows, cut at the columns its dashed line marks.
    static func tableRows(_ text: String) throws -> [[String]] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        let dashes = try #require(lines.firstIndex { $0.contains("-") && $0.allSatisfy { $0 == "-" || $0 == " " } })
        let line = lines[dashes]
        let starts = line.indices.filter { line[$0] == "-" && ($0 == 0 || line[$0 - 1] == " ") }
        return lines[(dashes + 1)...].prefix { !$0.isEmpty }.map { row in
            starts.enumerated().map { index, start in
                let end = index + 1 < starts.count ? starts[index + 1] : row.count
                guard start < row.count else { return "" }
                return String(row[start..<min(end, row.count)]).trimmingCharacters(in: .whitespaces)
            }
        }
    }

    func expectAgreement(table text: String, csv: String, framework: Framework, unit: String) throws {
        let (records, problems) = CSVReader.read(Array(csv.utf8), file: "explain.csv")
        #expect(problems.isEmpty)
        let header = try #require(records.first?.fields)
        let rows = records.dropFirst().map(\.fields)
        let column = { (names: [String]) in names.compactMap { header.firstIndex(of: $0) }.first ?? 0 }
        let (id, klass, required, value, status, blocks) = (
            column(["criterion", "node"]), column(["level", "tier_en"]), column(["required"]), column(["value"]),
            column(["status"]), column(["blocks_next"])
        )
        let classes = framework.scheme.classes.count
        let tableRows = try Self.tableRows(text)
        #expect(tableRows.count == Set(rows.map { $0[id] }).count, "\(unit)")
        for raw in tableRows {
            // Where no row is binding and no class exists, the table has no mark column.
            let cells = raw.count == classes + 4 ? raw : [""] + raw
            let mine = rows.filter { $0[id] == cells[1] }
            #expect(!mine.isEmpty, "\(unit) \(cells[1]) has no rows")
            #expect((cells[0] == "*") == mine.contains { $0[blocks] == "yes" }, "\(unit) \(cells[1]) binding")
            // The name stands beside the ID, then the value and the classes.
            #expect(!cells[2].isEmpty, "\(unit) \(cells[1]) name")
            #expect(mine.allSatisfy { $0[value] == cells[3] }, "\(unit) \(cells[1]) value")
            for ordinal in stride(from: 1, through: classes, by: 1) {
                let cell = cells[3 + ordinal]
                let name = header[klass] == "level" ? String(ordinal) : framework.scheme.className(ordinal).en
                guard let row = mine.first(where: { $0[klass] == name }) else {
                    #expect(cell.isEmpty || cell.hasPrefix("·"), "\(unit) \(cells[1]) \(ordinal): \(cell)")
                    continue
                }
                let mark = ["met": "✓", "not met": "✗", "missing": "?", "not applicable": "·"][row[status]]
                if let mark {
                    #expect(cell == "\(mark) \(row[required])", "\(unit) \(cells[1]) \(ordinal): \(cell) \(row)")
                } else {
                    #expect(row[status] == "not required" && row[required].isEmpty, "\(unit) \(cells[1]) \(row)")
                    #expect(cell.isEmpty || cell.hasPrefix("·"), "\(unit) \(cells[1]) \(ordinal): \(cell)")
                }
            }
        }
    }
}
