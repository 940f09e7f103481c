import ChisoCore
import ChisoFormats
import Foundation
import Testing

/// One criterion at one level, read straight from the annex table of Decision 2361/QĐ-BTTTT.
struct AnnexCase: CustomTestStringConvertible, Sendable {
    enum Rule: Equatable, Sendable {
        case notApplicable
        case percent(Double)
        case count(Double, orShare: Double?)
        case yes
        case communes(all: Int, share: Int?)
    }

    var framework: String
    var id: String
    var level: Int
    var text: String
    var rule: Rule

    var testDescription: String { "\(framework) \(id) level \(level): \(text)" }

    static let groupIDs = AnnexWords.groupIDs
    static let levelNames = ["khởi động", "kết nối", "cơ bản", "nâng cao", "toàn diện"]

    /// Reads the annex requirement text independently of the framework files.
    static func rule(_ text: String, criterionID: String) -> Rule {
        let lower = text.lowercased()
        if text == "Không áp dụng" { return .notApplicable }
        if criterionID == "CHUNG.01" {
            if !lower.contains("trong đó") { return .communes(all: 1, share: nil) }
            let all = levelNames.firstIndex { lower.contains("từ mức \($0) trở lên") }.map { $0 + 1 } ?? -1
            let share = levelNames.firstIndex { lower.hasSuffix("50% đạt mức \($0)") }.map { $0 + 1 }
            return .communes(all: all, share: share)
        }
        if text.hasSuffix("%"), let number = Double(text.dropLast()) { return .percent(number) }
        let words = text.split(separator: " ")
        if text.hasPrefix("Tối thiểu"), words.count > 2, let number = Double(words[2]) {
            return .count(number, orShare: nil)
        }
        if text.hasPrefix("Có "), words.count > 1, let number = Double(words[1]) {
            return .count(number, orShare: text.contains("hoặc 100%") ? 100 : nil)
        }
        return .yes
    }

    static let all: [AnnexCase] = {
        guard let data = FileManager.default.contents(atPath: Support.fixture("2361-annex-criteria.csv")) else {
            return []
        }
        let (records, _) = CSVReader.read([UInt8](data), file: "annex")
        guard let header = records.first?.fields else { return [] }
        func column(_ name: String) -> Int { header.firstIndex(of: name) ?? 0 }
        var cases: [AnnexCase] = []
        for record in records.dropFirst() {
            let fields = record.fields
            let framework = fields[column("annex")] == "commune" ? "vn-2361-commune" : "vn-2361-district"
            let number = Int(fields[column("stt")]) ?? 0
            let id = "\(groupIDs[fields[column("group")]] ?? "?").\(number < 10 ? "0" : "")\(number)"
            let levelColumns = [
                "level1_khoi_dong", "level2_ket_noi", "level3_co_ban", "level4_nang_cao", "level5_toan_dien",
            ]
            for (offset, name) in levelColumns.enumerated() {
                let text = fields[column(name)].trimmingCharacters(in: .whitespaces)
                cases.append(
                    AnnexCase(
                        framework: framework, id: id, level: offset + 1, text: text, rule: rule(text, criterionID: id)))
            }
        }
        return cases
    }()
}

@Suite struct Frameworks2361Tests {
    @Test func annexHasEveryCriterionAtEveryLevel() {
        #expect(AnnexCase.all.count == 71 * 5)
        #expect(Set(AnnexCase.all.filter { $0.framework == "vn-2361-commune" }.map(\.id)).count == 38)
        #expect(Set(AnnexCase.all.filter { $0.framework == "vn-2361-district" }.map(\.id)).count == 33)
    }

    @Test(arguments: ["vn-2361-commune", "vn-2361-district"])
    func frameworkFileMatchesTheAnnex(id: String) throws {
        let (framework, scheme) = try Support.builtIn(id)
        let cases = AnnexCase.all.filter { $0.framework == id }
        #expect(scheme.criteria.map(\.id) == cases.filter { $0.level == 1 }.map(\.id))
        #expect(framework.provenance.decision == "2361/QĐ-BTTTT")
        #expect(framework.provenance.date == "2024-12-31")
        #expect(scheme.levels.map(\.vi) == ["Khởi động", "Kết nối", "Cơ bản", "Nâng cao", "Toàn diện"])
        #expect(scheme.levels.map(\.en) == ["Starting", "Connecting", "Basic", "Advanced", "Comprehensive"])
        for annex in cases {
            let criterion = try #require(scheme.criteria.first { $0.id == annex.id })
            #expect(criterion.requirements[annex.level - 1].text == annex.text, "\(annex.testDescription)")
            #expect(!criterion.name.en.isEmpty && !criterion.name.vi.isEmpty)
        }
    }

    @Test func groupCountsFollowSectionII1b() throws {
        let (_, commune) = try Support.builtIn("vn-2361-commune")
        let (_, district) = try Support.builtIn("vn-2361-district")
        func counts(_ scheme: LevelScheme) -> [String: Int] {
            Dictionary(grouping: scheme.criteria, by: \.group).mapValues(\.count)
        }
        #expect(counts(commune) == ["CQS": 24, "KTS": 5, "XHS": 9])
        #expect(counts(district) == ["CHUNG": 1, "CQS": 22, "KTS": 6, "XHS": 4])
    }

    /// A unit that meets every requirement of every level with room to spare.
    static func bestValues(_ scheme: LevelScheme) -> [Double?] {
        scheme.measures.map { measure in
            switch measure.kind {
            case .percent: 100
            case .yesNo: 1
            default: 1000
            }
        }
    }

    static func score(_ scheme: LevelScheme, _ values: [Double?]) -> UnitResult {
        scheme.score(
            Assessment(unit: UnitInfo(id: "U"), values: values),
            subordinates: ChildLevelSummary(levels: [5, 5], maximumLevel: 5))
    }

    /// One row per criterion and level: exactly at the threshold passes, just below fails; "Không áp dụng" does
    /// not apply whatever the value.
    @Test(arguments: AnnexCase.all)
    func threshold(annex: AnnexCase) throws {
        let (_, scheme) = try Support.builtIn(annex.framework)
        let index = try #require(scheme.criteria.firstIndex { $0.id == annex.id })
        let main = scheme.measures.firstIndex { $0.key == annex.id }
        let share = scheme.measures.firstIndex { $0.key == "\(annex.id).share" }
        var at = Self.bestValues(scheme)
        var below = at
        switch annex.rule {
        case .notApplicable:
            let slot = try #require(main)
            at[slot] = 0
            #expect(Self.score(scheme, at).statuses[index][annex.level] == .notApplicable)
            return
        case .percent(let threshold):
            let slot = try #require(main)
            #expect(scheme.measures[slot].kind == .percent)
            at[slot] = threshold
            below[slot] = threshold - 0.1
        case .count(let threshold, let orShare):
            let slot = try #require(main)
            #expect(scheme.measures[slot].kind == .count)
            at[slot] = threshold
            below[slot] = threshold - 1
            if let orShare, let share {
                at[share] = 0
                below[share] = orShare - 0.1
                var viaShare = below
                viaShare[share] = orShare
                #expect(Self.score(scheme, viaShare).statuses[index][annex.level] == .met, "the share alternative")
            }
        case .yes:
            let slot = try #require(main)
            #expect(scheme.measures[slot].kind == .yesNo)
            at[slot] = 1
            below[slot] = 0
        case .communes(let all, let shareLevel):
            #expect(main == nil)
            try checkRollUp(scheme: scheme, index: index, level: annex.level, all: all, shareLevel: shareLevel)
            return
        }
        let met = Self.score(scheme, at)
        let failed = Self.score(scheme, below)
        #expect(met.statuses[index][annex.level] == .met)
        #expect(failed.statuses[index][annex.level] == .notMet)
        #expect(failed.standing.ordinal != annex.level)
        if failed.standing.ordinal > annex.level {
            // The per-level rule (II.1.c): a higher level whose own requirements this criterion meets (KTS.04's
            // "or 100%" at level 5) is reached although this level is not.
            #expect(scheme.rule == .perLevel)
            #expect(failed.statuses[index][failed.standing.ordinal] == .met)
        } else {
            #expect(
                failed.standing.ordinal == annex.level - 1
                    || failed.statuses[index][failed.standing.ordinal + 1] == .notMet)
        }
    }

    private func checkRollUp(scheme: LevelScheme, index: Int, level: Int, all: Int, shareLevel: Int?) throws {
        func status(_ levels: [Int]) -> CriterionStatus {
            let values = Self.bestValues(scheme)
            return scheme.score(
                Assessment(unit: UnitInfo(id: "U"), values: values),
                subordinates: ChildLevelSummary(levels: levels, maximumLevel: 5)
            ).statuses[index][level]
        }
        #expect(all == max(level - 1, 1))
        guard let shareLevel else {
            #expect(level == 1)
            #expect(status([1, 1, 1, 1]) == .met)
            #expect(status([1, 1, 1, 0]) == .notMet)
            #expect(status([]) == .notMet)
            return
        }
        #expect(shareLevel == level)
        #expect(status([level, level, all, all]) == .met, "exactly 50%")
        #expect(status([level, all, all, all]) == .notMet, "25%")
        #expect(status([level, level, level, all - 1]) == .notMet, "one commune below L-1")
        #expect(status([]) == .notMet, "no communes")
    }
}
