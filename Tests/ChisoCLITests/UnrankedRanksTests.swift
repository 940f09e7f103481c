import ChisoCLI
import ChisoFormats
import ChisoReports
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
            let text = chiso(
                "compare", "--framework", "vn-hue-3043", "--framework", "vn-hue-3043-strict", x, y, "--lang", "en")
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

extension UnrankedRanksTests {
    static func statistics(_ csv: String) -> [String: String] {
        var found: [String: String] = [:]
        for row in table(csv) { found["\(row["unit_id"] ?? "") \(row["statistic"] ?? "")"] = row["value"] }
        return found
    }

    @Test func uncertaintyRanksAsTheSchemeDoes() throws {
        let data = try temporaryFile("h.csv", Self.data)
        let options = ["--framework", "vn-hue-3043", data, "--noise-relative", "0.05", "--runs", "200"]
        let run = chisoInEnglish(["uncertainty"] + options + ["--format", "csv"])
        #expect(run.status == .ok, "\(run.error)")
        let found = Self.statistics(run.output)
        // As score ranks them: U1 1, U2 2 of cap_tinh, U5 1 of cap_huyen; U3 and U4 never.
        #expect(["U1", "U2", "U3", "U4", "U5"].map { found["\($0) nominal_rank"] } == ["1", "2", "", "", "1"])
        #expect(["U1", "U2", "U3", "U4", "U5"].map { found["\($0) p_ranked"] } == ["1", "1", "0", "0", "1"])
        for id in ["U3", "U4"] {
            #expect(
                ["mean_rank", "median_rank", "rank_p05", "rank_p95"].map { found["\(id) \($0)"] }
                    == ["", "", "", ""])
        }
        #expect(found["U5 rank_p95"] == "1")
        #expect(run.error.contains("ranks are within each unit's group"))
        #expect(run.error.contains("2 units are not ranked in some or all runs (U3, U4)"))
        // The same seed, the same result on any number of threads.
        for threads in ["1", "3"] {
            #expect(chiso(["uncertainty"] + options + ["--format", "csv", "--threads", threads]).output == run.output)
        }
        let text = chisoInEnglish(["uncertainty"] + options)
        let lines = text.output.split(separator: "\n").map(String.init)
        #expect(lines[0].contains("rank  P(ranked)  90% interval"))
        #expect(lines.contains { $0.hasPrefix("U3 ") && $0.contains("0%  not ranked") })
        let json = chiso(["uncertainty"] + options + ["--format", "json"])
        #expect(json.output.contains("\"nominal_rank\": null") || json.output.contains("\"nominal_rank\":null"))
    }

    @Test func uncertaintyWithoutGroupsRanksTheCohortLeavingOutUnrankedUnits() throws {
        let data = try temporaryFile("h.csv", Self.ungrouped)
        let run = chiso(
            "uncertainty", "--framework", "vn-hue-3043", data, "--noise-relative", "0.05", "--runs", "200", "--format",
            "csv")
        let found = Self.statistics(run.output)
        #expect(["U1", "U2", "U3", "U4", "U5"].map { found["\($0) nominal_rank"] } == ["1", "3", "", "", "2"])
        #expect(!run.error.contains("within each unit's group"))
    }

    @Test func reportRanksOfAUnitAreOutOfItsGroup() throws {
        let data = try temporaryFile("h.csv", Self.data)
        let directory = URL(fileURLWithPath: data).deletingLastPathComponent()
        let uncertainty = directory.appendingPathComponent("u.csv").path
        let made = chiso(
            "uncertainty", "--framework", "vn-hue-3043", data, "--noise-relative", "0.05", "--runs", "100", "--format",
            "csv", "--output", uncertainty)
        #expect(made.status == .ok, "\(made.error)")
        let output = directory.appendingPathComponent("r.html").path
        let run = chiso(
            "report", "--framework", "vn-hue-3043", data, "--uncertainty", uncertainty, "--output", output)
        #expect(run.status == .ok, "\(run.error)")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        // U1 and U2 of the two ranked units of cap_tinh, U5 the one of cap_huyen; never out of all five.
        #expect(html.contains("Thứ hạng 1/2") && html.contains("Thứ hạng 2/2") && html.contains("Thứ hạng 1/1"))
        #expect(!html.contains("/5"))
        // Compared with itself, the report says why ρ and τ-b are not given.
        let compared = directory.appendingPathComponent("c.html").path
        let comparison = chiso("report", "--framework", "vn-hue-3043", data, "--compare", data, "--output", compared)
        #expect(comparison.status == .ok, "\(comparison.error)")
        let text = try String(contentsOfFile: compared, encoding: .utf8)
        #expect(text.contains("Khi một bên xếp hạng trong từng nhóm, ρ, τ-b và top không được tính"))
        #expect(!html.contains("Khi một bên xếp hạng trong từng nhóm"))
    }
}
