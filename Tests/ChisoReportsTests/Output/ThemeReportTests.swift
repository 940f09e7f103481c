import ChisoCore
import ChisoFormats
import ChisoReports
import Testing

/// The theme profiles of frameworks, compared as tidy CSV and as a table (issue 18, item 6).
struct ThemeReportTests {
    @Test func compareAsTidyCSV() throws {
        let frameworks = try ["vn-2361-district", "vn-dti-922-province"].map { try FrameworkCatalog.load($0).0 }
        let csv = ThemeReport.render(frameworks, format: .csv)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines[0] == ThemeReport.columns.joined(separator: ","))
        #expect(
            lines.contains(
                "vn-dti-922-province,digitalGovernment,Chủ đề chính quyền số,Digital government theme,,1,200,0.2"))
        #expect(
            lines.contains(
                "vn-2361-district,subordinateUnits,Chủ đề đơn vị cấp dưới,Subordinate units theme,,1,,0.0303"))
        #expect(
            lines.contains {
                $0.hasPrefix("vn-2361-district,subordinateUnits,Chủ đề đơn vị cấp dưới,Subordinate units theme,5,1,,")
            })
    }

    @Test func themeNamesAreNotTheDecisionsGroupNames() throws {
        var groupNames: Set<String> = []
        for id in ["vn-2361-commune", "vn-2361-district"] {
            let (framework, _) = try FrameworkCatalog.load(id)
            for group in try #require(framework.scheme as? LevelScheme).groups { groupNames.insert(group.name.vi) }
        }
        #expect(groupNames.contains("Kinh tế số"))
        for theme in Theme.vocabulary {
            #expect(theme.name.vi.hasPrefix("Chủ đề ") && theme.name.en.hasSuffix(" theme"), "\(theme.id)")
            #expect(!groupNames.contains(theme.name.vi))
        }
        let frameworks = try ["vn-2361-commune", "vn-dti-922-province"].map { try FrameworkCatalog.load($0).0 }
        let table = ThemeReport.render(frameworks, format: .table)
        #expect(table.hasPrefix("Chủ đề của chiso "))
        #expect(table.contains("\nChủ đề kinh tế số "))
        #expect(table.contains("một chủ đề không phải một nhóm hay chỉ số chính của quyết định dù tên giống nhau"))
        let english = ThemeReport.render(frameworks, format: .table, language: .en)
        #expect(english.hasPrefix("chiso theme "))
        #expect(english.contains("\nDigital economy theme "))
        #expect(english.contains("a theme is not a decision's group or main index even where the words are alike"))
    }

    /// "1,000 points in three pillars", each holding the same seven main indices: one theme per pillar shows the
    /// pillars' weights, and `frameworks compare` says so under its table and in its JSON.
    @Test func comparingThe1726PillarsSaysEachHoldsAllMainIndices() throws {
        let framework = try FrameworkCatalog.load("vn-dti-1726-province").0
        let profile = ThemeProfile(framework.scheme)
        #expect(profile.leavesWithParts.map { framework.scheme.conditions[$0].id } == ["CQS", "KTS", "XHS"])
        #expect(profile.leavesWithParts.allSatisfy { framework.scheme.conditions[$0].parts.count == 7 })
        let sentence =
            "vn-dti-1726-province: CQS, KTS, XHS are scored whole, and each holds 7 parts to which the sources give "
            + "no points of their own (frameworks show vn-dti-1726-province lists them). Each counts under its one "
            + "theme here, whatever its parts are about, so the theme shares of vn-dti-1726-province are the weights "
            + "of those leaves, not how it spreads over the themes."
        #expect(ThemeReport.render([framework], format: .table, language: .en).hasSuffix("\n\n" + sentence + "\n"))
        #expect(ThemeReport.render([framework], format: .json).contains(sentence))
        // A framework whose leaves have no parts of their own gets no such sentence.
        let other = try FrameworkCatalog.load("vn-dti-922-province").0
        #expect(ThemeProfile(other.scheme).leavesWithParts.isEmpty)
        #expect(!ThemeReport.render([other], format: .table, language: .en).contains("scored whole"))
        #expect(framework.provenance.notes.contains { $0.contains("each holds all seven main indices") })
    }

    /// One leaf with parts of its own: the sentence speaks of it alone; a leaf without parts adds nothing.
    @Test func oneLeafWithPartsIsNamedAlone() throws {
        let file = """
            {
              "id": "parts-test", "scheme": "points",
              "name": {"vi": "Thử", "en": "Trial"}, "unitType": {"vi": "tỉnh", "en": "province"},
              "provenance": {"decision": "-", "date": "2026-12-01", "issuer": {"vi": "-", "en": "-"},
                             "title": {"vi": "-", "en": "-"}},
              "nodes": [
                {"id": "A", "theme": "data", "name": {"vi": "A", "en": "A"}, "max": 60, "rule": "ratio",
                 "structure": [{"vi": "a1", "en": "a1"}, {"vi": "a2", "en": "a2"}]},
                {"id": "B", "theme": "awareness", "name": {"vi": "B", "en": "B"}, "max": 40, "rule": "yesNo"}
              ]
            }
            """
        let (framework, _) = try FrameworkDecoder.decode(file, file: "p.json")
        #expect(ThemeProfile(framework.scheme).leavesWithParts.map { framework.scheme.conditions[$0].id } == ["A"])
        #expect(
            ThemeReport.render([framework], format: .table, language: .en).hasSuffix(
                "\n\nparts-test: A is scored whole, and it holds 2 parts to which the sources give no points of their "
                    + "own (frameworks show parts-test lists them). It counts under its one theme here, whatever its "
                    + "parts are about, so the theme shares of parts-test are the weights of that leaf, not how it "
                    + "spreads over the themes.\n"))
    }
}
