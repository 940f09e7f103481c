import ChisoCLI
import ChisoFormats
import ChisoReports
import Foundation
import Testing

@Suite struct FrameworksCommandTests {
    @Test func list() {
        let run = chiso("frameworks", "list", "--lang", "en")
        #expect(run.status == .ok)
        let lines = run.output.split(separator: "\n").map {
            $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
        #expect(lines.contains { $0.hasPrefix("vn-2361-commune commune 5 levels, 38 criteria 2361/QĐ-BTTTT") })
        #expect(lines.contains { $0.hasPrefix("vn-2361-district district 5 levels, 33 criteria 2361/QĐ-BTTTT") })
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "vn-hue-3043 provincial department or district 100 points, 8 top-level, 4 tiers 3043/QĐ-UBND")
            })
        #expect(lines.contains { $0.hasPrefix("vn-dti-ministry-2020 ministry or government agency 500 points") })
    }

    @Test func showCSVHasReadableRequirements() throws {
        let run = chiso("frameworks", "show", "vn-2361-commune", "--format", "csv")
        #expect(run.status == .ok)
        let (records, _) = CSVReader.read(Array(run.output.utf8), file: "out")
        #expect(
            records.first?.fields == [
                "id", "group", "name_vi", "name_en", "unit", "level1", "level2", "level3", "level4", "level5",
            ])
        #expect(records.count == 39)
        let rows = Dictionary(uniqueKeysWithValues: records.dropFirst().map { ($0.fields[0], Array($0.fields[5...])) })
        #expect(rows["CQS.01"] == ["≥50%", "≥60%", "≥70%", "≥100%", "≥100%"])
        #expect(rows["CQS.04"] == ["n/a", "n/a", "yes", "yes", "yes"])
        #expect(rows["CQS.07"] == ["≥1", "≥1", "≥1", "≥1", "≥2"])
        #expect(rows["KTS.04"] == ["n/a", "n/a", "≥1", "≥2", "≥3 or share ≥100%"])
        let district = chiso("frameworks", "show", "vn-2361-district", "--format", "csv").output
        #expect(district.contains("CHUNG.01,CHUNG,"))
        #expect(
            district.contains(
                ",all ≥L1,\"all ≥L1, ≥50% ≥L2\",\"all ≥L2, ≥50% ≥L3\",\"all ≥L3, ≥50% ≥L4\",\"all ≥L4, ≥50% ≥L5\""))
    }

    /// `frameworks validate` says a file is valid in the language asked, Vietnamese by default.
    @Test func validateSpeaksTheLanguage() {
        #expect(
            chiso("frameworks", "validate", "vn-2361-commune").output
                == "vn-2361-commune: khung đánh giá vn-2361-commune hợp lệ, có 38 tiêu chí; thang chung classes (mặc định)\n"
        )
        #expect(
            chiso("frameworks", "validate", "vn-hue-3043", "--lang", "en").output.hasPrefix(
                "vn-hue-3043: valid framework vn-hue-3043 with "))
    }

    @Test func showJSONRoundTripsAndACopiedFileScoresTheSame() throws {
        let json = chiso("frameworks", "show", "vn-2361-commune", "--format", "json").output
        let path = try temporaryFile("my-commune.json", json)
        #expect(
            chisoInEnglish("frameworks", "validate", path).output.hasSuffix(
                "valid framework vn-2361-commune with 38 criteria; common scale classes (default)\n")
        )
        let builtIn = chiso("score", "--framework", "vn-2361-commune", communes, "--format", "csv")
        let copied = chiso("score", "--framework", path, communes, "--format", "csv")
        #expect(copied.status == .ok)
        #expect(copied.output == builtIn.output)
    }

    /// A row for `vn-2361-commune` meeting every level-5 requirement, with CQS.01 set to `cqs01`.
    static func commune(cqs01: String) throws -> String {
        let (framework, _) = try FrameworkCatalog.load("vn-2361-commune")
        let values = framework.measures.map { measure -> String in
            if measure.key == "CQS.01" { return cqs01 }
            switch measure.kind {
            case .yesNo: return "có"
            case .count: return "5"
            default: return "100"
            }
        }
        return FrameworkReport.template(framework) + (["X1", "", "", "", ""] + values).joined(separator: ",") + "\n"
    }

    @Test func editedCopyChangesTheResult() throws {
        // A province lowers CQS.01's level-1 threshold from 50% to 40%: a unit at 45% now reaches level 1.
        let json = chiso("frameworks", "show", "vn-2361-commune", "--format", "json").output
        let edited = json.replacingOccurrences(
            of: "\"text\": \"50%\",\n          \"atLeast\": 50",
            with: "\"text\": \"40%\",\n          \"atLeast\": 40"
        )
        #expect(edited != json)
        let path = try temporaryFile("edited.json", edited)
        let data = try temporaryFile("one.csv", try Self.commune(cqs01: "45"))
        let builtIn = chiso("score", "--framework", "vn-2361-commune", data, "--format", "csv")
        let custom = chiso("score", "--framework", path, data, "--format", "csv")
        #expect(builtIn.status == .ok && custom.status == .ok)
        #expect(builtIn.output.contains("\nX1,,,,0,Chưa đạt mức 1,Below level 1,,,CQS.01,,vn-2361-commune\n"))
        #expect(custom.output.contains("\nX1,,,,1,Khởi động,Starting,,,CQS.01,,vn-2361-commune\n"))
        #expect(
            chiso(
                "score", "--framework", path, try temporaryFile("full.csv", try Self.commune(cqs01: "100")), "--format",
                "csv"
            ).output.contains("\nX1,,,,5,Toàn diện,Comprehensive,,,,,vn-2361-commune\n"))
    }

    @Test func validateReportsEveryProblem() throws {
        let path = try temporaryFile("broken.json", #"{"id": "x", "scheme": "level", "nme": {}}"#)
        let run = chisoInEnglish("frameworks", "validate", path)
        #expect(run.status == .dataError)
        let lines = run.error.split(separator: "\n").map(String.init)
        #expect(
            lines.contains {
                $0.hasSuffix(
                    "error: scheme: unknown scheme \"level\"; expected \"levels\" or \"points\" (did you mean \"levels\"?)"
                )
            })
        #expect(lines.contains { $0.hasSuffix("error: nme: unknown key; did you mean \"name\"?") })
        #expect(lines.contains { $0.hasSuffix("error: provenance: missing required key \"provenance\"") })
        #expect(lines.last?.hasSuffix("errors; nothing was written. Fix them all and run the command again.") == true)
    }

    @Test func templateHasTheHeader() {
        let run = chiso("template", "--framework", "vn-2361-district")
        #expect(run.status == .ok)
        #expect(run.output.hasPrefix("unit_id,unit_name,parent_id,year,registered_level,CQS.01,CQS.02,"))
        #expect(!run.output.contains("CHUNG.01"))
        #expect(chiso("template", "--framework", "vn-2361-commune").output.contains(",KTS.04,KTS.04.share,KTS.05,"))
    }

    @Test(arguments: [
        ("vn-dti-922-province", "63", "922", "sample-vn-dti-922-province.csv"),
        ("example-province-department", "12", "2361", "sample-example-province-department.csv"),
    ])
    func pointSamplesAreReproducible(framework: String, units: String, seed: String, file: String) throws {
        let run = chiso("sample", "--framework", framework, "--units", units, "--seed", seed)
        #expect(run.status == .ok)
        let bundled = try String(
            contentsOf: repository.appendingPathComponent("notebooks-data/\(file)"), encoding: .utf8)
        #expect(run.output == bundled)
        #expect(
            chiso("score", "--framework", framework, repository.appendingPathComponent("notebooks-data/\(file)").path)
                .status == .ok)
    }

    @Test func sampleIsReproducibleAndMatchesTheBundledFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "chiso-sample-\(UUID().uuidString)"
        ).path
        let run = chiso("sample", "--output-dir", directory)
        #expect(run.status == .ok)
        let written = try String(contentsOfFile: directory + "/sample-communes.csv", encoding: .utf8)
        #expect(written == (try String(contentsOfFile: communes, encoding: .utf8)))
        let writtenDistricts = try String(contentsOfFile: directory + "/sample-districts.csv", encoding: .utf8)
        #expect(writtenDistricts == (try String(contentsOfFile: districts, encoding: .utf8)))
    }
}

@Suite struct ExplainCommandTests {
    static let data = """
        unit_id,unit_name,registered_level,CQS.01,CQS.04,KTS.04,KTS.04.share
        X1,Xã Thử,3,72.5,có,2,NA
        """

    @Test func explainSnapshot() throws {
        let path = try temporaryFile("x.csv", Self.data + "\n")
        let run = chiso("explain", "--framework", "vn-2361-commune", path, "--unit", "X1", "--lang", "en")
        #expect(run.status == .ok)
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            lines.prefix(9).joined(separator: "\n") == """
                Unit X1 — Xã Thử
                Framework: vn-2361-commune (2361/QĐ-BTTTT)
                Level 0 — Chưa đạt mức 1 (Below level 1)

                   criterion  name                              value             L1 Starting  L2 Connecting  L3 Basic  L4 Advanced  L5 Comprehensive
                -  ---------  --------------------------------  ----------------  -----------  -------------  --------  -----------  -------------------
                   CQS.01     Share of eligible administrativ…  72.5%             ✓ ≥50%       ✓ ≥60%         ✓ ≥70%    ✗ ≥100%      ✗ ≥100%
                *  CQS.02     Share of administrative procedu…  missing           ? ≥20%       ? ≥30%         ? ≥50%    ? ≥80%       ? ≥90%
                *  CQS.03     Share of documents and work fil…  missing           ? ≥60%       ? ≥70%         ? ≥80%    ? ≥90%       ? ≥100%
                """
        )
        #expect(
            lines.contains(
                "   KTS.04     Enterprises and cooperatives ap…  2; share missing  · n/a        · n/a          ✓ ≥1      ✓ ≥2         ? ≥3 or share ≥100%"
            ))
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "- Level 1 (Khởi động / Starting) is not reached: 13 criteria fall short of it: CQS.02, CQS.03,")
            })
        #expect(lines.contains("- The unit registered for level 3 and does not reach it."))
    }

    @Test func unknownUnitSuggests() throws {
        let path = try temporaryFile("x.csv", Self.data + "\n")
        let run = chisoInEnglish("explain", "--framework", "vn-2361-commune", path, "--unit", "x1")
        #expect(run.status == .usage)
        #expect(run.error.contains("no unit with unit_id \"x1\""))
        #expect(run.error.contains("did you mean X1?"))
    }
}
