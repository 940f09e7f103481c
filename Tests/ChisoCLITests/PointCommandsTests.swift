import ChisoCLI
import ChisoCore
import ChisoFormats
import ChisoReports
import Foundation
import Testing

@Suite struct PointCommandsTests {
    /// The data of the README's guide "Define your own index".
    static let guideData = """
        unit_id,unit_name,TTC.01,HT.01,HT.02,HD.01,HD.02
        S01,Sở Nội vụ,45,95,có,85,18
        S02,Sở Y tế,120,75,có,50,12
        S03,Sở Tài chính,60,60,không,30,10

        """

    @Test func theGuideWorksAsWritten() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "chiso-guide-\(UUID().uuidString)"
        ).path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let index = directory + "/my-index.json"
        #expect(chiso("frameworks", "new", "--scheme", "points", "--output", index).status == .ok)
        #expect(
            chisoInEnglish("frameworks", "validate", index).output
                == "\(index): valid framework my-index with 8 nodes, 5 inputs; common scale classes (default)\n")
        #expect(
            chiso("template", "--framework", index).output
                == "unit_id,unit_name,parent_id,year,TTC.01,HT.01,HT.02,HD.01,HD.02\n")
        let data = directory + "/my-data.csv"
        try Data(Self.guideData.utf8).write(to: URL(fileURLWithPath: data))
        // S01: 20 + 20 + 40 + 18 = 98, HD 58/60 → Tốt. S02: 10 + 20 + 20 + 12 = 62, HD 32/60 < 75% → Khá.
        // S03: 0 + 0 + 6.67 + 10 = 16.67 → unranked.
        let run = chiso("score", "--framework", index, data)
        #expect(run.status == .ok)
        #expect(
            run.output == """
                Mã đơn vị  Tên đơn vị           Điểm  Chỉ số  Thứ hạng  Xếp loại        Chưa có số liệu  Cản trở lên xếp loại tiếp theo
                ---------  ------------  -----------  ------  --------  --------------  ---------------  ------------------------------
                S01        Sở Nội vụ        98 / 100    0,98         1  Tốt                           0
                S02        Sở Y tế          62 / 100    0,62         2  Khá                           0  total, HD
                S03        Sở Tài chính  16,67 / 100    0,17         3  Không xếp hạng                0  total

                3 đơn vị theo xếp loại: Tốt: 1; Khá: 1; Không xếp hạng: 1.

                """
        )
        let csv = chiso("score", "--framework", index, data, "--format", "csv").output
        #expect(
            csv == """
                unit_id,unit_name,parent_id,year,score,max_score,index,tier,tier_en,rank,index.HT,rank.HT,index.HD,rank.HD,index.CORE,rank.CORE,missing,next_tier_blockers,framework
                S01,Sở Nội vụ,,,98,100,0.98,Tốt,Good,1,1.00,1,0.97,1,1.00,1,,,my-index
                S02,Sở Y tế,,,62,100,0.62,Khá,Fair,2,0.75,2,0.53,2,0.50,2,,total;HD,my-index
                S03,Sở Tài chính,,,16.67,100,0.17,Không xếp hạng,Unranked,3,0.00,3,0.28,3,0.11,3,,total,my-index

                """
        )
        let explain = chiso("explain", "--framework", index, data, "--unit", "S02", "--lang", "en")
        #expect(explain.output.contains("Tier: Khá (Fair) — 62 of 100 points, index 0.62, rank 2"))
        #expect(
            explain.output.contains(
                "- Tốt (Good) is not reached: the total needs ≥80 and has 62; HD needs ≥45 and has 32."))
    }

    @Test func levelStarterValidates() throws {
        let path = try temporaryFile("levels.json", chiso("frameworks", "new", "--scheme", "levels").output)
        #expect(
            chisoInEnglish("frameworks", "validate", path).output.hasSuffix(
                "valid framework my-levels with 2 criteria; common scale classes (default)\n"))
    }

    /// A framework without tiers has no classes: a registered level cannot be checked, and must not crash.
    @Test func registeredLevelWithoutTiersIsAnErrorNotACrash() throws {
        let data = try temporaryFile("dti.csv", "unit_id,registered_level,NT\nP1,,0.5\nP2,2,0.6\n")
        let run = chisoInEnglish("score", "--framework", "vn-dti-922-province", data)
        #expect(run.status == .dataError)
        #expect(
            run.error.contains(
                "dti.csv:3:2: error: registered_level \"2\": this framework has no levels or tiers to register for; leave it empty"
            )
        )
    }

    @Test func ministryFrameworkRefusesToScore() throws {
        let data = try temporaryFile("m.csv", "unit_id,NT\nB1,0.5\n")
        let run = chisoInEnglish("score", "--framework", "vn-dti-ministry-2020", data)
        #expect(run.status == .dataError)
        #expect(run.output.isEmpty)
        #expect(
            run.error.contains(
                "the points of NT, TC, HT, DL, HD, AT, NL are not given by the sources, so this framework cannot score without inventing weights"
            ))
    }

    @Test func hueFromTheCommandLine() throws {
        let data = try temporaryFile(
            "hue.csv", "unit_id,NT,TC,HT,NTCQ,DL,HD,AT,NL\nA,8,5,10,52,5,10,0,0\nB,7,5,10,52,5,9,5,2\n")
        let total = chiso("score", "--framework", "vn-hue-3043", data, "--format", "csv").output.split(separator: "\n")
        let strict = chiso("score", "--framework", "vn-hue-3043-strict", data, "--format", "csv").output.split(
            separator: "\n")
        // A: exactly 90 points → Mức I by the total; below Mức IV strictly (AT and NL at 0), and so without a rank:
        // "Những đơn vị có tổng số điểm dưới 70 điểm … không xếp hạng" (issue 18).
        #expect(total[1].hasPrefix("A,,,,90,100,0.9000,Mức I,Tier I,2,"))
        #expect(strict[1].hasPrefix("A,,,,90,100,0.9000,Không xếp hạng,Unranked,,"))
        #expect(strict[1].hasSuffix(",,AT;NL,vn-hue-3043-strict"))
        #expect(strict[2].hasPrefix("B,,,,95,100,0.9500,Mức III,Tier III,1,"))
    }

    /// Huế ranks provincial departments and districts apart (Decision 3043: "theo 02 nhóm"): with a group column,
    /// each group is ranked among itself, and the CSV carries the group.
    @Test func ranksWithinGroups() throws {
        let data = try temporaryFile(
            "hue.csv",
            """
            unit_id,group,NT,TC,HT,NTCQ,DL,HD,AT,NL
            S1,cap_tinh,8,5,10,50,5,12,6,2
            S2,cap_tinh,6,4,8,40,4,10,5,1
            H1,cap_huyen,7,5,9,45,5,11,6,2
            H2,cap_huyen,8,5,10,52,5,12,6,2

            """)
        let run = chiso("score", "--framework", "vn-hue-3043", data, "--format", "csv")
        #expect(run.status == .ok)
        let lines = run.output.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(lines[0][4] == "group")
        #expect(
            lines.dropFirst().map { "\($0[0]) \($0[4]) rank \($0[10])" } == [
                "S1 cap_tinh rank 1", "S2 cap_tinh rank 2", "H1 cap_huyen rank 2", "H2 cap_huyen rank 1",
            ])
    }

    /// DTI 2021–2023 has no tiers: the tier columns are empty, not "unranked" for every province.
    @Test func frameworkWithoutTiersLeavesTheTierEmpty() throws {
        let run = chiso(
            "score", "--framework", "vn-dti-922-province", "--format", "csv",
            repository.appendingPathComponent("notebooks-data/sample-vn-dti-922-province.csv").path)
        let (records, _) = CSVReader.read(Array(run.output.utf8), file: "out")
        let header = try #require(records.first?.fields)
        let tier = try #require(header.firstIndex(of: "tier"))
        #expect(records.count == 64)
        #expect(records.dropFirst().allSatisfy { $0.fields[tier].isEmpty && $0.fields[tier + 1].isEmpty })
    }

    @Test func frameworksShowForPoints() {
        let csv = chiso("frameworks", "show", "vn-dti-922-province", "--format", "csv").output
        #expect(
            csv.hasPrefix(
                "id,parent,name_vi,name_en,max,rule,measure,information_only,note\n"
                    + "NT,,Nhận thức số,Digital awareness,100,ratio,ratio,,10 components; group I (nền tảng chung)\n"
            )
        )
        #expect(csv.contains("\nDT,,Đô thị thông minh,Smart city,0,not scored (0 points),ratio,,"))
        let pillars = chiso("frameworks", "show", "vn-dti-1726-province").output
        #expect(pillars.contains("\n  ·            -  chỉ là cấu trúc            Chuyển đổi nhận thức\n"))
        let english = chiso("frameworks", "show", "vn-dti-1726-province", "--lang", "en").output
        #expect(english.contains("\n  ·    -  structure only  Digital awareness\n"))
        let table = chiso("frameworks", "show", "vn-dti-ministry-2020", "--lang", "en").output
        #expect(
            table.contains(
                "Points unknown for: NT, TC, HT, DL, HD, AT, NL. This framework cannot be scored until they are given.")
        )
    }
}
