/// An exact solver for the fixed-charge covering problem of point tiers: choose how many points each leaf gains so
/// that the total and every floor reach their requirement at the least cost.
///
/// Each leaf either gains points continuously (a one-off jump, then a constant cost per point, up to a range) or
/// picks one of a few discrete choices (steps, yes/no, answers). Constraints form a laminar family (a floor's leaves
/// are all within the total's, and nested floors nest). The solver is branch and bound: the relaxation replaces
/// each leaf's cost by its lower convex envelope, which makes the problem a covering with convex separable costs
/// over nested sets, solved exactly by buying the cheapest points first, innermost constraint first. A relaxed
/// solution that uses every leaf at a vertex of its envelope costs what it says and is feasible; otherwise the
/// search branches on a leaf used between two vertices. The bound is sound, so the result is optimal.
package struct PointPlanner {
    /// One discrete choice: the points it gains and what it costs.
    package struct Choice: Hashable {
        package var gain: Double
        package var cost: Double
    }

    /// How a leaf can gain points.
    package enum Option: Hashable {
        /// Any gain in (0, range], for `jump + slope × gain`.
        case continuous(jump: Double, slope: Double, range: Double)
        /// One of the choices; the first is "unchanged" (gain 0, cost 0).
        case discrete([Choice])

        /// The cost of gaining `gain` points (a discrete gain must be one of the choices).
        func cost(ofGain gain: Double) -> Double {
            switch self {
            case .continuous(let jump, let slope, _): return gain > 1e-12 ? jump + slope * gain : 0
            case .discrete(let choices):
                return choices.min { abs($0.gain - gain) < abs($1.gain - gain) }?.cost ?? 0
            }
        }

        /// The most points the leaf can gain.
        var capacity: Double {
            switch self {
            case .continuous(_, _, let range): range
            case .discrete(let choices): choices.map(\.gain).max() ?? 0
            }
        }
    }

    /// Points that a set of leaves must gain together.
    package struct Constraint {
        /// The condition it stands for (0 the total, *i* + 1 a floor on node *i*).
        package var condition: Int
        /// The leaves that count, by position.
        package var members: [Int]
        /// The points still needed; nothing when 0 or less.
        package var need: Double
        /// The depth of its node, so that inner constraints come first (the total is −1).
        package var depth: Int

        /// Whether the leaves could meet it if every one gained all it can.
        func isCoverable(by options: [Option]) -> Bool {
            need <= 1e-9 || members.reduce(0) { $0 + options[$1].capacity } >= need - 1e-9
        }
    }

    /// What the search has decided about one leaf.
    private enum State: Hashable {
        /// Continuous, still free: relaxed by its envelope.
        case free
        /// Continuous, gains nothing.
        case off
        /// Continuous, pays its jump: each point costs the slope.
        case on
        /// Discrete, must pick a choice with index in `lower...upper`.
        case between(Int, Int)
    }

    package let options: [Option]
    package let constraints: [Constraint]
    private var best: (cost: Double, gains: [Double])?
    /// A plan must cost less than this to be worth finding (a cheaper plan known from elsewhere).
    private let ceiling: Double
    /// Relaxations already worked out, by leaf and state.
    private var relaxations: [Relaxation] = []
    /// The state each leaf starts in, whose relaxation is worked out once.
    private var initial: [State] = []
    /// What the search has decided at the node it is at, and each leaf's relaxation there; changed in place on the
    /// way down and restored on the way up.
    private var states: [State] = []
    private var current: [Relaxation] = []
    /// The relaxed solution at the current node: each leaf's gain and relaxed cost (buffers reused at every node).
    private var gains: [Double] = []
    private var costs: [Double] = []
    private var flat: [Segment] = []
    private var next: [Int] = []
    private var end: [Int] = []
    private var used: [Double] = []

    package init(leaves: [Option], constraints: [Constraint], ceiling: Double = .infinity) {
        let active = constraints.filter { $0.need > 1e-12 }.sorted { $0.depth > $1.depth }
        // No leaf needs to gain more than the largest need among the constraints it counts for: less still meets
        // each of them. Capping the ranges tightens the relaxation and never loses the optimum.
        var most = [Double](repeating: 0, count: leaves.count)
        for constraint in active {
            for member in constraint.members { most[member] = max(most[member], constraint.need) }
        }
        self.options = leaves.indices.map { leaf in
            switch leaves[leaf] {
            case .continuous(let jump, let slope, let range):
                return .continuous(jump: jump, slope: slope, range: min(range, most[leaf]))
            case .discrete(let choices):
                guard let enough = choices.firstIndex(where: { $0.gain >= most[leaf] - 1e-12 }) else {
                    return .discrete(choices)
                }
                return .discrete(Array(choices[...enough]))
            }
        }
        self.constraints = active
        self.ceiling = ceiling
        self.initial = options.map { option -> State in
            if case .discrete(let choices) = option { return .between(0, choices.count - 1) }
            return .free
        }
        self.relaxations = options.indices.map { relaxation($0, initial[$0]) }
    }

    /// The cheapest gains per leaf that meet every constraint, or `nil` when none can.
    package mutating func solve() -> (cost: Double, gains: [Double])? {
        guard constraints.allSatisfy({ $0.isCoverable(by: options) }) else { return nil }
        states = initial
        current = relaxations
        gains = Array(repeating: 0, count: options.count)
        costs = gains
        used = gains
        next = Array(repeating: 0, count: options.count)
        end = next
        flat.reserveCapacity(options.count * 2)
        search()
        return best
    }

    /// A segment of a leaf's relaxed cost: points at a constant cost per point.
    private struct Segment {
        var slope: Double
        var length: Double
    }

    /// A leaf's relaxed cost in one state: a base gain and cost paid up front, then convex segments.
    private struct Relaxation {
        var gain: Double
        var cost: Double
        var segments: [Segment]
    }

    /// The relaxed costs of a leaf in a state: a base gain and cost paid up front, then convex segments.
    private func relaxation(_ leaf: Int, _ state: State) -> Relaxation {
        switch (options[leaf], state) {
        case (.continuous(let jump, let slope, let range), .free):
            return Relaxation(
                gain: 0, cost: 0,
                segments: range > 0 ? [Segment(slope: (jump + slope * range) / range, length: range)] : [])
        case (.continuous, .off):
            return Relaxation(gain: 0, cost: 0, segments: [])
        case (.continuous(let jump, let slope, let range), .on):
            return Relaxation(gain: 0, cost: jump, segments: [Segment(slope: slope, length: range)])
        case (.discrete(let choices), .between(let lower, let upper)):
            let base = choices[lower]
            // The lower convex envelope of the choices from `lower` to `upper`, relative to the base.
            var hull: [Choice] = [base]
            for choice in lower < upper ? Array(choices[(lower + 1)...upper]) : [] {
                while hull.count >= 2 {
                    let a = hull[hull.count - 2]
                    let b = hull[hull.count - 1]
                    // Drop b if it lies on or above the line from a to the new choice.
                    if (b.cost - a.cost) * (choice.gain - a.gain) >= (choice.cost - a.cost) * (b.gain - a.gain) {
                        hull.removeLast()
                    } else {
                        break
                    }
                }
                hull.append(choice)
            }
            var segments: [Segment] = []
            for (a, b) in zip(hull, hull.dropFirst()) where b.gain > a.gain {
                segments.append(Segment(slope: (b.cost - a.cost) / (b.gain - a.gain), length: b.gain - a.gain))
            }
            return Relaxation(gain: base.gain, cost: base.cost, segments: segments)
        default:
            return Relaxation(gain: 0, cost: 0, segments: [])
        }
    }

    /// Solves the relaxation greedily: innermost constraint first, cheapest points first. Returns the relaxed
    /// cost, and each leaf's gain and relaxed cost.
    private mutating func relax() -> Double? {
        let count = options.count
        // Every leaf's segments in one buffer: leaf l's run from next[l] up to end[l]. The buffers live in the
        // planner and are reused at every node.
        flat.removeAll(keepingCapacity: true)
        for leaf in 0..<count {
            let relaxed = current[leaf]
            gains[leaf] = relaxed.gain
            costs[leaf] = relaxed.cost
            next[leaf] = flat.count
            flat.append(contentsOf: relaxed.segments)
            end[leaf] = flat.count
            used[leaf] = 0
        }
        for constraint in constraints {
            var missing = constraint.need
            for member in constraint.members { missing -= gains[member] }
            while missing > 1e-12 {
                var cheapest = -1
                var cheapestSlope = Double.infinity
                for leaf in constraint.members where next[leaf] < end[leaf] && flat[next[leaf]].slope < cheapestSlope {
                    cheapest = leaf
                    cheapestSlope = flat[next[leaf]].slope
                }
                guard cheapest >= 0 else { return nil }
                let segment = flat[next[cheapest]]
                let take = min(segment.length - used[cheapest], missing)
                gains[cheapest] += take
                costs[cheapest] += take * segment.slope
                used[cheapest] += take
                missing -= take
                if used[cheapest] >= segment.length - 1e-12 {
                    next[cheapest] += 1
                    used[cheapest] = 0
                }
            }
        }
        var total = 0.0
        for leaf in 0..<count { total += costs[leaf] }
        return total
    }

    /// Searches the child node where `leaf` is decided to be in `state`.
    private mutating func branch(leaf: Int, to state: State) {
        let savedState = states[leaf]
        let savedRelaxation = current[leaf]
        states[leaf] = state
        current[leaf] = relaxation(leaf, state)
        search()
        states[leaf] = savedState
        current[leaf] = savedRelaxation
    }

    /// A real plan near the relaxed one, as an early incumbent: the relaxed gains meet every constraint, so they
    /// are a plan once each discrete leaf used between two choices takes the higher one.
    private mutating func roundUp() {
        var cost = 0.0
        for leaf in options.indices {
            switch options[leaf] {
            case .continuous(let jump, let slope, _):
                cost += gains[leaf] > 1e-12 ? jump + slope * gains[leaf] : 0
            case .discrete(let choices):
                guard let choice = choices.first(where: { $0.gain >= gains[leaf] - 1e-9 }) else { return }
                cost += choice.cost
            }
        }
        guard cost < (best?.cost ?? ceiling) - 1e-9 else { return }
        var rounded = gains
        for leaf in options.indices {
            if case .discrete(let choices) = options[leaf],
                let choice = choices.first(where: { $0.gain >= gains[leaf] - 1e-9 })
            {
                rounded[leaf] = choice.gain
            }
        }
        best = (cost, rounded)
    }

    /// Searches below the current node (``states``, with each leaf's relaxation in ``current``).
    private mutating func search() {
        guard let bound = relax() else { return }
        if bound >= (best?.cost ?? ceiling) - 1e-9 { return }
        roundUp()
        switch decision() {
        case .exact:
            if best.map({ bound < $0.cost - 1e-9 }) ?? true { best = (bound, gains) }
        case .activate(let leaf):
            branch(leaf: leaf, to: .on)
            branch(leaf: leaf, to: .off)
        case .split(let leaf, let lower, let above, let upper):
            branch(leaf: leaf, to: .between(above, upper))
            branch(leaf: leaf, to: .between(lower, above - 1))
        }
    }

    /// What to do at a node whose relaxation is in the buffers.
    private enum Decision {
        /// Every leaf at its true cost: the relaxation is a real plan.
        case exact
        /// Branch on paying a continuous leaf's jump or leaving it off.
        case activate(Int)
        /// Branch a discrete leaf: at least choice `above`, or at most choice `above − 1`.
        case split(Int, lower: Int, above: Int, upper: Int)
    }

    /// The first leaf whose relaxed cost is below its true cost at that gain, and how to branch on it.
    private func decision() -> Decision {
        for leaf in options.indices {
            let exact = options[leaf].cost(ofGain: gains[leaf])
            let isExact: Bool
            if case .discrete(let choices) = options[leaf] {
                isExact = choices.contains { abs($0.gain - gains[leaf]) < 1e-9 } && exact <= costs[leaf] + 1e-9
            } else {
                isExact = exact <= costs[leaf] + 1e-9
            }
            if isExact { continue }
            switch (options[leaf], states[leaf]) {
            case (.continuous, .free):
                return .activate(leaf)
            case (.discrete(let choices), .between(let lower, let upper)):
                // At or between choices: branch on reaching at least the next choice, or staying below it.
                guard let above = (lower...upper).first(where: { choices[$0].gain >= gains[leaf] - 1e-9 }),
                    above > lower
                else { continue }
                return .split(leaf, lower: lower, above: above, upper: upper)
            default:
                continue
            }
        }
        return .exact
    }
}
