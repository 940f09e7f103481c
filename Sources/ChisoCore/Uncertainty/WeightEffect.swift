/// How far the ranks move when one top-level node's weight changes (its points × (1 + change), siblings
/// renormalised) or the node is left out.
public struct WeightEffect: Sendable, Hashable {
    /// What was done to the node's weight.
    public enum Change: Sendable, Hashable {
        /// Its points × (1 + `amount`), `amount` positive or negative.
        case scaled(by: Double)
        /// The node left out.
        case removed
    }

    /// The node, by index into the scheme's conditions.
    public var condition: Int
    /// What was done to its weight.
    public var change: Change
    /// The mean absolute rank change over the units.
    public var meanShift: Double
    /// The largest rank change of a unit.
    public var maximumShift: Int

    /// Creates the value from its parts.
    ///
    /// - Parameters:
    ///   - condition: The node, by condition index.
    ///   - change: What was done to its weight.
    ///   - meanShift: The mean absolute rank change.
    ///   - maximumShift: The largest rank change.
    public init(condition: Int, change: Change, meanShift: Double, maximumShift: Int) {
        self.condition = condition
        self.change = change
        self.meanShift = meanShift
        self.maximumShift = maximumShift
    }
}

extension MonteCarlo {
    /// Each top-level node's weight × (1 ± `sweep`) and each node left out, siblings renormalised: the rank changes
    /// against the nominal outcome. Empty for a scheme without weights.
    ///
    /// - Parameter sweep: The relative change of a weight; 0 leaves the nodes out only.
    /// - Returns: For each top-level node in order, its changes in the order +, −, removed.
    /// - Complexity: Three scorings of the cohort per top-level node.
    public func weightEffects(sweep: Double) -> [WeightEffect] {
        guard let weighted = scheme as? any WeightedScheme else { return [] }
        return weightEffects(of: weighted, sweep: sweep)
    }

    private func weightEffects(of scheme: some WeightedScheme, sweep: Double) -> [WeightEffect] {
        let nominal = nominal()
        var effects: [WeightEffect] = []
        for condition in scheme.weightedConditions(atDepth: 0) {
            var changes: [(WeightEffect.Change, Double)] = []
            if sweep > 0 { changes += [(.scaled(by: sweep), 1 + sweep), (.scaled(by: -sweep), 1 - sweep)] }
            changes.append((.removed, 0))
            for (change, factor) in changes {
                guard let outcome = outcome(reweighting: [condition: factor]) else { continue }
                let shifts = outcome.rankShifts(from: nominal)
                effects.append(
                    WeightEffect(
                        condition: condition, change: change,
                        meanShift: Double(shifts.reduce(0, +)) / Double(max(shifts.count, 1)),
                        maximumShift: shifts.max() ?? 0))
            }
        }
        return effects
    }
}
