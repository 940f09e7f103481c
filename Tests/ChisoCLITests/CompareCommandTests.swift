import ChisoCLI
import ChisoFormats
import ChisoReports
import Foundation
import Testing

/// `chiso compare` on small hand-made score outputs whose statistics were computed independently (SciPy 1.17.1
/// `spearmanr`, `kendalltau(method='asymptotic')`; κ by NumPy from the confusion table).
@Suite struct CompareCommandTests {
    /// Two years of 2361 commune levels: X6 only in the first, X7 only in the second.
    static func levelSides() throws -> (String, String) {
        let a = try temporaryFile("2024.csv", "unit_id,unit_name,level\nX1,,1\nX2,,2\nX3,,3\nX4,,4\nX5,,5\nX6,,0\n")
        let b = try temporaryFile("2025.csv", "unit_id,level\nX1,2\nX2,2\nX3,3\nX4,5\nX5,4\nX7,1\n")
        return (a, b)
    }

    @Test func summaryMatchesIndependentFigures() throws {
        let (a, b) = try Self.levelSides()
        let run = chiso(
            "compare", "--framework", "vn-2361-commune", a, b, "--top", "2", "--summary", "--format", "csv")
        #expect(run.status == .ok, "\(run.error)")
        let (records, _) = CSVReader.read(Array(run.output.utf8), file: "out")
        #expect(records.first?.fields == CompareReport.summaryColumns)
        let row = Dictionary(uniqueKeysWithValues: zip(CompareReport.summaryColumns, try #require(records.last).fields))
        #expect(row["a"] == "2024.csv" && row["b"] == "2025.csv")
        #expect(row["n"] == "5" && row["only_a"] == "1" && row["only_b"] == "1")
        let expected: [String: Double] = [
            "spearman_rho": 0.8720815992723809, "spearman_p": 0.05385421772754213,
            "kendall_tau_b": 0.7378647873726218, "kendall_p": 0.07697417298126674,
            "kappa_linear": 0.5945945945945945, "kappa_quadratic": 0.8235294117647058, "exact_agreement": 0.4,
            // Tops of 2: {X5, X4} and {X4, X5}.
            "top_k_overlap": 1,
        ]
        for (column, value) in expected {
            let found = try #require(row[column].flatMap(Double.init), "\(column)")
            #expect(abs(found - value) < 1e-6, "\(column): \(found) against \(value)")
        }
    }

    @Test func perUnitCSVIsTidy() throws {
        let (a, b) = try Self.levelSides()
        let run = chiso("compare", "--framework", "vn-2361-commune", a, b, "--format", "csv")
        #expect(run.status == .ok)
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines[0] == CompareReport.unitColumns.joined(separator: ","))
        #expect(lines[1] == "X1,2024.csv,1,0.2,5,,vn-2361-commune")
        // X1 ranks 5th of 6 in 2024 (level 1) and 4th in 2025 (level 2, tied with X2): up 1 place.
        #expect(lines[2] == "X1,2025.csv,2,0.4,4,1,vn-2361-commune")
        #expect(lines.contains("X6,2024.csv,0,0,6,,vn-2361-commune"))
        #expect(lines.last == "X7,2025.csv,1,0.2,6,,vn-2361-commune")
    }

    @Test func readableReport() throws {
        let (a, b) = try Self.levelSides()
        let run = chiso(
            "compare", "--framework", "vn-2361-commune", a, b, "--top", "2", "--years", "2024,2025", "--lang", "en")
        #expect(run.status == .ok)
        #expect(
            run.output == """
                Sides:
                  A. 2024: vn-2361-commune, 6 units, common scale classes: the class reached over the number of classes, 0 when none is reached
                  B. 2025: vn-2361-commune, 6 units, common scale classes: the class reached over the number of classes, 0 when none is reached

                A → B: 5 units on both sides; only on A: X6; only on B: X7
                  Spearman's ρ 0.872 (p = 0.054), Kendall's τ-b 0.738 (p = 0.077)
                  Cohen's weighted κ: linear 0.595, quadratic 0.824; same class for 40.0% of units
                    A \\ B  0  1  2  3  4  5
                    -----  -  -  -  -  -  -
                    0      0  0  0  0  0  0
                    1      0  0  1  0  0  0
                    2      0  0  1  0  0  0
                    3      0  0  0  1  0  0
                    4      0  0  0  0  0  1
                    5      0  0  0  0  1  0
                  top 2: 100.0% of the larger top is in both
                  moved up most: X1 (up 1 place: 5 → 4), X4 (up 1 place: 2 → 1)
                  moved down most: X5 (down 1 place: 1 → 2)

                unit_id  A outcome  A scale  A rank  B outcome  B scale  B rank  B shift
                -------  ---------  -------  ------  ---------  -------  ------  ------------
                X1       1            0.200       5  2            0.400       4  up 1 place
                X2       2            0.400       4  2            0.400       4  no change
                X3       3            0.600       3  3            0.600       3  no change
                X4       4            0.800       2  5            1.000       1  up 1 place
                X5       5            1.000       1  4            0.800       2  down 1 place
                X6       0            0.000       6  —                —       —
                X7       —                —       —  1            0.200       6

                """)
    }

    @Test func oneFileSplitByYear() throws {
        let file = try temporaryFile(
            "panel.csv", "unit_id,year,level\nX1,2024,1\nX2,2024,3\nX3,2024,2\nX1,2025,3\nX2,2025,3\nX3,2025,1\n")
        let run = chiso(
            "compare", "--framework", "vn-2361-commune", file, "--years", "2024,2025", "--format", "csv")
        #expect(run.status == .ok, "\(run.error)")
        #expect(run.output.contains("X1,2025,3,0.6,1,2,vn-2361-commune\n"))
        let missing = chisoInEnglish("compare", "--framework", "vn-2361-commune", file, "--years", "2024,2026")
        #expect(missing.status == .dataError)
        #expect(missing.error.contains("no row has year 2026"))
    }

    @Test func idMapJoinsUnitsUnderOtherIDs() throws {
        let (a, _) = try Self.levelSides()
        let b = try temporaryFile("renamed.csv", "unit_id,level\nN1,1\nN2,2\nX3,3\n")
        let map = try temporaryFile("map.csv", "from,to\nN1,X1\nN2,X2\n")
        let run = chiso(
            "compare", "--framework", "vn-2361-commune", a, b, "--id-map", map, "--summary", "--format", "csv")
        #expect(run.status == .ok)
        #expect(run.output.split(separator: "\n")[1].hasPrefix("2024.csv,renamed.csv,3,3,0,"))
        let twice = try temporaryFile("twice.csv", "from,to\nN1,X1\nN2,X1\n")
        let merged = chisoInEnglish("compare", "--framework", "vn-2361-commune", a, b, "--id-map", twice)
        #expect(merged.status == .dataError)
        #expect(merged.error.contains("\"X1\": appears more than once"))
        #expect(merged.error.contains("chiso regroup"))
    }

    @Test func pointSidesUseTheirTiersAndRanks() throws {
        let a = try temporaryFile(
            "a.csv", "unit_id,index,tier,rank\nS1,0.9,Mức I,1\nS2,0.7,Mức II,2\nS3,0.4,,3\n")
        let b = try temporaryFile(
            "b.csv", "unit_id,index,tier,rank\nS1,0.72,Mức II,2\nS2,0.95,Mức I,1\nS3,0.55,Mức III,3\n")
        let run = chiso("compare", "--framework", "vn-hue-3043", a, b, "--format", "csv")
        #expect(run.status == .ok, "\(run.error)")
        // Huế has four tiers: Mức I is the top (ordinal 4, scale 1), no tier is 0.
        #expect(run.output.contains("S1,a.csv,Mức I,1,1,,vn-hue-3043\n"))
        #expect(run.output.contains("S3,a.csv,Không xếp hạng,0,3,,vn-hue-3043\n"))
        #expect(run.output.contains("S2,b.csv,Mức I,1,1,1,vn-hue-3043\n"))
    }

    @Test func differentClassScalesGetNoKappa() throws {
        let (a, _) = try Self.levelSides()
        let b = try temporaryFile("b.csv", "unit_id,index,tier,rank\nX1,0.9,Mức I,1\nX2,0.7,Mức II,2\nX3,0.4,,3\n")
        let run = chiso(
            "compare", "--framework", "vn-2361-commune", "--framework", "vn-hue-3043", a, b, "--lang", "en")
        #expect(run.status == .ok, "\(run.error)")
        #expect(run.output.contains("Cohen's κ: not computed, the two sides do not rate on the same classes"))
    }

    @Test(arguments: [
        (["--framework", "vn-2361-commune"], ExitCode.usage, "compare needs two sides or more"),
        (
            ["--framework", "vn-2361-commune", "--framework", "vn-2361-commune", "--framework", "vn-hue-3043"],
            ExitCode.usage, "give --framework once for every side, or once per side (2 sides, 3 frameworks)"
        ),
        (["--framework", "vn-hue-3043"], ExitCode.dataError, "this file holds levels, a level framework's output"),
        (["--framework", "vn-2361-commune", "--top", "0"], ExitCode.usage, "--top takes a whole number from 1"),
    ])
    func mistakesAreExplained(options: [String], status: ExitCode, message: String) throws {
        let (a, b) = try Self.levelSides()
        let files = options.contains("--top") || options.count > 2 || options[1] != "vn-2361-commune" ? [a, b] : [a]
        let run = chisoInEnglish(["compare"] + options + files)
        #expect(run.status == status)
        #expect(run.error.contains(message), "\(run.error)")
    }

    @Test func badCellsAreReportedWithLineAndColumn() throws {
        let (a, _) = try Self.levelSides()
        let b = try temporaryFile("bad.csv", "unit_id,level\nX1,7\nX2,two\n")
        let run = chisoInEnglish("compare", "--framework", "vn-2361-commune", a, b)
        #expect(run.status == .dataError)
        #expect(run.error.contains("bad.csv:2:2: error: level \"7\": expected a level from 0 to 5 of vn-2361-commune"))
        #expect(run.error.contains("bad.csv:3:2: error: level \"two\""))
    }

    @Test func dataFilesAreScoredFirst() throws {
        let run = chiso(
            "compare", "--framework", "vn-2361-commune", communes, communes, "--summary", "--format", "csv")
        #expect(run.status == .ok)
        // A file against itself: every unit in place, full agreement.
        #expect(run.output.contains(",120,0,0,1,0,1,"))
    }

    /// An ID map applies to every side at once: a cycle would swap two units without a word, and a new ID renamed
    /// again would rename a side that already uses it. Both are refused with the rows named.
    @Test(arguments: [
        ("from,to\nX1,X2\nX2,X1\n", "map.csv:2: error: \"X1\": the ID map renames in a cycle, X1 → X2 → X1"),
        ("from,to\nX1,X2\nX2,X3\nX3,X1\n", "the ID map renames in a cycle, X1 → X2 → X3 → X1"),
        (
            "from,to\nN1,X1\nX1,X9\n",
            "map.csv:2: error: \"N1\": N1 is renamed to X1, which is itself renamed to X9 (line 3)"
        ),
    ])
    func idMapCyclesAndChainsAreRefused(map: String, message: String) throws {
        let (a, b) = try Self.levelSides()
        let file = try temporaryFile("map.csv", map)
        let run = chisoInEnglish("compare", "--framework", "vn-2361-commune", a, b, "--id-map", file)
        #expect(run.status == .dataError)
        #expect(run.error.contains(message), "\(run.error)")
        // Reported once per cycle, not once per row.
        #expect(run.error.components(separatedBy: "in a cycle").count <= 2)
    }

    /// Each side has its own label: a year named twice is a usage error; one file given twice is labelled apart,
    /// so that the README's pivot still works.
    @Test func sideLabelsAreUnique() throws {
        let (a, b) = try Self.levelSides()
        let twice = chisoInEnglish("compare", "--framework", "vn-2361-commune", a, b, "--years", "2024,2024")
        #expect(twice.status == .usage)
        #expect(twice.error.contains("--years names 2024 twice; each side needs its own label"))
        let same = chiso("compare", "--framework", "vn-2361-commune", a, a, "--format", "csv")
        #expect(same.status == .ok)
        let sides = Set(same.output.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[1] })
        #expect(sides == ["2024.csv", "2024.csv (2)"])
    }
}

/// The adapters on a framework of one's own, from `frameworks new`.
@Suite struct AdaptersOnACustomFrameworkTests {
    @Test func compareDiffAndThemes() throws {
        let directory = URL(fileURLWithPath: try temporaryFile("placeholder", "")).deletingLastPathComponent().path
        let framework = directory + "/my.json"
        #expect(chiso("frameworks", "new", "--scheme", "points", "--output", framework).status == .ok)
        for (seed, name) in [("1", "y1.csv"), ("2", "y2.csv")] {
            let run = chiso(
                "sample", "--framework", framework, "--units", "20", "--seed", seed, "--output", directory + "/" + name)
            #expect(run.status == .ok)
        }
        let compare = chiso(
            "compare", "--framework", framework, directory + "/y1.csv", directory + "/y2.csv", "--summary", "--format",
            "csv")
        #expect(compare.status == .ok, "\(compare.error)")
        #expect(compare.output.split(separator: "\n")[1].hasPrefix("y1.csv,y2.csv,20,0,0,"))
        let themes = chiso("frameworks", "compare", framework, "vn-hue-3043", "--format", "csv")
        #expect(
            themes.output.contains(
                "my-index,infrastructure,Chủ đề hạ tầng và nền tảng số,Infrastructure and platforms theme,,2,40,0.4"))
        let diff = chiso("frameworks", "diff", framework, "vn-hue-3043", "--format", "csv")
        #expect(diff.status == .ok && diff.output.contains("\nadded,NT,"))
    }
}

/// The JSON outputs of the adapters and of uncertainty parse, with the documented keys.
@Suite struct AdapterJSONTests {
    func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func compareThemesCrosswalkAndUncertainty() throws {
        let (a, b) = try CompareCommandTests.levelSides()
        let compare = try object(chiso("compare", "--framework", "vn-2361-commune", a, b, "--format", "json").output)
        #expect(Set(compare.keys) == ["made_by", "sides", "pairs", "units"])
        let pair = try #require((compare["pairs"] as? [[String: Any]])?.first)
        #expect(pair["spearman_rho"] is Double && pair["confusion"] is [[Any]])
        let themes = try object(
            chiso("frameworks", "compare", "vn-2361-district", "vn-dti-922-province", "--format", "json").output)
        #expect((themes["themes"] as? [[String: Any]])?.isEmpty == false)
        let coverage = try object(
            chiso("crosswalk", "--map", "vn-dti-922-to-1726", "--coverage", "--format", "json").output)
        #expect(coverage["crosswalk"] as? String == "vn-dti-922-to-1726")
        let uncertainty = try object(
            chiso(
                "uncertainty", "--framework", "vn-2361-commune", communes, "--flip", "0.05", "--runs", "20", "--format",
                "json"
            ).output)
        let unit = try #require((uncertainty["units"] as? [[String: Any]])?.first)
        #expect(unit["unit_id"] as? String == "H01-X01" && unit["rank_p95"] is Double)
        let diff = try object(
            chiso("frameworks", "diff", "vn-hue-3043", "vn-hue-3043-strict", "--format", "json").output)
        #expect((diff["changes"] as? [[String: Any]])?.count == 33)
    }
}
