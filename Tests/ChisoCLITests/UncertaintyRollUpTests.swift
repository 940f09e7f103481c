import ChisoCLI
import ChisoCore
import ChisoReports
import Foundation
import Testing

/// Monte Carlo uncertainty over a district and its communes, loaded by the scoring task.
struct UncertaintyRollUpTests {
    /// A commune that could not be read keeps its district's roll-up missing in every run, as in the nominal
    /// result: no run scores the district without it.
    @Test func anUnreadableCommuneKeepsItsDistrictsRollUpMissingInEveryRun() throws {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("notebooks-data")
        let text = try String(contentsOf: sample.appendingPathComponent("sample-communes.csv"), encoding: .utf8)
        let damaged = text.replacingOccurrences(
            of: "H04-X02,Xã Minh Họa 4-2,H04,2025,3,75,", with: "H04-X02,Xã Minh Họa 4-2,H04,2025,3,abc,")
        #expect(damaged != text)
        let children = FileManager.default.temporaryDirectory.appendingPathComponent("unreadable-\(UUID()).csv")
        try damaged.write(to: children, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: children) }
        let scoring = try ScoringRun.run(
            framework: "vn-2361-district", data: sample.appendingPathComponent("sample-districts.csv").path,
            children: children.path, skipInvalid: true)
        let linked = try #require(scoring.linked)
        #expect(linked.unreadableChildren.map(\.id) == ["H04-X02"])
        let spec = UncertaintySpec(noise: [
            UncertaintySpec.DataNoise(measures: Array(linked.parentScheme.measures.indices), absolute: 2)
        ])
        let analysis = MonteCarlo(
            scheme: linked.parentScheme, assessments: linked.parents, spec: spec,
            subordinates: MonteCarlo.Subordinates(
                scheme: linked.childScheme, assessments: linked.children, unreadable: linked.unreadableChildren))
        let h04 = try #require(linked.parent(withID: "H04"))
        let chung = try #require(linked.parentScheme.conditions.firstIndex { $0.id == "CHUNG.01" })
        let nominal = analysis.nominal()
        #expect(nominal.ordinals[h04] == linked.parentResults[h04].standing.ordinal)
        #expect(nominal.ordinals == linked.parentResults.map(\.standing.ordinal))
        let statistics = analysis.runOnThreads(runs: 100, seed: 2, threads: 2)
        #expect(statistics.probability(h04, ofClass: nominal.ordinals[h04]) == 1)
        #expect(statistics.bindingShare(h04, condition: chung) == 1)
    }
}
