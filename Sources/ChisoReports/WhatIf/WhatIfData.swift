import ChisoCore
import ChisoFormats

/// The JSON the what-if part embeds: the words of the panel in the report's language, the scheme's browser model,
/// the classes, conditions (each with what each class asks of it, in words) and measures, then one compact array
/// per unit, `[label, id, values, children, plan]`. Values are numbers, `null` where missing and `"KAD"` where a
/// conditional criterion does not apply. Every `<` is written `\u003c`, so no text can close the script element.
enum WhatIfData {
    /// Everything before the units, ending with the opening of the units' array.
    static func head(of report: HTMLReport, model: JSONNode.Value) -> String {
        let scheme = report.scheme
        let words = report.words
        var object = JSONObjectBuilder()
        object.add("language", words.language.rawValue)
        var phrases = JSONObjectBuilder()
        for phrase in WhatIfPanelPhrase.allCases { phrases.add(phrase.rawValue, words(phrase.text)) }
        let noun = report.wording.classNoun
        phrases.add("nextBlockers", words(WhatIfPanelPhrase.blockersHeading(noun)))
        phrases.add("noBlockers", words(WhatIfPanelPhrase.noBlockers(noun)))
        phrases.add("classNoun", words(noun).capitalizedFirst)
        for status in [CriterionStatus.met, .notMet, .missing, .notApplicable] {
            phrases.add("status-\(statusKey(status))", words.status(status))
        }
        object.add("words", phrases.value)
        object.add("model", model)
        // A framework without classes (an index only) names none, not even the standing below them.
        object.add(
            "classes",
            .array(
                scheme.classes.isEmpty
                    ? [.string("")] : (0...scheme.classes.count).map { .string(words(scheme.className($0))) }))
        object.add(
            "conditions",
            .objects(scheme.conditions.indices) { index, entry in
                let condition = scheme.conditions[index]
                entry.add("id", condition.id)
                entry.add("name", words(condition.name))
                entry.add(
                    "need",
                    .array(
                        scheme.classes.indices.map { offset in
                            .string(
                                words.requirement(
                                    scheme.requirement(of: index, forClass: offset + 1), measures: scheme.measures))
                        }))
            })
        object.add("rollUp", scheme.conditions.firstIndex { $0.tags.contains(.rollUp) })
        object.add(
            "measures",
            .objects(scheme.measures.indices) { index, entry in
                let measure = scheme.measures[index]
                entry.add("key", measure.key)
                let owner = scheme.conditions.first { $0.measures.contains(index) }
                entry.add("name", owner.map { words($0.name) } ?? "")
                entry.add("kind", measure.kind.rawValue)
                entry.add("conditional", measure.isConditional)
                entry.add("categories", strings: measure.categories.map { words($0.name) })
                let range = measure.validRange
                entry.add("min", range?.lowerBound)
                entry.add("max", range.flatMap { $0.upperBound < Double.greatestFiniteMagnitude ? $0.upperBound : nil })
            })
        object.add("ranked", !scheme.rankedFigures.isEmpty)
        // The levels a subordinate unit can be at, from 0: the subordinate scheme's, or as many as were counted.
        if let children = report.input.scoring.linked?.childScheme {
            object.add(
                "childClasses", .array((0...children.classes.count).map { .string(words(children.className($0))) }))
        } else {
            let levels = report.tally.subordinates.compactMap { $0?.counts.count }.max() ?? 0
            object.add("childClasses", .array((0..<levels).map { .string(words(scheme.className($0))) }))
        }
        var text = ""
        append(object.value, to: &text)
        // The units follow as the last member, written unit by unit.
        text.removeLast()
        return text + ",\"units\":["
    }

    /// The key of a status, as the evaluators name statuses.
    static func statusKey(_ status: CriterionStatus) -> String {
        switch status {
        case .met: "met"
        case .notMet: "notMet"
        case .missing: "missing"
        case .notApplicable: "notApplicable"
        }
    }

    /// One unit's array.
    static func unit(_ result: UnitResult, label: String, children: JSONNode.Value, plan: JSONNode.Value) -> String {
        var text = "["
        appendString(label, to: &text)
        text += ","
        appendString(result.unit.id, to: &text)
        text += ",["
        for (index, value) in result.values.enumerated() {
            if index > 0 { text += "," }
            if let value {
                text += value.isNaN ? "\"KAD\"" : value.isFinite ? NumberText.shortest(value) : "null"
            } else {
                text += "null"
            }
        }
        text += "],"
        append(children, to: &text)
        text += ","
        append(plan, to: &text)
        return text + "]"
    }

    /// The subordinate units of each unit, as the panel lists them: `{"c": [[id, name, level], …], "u": unreadable}`.
    struct Children {
        /// Per parent ID, the IDs, names and levels of its children, when the children's own data was given.
        var labelled: [String: [(id: String, name: String?, level: Int)]] = [:]
        /// Per unit in result order, the summary scored (`nil` where the scheme rolls nothing up or none was given).
        var summaries: [ChildLevelSummary?]

        init(_ cohort: ScoredCohort, tally: ExplanationTally) {
            summaries = tally.rollUp == nil ? [] : tally.subordinates
            guard let linked = cohort.linked else { return }
            for (parent, indices) in linked.childrenOfParent.enumerated() {
                labelled[linked.parents[parent].unit.id] = indices.map { child in
                    let unit = linked.children[child].unit
                    return (unit.id, unit.name, linked.childResults[child].standing.ordinal)
                }
            }
        }

        /// A unit's children, or `null`.
        func list(of position: Int, results: [UnitResult]) -> JSONNode.Value {
            guard position < summaries.count, let summary = summaries[position] else { return .null }
            var entries: [JSONNode.Value] = []
            if let known = labelled[results[position].unit.id], known.count == summary.total {
                entries = known.map {
                    .array([.string($0.id), $0.name.map { .string($0) } ?? .null, .number(Double($0.level))])
                }
            } else {
                // Recognised levels without the units' names: one anonymous entry per unit counted.
                for (level, count) in summary.counts.enumerated() {
                    entries += Array(repeating: .array([.string("—"), .null, .number(Double(level))]), count: count)
                }
            }
            var object = JSONObjectBuilder()
            object.add("c", .array(entries))
            object.add("u", summary.unreadable.count)
            return object.value
        }
    }

    /// Per unit in result order, the plan's changes as `[[measure, value], …]`, or `null`.
    static func plans(_ plan: PlanTable?, scheme: any ScoringScheme, results: [UnitResult]) -> [JSONNode.Value] {
        let none = [JSONNode.Value](repeating: .null, count: results.count)
        guard let plan, !plan.changes.isEmpty else { return none }
        var position: [String: Int] = [:]
        for (index, result) in results.enumerated() where position[result.unit.id] == nil {
            position[result.unit.id] = index
        }
        var keys: [String: Int] = [:]
        for (index, measure) in scheme.measures.enumerated() { keys[measure.key] = index }
        var plans = none
        for (unit, changes) in plan.changes {
            guard let at = position[unit] else { continue }
            // A district plan's changes to its communes (`via`) are not tried here: the panel changes their levels.
            let known = changes.compactMap { change -> JSONNode.Value? in
                guard change.via == nil, let measure = keys[change.criterion] else { return nil }
                switch CellParser.sideCell(change.to, as: scheme.measures[measure]) {
                case .value(let value):
                    return .array([.number(Double(measure)), value.isNaN ? .string("KAD") : .number(value)])
                case .missing: return .array([.number(Double(measure)), .null])
                case .invalid: return nil
                }
            }
            if !known.isEmpty { plans[at] = .array(known) }
        }
        return plans
    }

    /// Appends a value as compact JSON.
    static func append(_ value: JSONNode.Value, to text: inout String) {
        switch value {
        case .null: text += "null"
        case .bool(let flag): text += flag ? "true" : "false"
        case .number(let number): text += number.isFinite ? NumberText.shortest(number) : "null"
        case .string(let string): appendString(string, to: &text)
        case .array(let elements):
            text += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { text += "," }
                append(element.value, to: &text)
            }
            text += "]"
        case .object(let members):
            text += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { text += "," }
                appendString(member.key, to: &text)
                text += ":"
                append(member.value.value, to: &text)
            }
            text += "}"
        }
    }

    /// Appends a JSON string, with `<` written `\u003c` as well as what JSON itself escapes.
    static func appendString(_ string: String, to text: inout String) {
        JSONWriter.appendString(string, to: &text, forHTMLScript: true)
    }
}
