import ChisoCore
import ChisoFormats
import ChisoReports
import Testing

/// The `choice` rule written back to a framework file and shown by `frameworks show`.
@Suite struct ChoiceRuleReportTests {
    static func framework() throws -> (Framework, PointScheme) { try ChoiceRuleFramework.decoded() }

    @Test func roundTripsThroughTheFileFormat() throws {
        let (framework, _) = try Self.framework()
        let (again, _) = try FrameworkDecoder.decode(FrameworkEncoder.encode(framework), file: "again")
        #expect(again == framework)
        #expect(
            FrameworkReport.show(framework, format: .table, language: .en).contains(
                "choice chua-co→0, pho→0.5×max, chu-tich→1×max"))
    }
}
