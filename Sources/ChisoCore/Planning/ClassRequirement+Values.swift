extension ClassRequirement {
    /// Whether values meet this requirement: the planner's check of a candidate, which must agree with the scheme's
    /// own evaluation (the conformance suite applies every plan and scores it).
    ///
    /// - Parameters:
    ///   - values: One value per measure; `nil` is missing, NaN is "does not apply to this unit".
    ///   - subordinates: The unit's subordinate units, for a roll-up requirement.
    /// - Returns: Whether the requirement holds.
    public func isMet(by values: [Double?], subordinates: ChildLevelSummary? = nil) -> Bool {
        switch self {
        case .notApplicable:
            return true
        case .value(let measure, let least):
            guard measure >= 0, measure < values.count, let value = values[measure] else { return false }
            return value.isNaN || value >= least
        case .anyOf(let alternatives):
            return alternatives.contains { $0.isMet(by: values, subordinates: subordinates) }
        case .subordinates(let rule):
            guard let subordinates else { return false }
            return rule.status(of: subordinates) == .met
        case .points, .index:
            return false
        }
    }

    /// The thresholds this requirement names on one measure.
    func thresholds(on measure: Int) -> [Double] {
        switch self {
        case .value(let index, let least): index == measure ? [least] : []
        case .anyOf(let alternatives): alternatives.flatMap { $0.thresholds(on: measure) }
        case .notApplicable, .subordinates, .points, .index: []
        }
    }
}
