import ChisoFormats
import Foundation
import Testing

@testable import ChisoCLI

/// `explain --format csv`: tidy rows, one per criterion and level (or node and tier), and through them
/// `--format xlsx`, `.csv`/`.xlsx` output names and `--excel`.
@Suite struct ExplainCSVTests {
    /// A few Huế units (no sample file holds one): tiers reached and missed, a missing input.
    static let hue = """
        unit_id,NT,TC,HT,NTCQ,DL,HD,AT,NL
        S1,8,5,10,52,5,12,6,2
        S2,6.75,3.5,8,33,3.25,8.25,4,1.5
        S4,8,5,10,45,5,12,6,

        """

    /// The columns of a level framework's rows.
    static let columns = ["unit_id", "criterion", "level", "required", "value", "status", "blocks_next", "framework"]

    static let commune = ["explain", "--framework", "vn-2361-commune", communes, "--unit", "H04-X02"]
    static let district = [
        "explain", "--framework", "vn-2361-district", districts, "--children", communes, "--unit", "H04",
    ]

    static func points(_ unit: String) throws -> [String] {
        ["explain", "--framework", "vn-hue-3043", try temporaryFile("hue.csv", hue), "--unit", unit]
    }

    /// The CSV's header and the lines of the criteria named.
    static func lines(_ csv: String, of criteria: [String]) -> String {
        csv.split(separator: "\n").enumerated().filter { index, line in
            index == 0 || criteria.contains { line.contains(",\($0),") }
        }.map { String($0.element) + "\n" }.joined()
    }

    @Test func aCommuneHasARowPerCriterionAndLevel() throws {
        let run = chiso(Self.commune + ["--format", "csv"])
        #expect(run.status == .ok, "\(run.error)")
        #expect(run.output.split(separator: "\n").count == 1 + 38 * 5)
        #expect(
            Self.lines(run.output, of: ["CQS.01", "CQS.11", "KTS.04"]) == """
                unit_id,criterion,level,required,value,status,blocks_next,framework
                H04-X02,CQS.01,1,≥50%,75%,met,no,vn-2361-commune
                H04-X02,CQS.01,2,≥60%,75%,met,no,vn-2361-commune
                H04-X02,CQS.01,3,≥70%,75%,met,no,vn-2361-commune
                H04-X02,CQS.01,4,≥100%,75%,not met,no,vn-2361-commune
                H04-X02,CQS.01,5,≥100%,75%,not met,no,vn-2361-commune
                H04-X02,CQS.11,1,,missing,not required,no,vn-2361-commune
                H04-X02,CQS.11,2,≥40%,missing,missing,yes,vn-2361-commune
                H04-X02,CQS.11,3,≥60%,missing,missing,no,vn-2361-commune
                H04-X02,CQS.11,4,≥80%,missing,missing,no,vn-2361-commune
                H04-X02,CQS.11,5,≥100%,missing,missing,no,vn-2361-commune
                H04-X02,KTS.04,1,,1; share 41%,not required,no,vn-2361-commune
                H04-X02,KTS.04,2,,1; share 41%,not required,no,vn-2361-commune
                H04-X02,KTS.04,3,≥1,1; share 41%,met,no,vn-2361-commune
                H04-X02,KTS.04,4,≥2,1; share 41%,not met,no,vn-2361-commune
                H04-X02,KTS.04,5,≥3 or share ≥100%,1; share 41%,not met,no,vn-2361-commune

                """)
        // The language of the run changes nothing in a CSV.
        #expect(chisoInEnglish(Self.commune + ["--format", "csv"]).output == run.output)
    }

    @Test func aDistrictWithItsCommunesHasTheRollUpCriterion() {
        let run = chiso(Self.district + ["--format", "csv"])
        #expect(run.status == .ok, "\(run.error)")
        #expect(
            Self.lines(run.output, of: ["CHUNG.01", "CQS.05"]) == """
                unit_id,criterion,level,required,value,status,blocks_next,framework
                H04,CHUNG.01,1,all ≥L1,"12 units (L1: 1, L3: 3, L4: 2, L5: 6)",met,no,vn-2361-district
                H04,CHUNG.01,2,"all ≥L1, ≥50% ≥L2","12 units (L1: 1, L3: 3, L4: 2, L5: 6)",met,no,vn-2361-district
                H04,CHUNG.01,3,"all ≥L2, ≥50% ≥L3","12 units (L1: 1, L3: 3, L4: 2, L5: 6)",not met,yes,vn-2361-district
                H04,CHUNG.01,4,"all ≥L3, ≥50% ≥L4","12 units (L1: 1, L3: 3, L4: 2, L5: 6)",not met,no,vn-2361-district
                H04,CHUNG.01,5,"all ≥L4, ≥50% ≥L5","12 units (L1: 1, L3: 3, L4: 2, L5: 6)",not met,no,vn-2361-district
                H04,CQS.05,1,,yes,not required,no,vn-2361-district
                H04,CQS.05,2,,yes,not required,no,vn-2361-district
                H04,CQS.05,3,,yes,not required,no,vn-2361-district
                H04,CQS.05,4,yes,yes,met,no,vn-2361-district
                H04,CQS.05,5,yes,yes,met,no,vn-2361-district

                """)
    }

    @Test func aPointUnitHasARowPerNodeAndPerTierOfTheTotal() throws {
        let run = chiso(try Self.points("S2") + ["--format", "csv"])
        #expect(run.status == .ok, "\(run.error)")
        #expect(
            run.output == """
                unit_id,node,parent,depth,value,points,max_points,share,tier,tier_en,required,status,blocks_next,framework
                S2,total,,0,68.25 / 100 (index 0.6825),68.25,100,0.6825,Mức IV,Tier IV,≥70,not met,yes,vn-hue-3043
                S2,total,,0,68.25 / 100 (index 0.6825),68.25,100,0.6825,Mức III,Tier III,≥75,not met,no,vn-hue-3043
                S2,total,,0,68.25 / 100 (index 0.6825),68.25,100,0.6825,Mức II,Tier II,≥80,not met,no,vn-hue-3043
                S2,total,,0,68.25 / 100 (index 0.6825),68.25,100,0.6825,Mức I,Tier I,≥90,not met,no,vn-hue-3043
                S2,NT,,0,6.75 / 8,6.75,8,0.8438,,,,,no,vn-hue-3043
                S2,TC,,0,3.5 / 5,3.5,5,0.7000,,,,,no,vn-hue-3043
                S2,HT,,0,8 / 10,8,10,0.8000,,,,,no,vn-hue-3043
                S2,NTCQ,,0,33 / 52,33,52,0.6346,,,,,no,vn-hue-3043
                S2,DL,,0,3.25 / 5,3.25,5,0.6500,,,,,no,vn-hue-3043
                S2,HD,,0,8.25 / 12,8.25,12,0.6875,,,,,no,vn-hue-3043
                S2,AT,,0,4 / 6,4,6,0.6667,,,,,no,vn-hue-3043
                S2,NL,,0,1.5 / 2,1.5,2,0.7500,,,,,no,vn-hue-3043

                """)
        let missing = chiso(try Self.points("S4") + ["--format", "csv"])
        #expect(missing.output.contains("\nS4,NL,,0,missing (0 / 2),,2,,,,,,no,vn-hue-3043\n"))
        #expect(missing.output.contains("\nS4,total,,0,91 / 100 (index 0.9100),91,100,0.9100,Mức I,Tier I,≥90,met,no,"))
    }

    /// A conditional criterion given `KAD` is `not applicable` to the unit wherever a level asks something of it,
    /// as the table's `·` says, never met.
    @Test func aConditionalCriterionNotApplyingToTheUnit() throws {
        let data = try temporaryFile("kad.csv", "unit_id,CQS.01,KTS.03\nX1,70,KAD\n")
        let run = chiso(["explain", "--framework", "vn-2361-commune", data, "--unit", "X1", "--format", "csv"])
        #expect(
            Self.lines(run.output, of: ["KTS.03"]) == """
                unit_id,criterion,level,required,value,status,blocks_next,framework
                X1,KTS.03,1,,n/a for this unit,not required,no,vn-2361-commune
                X1,KTS.03,2,yes,n/a for this unit,not applicable,no,vn-2361-commune
                X1,KTS.03,3,yes,n/a for this unit,not applicable,no,vn-2361-commune
                X1,KTS.03,4,yes,n/a for this unit,not applicable,no,vn-2361-commune
                X1,KTS.03,5,yes,n/a for this unit,not applicable,no,vn-2361-commune

                """)
    }

    /// A `.csv` output name writes the CSV; `--excel` writes it for Vietnamese Excel.
    @Test func aCSVNameAndExcel() throws {
        let csv = chiso(Self.commune + ["--format", "csv"]).output
        let path = try temporaryFile("why.csv", "")
        try FileManager.default.removeItem(atPath: path)
        let run = chiso(Self.commune + ["--output", path])
        #expect(run.status == .ok, "\(run.error)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == csv)
        let excel = chiso(Self.commune + ["--format", "csv", "--excel"])
        #expect(excel.output.hasPrefix("\u{FEFF}unit_id;criterion;level;required;value;status;blocks_next;framework\n"))
        #expect(excel.output.contains("\nH04-X02;KTS.04;5;≥3 or share ≥100%;\"1; share 41%\";not met;no;"))
    }

    /// The help names every format, and a workbook without a file is refused as for every command.
    @Test func helpAndWorkbookWithoutAFile() {
        let help = chisoInEnglish("explain", "--help")
        #expect(help.output.contains("(table|csv|json|markdown|jsonl|xlsx)"))
        #expect(help.output.contains("--excel"))
        let run = chisoInEnglish(Self.commune + ["--format", "xlsx"])
        #expect(run.status == .usage)
    }
}
