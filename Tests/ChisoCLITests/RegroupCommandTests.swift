import ChisoCLI
import ChisoFormats
import ChisoReports
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
        let run = chisoInEnglish(
            "regroup", "--map", "vn-provinces-2025", "--framework", "vn-dti-922-province", try Self.provinces(),
            "--by", "unit_name", "--ignore-column", "population", "--data-only", "--rank-partial")
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
            "--by", "unit_name", "--weight", "population", "--data-only", "--rank-partial")
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
        let run = chisoInEnglish(
            "regroup", "--map", "vn-provinces-2025", "--framework", "vn-dti-922-province", try Self.provinces(),
            "--ignore-column", "population")
        #expect(run.status == .dataError)
        #expect(
            run.error.contains(
                "provinces.csv:2: error: unit_id \"P1\": not in the map vn-provinces-2025 (by unit_id); the map may list names: try --by unit_name"
            ))
        let typo = try temporaryFile("typo.csv", "unit_id,unit_name,NT\nP1,Tuyen Quang,0.5\n")
        let near = chisoInEnglish(
            "regroup", "--map", "vn-provinces-2025", "--framework", "vn-dti-922-province", typo, "--by", "unit_name")
        #expect(near.error.contains("did you mean Tuyên Quang?"))
    }

    @Test func aMapOfOnesOwnWithRules() throws {
        let map = try temporaryFile("communes.csv", "old_unit,new_unit\nX1,N1\nX2,N1\nX3,N2\n")
        let data = try temporaryFile(
            "x.csv", "unit_id,KTS.04,KTS.04.share,XHS.08\nX1,2,40,có\nX2,3,60,không\nX3,1,100,có\n")
        let run = chisoInEnglish(
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
        (
            ["--rule", "NT=sum"],
            "--rule NT=sum: NT is a ratio column, and a sum of shares, ratios or points can pass the whole"
        ),
        (["--rule", "NT=mean", "--rule", "nt=min"], "--rule nt is given twice"),
        (["--rule", "sum", "--rule", "max"], "--rule without a column is given twice"),
    ])
    func mistakes(options: [String], message: String) throws {
        let run = chisoInEnglish(
            ["regroup", "--map", "vn-provinces-2025", "--framework", "vn-dti-922-province", try Self.provinces()]
                + options + ["--lang", "en"])
        #expect(run.status == .usage)
        #expect(run.error.contains(message), "\(run.error)")
    }

    @Test func aBrokenMapReportsEveryRow() throws {
        let map = try temporaryFile("m.csv", "old_unit,new_unit\nHà Giang,A\nhà giang,B\nTuyên Quang,\n")
        let run = chisoInEnglish(
            "regroup", "--map", map, "--framework", "vn-dti-922-province", try Self.provinces(), "--by", "unit_name")
        #expect(run.status == .dataError)
        #expect(run.error.contains("m.csv:3:1: error: \"hà giang\": mapped twice, to A and to B"))
        #expect(run.error.contains("m.csv:4: error: a row of the unit map needs both an old and a new name"))
        let columns = try temporaryFile("c.csv", "province,unit\nA,B\n")
        let wrong = chisoInEnglish("compare", "--framework", "vn-2361-commune", communes, communes, "--id-map", columns)
        #expect(wrong.status == .dataError)
        #expect(wrong.error.contains("the ID map needs a column of old names (from, old_unit, old_id, old_province)"))
    }

    @Test func unknownMap() {
        let run = chisoInEnglish(
            "regroup", "--map", "vn-provinces-2052", "--framework", "vn-dti-922-province", communes)
        #expect(run.status == .usage)
        #expect(run.error.contains("did you mean vn-provinces-2025?"))
    }

    /// Counts add up by default; a mean of counts (1.5 staff) or of answers, or a sum of percentages past 100, is
    /// refused for the column named, and a rule for all applies only where it makes a valid value.
    @Test func rulesThatCannotMakeAValidValue() throws {
        let map = try temporaryFile("communes.csv", "old_unit,new_unit\nX1,N1\nX2,N1\n")
        let data = try temporaryFile("x.csv", "unit_id,CQS.07,CQS.01,XHS.08\nX1,1,70,có\nX2,2,60,không\n")
        let standard = chisoInEnglish("regroup", "--map", map, "--framework", "vn-2361-commune", data, "--data-only")
        #expect(standard.status == .ok, "\(standard.error)")
        #expect(standard.output.contains("N1,N1,,,,65,,,,,,3,"))  // 70 and 60 average; 1 + 2 staff add up
        for (rule, message) in [
            ("CQS.07=mean", "--rule CQS.07=mean: CQS.07 is a count column, and a mean of counts is not a whole number"),
            ("CQS.01=sum", "--rule CQS.01=sum: CQS.01 is a percent column, and a sum of shares"),
            ("XHS.08=mean", "--rule XHS.08=mean: XHS.08 is a yesNo column, and a mean of answers is no answer"),
        ] {
            let run = chisoInEnglish("regroup", "--map", map, "--framework", "vn-2361-commune", data, "--rule", rule)
            #expect(run.status == .usage)
            #expect(run.error.contains(message), "\(run.error)")
        }
        let all = chisoInEnglish(
            "regroup", "--map", map, "--framework", "vn-2361-commune", data, "--rule", "sum", "--data-only")
        #expect(all.status == .ok)
        #expect(all.output.contains("N1,N1,,,,65,,,,,,3,"))  // the percentage keeps its mean: 130% is no share
        #expect(all.error.contains("notice: --rule sum does not apply to percent columns (a sum of shares"))
        #expect(all.error.contains("they keep mean: CQS.01, CQS.02,"))
    }

    /// Under --by unit_name, two communes of one name are two units: merged by name they would be one.
    @Test func namesSharedByTwoUnitsAreRefused() throws {
        let map = try temporaryFile("names.csv", "old_unit,new_unit\nTân Phú,N1\nTân Hòa,N1\n")
        let data = try temporaryFile(
            "x.csv", "unit_id,unit_name,CQS.01\nX1,Tân Phú,70\nX2,Tân Hòa,60\nX3,tân phú ,50\n")
        let run = chisoInEnglish("regroup", "--map", map, "--framework", "vn-2361-commune", data, "--by", "unit_name")
        #expect(run.status == .dataError)
        #expect(
            run.error.contains(
                "x.csv:4: error: unit_name \"tân phú\": two units share this name (unit_id X1 on line 2, X3 here)"),
            "\(run.error)")
    }

    /// A weight is read as a data cell is: 1.000 is refused with the hint, a decimal comma is read.
    @Test func weightsReadAsDataCells() throws {
        let map = try temporaryFile("communes.csv", "old_unit,new_unit\nX1,N1\nX2,N1\n")
        let thousands = try temporaryFile("x.csv", "unit_id;CQS.01;pop\nX1;70;1.000\nX2;40;0x10\n")
        let run = chisoInEnglish(
            "regroup", "--map", map, "--framework", "vn-2361-commune", thousands, "--weight", "pop")
        #expect(run.status == .dataError)
        #expect(run.error.contains("x.csv:2: error: pop \"1.000\": expected a weight of more than 0"))
        #expect(run.error.contains("may be 1000 written with a thousands separator"))
        #expect(run.error.contains("x.csv:3: error: pop \"0x10\""))
        let comma = try temporaryFile("y.csv", "unit_id;CQS.01;pop\nX1;70;1,5\nX2;40;0,5\n")
        let weighted = chisoInEnglish(
            "regroup", "--map", map, "--framework", "vn-2361-commune", comma, "--weight", "pop", "--data-only")
        #expect(weighted.status == .ok, "\(weighted.error)")
        #expect(weighted.output.contains("N1,N1,,,,62.5,"))  // (70 × 1.5 + 40 × 0.5) / 2
    }

    /// A new unit whose old units are not all in the data is marked in every output and left unranked, after the
    /// ranked units; --rank-partial ranks it with them, in the map's order. Old Hải Phòng alone scores above Hà Nội
    /// here (the case: without Hải Dương it came out 1st) and is not ranked 1st for it.
    @Test func partialUnitsAreMarkedAndUnranked() throws {
        let data = try temporaryFile(
            "dti.csv",
            """
            unit_id,unit_name,NT,TC,HT,NL,AT,DT,HD.CQS,HD.KTS,HD.XHS
            P1,Hải Phòng,0.9,0.9,0.9,0.9,0.9,0.9,0.9,0.9,0.9
            P2,Hà Nội,0.8,0.8,0.8,0.8,0.8,0.8,0.8,0.8,0.8
            P3,Thừa Thiên Huế,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5

            """)
        let arguments = [
            "regroup", "--map", "vn-provinces-2025", "--framework", "vn-dti-922-province", data, "--by", "unit_name",
        ]
        let run = chiso(arguments + ["--format", "csv"])
        #expect(run.status == .ok, "\(run.error)")
        let rows = run.output.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let rank = try #require(rows[0].firstIndex(of: "rank"))
        #expect(rows[0].suffix(2) == ["partial", "partial_why"])
        #expect(
            rows.dropFirst().map { "\($0[1])|\($0[rank])|\($0[$0.count - 2])|\($0[$0.count - 1])" } == [
                "Hà Nội|1|no|", "Huế|2|no|", "Hải Phòng (partial)||yes|without Hải Dương",
            ])
        let table = chisoInEnglish(arguments)
        #expect(table.output.contains("Hải Phòng (partial)"))
        #expect(
            table.output.hasSuffix(
                "1 new unit rests on partial data (old units or values missing), marked (partial), and is not "
                    + "ranked; --rank-partial ranks them with the others.\n"))
        let ranked = chiso(arguments + ["--format", "csv", "--rank-partial"])
        let all = ranked.output.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        #expect(all.dropFirst().map { "\($0[1])|\($0[rank])" } == ["Hà Nội|2", "Huế|3", "Hải Phòng (partial)|1"])
        // A data file has no room for "partial": writing one asks for --rank-partial, since whatever scores it
        // ranks every unit.
        let refused = chiso(arguments + ["--data-only", "--lang", "en"])
        #expect(refused.status == .usage)
        #expect(refused.error.contains("--data-only: 1 new unit rests on partial data (Hải Phòng)"), "\(refused.error)")
        let dataOnly = chiso(arguments + ["--data-only", "--rank-partial"])
        #expect(dataOnly.output.contains("\nHải Phòng,Hải Phòng (partial),"))
    }

    /// Issue 18, item 8: old names as the official 2024 list writes them ("Thanh Hoá", "TP.HCM", "Bà Rịa – Vũng
    /// Tàu", "Đăk Lăk", "Huế") merge as the map's names, each with a notice on standard error.
    @Test(arguments: [
        ("Thanh Hoá", "Thanh Hóa,Thanh Hóa,", "old tone placement"),
        ("TP.HCM", "Hồ Chí Minh,Hồ Chí Minh (partial),", "another name of the unit"),
        ("Bà Rịa – Vũng Tàu", "Hồ Chí Minh,Hồ Chí Minh (partial),", "dash"),
        ("Đăk Lăk", "Đắk Lắk,Đắk Lắk (partial),", "Đăk/Đắk"),
        ("Huế", "Huế,Huế,", "another name of the unit"),
    ])
    func officialSpellingsMergeWithANotice(written: String, row: String, variant: String) throws {
        let data = try temporaryFile(
            "old.csv",
            "unit_id,unit_name,NT,TC,HT,NL,AT,DT,HD.CQS,HD.KTS,HD.XHS\nP1,\(written),0.5,0.5,0.5,0.5,0.5,,0.5,0.5,0.5\n"
        )
        let run = chisoInEnglish(
            "regroup", "--map", "vn-provinces-2025", "--framework", "vn-dti-922-province", data, "--by", "unit_name",
            "--data-only", "--rank-partial")
        #expect(run.status == .ok, "\(run.error)")
        #expect(run.output.split(separator: "\n").contains { $0.hasPrefix(row) }, "\(run.output)")
        #expect(run.error.contains("notice: unit_name \"\(written)\": matched loosely to"), "\(run.error)")
        #expect(run.error.contains(variant))
    }

    /// Huế's departments (`so`) and districts (`huyen`), ranked apart, all of 2025.
    static let hue = """
        unit_id,unit_name,parent_id,year,group,NT,TC,HT,NTCQ,DL,HD,AT,NL
        S1,S1,,2025,so,7.5,4.25,10,50.5,5,10.75,5.25,2
        S2,S2,,2025,so,5.5,3.25,6.75,40,3.5,9.75,3.5,1.5
        S3,S3,,2025,so,4,2.5,7.25,28.5,2.75,8.25,4.25,1.25
        H1,H1,,2025,huyen,7,4,9,48,5,10,5,2
        H2,H2,,2025,huyen,5.5,3.25,6.75,40.5,3.5,9.75,3.5,1.5
        H3,H3,,2025,huyen,4,2.5,3.5,18,1.75,3.5,3,0.75

        """

    /// Regroups `data` under `map` (`old → new` pairs) with the Huế framework.
    static func regroupHue(_ data: String, map: String, _ options: [String]) throws
        -> (status: ExitCode, output: String, error: String)
    {
        let mapFile = try temporaryFile(
            "hmap.csv",
            "old_unit,new_unit\n"
                + map.split(separator: " ").map { $0.replacingOccurrences(of: ">", with: ",") }.joined(
                    separator: "\n") + "\n")
        return chisoInEnglish(
            ["regroup", "--map", mapFile, "--framework", "vn-hue-3043", try temporaryFile("hg.csv", data)] + options)
    }

    /// A new unit takes the group and the year its old units share: ranks stay within groups, and the merged
    /// values keep both columns.
    @Test func newUnitsKeepTheGroupAndTheYearTheirOldUnitsShare() throws {
        let map = "S1>N1 H1>N5 S2>N2 S3>N3 H2>N4 H3>N4"
        let scored = try Self.regroupHue(Self.hue, map: map, ["--format", "csv"])
        #expect(scored.status == .ok, "\(scored.error)")
        let rows = scored.output.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        let rank = try #require(rows.first?.firstIndex(of: "rank"))
        let byID = Dictionary(rows.dropFirst().map { (String($0[0]), $0) }, uniquingKeysWith: { first, _ in first })
        // N1 leads the departments and N5 the districts: each ranks first in its own group.
        #expect(byID["N1"]?[3] == "2025" && byID["N1"]?[4] == "so" && byID["N1"]?[rank] == "1")
        #expect(byID["N5"]?[3] == "2025" && byID["N5"]?[4] == "huyen" && byID["N5"]?[rank] == "1")
        #expect(byID["N2"]?[4] == "so" && byID["N2"]?[rank] == "2")
        #expect(byID["N4"]?[4] == "huyen")
        let data = try Self.regroupHue(Self.hue, map: map, ["--data-only"])
        #expect(data.status == .ok, "\(data.error)")
        #expect(data.output.hasPrefix("unit_id,unit_name,parent_id,year,registered_level,group,NT,"))
        #expect(data.output.contains("\nN1,N1,,2025,,so,7.5,"))
        #expect(data.output.contains("\nN4,N4,,2025,,huyen,4.75,"))
        // Read back, the merged values rank within their groups as the scored output does.
        let back = chiso(
            "score", "--framework", "vn-hue-3043", try temporaryFile("merged.csv", data.output), "--format", "csv")
        #expect(back.status == .ok, "\(back.error)")
        #expect(back.output.contains("\nN5,N5,,2025,huyen,90,") && back.output.contains("\nN1,N1,,2025,so,95.25,"))
    }

    /// Old units of different groups or years in one new unit are refused, every such unit at once, whether the
    /// run scores or writes the merged values: a department merged into a district is no merge of like units, and
    /// a mean across years is the value of no year.
    @Test(arguments: [
        (
            "S1>N1 H1>N1 S2>N2 S3>N3 H2>N4 H3>N4", "", "",
            [
                "new unit \"N1\": its old units are of different groups: S1 (line 2, group so), H1 (line 5, group huyen)"
            ]
        ),
        (
            "S1>N1 S2>N1 S3>N3 H1>N4 H2>N4 H3>N4", "S1,S1,,2025,", "S1,S1,,2024,",
            ["new unit \"N1\": its old units are of different years: S1 (line 2, year 2024), S2 (line 3, year 2025)"]
        ),
        (
            "S1>N1 S2>N1 S3>N3 H1>N4 H2>N4 H3>N4", "S2,S2,,2025,", "S2,S2,,,",
            ["new unit \"N1\": its old units are of different years: S1 (line 2, year 2025), S2 (line 3, no year)"]
        ),
        (
            "S1>N1 S2>N1 S3>N3 H1>N4 H2>N4 H3>N4", "H3,H3,,2025,huyen,", "H3,H3,,2025,,",
            [
                "new unit \"N4\": its old units are of different groups: H1 (line 5, group huyen), H2 (line 6, "
                    + "group huyen), H3 (line 7, no group)"
            ]
        ),
        (
            "S1>N1 H1>N1 S2>N2 S3>N3 H2>N4 H3>N4", "H1,H1,,2025,", "H1,H1,,2023,",
            [
                "new unit \"N1\": its old units are of different groups: S1 (line 2, group so), H1 (line 5, group huyen)",
                "new unit \"N1\": its old units are of different years: S1 (line 2, year 2025), H1 (line 5, year 2023)",
            ]
        ),
    ])
    func oldUnitsOfDifferentGroupsOrYearsAreRefused(
        map: String, written: String, changed: String, messages: [String]
    ) throws {
        let data = written.isEmpty ? Self.hue : Self.hue.replacingOccurrences(of: written, with: changed)
        for options in [["--format", "csv"], ["--data-only"]] {
            let run = try Self.regroupHue(data, map: map, options)
            #expect(run.status == .dataError, "\(options) \(run.output)")
            #expect(run.output.isEmpty)
            for message in messages { #expect(run.error.contains("hg.csv: error: " + message), "\(run.error)") }
        }
    }
}
