package import ChisoCore
import ChisoFormats

extension PointScheme: ReportWording {
    package var classNoun: LocalizedText { LocalizedText(vi: "hạng", en: "tier") }

    package func figureName(_ figure: Figure) -> LocalizedText {
        if case .view(let index) = figure, views.indices.contains(index) { return views[index].name }
        return ReportWords.figureName(figure, conditions: conditions)
    }

    package func sentences(_ explanation: Explanation, words: ReportWords) -> [String] {
        guard words.language == .vi else { return sentences(explanation) }
        return explanation.findings.compactMap { finding in
            switch finding {
            case .nextClassNotReached(let next, let blockers):
                let reasons = blockers.map { reason(for: $0, tier: next, explanation: explanation, words: words) }
                return "Chưa đạt \(className(next).vi): \(reasons.joined(separator: "; "))."
            case .highestClassReached(let ordinal):
                return "\(className(ordinal).vi) là hạng cao nhất."
            case .missingValues(let missing):
                return "Giá trị còn thiếu được tính 0 điểm: "
                    + "\(ReportText.ids(missing, in: self).joined(separator: ", ")). Bổ sung để đánh giá đầy đủ."
            case .view(let position, let index):
                let rank = explanation.ranks[.view(position)].map { ", xếp thứ \($0)" } ?? ""
                return "\(views[position].id) (\(views[position].name.vi)): chỉ số "
                    + "\(words.numbers.fixed(index, decimals: precision))\(rank)."
            case .noSubordinates, .unreadableSubordinates, .registered, .levelRule, .extendedShortfall:
                return nil
            }
        }
    }

    /// Why a condition keeps a unit from a tier, in Vietnamese: what the tier asks and what the unit has.
    private func reason(for condition: Int, tier ordinal: Int, explanation: Explanation, words: ReportWords) -> String {
        let requirement = requirement(of: condition, forClass: ordinal)
        let asked = words.requirement(requirement, measures: measures)
        let row = explanation.rows.first { $0.condition == condition }
        switch (requirement, row?.value) {
        case (.index, .total(_, _, let index)?):
            return "tổng cần \(asked) và đang có \(words.numbers.fixed(index, decimals: precision))"
        case (.points, .total(let total, _, _)?):
            return "tổng điểm cần \(asked) và đang có \(words.points(total))"
        default:
            let points: Double
            if case .points(let earned, _)? = row?.value { points = earned } else { points = 0 }
            return "\(conditions[condition].id) cần \(asked) và đang có \(words.points(points))"
        }
    }
}
