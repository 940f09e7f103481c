package import ChisoCore
package import ChisoFormats

/// How a scheme's results, explanations and framework read in the output formats: the words and columns that the
/// core leaves to the output layer. Each built-in scheme conforms in its own file; a scheme that does not conform
/// is reported through ``GenericReporting``, so a new scheme plugs in without changes here.
package protocol SchemeReporting: Sendable {
    /// The word for a class in headings and sentences: `level` or `tier`.
    var classWord: String { get }
    /// The columns of `score --format csv`.
    func csvColumns() -> [String]
    /// One unit's row of `score --format csv`.
    func csvRow(_ result: UnitResult, ranks: [Figure: Int]) -> [String]
    /// The columns of the `score` table.
    func tableColumns() -> (header: [String], rightAligned: Set<Int>)
    /// One unit's row of the `score` table, with the class named in `language`.
    func tableRow(_ result: UnitResult, ranks: [Figure: Int], language: Language) -> [String]
    /// The line under the `score` table: how many units reached each class, named in `language`.
    func summary(_ results: [UnitResult], language: Language) -> String
    /// Writes one unit's object of `score --format json`, on one line.
    func writeJSON(_ result: UnitResult, ranks: [Figure: Int], into json: inout CompactJSON)
    /// What the `framework` block of `score --format json` adds for this scheme.
    func jsonFramework(into object: inout JSONObjectBuilder)
    /// The heading of a class's column in an explanation table, in `language`.
    func classHeading(_ ordinal: Int, language: Language) -> String
    /// The line that says what the unit reached.
    func headline(_ explanation: Explanation) -> String
    /// A condition's value in an explanation, as text.
    func valueText(_ row: Explanation.Row, in explanation: Explanation) -> String
    /// A requirement as short text (`≥70%`, `yes`, `all ≥L2, ≥50% ≥L3`, `≥90`).
    func requirementText(_ requirement: ClassRequirement) -> String
    /// The sentences an explanation ends with, in English.
    func sentences(_ explanation: Explanation) -> [String]
    /// What `frameworks validate` says the framework holds: `33 criteria`, `12 nodes, 9 inputs`.
    var validationSummary: String { get }
    /// The scheme's part of `frameworks list`.
    var listSummary: String { get }
    /// The scheme's lines in `frameworks show`.
    func describe() -> String
    /// `frameworks show` for the table, Markdown and CSV formats; tables name conditions and classes in `language`.
    func show(_ framework: Framework, format: OutputFormat, language: Language) -> String
    /// Whether data files for this scheme have a `registered_level` column.
    var hasRegisteredClass: Bool { get }
    /// A class as plans and what-ifs show it: a level's number, or a tier's Vietnamese name.
    func planClassText(_ ordinal: Int) -> String
}

extension Framework {
    /// How this framework's scheme reads in outputs.
    package var reporting: any SchemeReporting { Self.reporting(of: scheme) }

    /// How a scheme reads in outputs: its own reporting, or ``GenericReporting`` for a scheme that has none.
    package static func reporting(of scheme: any ScoringScheme) -> any SchemeReporting {
        (scheme as? any SchemeReporting) ?? GenericReporting(scheme: scheme)
    }
}

/// Words shared by every scheme's reports.
package enum ReportText {
    /// A number with at most two decimals, as points are shown.
    package static func figure(_ value: Double) -> String {
        NumberText.shortest((value * 100).rounded() / 100)
    }

    /// Condition IDs by index, as files show them.
    package static func ids(_ indices: [Int], in scheme: any ScoringScheme) -> [String] {
        indices.map { scheme.conditions.indices.contains($0) ? scheme.conditions[$0].id : "?" }
    }

    /// Tidy rows as CSV, with the framework's column last, or as JSON: the framework block, what made the output
    /// (``OutputOrigin``, with the approximation the data is, if any), then one object per row under `key` (empty
    /// cells null).
    package static func tidy(
        columns: [String], rows: [[String]], format: OutputFormat, framework: Framework, key: String,
        parameters: [(name: String, value: String)] = [], approximation: String? = nil
    )
        -> String
    {
        let origin = OutputOrigin(framework, parameters: parameters, approximation: approximation)
        guard format == .json else { return origin.csv(header: columns, rows: rows) }
        var root = JSONObjectBuilder()
        root.add("framework", ResultReport.frameworkHeader(framework, file: nil).value)
        root.add("made_by", origin.json)
        root.add(
            key,
            .objects(rows) { row, entry in
                for (column, value) in zip(columns, row) { entry.add(column, value.isEmpty ? nil : value) }
            })
        return JSONWriter.write(root.value)
    }

    /// The one-letter codes of statuses in JSON output.
    package static func code(_ status: CriterionStatus) -> Character {
        switch status {
        case .met: "m"
        case .notMet: "x"
        case .notApplicable: "-"
        case .missing: "?"
        }
    }
}

extension ReportText {
    /// A requirement as short text: `≥70%`, `≥2`, `yes`, `share ≥100%`, `≥3 or share ≥100%`, `n/a`, a roll-up
    /// `all ≥L2, ≥50% ≥L3`, points `≥90`, an index `>0.4 index`.
    package static func requirement(_ requirement: ClassRequirement, measures: [Measure]) -> String {
        switch requirement {
        case .notApplicable:
            return "n/a"
        case .value(let index, let least):
            guard measures.indices.contains(index) else { return "≥\(NumberText.shortest(least))" }
            let measure = measures[index]
            let prefix = measure.suffix.map { "\($0) " } ?? ""
            if measure.kind == .yesNo && least == 1 { return prefix + "yes" }
            return prefix + "≥\(NumberText.shortest(least))\(measure.kind == .percent ? "%" : "")"
        case .anyOf(let alternatives):
            return alternatives.map { self.requirement($0, measures: measures) }.joined(separator: " or ")
        case .subordinates(let rule):
            var text = "all ≥L\(rule.allAtLeast)"
            if let shareLevel = rule.shareLevel {
                text += ", ≥\(NumberText.shortest(rule.sharePercent))% ≥L\(shareLevel)"
            }
            return text
        case .points(let least, let inclusive):
            return "\(inclusive ? "≥" : ">")\(figure(least))"
        case .index(let least, let inclusive):
            return "\(inclusive ? "≥" : ">")\(NumberText.shortest(least)) index"
        }
    }

    /// A condition's value as text: `72.5%`, `yes`, `3; share 100%`, a roll-up's level counts, or points.
    package static func value(_ value: Explanation.Value, condition: Condition, measures: [Measure]) -> String {
        switch value {
        case .measures(let values):
            return zip(condition.measures, values).map { index, value in
                guard measures.indices.contains(index) else { return "missing" }
                let measure = measures[index]
                var text = measure.kind.text(for: value)
                if measure.kind == .choice, let value, measure.categories.indices.contains(Int(value)) {
                    text = measure.categories[Int(value)].name.vi
                }
                return measure.suffix.map { "\($0) \(text)" } ?? text
            }.joined(separator: "; ")
        case .subordinates(let summary):
            guard let children = summary else { return "missing (no subordinate units given)" }
            guard children.totalWithUnreadable > 0 else { return "no subordinate units" }
            let counts = children.counts.enumerated().filter { $0.element > 0 }.map { "L\($0.offset): \($0.element)" }
            let recognised = children.isRecognised ? "recognised levels " : ""
            var text = "\(children.total) units (\(recognised)\(counts.joined(separator: ", ")))"
            if !children.unreadable.isEmpty { text += " and \(children.unreadable.count) unreadable" }
            return text
        case .points(let points, let maximum):
            return "\(figure(points)) / \(maximum.map(figure) ?? "unknown")"
        case .total(let points, let maximum, let index):
            return "\(figure(points)) / \(figure(maximum)) (index \(NumberText.shortest(index)))"
        case .missingPoints(let maximum):
            return "missing (0 / \(figure(maximum ?? 0)))"
        case .informationOnly(let input):
            return "information only" + (input.map { ": \(NumberText.shortest($0))" } ?? "")
        }
    }
}
