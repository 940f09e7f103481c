import ChisoCLI
import ChisoIO
import Foundation
import Testing

/// Units that Thừa Thiên Huế's rules leave unranked ("Những đơn vị có tổng số điểm dưới 70 điểm … không xếp hạng")
/// and ranks within a data file's groups: every command that shows ranks shows the scheme's own, never ranks made up
/// over the whole cohort.
@Suite struct UnrankedRanksTests {
    /// Five units in two groups: on vn-hue-3043, U1 1 and U2 2 of cap_tinh, U5 1 of cap_huyen, U3 and U4 below the
    /// tiers; on vn-hue-3043-strict, U2 is unranked too.
    static let data = """
        unit_id,unit_name,year,group,NT,TC,HT,NTCQ,DL,HD,AT,NL
        U1,Sở A,2023,cap_tinh,8,5,10,50,5,12,6,2
        U2,Sở B,2023,cap_tinh,6,4,8,40,4,9,4,1
        U3,Sở C,2023,cap_tinh,5,3,6,30,3,8,3,1
        U4,Huyện D,2023,cap_huyen,5,3,6,35,3,8,3,1
        U5,Huyện E,2023,cap_huyen,7,4,9,45,4,11,5,2

        """

    /// The same units without the group column: one cohort.
    static var ungrouped: String {
        data.split(separator: "\n").map { line in
            var fields = line.split(separator: ",", omittingEmptySubsequences: false)
            fields.remove(at: 3)
            return fields.joined(separator: ",")
        }.joined(separator: "\n") + "\n"
    }

    static func scored(_ framework: String, _ csv: String, name: String) throws -> String {
        let input = try temporaryFile(name + "-data.csv", csv)
        let output = URL(fileURLWithPath: input).deletingLastPathComponent().appendingPathComponent(name + ".csv").path
        let run = chiso("score", "--framework", framework, input, "--format", "csv", "--output", output)
        #expect(run.status == .ok, "\(run.error)")
        return output
    }

    static func table(_ text: String) -> [[String: String]] {
        let (records, _) = CSVReader.read(Array(text.utf8), file: "out")
        guard let header = records.first?.fields else { return [] }
        return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0.fields)) }
    }

    @Test func compareLeavesUnrankedUnitsWithoutARankAndGroupedRanksOutOfCorrelations() throws {
        let a = try Self.scored("vn-hue-3043", Self.data, name: "hs")
        let b = try Self.scored("vn-hue-3043-strict", Self.data, name: "hs2")
        let data = try temporaryFile("h.csv", Self.data)
        // Score outputs, and the data file scored in place: the same ranks.
        for (x, y) in [(a, b), (data, data)] {
            let units = chiso(
                "compare", "--framework", "vn-hue-3043", "--framework", "vn-hue-3043-strict", x, y, "--format", "csv")
            #expect(units.status == .ok, "\(units.error)")
            let rows = Self.table(units.output)
            let ranks = rows.map { "\($0["unit_id"] ?? "") \($0["rank"] ?? "") \($0["rank_shift"] ?? "")" }
            #expect(ranks == ["U1 1 ", "U1 1 0", "U2 2 ", "U2  ", "U3  ", "U3  ", "U4  ", "U4  ", "U5 1 ", "U5 1 0"])
            let summary = chiso(
                "compare", "--framework", "vn-hue-3043", "--framework", "vn-hue-3043-strict", x, y, "--summary",
                "--format", "csv", "--top", "1")
            let row = try #require(Self.table(summary.output).first)
            #expect(row["unranked_a"] == "2" && row["unranked_b"] == "3" && row["ranks_within_groups"] == "true")
            #expect(row["spearman_rho"] == "" && row["kendall_tau_b"] == "" && row["top_k_overlap"] == "")
            let text = chiso("compare", "--framework", "vn-hue-3043", "--framework", "vn-hue-3043-strict", x, y)
            #expect(text.output.contains("left out of the rank statistics as not ranked: 2 on A, 3 on B"))
            #expect(text.output.contains("rank correlations and tops: not computed, a side ranks its units within"))
        }
    }

    @Test func compareCorrelatesOnlyUnitsRankedOnBothSides() throws {
        let a = try Self.scored("vn-hue-3043", Self.ungrouped, name: "one")
        let b = try Self.scored("vn-hue-3043", Self.ungrouped, name: "two")
        let summary = chiso("compare", "--framework", "vn-hue-3043", a, b, "--summary", "--format", "csv")
        let row = try #require(Self.table(summary.output).first)
        // U1, U5, U2 ranked 1, 2, 3 on both sides; U3 and U4 left out.
        #expect(row["unranked_a"] == "2" && row["unranked_b"] == "2" && row["ranks_within_groups"] == "false")
        #expect(row["spearman_rho"] == "1" && row["kendall_tau_b"] == "1")
        let units = Self.table(chiso("compare", "--framework", "vn-hue-3043", a, b, "--format", "csv").output)
        #expect(units.filter { $0["unit_id"] == "U3" }.map { $0["rank"] } == ["", ""])
        #expect(units.filter { $0["unit_id"] == "U5" }.map { $0["rank"] } == ["2", "2"])
    }
}
