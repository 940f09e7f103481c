/// The search for the cheapest values of one criterion's measures that meet its requirements, for one unit: every
/// combination of each measure's current value and the thresholds the requirements name above it (an `anyOf` is
/// met by its cheapest alternative). It works in one buffer of the unit's values, changed in place and restored, so
/// that trying a combination allocates nothing.
struct CriterionSearch {
    /// The unit's values, as they are outside the measures being tried.
    private var values: [Double?]
    /// The unit's rate for each measure (`nil`: cannot be changed).
    let rates: [CostModel.Rate?]
    /// Candidate values per measure of the criterion being searched, and the combination being tried.
    private var options: [[Double?]] = []
    private var choice: [Int] = []

    init(values: [Double?], rates: [CostModel.Rate?]) {
        self.values = values
        self.rates = rates
    }

    /// The cheapest value of one measure that meets one requirement on its own, with its cost; `nil` when no value
    /// the rate allows does. Requirements only ask a measure to reach a threshold, so a higher value never fails
    /// one a lower value meets, and a higher value never costs less: the least value that meets the requirement
    /// is the cheapest.
    func cheapest(_ measure: Int, requirement: ClassRequirement, subordinates: ChildLevelSummary?)
        -> (cost: Double, value: Double?)?
    {
        if requirement.isMet(by: values, subordinates: subordinates) { return (0, values[measure]) }
        guard let least = requirement.leastValue(of: measure),
            let cost = CostModel.cost(from: values[measure], to: least, rate: rates[measure])
        else { return nil }
        return (cost, least)
    }

    /// The cheapest values of `measures` (in their order) that meet every requirement, with their cost; `nil` when
    /// no combination the rates allow does. A criterion without measures (a roll-up) is met or not as it stands.
    mutating func cheapest(
        _ measures: [Int], requirements: [ClassRequirement], subordinates: ChildLevelSummary?
    ) -> (cost: Double, values: [Double?])? {
        if requirements.allSatisfy({ $0.isMet(by: values, subordinates: subordinates) }) {
            return (0, measures.map { values[$0] })
        }
        guard !measures.isEmpty else { return nil }
        options.removeAll(keepingCapacity: true)
        for measure in measures {
            let now = values[measure]
            var thresholds: [Double] = []
            for requirement in requirements {
                for threshold in requirement.thresholds(on: measure)
                where !thresholds.contains(threshold) && (now.map { $0.isNaN || threshold > $0 } ?? true) {
                    thresholds.append(threshold)
                }
            }
            thresholds.sort()
            var candidates: [Double?] = [now]
            for threshold in thresholds { candidates.append(threshold) }
            options.append(candidates)
        }
        let original = measures.map { values[$0] }
        choice = Array(repeating: 0, count: measures.count)
        var best: (cost: Double, choice: [Int])?
        while true {
            var cost = 0.0
            var allowed = true
            for (position, measure) in measures.enumerated() {
                let value = options[position][choice[position]]
                values[measure] = value
                guard choice[position] > 0, let value else { continue }
                guard let step = CostModel.cost(from: original[position], to: value, rate: rates[measure]) else {
                    allowed = false
                    break
                }
                cost += step
            }
            if allowed, best.map({ cost < $0.cost - 1e-12 }) ?? true,
                requirements.allSatisfy({ $0.isMet(by: values, subordinates: subordinates) })
            {
                best = (cost, choice)
            }
            // Next combination.
            var position = 0
            while position < choice.count {
                choice[position] += 1
                if choice[position] < options[position].count { break }
                choice[position] = 0
                position += 1
            }
            if position == choice.count { break }
        }
        for (position, measure) in measures.enumerated() { values[measure] = original[position] }
        guard let best else { return nil }
        return (best.cost, measures.indices.map { options[$0][best.choice[$0]] })
    }
}
