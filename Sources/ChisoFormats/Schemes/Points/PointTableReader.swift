import ChisoCore

/// Reads a point framework's table (``FrameworkTable``) into the top-level members ``PointSchemeDecoder`` reads:
/// `precision`, `classPrecision`, `unrankedBelowTiers`, `belowTiers`, `nodes`, `views` and `tiers`, with a comment
/// for each node saying where it was read and what to confirm.
///
/// The annex gives the nodes (the tree from the numbering, `Mã` the IDs), `Điểm tối đa` the maxima and
/// `Quy tắc tính điểm` the leaves' rules in a person's words (``PointRuleWords``); an empty rule cell on a leaf is
/// filled from the wording of `Cách xác định và tính điểm` (``RuleSuggestion``), flagged for the officer to
/// confirm. `Đo bằng` gives a leaf's `measure`: steps read a count unless it says otherwise, and the kind a rule
/// reads by default is left out (as the encoder leaves it out, so that a file written as a table reads back equal).
/// `Lựa chọn` gives the codes and English names of choice answers, `Xếp loại` the tiers best first and the
/// class below the last, `Khung nhìn` the views, `Thông tin` the precisions.
struct PointTableReader {
    /// The table read.
    let input: FrameworkTableInput
    /// The problems found.
    var problems: FrameworkTableProblems
    /// The comments for each node, by ID.
    var comments: [String: [String]] = [:]
    /// The column of each role of the annex.
    let place: [AnnexColumn: Int]
    /// The rows under each row's ID.
    let children: [String: [AnnexRow]]
    /// Every node ID, in table order.
    let ids: [String]
    /// The answers of the `Lựa chọn` part, by node ID and Vietnamese name.
    var answers: [AnswerKey: Answer] = [:]
    /// The IDs of the nodes whose rule is a choice.
    var choiceNodes: Set<String> = []

    /// A node ID and an answer's Vietnamese name, as header cells are compared.
    struct AnswerKey: Hashable {
        var node: String
        var name: String
    }

    /// One row of the `Lựa chọn` part.
    struct Answer {
        var value: String
        var english: String
        var line: Int
        var used = false
    }

    /// Reads `input`, its problems added to `problems`.
    static func read(_ input: FrameworkTableInput, problems: inout FrameworkTableProblems) -> SchemeTableRead? {
        var reader = PointTableReader(input: input, problems: problems)
        let members = reader.members()
        problems = reader.problems
        return SchemeTableRead(members: members, comments: reader.comments)
    }

    init(input: FrameworkTableInput, problems: FrameworkTableProblems) {
        self.input = input
        self.problems = problems
        place = Dictionary(input.table.columns.map { ($1, $0) }, uniquingKeysWith: min)
        var children: [String: [AnnexRow]] = [:]
        let known = Set(input.table.rows.map(\.id))
        for row in input.table.rows {
            if let parent = row.parentID, known.contains(parent) { children[parent, default: []].append(row) }
        }
        self.children = children
        ids = input.table.rows.map(\.id)
    }

    /// The scheme's members, in the order the encoder writes them.
    mutating func members() -> JSONObjectBuilder {
        var members = JSONObjectBuilder()
        readInfo(into: &members)
        readAnswers()
        let known = Set(ids)
        let roots = input.table.rows.filter { $0.parentID.map { !known.contains($0) } ?? true }
        let nodes = roots.map { node($0, parentIsInformationOnly: false) }
        let tiers = readTiers(roots: roots.map(\.id))
        if tiers.unranked { members.add("unrankedBelowTiers", true) }
        if let below = tiers.below, below != PointScheme.unrankedName {
            members.add("belowTiers", JSONNode.Value.localized(below))
        }
        members.add("nodes", .array(nodes))
        if let views = readViews() { members.add("views", views) }
        if !tiers.list.isEmpty { members.add("tiers", .array(tiers.list)) }
        reportUnusedAnswers()
        return members
    }

    // MARK: - Nodes

    /// A cell of the annex on `row`, lines kept; empty when the table has no such column.
    func cell(_ column: AnnexColumn, of row: AnnexRow) -> String {
        switch column {
        case .method: row.method
        case .evidence: row.evidence
        case .dataSource: row.dataSource
        case .verifier: row.verifier
        default: row.extras[column] ?? ""
        }
    }

    /// Adds `message` about the cell of `column` on `row` of the annex.
    mutating func add(
        _ message: PointTableMessage, row: AnnexRow, column: AnnexColumn?, _ severity: Diagnostic.Severity = .error,
        value: String? = nil
    ) {
        let number = column.flatMap { place[$0] }
        problems.add(
            message, sheet: input.sheet, line: row.line, column: number, severity,
            field: column.map(\.title), value: value.map(AnnexText.oneLine))
    }

    /// One node and those under it, as a member of `nodes`.
    mutating func node(_ row: AnnexRow, parentIsInformationOnly: Bool) -> JSONNode.Value {
        let below = children[row.id] ?? []
        var object = JSONObjectBuilder()
        object.add("id", row.id)
        comments[row.id, default: []].append(
            PointTableWords.place(sheet: input.sheet, line: row.line, column: place[.name]))
        let theme = cell(.theme, of: row)
        if !theme.isEmpty { object.add("theme", AnnexText.oneLine(theme)) }
        let english = AnnexText.oneLine(cell(.englishName, of: row))
        object.add(
            "name", JSONNode.Value.localized(LocalizedText(vi: row.name, en: english.isEmpty ? row.name : english)))
        if row.maxPoints != nil || below.isEmpty { object.add("max", row.maxPoints) }
        let flagText = cell(.informationOnly, of: row)
        let flag = PointTableWords.flag(flagText)
        if flag == nil { add(.unreadableFlag, row: row, column: .informationOnly, value: flagText) }
        let isInformationOnly = parentIsInformationOnly || flag == true
        if flag == true, !parentIsInformationOnly { object.add("informationOnly", true) }
        if below.isEmpty {
            addRule(of: row, isInformationOnly: isInformationOnly, to: &object)
        } else if !cell(.rule, of: row).isEmpty {
            add(.ruleOnGroup, row: row, column: .rule, value: cell(.rule, of: row))
        }
        let structure = cell(.structure, of: row).split(separator: "\n").map { line -> JSONNode.Value in
            let parts = line.split(separator: "|", maxSplits: 1).map { AnnexText.oneLine(String($0)) }
            let vi = parts.first ?? ""
            return .localized(LocalizedText(vi: vi, en: parts.count > 1 && !parts[1].isEmpty ? parts[1] : vi))
        }
        if !structure.isEmpty { object.add("structure", .array(structure)) }
        for (key, column) in [
            ("note", AnnexColumn.note), ("method", .method), ("evidence", .evidence), ("dataSource", .dataSource),
            ("verifiedBy", .verifier),
        ] {
            let text = cell(column, of: row)
            if !text.isEmpty { object.add(key, text) }
        }
        if !below.isEmpty {
            object.add("children", .array(below.map { node($0, parentIsInformationOnly: isInformationOnly) }))
        }
        return object.value
    }

    /// The rule of a leaf, from its rule cell or suggested from its method text, and its `measure`.
    mutating func addRule(of row: AnnexRow, isInformationOnly: Bool, to object: inout JSONObjectBuilder) {
        let text = cell(.rule, of: row)
        var words: PointRuleWords?
        if !text.isEmpty {
            let at = AnnexCell(file: input.file, sheet: input.sheet, row: row.line, column: place[.rule] ?? 0)
            switch PointRuleWords.read(text, at: at) {
            case .success(let read): words = read.rule
            case .failure(let problem): problems.add([problem.diagnostic])
            }
        } else if !isInformationOnly {
            words = suggestedRule(for: row)
        }
        let rule = words.map { addRule($0, of: row, to: &object) }
        let measureText = cell(.measure, of: row)
        var kind: MeasureKind?
        if !measureText.isEmpty {
            kind = PointTableWords.measure(measureText)
            if kind == nil { add(.unreadableMeasure, row: row, column: .measure, value: measureText) }
        } else if case .steps = rule {
            kind = .count  // a count of times is what steps read, unless the table says otherwise
        }
        // The kind a rule reads by default is left out, as the encoder leaves it out.
        let defaultKind = rule.map { PointScheme.defaultKind(for: $0) } ?? .number
        if let kind, kind != defaultKind { object.add("measure", kind.rawValue) }
    }

    /// The rule suggested from the method text of `row`, flagged; `nil`, with an error, when none can be.
    mutating func suggestedRule(for row: AnnexRow) -> PointRuleWords? {
        guard let maximum = row.maxPoints, let suggestion = RuleSuggestion.suggest(from: row.method, maximum: maximum)
        else {
            add(.noRule, row: row, column: place[.rule] != nil ? .rule : .method)
            return nil
        }
        let rule = PointTableWords.text(of: suggestion.rule)
        let wording = AnnexText.cleaned(row.method, lineBreak: "; ").replacingOccurrences(of: ";;", with: ";")
        add(.ruleSuggested(rule: rule), row: row, column: .method, .warning, value: row.method)
        comments[row.id, default: []].append(
            "GỢI Ý — cần xác nhận: Quy tắc tính điểm \"\(rule)\", suy ra từ \"\(wording)\" "
                + "(SUGGESTED — confirm: the rule was read from the method text)")
        return suggestion.rule
    }

    /// Adds the members of `words` to a node; returns the rule, a choice's answers left out (the caller needs only
    /// its kind).
    mutating func addRule(_ words: PointRuleWords, of row: AnnexRow, to object: inout JSONObjectBuilder) -> LeafRule {
        switch words {
        case .points:
            object.add("rule", "points")
            return .points
        case .proportional:
            object.add("rule", "proportional")
            return .proportional
        case .ratio:
            object.add("rule", "ratio")
            return .ratio
        case .yesNo:
            object.add("rule", "yesNo")
            return .yesNo
        case .linear(let floor, let target):
            object.add("rule", "linear")
            object.add("floor", floor)
            object.add("target", target)
            return .linear(floor: floor, target: target)
        case .steps(let steps):
            object.add("rule", "steps")
            object.add(
                "steps",
                .objects(steps) { step, entry in
                    entry.add("atLeast", step.atLeast)
                    entry.add("points", step.points)
                })
            return .steps(steps.map { LeafRule.Step(atLeast: $0.atLeast, points: $0.points) })
        case .choice(let choices):
            choiceNodes.insert(row.id)
            object.add("rule", "choice")
            var entries: [JSONNode.Value] = []
            for choice in choices {
                var entry = JSONObjectBuilder()
                let key = AnswerKey(node: row.id, name: AnnexText.headerKey(choice.label))
                let answer = answers[key]
                answers[key]?.used = true
                let value = answer.map(\.value).flatMap { $0.isEmpty ? nil : $0 } ?? PointTableWords.slug(choice.label)
                entry.add("value", value)
                let english = answer?.english ?? ""
                entry.add(
                    "name",
                    JSONNode.Value.localized(
                        LocalizedText(vi: choice.label, en: english.isEmpty ? choice.label : english)))
                if let points = choice.points { entry.add("points", points) }
                if let fraction = choice.fraction { entry.add("fraction", fraction) }
                entries.append(entry.value)
            }
            object.add("choices", .array(entries))
            return .choice([])
        }
    }
}
