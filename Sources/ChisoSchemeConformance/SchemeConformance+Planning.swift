import ChisoCore

extension SchemeConformance {
    /// Planning invariants, for a scheme that plans: a plan applied reaches the class it promised (at least the
    /// target), a unit at its target needs nothing, and a cheaper cost model never gives a dearer plan.
    func plansReachWhatTheyPromise(_ log: inout FailureLog) {
        guard let scheme = scheme as? any PlanningScheme else { return }
        let (units, children) = RandomUnits.make(scheme, count: 60, seed: 7)
        let rates = Dictionary(
            uniqueKeysWithValues: scheme.measures.indices.map { ($0, CostModel.Rate(perUnit: 1, fixed: 2)) })
        let costs = CostModel(defaults: rates)
        let cheaper = CostModel(defaults: rates.mapValues { _ in CostModel.Rate(perUnit: 0.5, fixed: 1) })
        for unit in units {
            let subordinates = children[unit.unit.id]
            let now = scheme.score(unit, subordinates: subordinates).standing.ordinal
            for target in 1...max(scheme.classes.count, 1) where target <= scheme.classes.count {
                let outcome = scheme.cheapestPlan(for: unit, target: target, costs: costs, subordinates: subordinates)
                let step = "\(unit.unit.id) → \(target)"
                switch outcome {
                case .alreadyThere:
                    log.expect(now >= target, "\(step): already there, but stands at \(now)")
                case .plan(let changes, _, let reaches), .bestFound(let changes, _, let reaches):
                    log.expect(now < target, "\(step): a plan for a unit at \(now)")
                    var values = unit.values
                    for change in changes { values[change.measure] = change.to }
                    let after = scheme.score(Assessment(unit: unit.unit, values: values), subordinates: subordinates)
                    log.expect(
                        after.standing.ordinal == reaches, "\(step): reaches \(after.standing), not \(reaches)")
                    log.expect(reaches >= target, "\(step): promises only \(reaches)")
                case .unreachable:
                    log.expect(now < target, "\(step): unreachable for a unit at \(now)")
                }
                let cheap = scheme.cheapestPlan(for: unit, target: target, costs: cheaper, subordinates: subordinates)
                if let dear = outcome.cost {
                    log.expect((cheap.cost ?? .infinity) <= dear + 1e-9, "\(step): cheaper rates cost more")
                }
            }
        }
    }
}
