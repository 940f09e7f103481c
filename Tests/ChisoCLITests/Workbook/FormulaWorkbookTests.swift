import ChisoCLI
import ChisoCore
import ChisoFormats
import ChisoReports
import Foundation
import Testing

/// LibreOffice Calc, which recalculates a workbook's formulas when it converts it; tests that need it are skipped,
/// with the reason, where it is not installed.
enum Calc {
    /// The path of `soffice` (or `libreoffice`) on `PATH`, if any.
    static let soffice: String? = {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["soffice", "libreoffice"] {
            let candidates = paths.map { "\($0)/\(name)" }
            if let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) { return path }
        }
        return nil
    }()

    /// Converts every workbook to CSV in `directory` (one LibreOffice run), recalculating its formulas: UTF-8,
    /// commas, numbers in full (not as shown), English (US) number marks.
    static func convert(_ workbooks: [URL], in directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(soffice))
        process.arguments =
            [
                "-env:UserInstallation=file://\(directory.path)/profile", "--headless", "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,false", "--outdir", directory.path,
            ] + workbooks.map(\.path)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
    }
}

/// A workbook that scores itself: each sample's values typed into a sheet with the framework's formula columns,
/// recalculated by LibreOffice, give every unit the results `chiso score --format csv` gives.
@Suite struct FormulaWorkbookTests {
    /// The samples (the committed ones, else units made up by `chiso sample`) and the result columns the formulas
    /// compute for each framework; the others' cells say they cannot be computed in the spreadsheet.
    static let samples: [(framework: String, sample: String?, compiled: [String])] = [
        ("vn-2361-commune", "sample-communes.csv", levels),
        ("vn-2361-district", "sample-districts.csv", []),  // CHUNG.01 rolls up the communes' levels
        ("example-province-department", "sample-example-province-department.csv", points),
        ("vn-dti-922-province", "sample-vn-dti-922-province.csv", points), ("vn-hue-3043", nil, points),
        ("vn-hue-3043-strict", nil, points), ("example-province-district", nil, points),
        ("vn-dti-1726-province", nil, points),
        ("example-province-commune", nil, levels),  // a level needs a share of extended criteria
    ]
    static let levels = ["level", "next_level_blockers"]
    static let points = ["score", "index", "tier", "tier_en", "next_tier_blockers"]

    /// The result columns compared, where the framework's scheme writes them.
    static let compared = ["level", "next_level_blockers", "score", "index", "tier", "tier_en", "next_tier_blockers"]

    @Test(.enabled(if: Calc.soffice != nil, "SKIP: LibreOffice (soffice) is not installed"))
    func libreOfficeComputesWhatChisoScores() throws {
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var workbooks: [URL] = []
        var expected: [[String: [String: String]]] = []
        for (framework, sample, _) in Self.samples {
            let data = try sampleFile(framework, sample, in: directory)
            let run = chiso("score", "--framework", framework, data, "--format", "csv")
            #expect(run.status == .ok, "\(framework): \(run.error)")
            expected.append(Self.rowsByUnit(run.output))
            let url = directory.appendingPathComponent("\(framework).xlsx")
            try Data(XLSXWriter.write(try workbook(framework, data: data))).write(to: url)
            workbooks.append(url)
        }
        try Calc.convert(workbooks, in: directory)
        for (index, (framework, _, columns)) in Self.samples.enumerated() {
            let csv = try String(contentsOf: directory.appendingPathComponent("\(framework).csv"), encoding: .utf8)
            let computed = Self.rowsByUnit(csv)
            let (agreeing, compiled) = compare(framework, computed: computed, expected: expected[index])
            print("formulas \(framework): \(agreeing)/\(expected[index].count) units agree on \(compiled)")
            #expect(agreeing == expected[index].count, "\(framework)")
            #expect(compiled == columns, "\(framework)")
        }
    }

    /// The sample's path: the committed file, or units made up by `chiso sample`.
    private func sampleFile(_ framework: String, _ sample: String?, in directory: URL) throws -> String {
        if let sample { return repository.appendingPathComponent("notebooks-data/\(sample)").path }
        let path = directory.appendingPathComponent("\(framework).sample.csv").path
        let run = chiso("sample", "--framework", framework, "--units", "60", "--seed", "21", "--output", path)
        #expect(run.status == .ok, "\(run.error)")
        return path
    }

    /// The sample's cells typed into a sheet (numbers as numbers, words as text), with the formula columns.
    private func workbook(_ id: String, data: String) throws -> WorkbookDocument {
        let (framework, _) = try FrameworkCatalog.load(id)
        let (records, _) = CSVReader.read(Array(try Data(contentsOf: URL(fileURLWithPath: data))), file: data)
        let header = try #require(records.first?.fields)
        var rows: [[WorkbookCell]] = [header.map { .text($0, style: .header) }]
        for record in records.dropFirst() {
            rows.append(
                record.fields.enumerated().map { column, text in
                    if text.isEmpty { return .empty }
                    if column > 0, let number = Double(text) { return .number(number) }
                    return .text(text)
                })
        }
        let columns = FormulaColumns(framework: framework, header: header, language: .vi)
        let sheet = columns.appended(to: WorkbookSheet(name: "Dữ liệu", rows: rows), units: records.count - 1)
        return WorkbookDocument(sheets: [sheet])
    }

    /// How many units agree on every compiled column, and which columns were compiled.
    private func compare(
        _ framework: String, computed: [String: [String: String]], expected: [String: [String: String]]
    ) -> (Int, [String]) {
        let notCompiled = "Không tính được trong bảng tính"
        var compiled: Set<String> = []
        var agreeing = 0
        for (unit, want) in expected.sorted(by: { $0.key < $1.key }) {
            guard let got = computed[unit] else {
                Issue.record("\(framework) \(unit): no row in the recalculated workbook")
                continue
            }
            var agrees = true
            for column in Self.compared where want[column] != nil {
                let cell = got[column] ?? ""
                if cell.hasPrefix(notCompiled) { continue }  // checked by the list of compiled columns
                compiled.insert(column)
                if !Self.same(cell, want[column] ?? "", column: column) {
                    Issue.record("\(framework) \(unit) \(column): sheet \(cell), chiso \(want[column] ?? "")")
                    agrees = false
                }
            }
            if agrees { agreeing += 1 }
        }
        return (agreeing, Self.compared.filter(compiled.contains))
    }

    /// Whether a recalculated cell holds the value chiso wrote: numbers within half the last digit chiso prints.
    static func same(_ cell: String, _ chiso: String, column: String) -> Bool {
        guard column == "score" || column == "index" else { return cell == chiso }
        guard let got = Double(cell.replacingOccurrences(of: ",", with: "")), let want = Double(chiso) else {
            return false
        }
        let decimals = chiso.split(separator: ".").dropFirst().first?.count ?? 0
        var unit = 1.0
        for _ in 0..<decimals { unit /= 10 }
        return abs(got - want) <= unit / 2 + 1e-9
    }

    /// A CSV's rows by `unit_id`, each as column → cell.
    static func rowsByUnit(_ csv: String) -> [String: [String: String]] {
        let (records, _) = CSVReader.read(Array(csv.utf8), file: "out.csv")
        guard let header = records.first?.fields, let key = header.firstIndex(of: "unit_id") else { return [:] }
        var rows: [String: [String: String]] = [:]
        for record in records.dropFirst() where record.fields.count > key {
            var row: [String: String] = [:]
            for (index, name) in header.enumerated() where index < record.fields.count && row[name] == nil {
                row[name] = record.fields[index]
            }
            rows[record.fields[key]] = row
        }
        return rows
    }
}

/// A scheme without formulas of its own (a third party's) gets a cell saying so in each result column.
@Suite struct ThirdSchemeFormulaTests {
    @Test func eachResultColumnSaysItCannotBeComputed() {
        let columns = FormulaColumns(
            scheme: AllOfScheme(thresholds: [50, 70]), header: ["unit_id", "M1", "M2"], language: .en)
        let results = Framework.reporting(of: AllOfScheme(thresholds: [50, 70])).csvColumns().map(\.name)
            .filter { !["unit_id", "unit_name", "parent_id", "year"].contains($0) }
        #expect(!results.isEmpty)
        #expect(columns.columns.map(\.id) == results)
        let text = "Cannot be computed in the spreadsheet (this scheme has no formulas): score with chiso"
        #expect(columns.cells(row: 2).allSatisfy { $0.value == .text(text) })
    }
}
