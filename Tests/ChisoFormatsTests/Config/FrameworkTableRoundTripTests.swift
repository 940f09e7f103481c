import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// The framework table is a second, lossless file format of the framework model (issue 22): every built-in
/// framework, exported as a CSV file and as a workbook, imports back equal — the same identity, provenance and
/// scheme, every rule parameter included — without a warning beyond the notices of how the table was read.
@Suite struct FrameworkTableRoundTripTests {
    static let ids = FrameworkCatalog.builtIn.map(\.id)

    @Test(arguments: ids)
    func aBuiltInComesBackEqualFromCSV(id: String) throws {
        let (framework, _) = try FrameworkCatalog.load(id)
        let tables = try #require(FrameworkTableExport.tables(framework))
        let csv = FrameworkTableExport.csv(tables)
        let outcome = FrameworkTableImport.read(Array(csv.utf8), file: "\(id).csv")
        let problems = outcome.problems.filter { $0.severity != .notice }
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
        let back = try #require(outcome.framework)
        #expect(back == framework)
        #expect(back.scheme.measures == framework.scheme.measures)
    }

    @Test(arguments: ids)
    func aBuiltInComesBackEqualFromAWorkbook(id: String) throws {
        let (framework, _) = try FrameworkCatalog.load(id)
        let tables = try #require(FrameworkTableExport.tables(framework))
        let bytes = try XLSXWriter.write(FrameworkTableExport.workbook(tables))
        let outcome = FrameworkTableImport.read(bytes, file: "\(id).xlsx")
        let problems = outcome.problems.filter { $0.severity != .notice }
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
        #expect(outcome.framework == framework)
    }

    /// The framework file an import writes decodes to the framework the import gives.
    @Test(arguments: ids)
    func theFileWrittenIsTheFrameworkImported(id: String) throws {
        let (framework, _) = try FrameworkCatalog.load(id)
        let tables = try #require(FrameworkTableExport.tables(framework))
        let outcome = FrameworkTableImport.read(Array(FrameworkTableExport.csv(tables).utf8), file: "t.csv")
        let (decoded, _) = try FrameworkDecoder.decode(outcome.text, file: "t.json")
        #expect(decoded == framework)
        #expect(outcome.text.hasPrefix("// Khung đánh giá nhập từ bảng t.csv"))
    }
}
