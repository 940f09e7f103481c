package import ChisoCore
package import ChisoFormats

extension PointScheme: SchemeWording {
    package var classNoun: LocalizedText { LocalizedText(vi: "xếp loại", en: "tier") }

    package func figureName(_ figure: Figure) -> LocalizedText {
        if case .view(let index) = figure, views.indices.contains(index) { return views[index].name }
        return Words.figureName(figure, conditions: conditions)
    }

    package func classHeading(_ ordinal: Int, style: NumberStyle) -> LocalizedText { className(ordinal) }

    package func planClass(_ ordinal: Int) -> LocalizedText { className(ordinal) }

    package func headline(_ explanation: Explanation) -> LocalizedText {
        let name = className(explanation.standing.ordinal)
        var vi = tiers.isEmpty ? "Điểm" : "Xếp loại: \(name.vi)"
        var en = tiers.isEmpty ? "Score" : "Tier: \(name.vi) (\(name.en))"
        if case .total(let total, let maximum, let index)? = explanation.rows.first?.value {
            let (local, english) = (Numerals.text(.vi), Numerals.text(.en))
            vi +=
                " — \(local.points(total)) trên \(local.points(maximum)) điểm, chỉ số "
                + local.fixed(index, decimals: precision)
            en +=
                " — \(english.points(total)) of \(english.points(maximum)) points, index "
                + english.fixed(index, decimals: precision)
        }
        if let rank = explanation.ranks[.total] {
            vi += ", xếp thứ \(rank)"
            en += ", rank \(rank)"
        }
        return LocalizedText(vi: vi, en: en)
    }

    package func value(_ row: Explanation.Row, in explanation: Explanation) -> LocalizedText {
        if case .total(let total, let maximum, let index) = row.value {
            return Numerals.localizedText { numbers in
                let word = Phrase.index.text.text(in: numbers.language)
                return "\(numbers.points(total)) / \(numbers.points(maximum)) (\(word) "
                    + "\(numbers.fixed(index, decimals: precision)))"
            }
        }
        return ConditionWords.value(row.value, condition: conditions[row.condition], measures: measures)
    }

    package func requirement(_ requirement: ClassRequirement) -> LocalizedText {
        requirement.applies
            ? ConditionWords.requirement(requirement, measures: measures)
            : LocalizedText(vi: "", en: "")
    }

    package func findings(_ explanation: Explanation) -> [LocalizedText] {
        explanation.findings.compactMap { finding in
            switch finding {
            case .nextClassNotReached(let next, let blockers):
                let tier = className(next)
                let vi = blockers.map { reason(for: $0, tier: next, explanation: explanation, numbers: .vi) }
                let en = blockers.map { reason(for: $0, tier: next, explanation: explanation, numbers: .en) }
                return LocalizedText(
                    vi: "Chưa đạt \(tier.vi): \(vi.joined(separator: "; ")).",
                    en: "\(tier.vi) (\(tier.en)) is not reached: \(en.joined(separator: "; ")).")
            case .highestClassReached(let ordinal):
                return LocalizedText(
                    vi: "\(className(ordinal).vi) là xếp loại cao nhất.",
                    en: "\(className(ordinal).vi) is the highest tier.")
            case .missingValues(let missing):
                let ids = ConditionWords.ids(missing, in: self).joined(separator: ", ")
                return LocalizedText(
                    vi: "Chỉ số chưa có số liệu được tính 0 điểm: \(ids). Bổ sung số liệu để đánh giá đầy đủ.",
                    en: "Missing values score 0: \(ids). Fill them in to score the unit fully.")
            case .view(let position, let index):
                return viewSentence(position, index: index, explanation: explanation)
            case .noSubordinates, .unreadableSubordinates, .registered, .levelRule, .extendedShortfall:
                return nil
            }
        }
    }

    private func viewSentence(_ position: Int, index: Double, explanation: Explanation) -> LocalizedText {
        let rank = explanation.ranks[.view(position)]
        let view = views[position]
        return LocalizedText(
            vi: "\(view.id) (\(view.name.vi)): chỉ số \(LocaleNumbers(.vi).fixed(index, decimals: precision))"
                + (rank.map { ", xếp thứ \($0)" } ?? "") + ".",
            en: "View \(view.id) (\(view.name.en)): index \(NumberText.fixed(index, decimals: precision))"
                + (rank.map { ", rank \($0)" } ?? "") + ".")
    }

    /// Why a condition keeps a unit from a tier: what the tier asks and what the unit has. Numbers are written as the
    /// language's readers write them.
    private func reason(for condition: Int, tier ordinal: Int, explanation: Explanation, numbers language: Language)
        -> String
    {
        let requirement = requirement(of: condition, forClass: ordinal)
        let numbers = Numerals.text(language)
        let asked = ConditionWords.requirement(requirement, measures: measures, style: numbers.style).text(in: language)
        let row = explanation.rows.first { $0.condition == condition }
        let vi = language == .vi
        switch (requirement, row?.value) {
        case (.index, .total(_, _, let index)?):
            let has = numbers.fixed(index, decimals: precision)
            return vi ? "tổng cần \(asked) và đang có \(has)" : "the total needs \(asked) and has \(has)"
        case (.points, .total(let total, _, _)?):
            let has = numbers.points(total)
            return vi ? "tổng điểm cần \(asked) và đang có \(has)" : "the total needs \(asked) and has \(has)"
        default:
            let points: Double
            if case .points(let earned, _)? = row?.value { points = earned } else { points = 0 }
            let id = conditions[condition].id
            return vi
                ? "\(id) cần \(asked) và đang có \(numbers.points(points))"
                : "\(id) needs \(asked) and has \(numbers.points(points))"
        }
    }
}

extension PointScheme {
    package func summary(_ results: [UnitResult], classNames language: Language) -> LocalizedText {
        let units = LocalizedText(vi: "\(results.count) đơn vị", en: Plural.count(results.count, "unit"))
        guard !tiers.isEmpty else {
            return LocalizedText(vi: "\(units.vi), xếp hạng theo tổng điểm.\n", en: "\(units.en) ranked by total.\n")
        }
        var parts = ""
        for ordinal in stride(from: tiers.count, through: 0, by: -1) {
            let count = results.filter { $0.standing.ordinal == ordinal }.count
            parts += " \(className(ordinal).text(in: language)): \(count)" + (ordinal == 0 ? "." : ";")
        }
        var vi = "\(units.vi) theo xếp loại:" + parts
        var en = "\(units.en) by tier:" + parts
        let unranked = results.filter { !isRanked($0) }.count
        if unranked > 0 {
            let lowest = className(1)
            vi +=
                "\n\(unranked) đơn vị dưới \(lowest.vi) không xếp hạng: khung đánh giá không xếp hạng các đơn vị dưới "
                + "xếp loại thấp nhất (\"unrankedBelowTiers\")."
            en +=
                "\n\(Plural.count(unranked, "unit")) below \(lowest.vi) (\(lowest.en)) \(unranked == 1 ? "has" : "have") "
                + "no rank: the framework leaves units below its lowest tier unranked (\"unrankedBelowTiers\")."
        }
        return LocalizedText(vi: vi + "\n", en: en + "\n")
    }

    package var validationSummary: LocalizedText {
        LocalizedText(
            vi: "\(nodes.count) chỉ số và chỉ số thành phần, \(measures.count) cột số liệu",
            en: "\(nodes.count) nodes, \(measures.count) inputs")
    }

    package var listSummary: LocalizedText {
        let total = maximum.map(Numerals.text(.en).points)
        return LocalizedText(
            vi: (maximum.map { "\(Numerals.text(.vi).points($0)) điểm" } ?? "chưa biết điểm tối đa")
                + ", \(roots.count) chỉ số chính, \(tiers.count) xếp loại",
            en: (total.map { "\($0) points" } ?? "points unknown") + ", \(roots.count) top-level, \(tiers.count) tiers")
    }

    package func describe() -> LocalizedText {
        var text = LocalizedText(vi: "", en: "")
        if let maximum {
            let (most, local) = (Numerals.text(.en).points(maximum), Numerals.text(.vi).points(maximum))
            text.vi += "Điểm tối đa: \(local) điểm; chỉ số = tổng điểm / \(local), \(precision) chữ số thập phân\n"
            text.en += "Maximum: \(most) points; index = total / \(most), \(precision) decimals\n"
        }
        let unknown = ConditionWords.ids(unknownWeights, in: self).joined(separator: ", ")
        if !unknown.isEmpty {
            text.vi += "Chưa biết điểm tối đa của: \(unknown). Chưa thể chấm điểm theo khung này cho đến khi có đủ.\n"
            text.en += "Points unknown for: \(unknown). This framework cannot be scored until they are given.\n"
        }
        // Best first, as the sources list tiers.
        for (position, tier) in tiers.enumerated().reversed() {
            let total = ConditionWords.requirement(requirement(of: 0, forClass: position + 1), measures: measures)
            let floors = tier.floors.map { "\($0.node) ≥\(NumberText.shortest($0.fraction * 100))%" }
                .joined(separator: ", ")
            let floorsVi = tier.floors.map { "\($0.node) ≥\(Numerals.text(.vi).percent($0.fraction * 100))" }
                .joined(separator: ", ")
            // A tier read on the index says so itself (`chỉ số ≥0,4`).
            let figure = total.vi.hasPrefix(Phrase.index.text.vi) ? "" : "tổng điểm "
            text.vi += "Xếp loại \(tier.name.vi): \(figure)\(total.vi)"
            text.vi += floors.isEmpty ? "\n" : ", và \(floorsVi) điểm tối đa của từng chỉ số\n"
            text.en += "Tier \(tier.name.vi) (\(tier.name.en)): total \(total.en)"
            text.en += floors.isEmpty ? "\n" : ", and \(floors) of their maxima\n"
        }
        if !tiers.isEmpty { text = text + tierReading }
        for view in views {
            let parts = view.nodes.joined(separator: " + ")
            text.vi += "Nhóm chỉ số \(view.id) (\(view.name.vi)): \(parts) trên điểm tối đa của chúng\n"
            text.en += "View \(view.id) (\(view.name.en)): \(parts) over their maxima\n"
        }
        return text
    }

    /// What lies below the lowest tier, and which figure the tiers are read on, for ``describe()``.
    private var tierReading: LocalizedText {
        let lowest = className(0)
        var text = LocalizedText(
            vi: "Dưới xếp loại thấp nhất: \(lowest.vi)", en: "Below the lowest tier: \(lowest.vi) (\(lowest.en))")
        text.vi += unrankedBelowTiers ? "; các đơn vị này không xếp hạng (khung đặt \"unrankedBelowTiers\")\n" : "\n"
        text.en += unrankedBelowTiers ? "; such units get no rank (the framework sets \"unrankedBelowTiers\")\n" : "\n"
        let figure = tierFigureWords
        if let places = classPrecision {
            text.vi +=
                "Xếp loại theo \(figure.vi) làm tròn đến \(places) chữ số thập phân, độ chính xác mà nguồn công bố "
                + "(khung đặt \"classPrecision\")\n"
            text.en +=
                "Tiers are read on the \(figure.en) rounded to \(places) decimals, the precision the sources publish "
                + "classes at (the framework sets \"classPrecision\")\n"
        } else {
            text.vi += "Xếp loại theo \(figure.vi) chưa làm tròn; không làm tròn số liệu để đạt một xếp loại\n"
            text.en += "Tiers are read on the unrounded \(figure.en); a figure is never rounded to fit a tier\n"
        }
        return text
    }

    /// "index", "total" or "total or index": the figures the tiers are read on.
    private var tierFigureWords: LocalizedText {
        let bases = Set(tiers.map(\.basis))
        if bases == [.index] { return Phrase.index.text }
        if bases == [.points] { return LocalizedText(vi: "tổng điểm", en: "total") }
        return LocalizedText(vi: "tổng điểm hoặc chỉ số", en: "total or index")
    }
}

extension LocalizedText {
    /// The two texts, each followed by the other's same-language side.
    fileprivate static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
        LocalizedText(vi: lhs.vi + rhs.vi, en: lhs.en + rhs.en)
    }
}
