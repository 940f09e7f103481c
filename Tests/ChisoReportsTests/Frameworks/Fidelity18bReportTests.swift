import ChisoCore
import ChisoFormats
import ChisoReports
import Testing

/// Issue 18, items 3 and 4: printed ties and Huế's unranked units, as the outputs show them.
@Suite struct Fidelity18bReportTests {
    static func pointScheme(_ id: String) throws -> PointScheme {
        guard let scheme = try FrameworkCatalog.load(id).0.scheme as? PointScheme else {
            throw TestFailure("\(id) is not a point framework")
        }
        return scheme
    }

    /// Two provinces printed 0.4000 share a band and a rank; `frameworks show` says how bands are read.
    @Test func printedTiesShareBandAndRank() throws {
        let scheme = try Self.pointScheme("vn-dti-1726-province")
        let results = scheme.score([
            Assessment(unit: UnitInfo(id: "A"), values: [0.40004, 0.4, 0.4]),
            Assessment(unit: UnitInfo(id: "B"), values: [0.39996, 0.4, 0.4]),
        ])
        let ranks = scheme.rank(results)
        #expect(results[0].standing == results[1].standing)
        #expect(ranks.rank(of: .total, unit: 0) == 1 && ranks.rank(of: .total, unit: 1) == 1)
        let shown = FrameworkReport.describe(try FrameworkCatalog.load("vn-dti-1726-province").0)
        #expect(shown.contains("Tiers are read on the index rounded to 4 decimals"))
        #expect(shown.contains("0.3250 is in Nhóm 2 even when its unrounded index is 0.32497"))
        let hue = FrameworkReport.describe(try FrameworkCatalog.load("vn-hue-3043").0)
        #expect(hue.contains("Tiers are read on the unrounded total; a figure is never rounded to fit a tier"))
        // frameworks diff reports the setting.
        let diff = FrameworkDiff(
            try FrameworkCatalog.load("vn-hue-3043").0, try FrameworkCatalog.load("vn-dti-1726-province").0)
        #expect(diff.changes.contains { $0.field == "classPrecision" && $0.before == "none" && $0.after == "4" })
        #expect(diff.changes.contains { $0.field == "unrankedBelowTiers" && $0.before == "true" })
    }

    /// "Những đơn vị có tổng số điểm dưới 70 điểm (mức điểm tối thiểu của mức IV) không xếp hạng": units below Mức
    /// IV get no rank, under both readings; the others are ranked among themselves.
    @Test(arguments: ["vn-hue-3043", "vn-hue-3043-strict"])
    func hueUnitsBelowMucIVAreNotRanked(id: String) throws {
        let scheme = try Self.pointScheme(id)
        #expect(scheme.unrankedBelowTiers)
        let totals: [Double] = [95, 69.99, 72, 40, 80]
        let results = scheme.score(
            totals.enumerated().map { position, total in
                Assessment(
                    unit: UnitInfo(id: "U\(position)"),
                    values: [8, 5, 10, 52, 5, 12, 6, 2].map { $0 * total / 100 })
            })
        let ranks = scheme.rank(results)
        #expect(results.indices.map { ranks.rank(of: .total, unit: $0) } == [1, nil, 3, nil, 2])
        #expect(ranks.ranks(ofUnit: 1).isEmpty)
        let csv = ResultReport.render(
            results, ranks: ranks, framework: try FrameworkCatalog.load(id).0, format: .csv)
        let rows = csv.split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        let rankColumn = try #require(
            csv.split(separator: "\n").first?.split(separator: ",").firstIndex(of: "rank"))
        #expect(rows.map { String($0[rankColumn]) } == ["1", "", "3", "", "2"])
        let table = ResultReport.render(
            results, ranks: ranks, framework: try FrameworkCatalog.load(id).0, format: .table, language: .en)
        #expect(table.contains("2 units below Mức IV (Tier IV) have no rank"))
        let notes = try FrameworkCatalog.load(id).0.provenance.notes.joined(separator: "\n")
        #expect(!notes.contains("the decision's ranking text"))
        #expect(notes.contains("không xếp hạng"))
    }
}
