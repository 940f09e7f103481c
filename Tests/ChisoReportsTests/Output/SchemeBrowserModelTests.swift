import ChisoCore
import ChisoFormats
import Foundation
import Testing

@testable import ChisoReports

/// The browser models the report's what-if part scores with: exported from the core's model, every requirement,
/// rule, tier and floor as the scheme holds it. (The evaluators themselves are checked against `chiso score` in a
/// real browser by `.ci/browser-whatif`.)
@Suite struct SchemeBrowserModelTests {
    /// A model as the page reads it, parsed back by Foundation.
    static func parsed(_ model: JSONNode.Value) throws -> [String: Any] {
        var text = ""
        WhatIfData.append(model, to: &text)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    /// A parsed JSON value written out canonically (keys sorted), to compare with ``expected(_:)``.
    static func canonical(_ value: Any) -> String {
        if let object = value as? [String: Any] {
            return "{" + object.keys.sorted().map { "\($0):\(canonical(object[$0] as Any))" }.joined(separator: ",")
                + "}"
        }
        if let array = value as? [Any] { return "[" + array.map(canonical).joined(separator: ",") + "]" }
        if let string = value as? String { return "'\(string)'" }
        if value is NSNull { return "null" }
        if let number = value as? NSNumber { return "\(number.doubleValue)" }
        return "?"
    }

    /// A requirement of the scheme written as ``canonical(_:)`` writes the model's.
    static func expected(_ requirement: ClassRequirement) -> String {
        switch requirement {
        case .notApplicable, .points, .index: return "null"
        case .value(let measure, let least): return "{min:\(least),v:\(Double(measure))}"
        case .anyOf(let alternatives): return "{any:[" + alternatives.map(expected).joined(separator: ",") + "]}"
        case .subordinates(let rule):
            let share = rule.shareLevel.map { "\(Double($0))" } ?? "null"
            return "{sub:[\(Double(rule.allAtLeast)),\(share),\(rule.sharePercent)]}"
        }
    }

    @Test(arguments: ["vn-2361-commune", "vn-2361-district"])
    func everyCriterionAtEveryLevelIsTheSchemesRequirement(framework id: String) throws {
        let (framework, scheme) = try Support.builtIn(id)
        let model = try Self.parsed(try #require(framework.browserModel).browserModel())
        #expect(model["rule"] as? String == scheme.rule.rawValue)
        #expect(model["levels"] as? Double == Double(scheme.levels.count))
        let criteria = try #require(model["criteria"] as? [[String: Any]])
        #expect(criteria.count == scheme.criteria.count)
        for (index, criterion) in criteria.enumerated() {
            #expect(criterion["extended"] as? Bool == scheme.criteria[index].isExtended)
            let requirements = try #require(criterion["req"] as? [Any])
            #expect(requirements.count == scheme.levels.count)
            for (level, requirement) in requirements.enumerated() {
                #expect(
                    Self.canonical(requirement) == Self.expected(scheme.requirement(of: index, forClass: level + 1)),
                    "\(id) \(scheme.criteria[index].id) level \(level + 1)")
            }
        }
    }

    /// The rows the legal text fixes: one per criterion and level where it reads unusually.
    @Test func communeKTS04AtLevel5IsACountOrAShare() throws {
        let (framework, scheme) = try Support.builtIn("vn-2361-commune")
        let model = try Self.parsed(try #require(framework.browserModel).browserModel())
        let criteria = try #require(model["criteria"] as? [[String: Any]])
        let index = try #require(scheme.criteria.firstIndex { $0.id == "KTS.04" })
        let levels = try #require(criteria[index]["req"] as? [Any])
        let count = try #require(scheme.measures.firstIndex { $0.key == "KTS.04" })
        let share = try #require(scheme.measures.firstIndex { $0.key == "KTS.04.share" })
        let level5 = try #require(levels[4] as? [String: Any])
        #expect(Self.canonical(level5) == "{any:[{min:3.0,v:\(Double(count))},{min:100.0,v:\(Double(share))}]}")
    }

    @Test func districtCHUNG01RollsUpTheCommunesLevels() throws {
        let (framework, scheme) = try Support.builtIn("vn-2361-district")
        let model = try Self.parsed(try #require(framework.browserModel).browserModel())
        let criteria = try #require(model["criteria"] as? [[String: Any]])
        let index = try #require(scheme.criteria.firstIndex { $0.id == "CHUNG.01" })
        let levels = try #require(criteria[index]["req"] as? [[String: Any]])
        for (level, requirement) in levels.enumerated() {
            guard case .subordinates(let rule) = scheme.requirement(of: index, forClass: level + 1) else {
                Issue.record("CHUNG.01 at level \(level + 1) is not a roll-up")
                continue
            }
            let sub = try #require(requirement["sub"] as? [Any])
            #expect(sub[0] as? Double == Double(rule.allAtLeast))
            #expect(sub[2] as? Double == rule.sharePercent)
        }
    }

    @Test func pointTiersFloorsAndRulesAreTheSchemes() throws {
        let (framework, _) = try FrameworkCatalog.load("vn-hue-3043-strict")
        let scheme = try #require(framework.scheme as? PointScheme)
        let model = try Self.parsed(try #require(framework.browserModel).browserModel())
        #expect(model["maximum"] as? Double == scheme.maximum)
        let nodes = try #require(model["nodes"] as? [[String: Any]])
        #expect(nodes.count == scheme.nodes.count)
        for (index, node) in nodes.enumerated() {
            let entry = scheme.nodes[index]
            #expect((node["parent"] as? Double).map(Int.init) == entry.parent)
            #expect(node["scored"] as? Bool == entry.node.isScored)
            #expect((node["leaf"] as? Double).map(Int.init) == scheme.measureOfNode[index])
            #expect(node["max"] as? Double == entry.node.maximum ?? 0)
            #expect(node["emax"] as? Double == scheme.maximum(ofCondition: index + 1))
            let rule = node["rule"] as? [String: Any]
            #expect(rule?["t"] as? String == entry.node.rule?.name)
        }
        let tiers = try #require(model["tiers"] as? [[String: Any]])
        #expect(tiers.count == scheme.tiers.count)
        for (tier, entry) in zip(scheme.tiers, tiers) {
            #expect(entry["min"] as? Double == tier.minimum)
            #expect(entry["inclusive"] as? Bool == tier.inclusive)
            #expect(entry["basis"] as? String == tier.basis.rawValue)
            let floors = try #require(entry["floors"] as? [[Any]])
            #expect(floors.count == tier.floors.count)
            for (floor, pair) in zip(tier.floors, floors) {
                #expect((pair[0] as? Double).map(Int.init) == scheme.nodeIndex(floor.node))
                #expect(pair[1] as? Double == floor.fraction)
            }
        }
        // Lowest first, as the core orders classes: Mức IV (70) before Mức I (90).
        #expect(tiers.compactMap { $0["min"] as? Double } == [70, 75, 80, 90])
    }

    /// Each leaf rule in the model's form, with a choice's points worked out as the core works them out.
    @Test(arguments: [
        (LeafRule.points, #"{"t":"points"}"#),
        (.yesNo, #"{"t":"yesNo"}"#),
        (
            .steps([LeafRule.Step(atLeast: 70, points: 1), LeafRule.Step(atLeast: 90, points: 2)]),
            #"{"t":"steps","steps":[[70,1],[90,2]]}"#
        ),
        (.linear(floor: 10, target: 60), #"{"t":"linear","floor":10,"target":60}"#),
        (
            .choice([
                LeafRule.Choice(
                    category: MeasureCategory(value: "a", name: LocalizedText(vi: "A", en: "A")), points: 0),
                LeafRule.Choice(
                    category: MeasureCategory(value: "b", name: LocalizedText(vi: "B", en: "B")), fraction: 0.5),
            ]), #"{"t":"choice","points":[0,2]}"#
        ),
    ])
    func leafRules(rule: LeafRule, want: String) {
        var text = ""
        WhatIfData.append(PointScheme.browserRule(rule, maximum: 4), to: &text)
        #expect(text == want)
    }

    @Test func everyPanelPhraseHasBothLanguagesInNFC() {
        let noun = LocalizedText(vi: "xếp loại", en: "tier")
        let texts =
            WhatIfPanelPhrase.allCases.map { ("\($0)", $0.text) } + [
                ("blockersHeading", WhatIfPanelPhrase.blockersHeading(noun)),
                ("noBlockers", WhatIfPanelPhrase.noBlockers(noun)),
            ]
        for (phrase, text) in texts {
            #expect(!text.vi.isEmpty && !text.en.isEmpty, "\(phrase)")
            #expect(text.vi == text.vi.precomposedStringWithCanonicalMapping, "\(phrase) vi is not NFC")
            #expect(text.en == text.en.precomposedStringWithCanonicalMapping, "\(phrase) en is not NFC")
        }
    }

    @Test func embeddedTextCannotCloseTheScriptElement() {
        var text = ""
        WhatIfData.appendString("</script><b>\"x\"\\", to: &text)
        #expect(text == #""\u003c/script>\u003cb>\"x\"\\""#)
    }
}
