import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// Decision 3043/QĐ-UBND (Thừa Thiên Huế) written as a framework table from the wording of the news item that
/// announced it (`Fixtures/points/hue-3043-annex.csv`): reading it gives the built-in strict reading's nodes,
/// maxima, tiers, floors and unranked class.
@Suite struct PointTableSourcesTests {
    static func hue() throws -> (PointScheme, [Diagnostic]) {
        let data = try #require(FileManager.default.contents(atPath: Support.fixture("points/hue-3043-annex.csv")))
        let text = try #require(String(data: data, encoding: .utf8))
        let input = PointTableSupport.input(csv: text, file: "hue-3043-annex.csv")
        let (scheme, problems, _) = try PointTableSupport.scheme(of: input)
        return (scheme, problems)
    }

    @Test func theHueTableGivesTheStrictReading() throws {
        let (scheme, problems) = try Self.hue()
        #expect(problems.filter { $0.severity != .notice }.isEmpty, "\(problems)")
        let (framework, _) = try FrameworkCatalog.load("vn-hue-3043-strict")
        let builtIn = try #require(framework.scheme as? PointScheme)
        #expect(scheme.roots.map(\.id) == builtIn.roots.map(\.id))
        #expect(scheme.roots.map(\.maximum) == builtIn.roots.map(\.maximum))
        #expect(scheme.roots.map(\.rule) == builtIn.roots.map(\.rule))
        #expect(scheme.roots.allSatisfy { $0.children.isEmpty })
        #expect(scheme.maximum == 100)
        #expect(scheme.tiers.map(\.name.vi) == builtIn.tiers.map(\.name.vi))
        #expect(scheme.tiers.map(\.minimum) == builtIn.tiers.map(\.minimum))
        #expect(scheme.tiers.map(\.inclusive) == builtIn.tiers.map(\.inclusive))
        #expect(scheme.tiers.map(\.basis) == builtIn.tiers.map(\.basis))
        #expect(scheme.tiers.map(\.floors) == builtIn.tiers.map(\.floors))
        #expect(scheme.unrankedBelowTiers == builtIn.unrankedBelowTiers)
        #expect(scheme.className(0).vi == "Không xếp hạng")
    }

    /// Scored alike: the same points give the same tier as the built-in (floors included).
    @Test(arguments: [
        ([8, 5, 10, 52, 5, 12, 6, 2], 4), ([7.2, 4.5, 9, 46.8, 4.5, 10.8, 5.4, 1.8], 4),
        ([8, 5, 10, 52, 5, 12, 6, 1.7], 3), ([6.4, 5, 10, 52, 5, 12, 6, 2], 3), ([0, 0, 0, 0, 0, 0, 0, 0], 0),
    ])
    func scoresAsTheBuiltIn(_ points: [Double], _ ordinal: Int) throws {
        let (scheme, _) = try Self.hue()
        let (framework, _) = try FrameworkCatalog.load("vn-hue-3043-strict")
        let builtIn = try #require(framework.scheme as? PointScheme)
        let unit = Assessment(unit: UnitInfo(id: "so-a"), values: points)
        let read = scheme.score(unit, subordinates: nil)
        let expected = builtIn.score(unit, subordinates: nil)
        #expect(read.standing.ordinal == ordinal)
        #expect(read.standing == expected.standing)
        #expect((read.detail as? PointDetail)?.total == (expected.detail as? PointDetail)?.total)
    }
}
