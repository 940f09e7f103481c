import ChisoCore
import ChisoFormats
import ChisoReports
import Testing

/// The result table's summary lines.
struct ResultReportTests {
    @Test func oneUnitIsOneUnitInSummaries() throws {
        let (framework, _) = try FrameworkCatalog.load("vn-2361-commune")
        let table = Support.load("unit_id,CQS.01\nX1,50\n", measures: framework.scheme.measures)
        let results = framework.scheme.score(table.assessments)
        let text = ResultReport.render(results, ranks: .none, framework: framework, format: .table, language: .en)
        #expect(text.contains("\n1 unit by level: 0 Below level 1: 1;"))
    }
}
