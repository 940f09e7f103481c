import ChisoCore
import ChisoFormats
import Testing

/// Issue 18, item 3: classes at the published precision, as the framework files state them.
@Suite struct Fidelity18bFrameworkTests {
    static func pointScheme(_ id: String) throws -> PointScheme {
        guard let scheme = try FrameworkCatalog.load(id).0.scheme as? PointScheme else {
            throw TestFailure("\(id) is not a point framework")
        }
        return scheme
    }

    /// DTI 2020 bands on 4-decimal values ("nhóm 2 (0,3250-0,4000)"; the file: "here 0.4000 is Nhóm 2, 0.3250 is
    /// Nhóm 2 and 0.2500 is Nhóm 3"): the band is read on the index as printed.
    @Test(arguments: [
        ([0.3250, 0.3250, 0.3249], "0.3250", "Nhóm 2"),
        ([0.3250, 0.3249, 0.3249], "0.3249", "Nhóm 3"),
        ([0.40004, 0.4, 0.4], "0.4000", "Nhóm 2"),
        ([0.39996, 0.4, 0.4], "0.4000", "Nhóm 2"),
        ([0.4002, 0.4, 0.4], "0.4001", "Nhóm 1"),
        ([0.25, 0.25, 0.24995], "0.2500", "Nhóm 3"),
        ([0.2499, 0.2499, 0.2499], "0.2499", "Nhóm 4"),
    ])
    func dti2020BandsAtFourDecimals(pillars: [Double], printed: String, band: String) throws {
        let scheme = try Self.pointScheme("vn-dti-1726-province")
        #expect(scheme.classPrecision == 4)
        let result = scheme.score(Assessment(unit: UnitInfo(id: "P"), values: pillars), subordinates: nil)
        let index = try #require(result.pointDetail?.index)
        #expect(NumberText.fixed(index, decimals: scheme.precision) == printed)
        #expect(scheme.className(result.standing.ordinal).vi == band)
    }

    /// A class precision is declared with tiers whose minima it can hold, and survives a round trip.
    @Test(arguments: [
        (#""classPrecision": 4"#, #"{"name": {"vi": "A", "en": "A"}, "minimum": 0.325, "basis": "index"}"#, ""),
        (
            #""classPrecision": 2"#, #"{"name": {"vi": "A", "en": "A"}, "minimum": 0.325, "basis": "index"}"#,
            "more than 2 decimal places"
        ),
        (
            #""classPrecision": 12"#, #"{"name": {"vi": "A", "en": "A"}, "minimum": 0.325, "basis": "index"}"#,
            "expected 0 to 9 decimal places"
        ),
        (#""classPrecision": 4"#, "", "this framework has no tiers"),
        (#""unrankedBelowTiers": true"#, "", "this framework has no tiers"),
    ])
    func classPrecisionIsChecked(key: String, tier: String, problem: String) throws {
        let text = """
            {"id": "t", "scheme": "points", "name": {"vi": "t", "en": "t"}, "unitType": {"vi": "t", "en": "t"},
             "provenance": {"decision": "1", "date": "2020-01-01", "issuer": {"vi": "t", "en": "t"},
                            "title": {"vi": "t", "en": "t"}},
             \(key), "nodes": [{"id": "A", "name": {"vi": "A", "en": "A"}, "max": 10, "rule": "ratio"}],
             "tiers": [\(tier)]}
            """
        if problem.isEmpty {
            let (framework, _) = try FrameworkDecoder.decode(text, file: "t.json")
            let again = try FrameworkDecoder.decode(FrameworkEncoder.encode(framework), file: "t.json").0
            #expect((again.scheme as? PointScheme)?.classPrecision == 4)
        } else {
            #expect {
                _ = try FrameworkDecoder.decode(text, file: "t.json")
            } throws: { error in
                (error as? InputError)?.diagnostics.contains { $0.message.contains(problem) } ?? false
            }
        }
    }
}
