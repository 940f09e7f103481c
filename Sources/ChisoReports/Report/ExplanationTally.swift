package import ChisoCore
import ChisoFormats

/// What the explanations of every unit of a run say, counted once: how many units meet each condition at each
/// class and how many it applies to, and each unit's subordinate units and roll-up statuses. Read through the scheme's protocol, for any scheme.
package struct ExplanationTally: Sendable {
    /// `met[c][k]`: units that meet condition `c` at class `k + 1`.
    package var met: [[Int]]
    /// `applicable[c][k]`: units to which condition `c` applies at class `k + 1`.
    package var applicable: [[Int]]
    /// The roll-up condition (district `CHUNG.01`), if the scheme has one.
    package var rollUp: Int?
    /// Per unit, in result order: its subordinate units, when the roll-up condition has them.
    package var subordinates: [ChildLevelSummary?]
    /// Per unit, in result order: the roll-up condition's status at each class from the lowest.
    package var rollUpStatuses: [[CriterionStatus]]

    /// Tallies the explanations of a cohort's results.
    ///
    /// - Complexity: O(*n* × *m* × *k*) for *n* units, *m* conditions and *k* classes.
    package init(_ cohort: ScoredCohort) {
        let scheme = cohort.framework.scheme
        let conditions = scheme.conditions.count
        let classes = scheme.classes.count
        met = Array(repeating: Array(repeating: 0, count: classes), count: conditions)
        applicable = met
        rollUp = scheme.rollsUpChildren ? scheme.conditions.firstIndex { $0.tags.contains(.rollUp) } : nil
        subordinates = []
        rollUpStatuses = []
        for result in cohort.results {
            guard classes > 0 || rollUp != nil else { continue }
            let explanation = scheme.explain(result, ranks: [:])
            var summary: ChildLevelSummary?
            var statuses: [CriterionStatus] = []
            for row in explanation.rows where row.condition < conditions {
                for (offset, cell) in row.cells.enumerated() where offset < classes {
                    guard cell.status != .notApplicable else { continue }
                    applicable[row.condition][offset] += 1
                    if cell.status == .met { met[row.condition][offset] += 1 }
                }
                if row.condition == rollUp {
                    if case .subordinates(let children) = row.value { summary = children }
                    statuses = row.cells.map(\.status)
                }
            }
            if rollUp != nil {
                subordinates.append(summary)
                rollUpStatuses.append(statuses)
            }
        }
    }

    /// Whether any unit has subordinate units to show.
    package var hasSubordinates: Bool {
        subordinates.contains { ($0?.totalWithUnreadable ?? 0) > 0 }
    }

    /// The share of units meeting `condition` at class `ordinal` among those it applies to; `nil` where it applies
    /// to none.
    package func passRate(_ condition: Int, class ordinal: Int) -> Double? {
        let base = applicable[condition][ordinal - 1]
        return base == 0 ? nil : Double(met[condition][ordinal - 1]) / Double(base)
    }
}
