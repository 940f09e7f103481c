extension MonteCarlo {
    /// How an alternative framework's outcome is counted in the nominal framework's bins: each class by its name,
    /// each condition by its ID — never by position, since two frameworks may list other tiers or other nodes.
    struct AlternativeMap: Sendable {
        /// The nominal ordinal of each of the alternative's ordinals (0, "below every class", is 0 in both); -1 for
        /// a class the nominal framework does not have.
        var ordinals: [Int]
        /// The nominal condition of each of the alternative's conditions; `Int.max` for one it does not have.
        var conditions: [Int]
        /// Whether both frameworks list the same classes and conditions in the same order.
        var isIdentity: Bool

        init(from alternative: any ScoringScheme, to nominal: any ScoringScheme) {
            let classes = nominal.classes
            ordinals =
                [0]
                + alternative.classes.map { name in
                    classes.firstIndex { $0.vi == name.vi || $0.en == name.en }.map { $0 + 1 } ?? -1
                }
            var conditionOfID: [String: Int] = [:]
            for (index, condition) in nominal.conditions.enumerated() where conditionOfID[condition.id] == nil {
                conditionOfID[condition.id] = index
            }
            conditions = alternative.conditions.map { conditionOfID[$0.id] ?? Int.max }
            isIdentity =
                ordinals == Array(0...alternative.classes.count) && alternative.classes.count == classes.count
                && conditions == Array(conditions.indices) && conditions.count == nominal.conditions.count
        }

        /// Rewrites a run's outcome, scored by the alternative, in the nominal framework's classes and conditions.
        func translate(_ outcome: inout Outcome) {
            for unit in outcome.ordinals.indices {
                let ordinal = outcome.ordinals[unit]
                outcome.ordinals[unit] = ordinal >= 0 && ordinal < ordinals.count ? ordinals[ordinal] : -1
            }
            for index in outcome.blockerList.indices {
                let condition = outcome.blockerList[index]
                outcome.blockerList[index] =
                    condition >= 0 && condition < conditions.count ? conditions[condition] : .max
            }
        }
    }

    /// The classes of an alternative framework that the nominal framework does not have (by name, in either
    /// language): an analysis counts an alternative's classes in the nominal framework's, so these could not be
    /// counted. Empty when every class has a namesake.
    ///
    /// - Parameters:
    ///   - alternative: The alternative framework.
    ///   - nominal: The nominal framework.
    /// - Returns: The alternative's classes without a namesake, lowest first.
    public static func classesWithoutNamesake(in alternative: any ScoringScheme, nominal: any ScoringScheme)
        -> [LocalizedText]
    {
        let map = AlternativeMap(from: alternative, to: nominal)
        return alternative.classes.indices.filter { map.ordinals[$0 + 1] < 0 }.map { alternative.classes[$0] }
    }

    /// The conditions of an alternative framework that the nominal framework does not have (by ID): the runs that
    /// draw the alternative count none of them as binding, since the analysis reports the nominal framework's.
    ///
    /// - Parameters:
    ///   - alternative: The alternative framework.
    ///   - nominal: The nominal framework.
    /// - Returns: The IDs, in the alternative's order.
    public static func conditionsWithoutNamesake(in alternative: any ScoringScheme, nominal: any ScoringScheme)
        -> [String]
    {
        let map = AlternativeMap(from: alternative, to: nominal)
        return alternative.conditions.indices.filter { map.conditions[$0] == .max }.map {
            alternative.conditions[$0].id
        }
    }
}
