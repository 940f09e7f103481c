extension LeafRule {
    /// The least input value that earns at least `points` under this rule, for a leaf whose maximum is `maximum`:
    /// the inverse of ``points(for:maximum:)``, for the planner and for requirements as data.
    ///
    /// - Parameters:
    ///   - points: The points wanted; 0 or less is earned by any value (the least is 0).
    ///   - maximum: The leaf's maximum.
    /// - Returns: The least value, or `nil` when no value earns that many points (more than the maximum, or more
    ///   than the highest step).
    /// - Complexity: O(*s*) in the number of steps.
    public func leastValue(earning points: Double, maximum: Double) -> Double? {
        let tolerance = 1e-9 * max(1, abs(maximum))
        guard points > tolerance else { return 0 }
        guard points <= maximum + tolerance, maximum > 0 else { return nil }
        let share = min(points / maximum, 1)
        switch self {
        case .points: return min(points, maximum)
        case .ratio: return share
        case .proportional: return share * 100
        case .yesNo: return 1
        case .linear(let floor, let target):
            guard target > floor else { return target }
            return floor + share * (target - floor)
        case .steps(let steps):
            return steps.filter { min($0.points, maximum) >= points - tolerance }.map(\.atLeast).min()
        case .choice(let choices):
            return choices.firstIndex { min($0.points(maximum: maximum), maximum) >= points - tolerance }.map(
                Double.init)
        }
    }
}
