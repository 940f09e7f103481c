import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// A point node keeps its annex row's metadata, and the class below the last tier has a name: both in framework
/// files, both ways, and in equality.
@Suite struct PointSchemeMetadataTests {
    static let file = """
        {"id": "thu", "scheme": "points", "name": {"vi": "Thử", "en": "Test"},
         "unitType": {"vi": "Sở", "en": "department"},
         "provenance": {"decision": "made up for a test", "date": "2026-01-01",
           "issuer": {"vi": "Không", "en": "None"}, "title": {"vi": "Thử", "en": "Test"}},
         "unrankedBelowTiers": true, "belowTiers": {"vi": "Chưa xếp loại", "en": "Not classed"},
         "nodes": [{"id": "A", "name": {"vi": "Một", "en": "One"}, "max": 10, "rule": "points",
           "method": "Tự chấm\\nSở thẩm định", "evidence": "Báo cáo", "dataSource": "Văn phòng",
           "verifiedBy": "Sở Nội vụ"}],
         "tiers": [{"name": {"vi": "Đạt", "en": "Pass"}, "minimum": 5}]}
        """

    @Test func metadataAndTheClassBelowAreReadAndWrittenBack() throws {
        let (framework, problems) = try FrameworkDecoder.decode(Self.file, file: "thu.json")
        #expect(problems.isEmpty)
        let scheme = try #require(framework.scheme as? PointScheme)
        let node = try #require(scheme.roots.first)
        #expect(node.method == "Tự chấm\nSở thẩm định")
        #expect(node.evidence == "Báo cáo")
        #expect(node.dataSource == "Văn phòng")
        #expect(node.verifiedBy == "Sở Nội vụ")
        #expect(scheme.className(0) == LocalizedText(vi: "Chưa xếp loại", en: "Not classed"))
        #expect(scheme.className(1).vi == "Đạt")
        let (again, _) = try FrameworkDecoder.decode(FrameworkEncoder.encode(framework), file: "lai.json")
        #expect(again.scheme.isEqual(to: scheme))
    }

    @Test func eachPartCountsInEquality() throws {
        let (framework, _) = try FrameworkDecoder.decode(Self.file, file: "thu.json")
        let scheme = try #require(framework.scheme as? PointScheme)
        var node = scheme.roots[0]
        node.verifiedBy = nil
        #expect(
            PointScheme(roots: [node], tiers: scheme.tiers, unrankedBelowTiers: true, belowTiers: scheme.belowTiers)
                != scheme)
        let unnamed = PointScheme(roots: scheme.roots, tiers: scheme.tiers, unrankedBelowTiers: true)
        #expect(unnamed != scheme)
        #expect(unnamed.className(0) == LocalizedText(vi: "Không xếp hạng", en: "Unranked"))
        #expect(
            PointScheme(
                roots: scheme.roots, tiers: scheme.tiers, unrankedBelowTiers: true, belowTiers: scheme.belowTiers)
                == scheme)
    }

    @Test func withoutANameTheClassBelowIsUnrankedAndNotWritten() throws {
        let text = Self.file.replacingOccurrences(
            of: #""belowTiers": {"vi": "Chưa xếp loại", "en": "Not classed"},"#, with: "")
        let (framework, _) = try FrameworkDecoder.decode(text, file: "thu.json")
        #expect(framework.scheme.className(0) == PointScheme.unrankedName)
        #expect(!FrameworkEncoder.encode(framework).contains("belowTiers"))
    }
}
