import ChisoCore
import Foundation
import Testing

@testable import ChisoCLI
@testable import ChisoFormats

/// `--excel`: CSV that Excel opens in one go — for Vietnamese settings `;` between fields and decimal commas, for
/// English commas and decimal points, both after a byte-order mark — and that chiso reads back wherever it reads its
/// own outputs.
@Suite struct ExcelCSVTests {
    static let commune = ["--framework", "vn-2361-commune", communes]
    static let dti = repository.appendingPathComponent("notebooks-data/sample-vn-dti-922-province.csv").path

    static let gap = [
        "gap", "--framework", "vn-dti-922-province", dti, "--target", "0.6", "--unit", "U01", "--format", "csv",
    ]

    /// The first lines of `text`.
    static func head(_ text: String, _ count: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).prefix(count).joined(separator: "\n")
    }

    @Test func vietnameseUsesSemicolonsAndDecimalCommas() {
        let run = chiso(Self.gap + ["--excel"])
        #expect(run.status == .ok, "\(run.error)")
        #expect(Self.head(run.output, 3) == Self.vi)
    }

    @Test func englishUsesCommasAndDecimalPoints() {
        let run = chiso(Self.gap + ["--excel", "--lang", "en"])
        #expect(run.status == .ok, "\(run.error)")
        #expect(Self.head(run.output, 3) == Self.en)
        let plain = chiso(Self.gap)
        #expect(run.output == CSVWriter.byteOrderMark + plain.output)
    }

    static let vi = """
        \u{FEFF}unit_id;target;criterion;current;required;gap;kind;framework
        U01;chỉ số ≥ 0.6;total;447,62;600;152,38;total;vn-dti-922-province
        U01;chỉ số ≥ 0.6;NT;42,82;100;57,18;headroom;vn-dti-922-province
        """
    static let en = """
        \u{FEFF}unit_id,target,criterion,current,required,gap,kind,framework
        U01,chỉ số ≥ 0.6,total,447.62,600,152.38,total,vn-dti-922-province
        U01,chỉ số ≥ 0.6,NT,42.82,100,57.18,headroom,vn-dti-922-province
        """

    /// A plan written for Vietnamese Excel is applied by `whatif --scenario` as the plain CSV is.
    @Test func aPlanForExcelIsAppliedAsAScenario() throws {
        let costs = try PlanCommandTests.costs()
        let plan = ["plan"] + Self.commune + ["--costs", costs, "--target", "next", "--format", "csv"]
        let plain = try temporaryFile("plan.csv", chiso(plan).output)
        let excel = try temporaryFile("plan.csv", chiso(plan + ["--excel"]).output)
        #expect(try String(contentsOfFile: excel, encoding: .utf8).contains(";"))
        let whatif = ["whatif"] + Self.commune + ["--format", "csv", "--scenario"]
        let fromPlain = chiso(whatif + [plain])
        let fromExcel = chiso(whatif + [excel])
        #expect(fromPlain.status == .ok)
        #expect(fromExcel.status == .ok, "\(fromExcel.error)")
        #expect(fromExcel.output == fromPlain.output)
        // And into the report, as the plan.
        let report = ["report"] + Self.commune + ["--plan"]
        let reportPlain = chiso(report + [plain])
        let reportExcel = chiso(report + [excel])
        #expect(reportExcel.status == .ok, "\(reportExcel.error)")
        #expect(reportExcel.output == reportPlain.output.replacingOccurrences(of: plain, with: excel))
    }

    /// Score outputs written for Vietnamese Excel are compared as the plain CSV is.
    @Test func scoresForExcelAreCompared() throws {
        let score = ["score", "--framework", "vn-dti-922-province", Self.dti, "--format", "csv"]
        let plain = try temporaryFile("a.csv", chiso(score).output)
        let excel = try temporaryFile("a.csv", chiso(score + ["--excel"]).output)
        let compare = ["compare", "--framework", "vn-dti-922-province", "--format", "csv"]
        let fromPlain = chiso(compare + [plain, plain])
        let fromExcel = chiso(compare + [excel, excel])
        #expect(fromExcel.status == .ok, "\(fromExcel.error)")
        #expect(
            fromExcel.output.replacingOccurrences(of: excel, with: "A")
                == fromPlain.output.replacingOccurrences(of: plain, with: "A"))
        // And in the report, as another side.
        let report = chiso(["report", "--framework", "vn-dti-922-province", Self.dti, "--compare", excel])
        #expect(report.status == .ok, "\(report.error)")
    }

    /// An uncertainty output written for Vietnamese Excel goes into the report as the plain CSV does.
    @Test func uncertaintyForExcelGoesIntoTheReport() throws {
        let uncertainty = ["uncertainty"] + Self.commune + ["--noise-absolute", "3", "--runs", "20", "--seed", "1"]
        let plain = try temporaryFile("u.csv", chiso(uncertainty + ["--format", "csv"]).output)
        let excel = try temporaryFile("u.csv", chiso(uncertainty + ["--format", "csv", "--excel"]).output)
        #expect(try String(contentsOfFile: excel, encoding: .utf8).contains(";"))
        let fromPlain = chiso(["report"] + Self.commune + ["--uncertainty", plain])
        let fromExcel = chiso(["report"] + Self.commune + ["--uncertainty", excel])
        #expect(fromExcel.status == .ok, "\(fromExcel.error)")
        #expect(fromExcel.output == fromPlain.output.replacingOccurrences(of: plain, with: excel))
    }
}
