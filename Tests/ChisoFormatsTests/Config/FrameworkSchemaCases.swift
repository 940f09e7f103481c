import ChisoFormats
import Foundation
import Testing

/// Framework files that `chiso frameworks validate` refuses and the JSON Schema can tell apart too: each a starter
/// with one mistake a person writing the file by hand makes, and the code of the problem `validate` reports.
struct BrokenFramework: Sendable, CustomTestStringConvertible {
    /// What is wrong.
    var name: String
    /// The scheme whose starter is broken.
    var scheme: String
    /// The edits that break it: each text of the starter, replaced by the text after it.
    var edits: [(of: String, with: String)]
    /// The code of the problem `validate` reports.
    var code: String

    var testDescription: String { name }

    /// The starter with the edits made, or `nil` when an edit does not apply (the starter changed).
    var text: String? {
        guard var text = SchemeFormat.named(scheme)?.starter else { return nil }
        for edit in edits {
            guard text.contains(edit.of) else { return nil }
            text = text.replacingOccurrences(of: edit.of, with: edit.with)
        }
        return text
    }

    static let all: [BrokenFramework] = [
        BrokenFramework(
            name: "a choice rule without choices", scheme: "points",
            edits: [(#""max": 20, "rule": "yesNo""#, #""max": 20, "rule": "choice""#)], code: "config.missing-key"),
        BrokenFramework(
            name: "a choice with both points and a fraction", scheme: "points",
            edits: [
                (
                    #""max": 20, "rule": "yesNo""#,
                    #""max": 20, "rule": "choice", "choices": [{"value": "a", "points": 20, "fraction": 1}, {"value": "b", "points": 0}]"#
                )
            ], code: "points.points-or-fraction"),
        BrokenFramework(
            name: "a linear rule without a target", scheme: "points",
            edits: [(#""floor": 20, "target": 80"#, #""floor": 20"#)], code: "config.missing-key"),
        BrokenFramework(
            name: "a steps rule without steps", scheme: "points",
            edits: [
                (
                    #""rule": "steps", "steps": [{"atLeast": 90, "points": 20}, {"atLeast": 70, "points": 10}]"#,
                    #""rule": "steps""#
                )
            ],
            code: "config.missing-key"),
        BrokenFramework(
            name: "a steps rule with no step", scheme: "points",
            edits: [(#""steps": [{"atLeast": 90, "points": 20}, {"atLeast": 70, "points": 10}]"#, #""steps": []"#)],
            code: "points.no-steps"),
        BrokenFramework(
            name: "a leaf without a rule", scheme: "points",
            edits: [(#""max": 20, "rule": "points"}"#, #""max": 20}"#)], code: "points.leaf-without-rule"),
        BrokenFramework(
            name: "a leaf without a maximum", scheme: "points",
            edits: [(#""max": 20, "rule": "points"}"#, #""rule": "points"}"#)], code: "config.missing-key"),
        BrokenFramework(
            name: "a rule on a node with children", scheme: "points",
            edits: [(#""max": 40, "children""#, #""max": 40, "rule": "points", "children""#)],
            code: "points.rule-with-children"),
        BrokenFramework(
            name: "a tier with both minimum and above", scheme: "points",
            edits: [(#""en": "Fair"}, "minimum": 60}"#, #""en": "Fair"}, "minimum": 60, "above": 59}"#)],
            code: "points.minimum-or-above"),
        BrokenFramework(
            name: "a tier with neither minimum nor above", scheme: "points",
            edits: [(#""en": "Fair"}, "minimum": 60}"#, #""en": "Fair"}}"#)], code: "points.minimum-or-above"),
        BrokenFramework(
            name: "unrankedBelowTiers without tiers", scheme: "points",
            edits: [
                (#""precision": 2,"#, #""precision": 2, "unrankedBelowTiers": true,"#),
                (
                    #"{"name": {"vi": "Tốt", "en": "Good"}, "minimum": 80, "floors": [{"node": "HD", "fraction": 0.75}]},"#,
                    ""
                ),
                (#"{"name": {"vi": "Khá", "en": "Fair"}, "minimum": 60},"#, ""),
            ], code: "points.unranked-without-tiers"),
        BrokenFramework(
            name: "a level framework's key in a point framework", scheme: "points",
            edits: [(#""precision": 2,"#, #""precision": 2, "levelRule": "perLevel","#)], code: "framework.foreign-key"),
        BrokenFramework(
            name: "yes on a percentage", scheme: "levels",
            edits: [(#"{"text": "20%", "atLeast": 20}"#, #"{"text": "Có", "yes": true}"#)],
            code: "levels.yes-needs-yes-no"),
        BrokenFramework(
            name: "atLeast on a yes/no criterion", scheme: "levels",
            edits: [(#"{"text": "Có", "yes": true}]}"#, #"{"text": "1", "atLeast": 1}]}"#)],
            code: "levels.at-least-on-yes-no"),
        BrokenFramework(
            name: "a percentage above 100", scheme: "levels",
            edits: [(#""atLeast": 50"#, #""atLeast": 120"#)], code: "levels.threshold-out-of-range"),
        BrokenFramework(
            name: "two rules in one requirement", scheme: "levels",
            edits: [(#"{"text": "20%", "atLeast": 20}"#, #"{"text": "20%", "atLeast": 20, "notApplicable": true}"#)],
            code: "levels.rule-count"),
        BrokenFramework(
            name: "a childLevels rule on a percentage", scheme: "levels",
            edits: [(#"{"text": "20%", "atLeast": 20}"#, #"{"text": "20%", "childLevels": {"allAtLeast": 1}}"#)],
            code: "levels.child-levels-needs-measure"),
        BrokenFramework(
            name: "a level framework without groups", scheme: "levels",
            edits: [(#""groups": [{"id": "CQS", "name": {"vi": "Chính quyền số", "en": "Digital government"}}],"#, "")],
            code: "config.missing-key"),
        BrokenFramework(
            name: "a point framework's key in a level framework", scheme: "levels",
            edits: [(#""levelRule": "perLevel","#, #""levelRule": "perLevel", "precision": 2,"#)],
            code: "framework.foreign-key"),
    ]
}
