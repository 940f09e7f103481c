import ChisoCLI
import Foundation
import Testing

/// The tables people read (`compare`, `whatif`, `gap`, `explain`) show each unit's name beside its ID and each
/// criterion's or node's name beside its ID, in the run's language, cut to keep the tables within 120 columns; the
/// CSV columns stay as they were.
@Suite struct NamesBesideIDsTests {
    static let district = ["--framework", "vn-2361-district", districts, "--children", communes]
    static let department = [
        "--framework", "example-province-department",
        repository.appendingPathComponent("notebooks-data/sample-example-province-department.csv").path,
    ]

    /// The widest line of a text, in characters.
    static func widest(_ text: String) -> Int {
        text.split(separator: "\n").map { $0.precomposedStringWithCanonicalMapping.count }.max() ?? 0
    }

    @Test(arguments: ["vi", "en"])
    func gapNamesUnitsCriteriaAndCommunes(language: String) {
        let run = chiso(["gap"] + Self.district + ["--lang", language])
        #expect(run.status == .ok, "\(run.error)")
        let lines = run.output.split(separator: "\n").map(String.init)
        let (unitName, name) = language == "vi" ? ("Tên đơn vị", "Tên") : ("unit_name", "name")
        #expect(lines.first?.contains(unitName) == true, "\(lines.first ?? "")")
        #expect(lines.first?.contains("  \(name)  ") == true, "\(lines.first ?? "")")
        // A commune that must rise is named beside its ID; a criterion is named, cut with "…".
        #expect(lines.contains { $0.contains(#/^H01 +Huyện Minh Họa 1 +2 +H01-X10 +Xã Minh Họa 1-10 /#) })
        let criterion = language == "vi" ? "Tỷ lệ thủ tục hành chín…" : "Share of eligible admin…"
        #expect(
            lines.contains { $0.contains(" CQS.01 ") && $0.contains("  \(criterion)  ") }, "\(run.output.prefix(2_000))"
        )
        #expect(Self.widest(run.output) <= 120, "\(Self.widest(run.output))")
    }

    @Test(arguments: ["vi", "en"])
    func gapOnANodeFrameworkNamesNodesInTheLanguage(language: String) {
        let run = chiso(["gap"] + Self.department + ["--lang", language])
        #expect(run.status == .ok, "\(run.error)")
        #expect(
            run.output.contains("U01      Đơn vị Minh Họa 1") || run.output.contains("U01        Đơn vị Minh Họa 1"))
        #expect(run.output.contains(language == "vi" ? "Tổng" : "Total"))
        #expect(Self.widest(run.output) <= 120)
    }

    @Test(arguments: ["vi", "en"])
    func whatIfNamesTheCommuneChanged(language: String) {
        let run = chiso(
            ["whatif"] + Self.district + ["--unit", "H01-X10", "--set", "CQS.01=100", "--lang", language])
        #expect(run.status == .ok, "\(run.error)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.contains(language == "vi" ? "Tên đơn vị" : "unit_name") == true, "\(run.output)")
        #expect(lines.dropFirst(2).first?.contains(#/^H01-X10 +Xã Minh Họa 1-10 /#) == true, "\(run.output)")
        #expect(Self.widest(run.output) <= 120)
    }

    @Test(arguments: ["vi", "en"])
    func whatIfNamesEveryUnitAffected(language: String) {
        let run = chiso(["whatif"] + Self.department + ["--unit", "U01", "--set", "NT.01=có", "--lang", language])
        #expect(run.status == .ok, "\(run.error)")
        let rows = run.output.split(separator: "\n").filter { $0.hasPrefix("U") }
        #expect(rows.map { $0.prefix(3) } == ["U01", "U07"], "\(run.output)")
        for row in rows { #expect(row.contains(" Đơn vị Minh Họa \(Int(row.dropFirst().prefix(2)) ?? 0) "), "\(row)") }
        #expect(Self.widest(run.output) <= 120)
    }

    @Test(arguments: ["vi", "en"])
    func compareNamesUnits(language: String) {
        let panel = repository.appendingPathComponent(
            "notebooks-data/sample-example-province-department-panel.csv"
        ).path
        let run = chiso(
            [
                "compare", "--framework", "example-province-department", panel, "--years", "2024,2025", "--lang",
                language,
            ])
        #expect(run.status == .ok, "\(run.error)")
        let table = run.output.split(separator: "\n").drop {
            !$0.hasPrefix(language == "vi" ? "Mã đơn vị" : "unit_id")
        }
        #expect(table.first?.contains(language == "vi" ? "Tên đơn vị" : "unit_name") == true, "\(run.output)")
        #expect(table.contains { $0.hasPrefix("U10") && $0.contains(" Đơn vị Minh Họa 10 ") }, "\(run.output)")
        #expect(Self.widest(table.joined(separator: "\n")) <= (language == "vi" ? 130 : 120))
    }

    @Test(arguments: ["vi", "en"])
    func explainNamesEachCriterionBesideItsID(language: String) {
        let run = chiso(["explain"] + Self.district + ["--unit", "H01", "--lang", language])
        #expect(run.status == .ok, "\(run.error)")
        let row = run.output.split(separator: "\n").first { $0.contains("CQS.01 ") }.map(String.init) ?? ""
        let name = language == "vi" ? "Tỷ lệ thủ tục hành chính đủ điề…" : "Share of eligible administrativ…"
        #expect(row.contains(#/^\* +CQS\.01 +/#) && row.contains(" \(name)  72%"), "\(row)")
    }

    /// CSV, JSON and JSON Lines keep their columns: names are for people's tables only.
    @Test(arguments: [
        (["gap"], "unit_id,target,criterion,current,required,gap,kind,framework"),
        (["whatif", "--unit", "H01-X10", "--set", "CQS.01=100"], "unit_id,subordinate,before,after,"),
        (["explain", "--unit", "H01"], "unit_id,criterion,level,required,value,status,blocks_next"),
    ])
    func csvColumnsStay(command: [String], header: String) {
        let run = chiso([command[0]] + Self.district + Array(command.dropFirst()) + ["--format", "csv"])
        #expect(run.output.hasPrefix(header), "\(run.output.prefix(200))")
        #expect(!run.output.contains("Huyện Minh Họa 1"))
    }
}
