import ChisoCLI
import ChisoIO
import Foundation
import Testing

/// `chiso regroup` with the built-in 2025 map and with a map of one's own.
@Suite struct RegroupCommandTests {
    /// Three old provinces of the DTI 922 framework: Hà Giang and Tuyên Quang became Tuyên Quang; Yên Bái became
    /// part of Lào Cai, which is not in the data.
    static func provinces() throws -> String {
        try temporaryFile(
            "provinces.csv",
            """
            unit_id,unit_name,NT,TC,HT,NL,AT,DT,HD.CQS,HD.KTS,HD.XHS,population
            P1,Hà Giang,0.2,0.4,0.6,0.8,1.0,0.5,0.5,0.5,0.5,1
            P2,Tuyên Quang,0.6,0.8,1.0,0.4,0.2,0.5,0.5,0.5,,3
            P3,  Yên Bái ,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,2

            """)
    }

    @Test func mergesByNameWithTheBuiltInMap() throws {
        let run = chiso(
            "regroup", "--map", "vn-provinces-2025", "--framework", "vn-dti-922-province", try Self.provinces(),
            "--by", "unit_name", "--ignore-column", "population", "--data-only")
        #expect(run.status == .ok, "\(run.error)")
        let lines = run.output.split(separator: "\n").map(String.init)
        // Tuyên Quang: the mean of the two; HD.XHS rests on Hà Giang alone, so the unit is marked partial.
        #expect(
            lines.contains {
                $0.hasPrefix("Tuyên Quang,Tuyên Quang (partial),,,,0.4,0.6,0.8,0.6,0.6,0.5,0.5,0.5,0.5")
            })
        #expect(lines.contains { $0.hasPrefix("Lào Cai,Lào Cai (partial),") })
        #expect(run.error.contains("Resolution 202/2025/QH15"))
        #expect(
            run.error.contains(
                "warning: 1 old unit of the map is not in the data, so its new unit rests on the others: Lào Cai"))
        #expect(run.error.contains("no old unit of 32 new units is in the data, so they are left out: Hà Nội, Huế,"))
        #expect(
            run.error.contains(
                "Tuyên Quang: rests on partial data (2 old units: Hà Giang, Tuyên Quang; missing values in HD.XHS)"))
        #expect(run.error.contains("Lào Cai: rests on partial data (1 old unit: Yên Bái; without Lào Cai)"))
    }

    @Test func weightedMeanAndScores() throws {
        let run = chiso(
            "regroup", "--map", "vn-provinces-2025", "--framework", "vn-dti-922-province", try Self.provinces(),
            "--by", "unit_name", "--weight", "population", "--data-only")
        #expect(run.status == .ok, "\(run.error)")
        // NT: (0.2 × 1 + 0.6 × 3) / 4 = 0.5.
        #expect(run.output.contains("Tuyên Quang,Tuyên Quang (partial),,,,0.5,"))
        let scored = chiso(
            "regroup", "--map", "vn-provinces-2025", "--framework", "vn-dti-922-province", try Self.provinces(),
            "--by", "unit_name", "--weight", "population", "--format", "csv")
        #expect(scored.status == .ok)
        #expect(scored.output.hasPrefix("unit_id,unit_name,parent_id,year,score,max_score,index,tier,tier_en,rank"))
        #expect(scored.output.split(separator: "\n")[0].hasSuffix(",partial,partial_why"))
        #expect(scored.output.split(separator: "\n").count == 3)
    }

    @Test func unitsOutsideTheMapAreErrors() throws {
        let run = chiso(
            "regroup", "--map", "vn-provinces-2025", "--framework", "vn-dti-922-province", try Self.provinces(),
            "--ignore-column", "population")
        #expect(run.status == .dataError)
        #expect(
            run.error.contains(
                "provinces.csv:2: error: unit_id \"P1\": not in the map vn-provinces-2025 (by unit_id); the map may list names: try --by unit_name"
            ))
        let typo = try temporaryFile("typo.csv", "unit_id,unit_name,NT\nP1,Tuyen Quang,0.5\n")
        let near = chiso(
            "regroup", "--map", "vn-provinces-2025", "--framework", "vn-dti-922-province", typo, "--by", "unit_name")
        #expect(near.error.contains("did you mean Tuyên Quang?"))
    }

    @Test func aMapOfOnesOwnWithRules() throws {
        let map = try temporaryFile("communes.csv", "old_unit,new_unit\nX1,N1\nX2,N1\nX3,N2\n")
        let data = try temporaryFile(
            "x.csv", "unit_id,KTS.04,KTS.04.share,XHS.08\nX1,2,40,có\nX2,3,60,không\nX3,1,100,có\n")
        let run = chiso(
            "regroup", "--map", map, "--framework", "vn-2361-commune", data, "--rule", "KTS.04=sum", "--data-only")
        #expect(run.status == .ok, "\(run.error)")
        let lines = run.output.split(separator: "\n").map(String.init)
        // Enterprises add up (2 + 3), shares average (40, 60), and XHS.08 is yes only if both said yes.
        #expect(lines[1].hasPrefix("N1,N1,") && lines[1].contains(",5,50,") && lines[1].contains(",không,"))
        #expect(lines[2].hasPrefix("N2,N2,") && lines[2].contains(",1,100,") && lines[2].contains(",có,"))
        // Counts take the sum anyway (CQS.07 too); the rule given names one of them.
        #expect(run.error.contains("notice: sum: CQS.07, KTS.04\n"))
        // Columns no old unit has stay missing; they do not make a unit partial.
        #expect(!run.error.contains("partial"))
    }

    @Test(arguments: [
        (["--rule", "median"], "--rule takes mean, sum, min or max"),
        (["--rule", "CQS.99=sum"], "no column CQS.99 in vn-dti-922-province"),
        (["--by", "name"], "'name' is not a valid value for '--by'"),
    ])
    func mistakes(options: [String], message: String) throws {
        let run = chiso(
            ["regroup", "--map", "vn-provinces-2025", "--framework", "vn-dti-922-province", try Self.provinces()]
                + options)
        #expect(run.status == .usage)
        #expect(run.error.contains(message), "\(run.error)")
    }

    @Test func aBrokenMapReportsEveryRow() throws {
        let map = try temporaryFile("m.csv", "old_unit,new_unit\nHà Giang,A\nhà giang,B\nTuyên Quang,\n")
        let run = chiso(
            "regroup", "--map", map, "--framework", "vn-dti-922-province", try Self.provinces(), "--by", "unit_name")
        #expect(run.status == .dataError)
        #expect(run.error.contains("m.csv:3:1: error: \"hà giang\": mapped twice, to A and to B"))
        #expect(run.error.contains("m.csv:4: error: a row of the unit map needs both an old and a new name"))
        let columns = try temporaryFile("c.csv", "province,unit\nA,B\n")
        let wrong = chiso("compare", "--framework", "vn-2361-commune", communes, communes, "--id-map", columns)
        #expect(wrong.status == .dataError)
        #expect(wrong.error.contains("the ID map needs a column of old names (from, old_unit, old_id, old_province)"))
    }

    @Test func unknownMap() {
        let run = chiso("regroup", "--map", "vn-provinces-2052", "--framework", "vn-dti-922-province", communes)
        #expect(run.status == .usage)
        #expect(run.error.contains("did you mean vn-provinces-2025?"))
    }
}
