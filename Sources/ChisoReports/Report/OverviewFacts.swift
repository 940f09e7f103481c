package import ChisoCore

/// The few numbers a leader reads first, counted from a scored cohort through the scheme's protocol: how many units
/// sit in each class, which conditions keep the most units from their next class, how many units one condition
/// alone holds back, how many reached the class they registered for, and, where the scheme ranks, the spread of the
/// total and the strongest and weakest top-level nodes.
package struct OverviewFacts: Sendable {
    /// A unit's figure: its position in the results and its value.
    package struct Extreme: Sendable, Equatable {
        /// The unit's position in the results.
        package var unit: Int
        /// Its value.
        package var value: Double
    }

    /// A top-level node and the mean of its share of its maximum over the units.
    package struct Component: Sendable, Equatable {
        /// The node's figure.
        package var figure: Figure
        /// The mean share (0–1) over the units that have it.
        package var mean: Double
    }

    /// The number of units.
    package var unitCount: Int
    /// `classCounts[k]`: units in class `k` (0: below the lowest); empty when the scheme has no classes.
    package var classCounts: [Int]
    /// The conditions that keep units from their next class, most first, with the number of units each holds.
    package var blockers: [(condition: Int, units: Int)]
    /// Units that one condition alone keeps from their next class.
    package var oneBlockerUnits: Int
    /// Units that registered a class, and how many of them reached it.
    package var registered: (units: Int, reached: Int)
    /// The lowest and highest total and its median, when the scheme ranks a total.
    package var spread: (low: Extreme, median: Double, high: Extreme)?
    /// The top-level nodes by their mean share of their maximum, strongest first.
    package var components: [Component]

    /// Counts the facts of a cohort.
    ///
    /// - Complexity: O(*n* × (*m* + *f*) + *n* log *n*) for *n* units, *m* conditions and *f* ranked figures.
    package init(_ cohort: ScoredCohort) {
        let scheme = cohort.framework.scheme
        let results = cohort.results
        unitCount = results.count
        let classes = scheme.classes.count
        classCounts = classes == 0 ? [] : Array(repeating: 0, count: classes + 1)
        var held = Array(repeating: 0, count: scheme.conditions.count)
        oneBlockerUnits = 0
        var registeredUnits = 0
        var reached = 0
        for result in results {
            if classes > 0 { classCounts[min(max(result.standing.ordinal, 0), classes)] += 1 }
            let blockers = Set(result.blockers.filter { $0 >= 0 && $0 < held.count })
            for condition in blockers { held[condition] += 1 }
            if blockers.count == 1 { oneBlockerUnits += 1 }
            if classes > 0, let target = result.unit.registeredLevel, target > 0 {
                registeredUnits += 1
                if result.standing.ordinal >= target { reached += 1 }
            }
        }
        registered = (registeredUnits, reached)
        blockers = held.indices.filter { held[$0] > 0 }.map { ($0, held[$0]) }
            .sorted { ($0.units, $1.condition) > ($1.units, $0.condition) }

        let totals = results.indices.compactMap { unit in scheme.value(of: .total, in: results[unit]).map { (unit, $0) }
        }
        .filter { $0.1.isFinite }
        if !totals.isEmpty {
            let sorted = totals.map(\.1).sorted()
            let middle = sorted.count / 2
            let median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
            // Ties go to the unit first in the data.
            let low = totals.min { ($0.1, $0.0) < ($1.1, $1.0) } ?? totals[0]
            let high = totals.max { ($0.1, $1.0) < ($1.1, $0.0) } ?? totals[0]
            spread = (Extreme(unit: low.0, value: low.1), median, Extreme(unit: high.0, value: high.1))
        } else {
            spread = nil
        }
        components = scheme.rankedFigures.compactMap { figure -> Component? in
            guard case .condition = figure else { return nil }
            let values = results.compactMap { scheme.value(of: figure, in: $0) }.filter(\.isFinite)
            guard !values.isEmpty else { return nil }
            return Component(figure: figure, mean: values.reduce(0, +) / Double(values.count))
        }
        .sorted { $0.mean > $1.mean }
    }
}
