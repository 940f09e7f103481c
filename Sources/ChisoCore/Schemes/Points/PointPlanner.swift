/// An exact solver for the fixed-charge covering problem of point tiers: choose how many points each leaf gains so
/// that the total and every floor reach their requirement at the least cost.
///
/// Each leaf either gains points continuously (a one-off jump, then a constant cost per point, up to a range) or
/// picks one of a few discrete choices (steps, yes/no, answers). Constraints form a laminar family (a floor's leaves
/// are all within the total's, and nested floors nest). The solver is branch and bound: the relaxation replaces
/// each leaf's cost by its lower convex envelope, which makes the problem a covering with convex separable costs
/// over nested sets, solved exactly by buying the cheapest points first, innermost constraint first. A relaxed
/// solution that uses every leaf at a vertex of its envelope costs what it says and is feasible; otherwise the
/// search branches on the leaf whose relaxed cost falls furthest below its true cost. The bound is sound, so the
/// result is optimal.
///
/// Branch and bound is fast when one-off costs and steps matter little, but a knapsack (many yes/no leaves whose
/// costs are nearly proportional to their points) defeats its bound. So the search has a budget of nodes; past it,
/// the planner solves the problem by an exact dynamic programme over the points the leaves under each constraint
/// gain (``CoveringFrontier``), which takes milliseconds where points lie on a grid (whole or half points). Should
/// that too pass its budget (points on no grid, in a large problem), the branch and bound resumes with a larger
/// budget, and if it still cannot finish, the best plan found is returned with ``isProvedOptimal`` false, for the
/// caller to say that the plan may not be the cheapest.
///
/// One planner solves many problems in turn (``solve(leaves:constraints:ceiling:)``) and keeps its buffers, so that
/// planning a unit's tiers one after another allocates little.
package struct PointPlanner {
    /// One discrete choice: the points it gains and what it costs.
    package struct Choice: Hashable {
        package var gain: Double
        package var cost: Double

        package init(gain: Double, cost: Double) {
            self.gain = gain
            self.cost = cost
        }
    }

    /// How a leaf can gain points.
    package enum Option: Hashable {
        /// Any gain in (0, range], for `jump + slope × gain`.
        case continuous(jump: Double, slope: Double, range: Double)
        /// One of the choices; the first is "unchanged" (gain 0, cost 0).
        case discrete([Choice])

        /// The cost of gaining `gain` points (a discrete gain must be one of the choices).
        package func cost(ofGain gain: Double) -> Double {
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

        package init(condition: Int, members: [Int], need: Double, depth: Int) {
            self.condition = condition
            self.members = members
            self.need = need
            self.depth = depth
        }

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

    /// One leaf of the problem being solved, in a flat record: a continuous leaf's jump, slope and range, or a
    /// discrete leaf's choices, `choices[first..<first + count]` (`count` is 0 for a continuous leaf).
    private struct Leaf {
        var jump = 0.0
        var slope = 0.0
        var range = 0.0
        var first = 0
        var count = 0
    }

    /// One constraint of the problem being solved: its members are `members[first..<end]`.
    private struct Covering {
        var first: Int
        var end: Int
        var need: Double
    }

    /// A segment of a leaf's relaxed cost: points at a constant cost per point.
    private struct Segment {
        var slope: Double
        var length: Double
    }

    /// A leaf's relaxed cost in one state: a base gain and cost paid up front, then convex segments
    /// (`pool[start..<end]`).
    private struct Relaxation {
        var gain: Double
        var cost: Double
        var start: Int
        var end: Int
    }

    /// A leaf's place in the relaxed solution at the current node.
    private struct Relaxed {
        /// The points it gains and their relaxed cost.
        var gain = 0.0
        var cost = 0.0
        /// Its next segment to buy from, the end of its segments, and how much of the next one is bought.
        var next = 0
        var end = 0
        var used = 0.0
    }

    // The problem being solved.
    private var leaves: [Leaf] = []
    private var choices: [Choice] = []
    private var coverings: [Covering] = []
    private var members: [Int] = []
    /// A plan must cost less than this to be worth finding (a cheaper plan known from elsewhere).
    private var ceiling = Double.infinity
    private var best: (cost: Double, gains: [Double])?

    // The search: what it has decided at the node it is at and each leaf's relaxation there, changed in place on
    // the way down and restored on the way up; every relaxation's segments in one stack (a node's relaxation
    // pushes its segments, popped when the search returns from it); the relaxed solution; a buffer for hulls.
    private var states: [State] = []
    private var current: [Relaxation] = []
    private var pool: [Segment] = []
    private var relaxed: [Relaxed] = []
    private var hull: [Int] = []
    /// Search nodes visited, and the most the search may visit before it stops unfinished.
    private var nodes = 0
    private var nodeLimit = Int.max

    /// The budgets: search nodes before the dynamic programme takes over, the labels the programme may form, and
    /// the search nodes of the last resort.
    package struct Budget: Sendable {
        /// The nodes the branch and bound may visit before the dynamic programme takes over.
        package var firstSearch: Int
        /// The labels the dynamic programme may form in all before it gives up.
        package var frontierWork: Int
        /// The nodes of the last search, for a problem of up to 30 leaves (fewer for more leaves).
        package var lastSearch: Int

        /// For a problem of 30 leaves on one core (release build): a few milliseconds of search, then at most a few
        /// seconds each for the programme and the last search, whose nodes shrink as leaves grow past 30 (each node
        /// costs more), so that it too stays within seconds.
        package static let standard = Budget(firstSearch: 5_000, frontierWork: 20_000_000, lastSearch: 2_000_000)

        /// Creates budgets.
        package init(firstSearch: Int, frontierWork: Int, lastSearch: Int) {
            self.firstSearch = firstSearch
            self.frontierWork = frontierWork
            self.lastSearch = lastSearch
        }
    }

    /// How the planner searches, and how far.
    package var budget: Budget
    /// Whether the last ``solve(leaves:constraints:ceiling:)`` proved its answer: the least cost, or that no plan
    /// costs less than the ceiling. False when every method passed its budget: the answer is then the best plan
    /// found, which may not be the cheapest (or `nil` though a plan under the ceiling may exist).
    package private(set) var isProvedOptimal = true
    /// Which method gave the last answer.
    package private(set) var lastMethod = Method.search

    /// The methods the planner tries, in turn.
    package enum Method: Hashable, Sendable {
        /// Branch and bound, within its first budget.
        case search
        /// The dynamic programme over points (``CoveringFrontier``).
        case frontier
        /// Branch and bound again, with the larger budget.
        case lastSearch
    }

    /// Creates a planner with no problem.
    package init(budget: Budget = .standard) {
        self.budget = budget
    }

    /// The cheapest gains per leaf that meet every constraint, or `nil` when none can (or none costs less than
    /// `ceiling`).
    ///
    /// - Parameters:
    ///   - options: How each leaf can gain points.
    ///   - constraints: The points sets of leaves must gain together; they must form a laminar family.
    ///   - ceiling: A plan must cost less than this to be worth finding (a cheaper plan known from elsewhere).
    /// - Returns: The least cost and each leaf's gain.
    package mutating func solve(leaves options: [Option], constraints: [Constraint], ceiling: Double = .infinity)
        -> (cost: Double, gains: [Double])?
    {
        isProvedOptimal = true
        lastMethod = .search
        guard constraints.allSatisfy({ $0.isCoverable(by: options) }) else { return nil }
        best = nil
        if search(options, constraints: constraints, ceiling: ceiling, nodeLimit: budget.firstSearch) {
            return best
        }
        // A hard problem: the dynamic programme, which needs only beat the plan found so far.
        let found = best
        var frontier = CoveringFrontier(workBudget: budget.frontierWork, ceiling: found?.cost ?? ceiling)
        do {
            lastMethod = .frontier
            guard let solved = try frontier.solve(options, constraints: constraints) else { return found }
            // Checked, so that a fault in the programme shows as a search, never as a wrong plan.
            guard Self.meets(solved.gains, options: options, constraints: constraints) else {
                throw CoveringFrontier.Failure.notApplicable
            }
            // The plan's own cost, leaf by leaf: the programme's sum may differ in the last bits.
            let cost = zip(options, solved.gains).reduce(0) { $0 + $1.0.cost(ofGain: $1.1) }
            return found.map { $0.cost <= cost } ?? false ? found : (cost, solved.gains)
        } catch {
            lastMethod = .lastSearch
            best = nil
            let finished = search(
                options, constraints: constraints, ceiling: found.map { $0.cost + 1e-9 } ?? ceiling,
                nodeLimit: max(budget.lastSearch * 30 / max(30, options.count), 1))
            isProvedOptimal = finished
            guard let improved = best, found.map({ improved.cost < $0.cost }) ?? true else { return found }
            return improved
        }
    }

    /// Whether gains meet every constraint (to the planner's tolerance) and each is a gain its leaf can make.
    static func meets(_ gains: [Double], options: [Option], constraints: [Constraint]) -> Bool {
        guard gains.count == options.count else { return false }
        for (gain, option) in zip(gains, options) {
            switch option {
            case .continuous(_, _, let range): guard gain >= -1e-12, gain <= range + 1e-9 else { return false }
            case .discrete(let choices):
                guard choices.contains(where: { abs($0.gain - gain) < 1e-12 }) else { return false }
            }
        }
        return constraints.allSatisfy { constraint in
            constraint.members.reduce(0) { $0 + gains[$1] } >= constraint.need - 1e-9
        }
    }

    /// Runs the branch and bound from scratch, keeping the best plan in ``best``; false when it stopped at
    /// `nodeLimit` nodes before proving its answer.
    private mutating func search(
        _ options: [Option], constraints: [Constraint], ceiling: Double, nodeLimit: Int
    ) -> Bool {
        load(options, constraints: constraints)
        self.ceiling = ceiling
        nodes = 0
        self.nodeLimit = nodeLimit
        let count = leaves.count
        states.removeAll(keepingCapacity: true)
        current.removeAll(keepingCapacity: true)
        pool.removeAll(keepingCapacity: true)
        for leaf in 0..<count {
            states.append(leaves[leaf].count > 0 ? .between(0, leaves[leaf].count - 1) : .free)
            current.append(relaxation(leaf, states[leaf]))
        }
        relaxed = Array(repeating: Relaxed(), count: count)
        search()
        return nodes <= nodeLimit
    }

    /// Loads a problem into the flat records. Active constraints go innermost first. No leaf needs to gain more
    /// than the largest need among the constraints it counts for (less still meets each of them), so ranges and
    /// choices are capped there: that tightens the relaxation and never loses the optimum.
    private mutating func load(_ options: [Option], constraints: [Constraint]) {
        coverings.removeAll(keepingCapacity: true)
        members.removeAll(keepingCapacity: true)
        leaves.removeAll(keepingCapacity: true)
        choices.removeAll(keepingCapacity: true)
        var most = [Double](repeating: 0, count: options.count)
        for constraint in constraints.filter({ $0.need > 1e-12 }).sorted(by: { $0.depth > $1.depth }) {
            let first = members.count
            members += constraint.members
            coverings.append(Covering(first: first, end: members.count, need: constraint.need))
            for member in constraint.members { most[member] = max(most[member], constraint.need) }
        }
        for (leaf, option) in options.enumerated() {
            switch option {
            case .continuous(let jump, let slope, let range):
                leaves.append(Leaf(jump: jump, slope: slope, range: min(range, most[leaf])))
            case .discrete(let options):
                let first = choices.count
                for choice in options {
                    choices.append(choice)
                    if choice.gain >= most[leaf] - 1e-12 { break }
                }
                leaves.append(Leaf(first: first, count: choices.count - first))
            }
        }
    }

    /// The relaxed costs of a leaf in a state, its segments pushed on the pool.
    private mutating func relaxation(_ index: Int, _ state: State) -> Relaxation {
        let start = pool.count
        let leaf = leaves[index]
        switch state {
        case .free:
            if leaf.range > 0 {
                pool.append(Segment(slope: (leaf.jump + leaf.slope * leaf.range) / leaf.range, length: leaf.range))
            }
            return Relaxation(gain: 0, cost: 0, start: start, end: pool.count)
        case .off:
            return Relaxation(gain: 0, cost: 0, start: start, end: start)
        case .on:
            pool.append(Segment(slope: leaf.slope, length: leaf.range))
            return Relaxation(gain: 0, cost: leaf.jump, start: start, end: pool.count)
        case .between(let lower, let upper):
            // The lower convex envelope of the choices from `lower` to `upper`, relative to the lowest: a stack of
            // choice indices, turned into segments on the pool.
            hull.removeAll(keepingCapacity: true)
            hull.append(leaf.first + lower)
            for choice in (leaf.first + lower)...(leaf.first + upper) where choice > leaf.first + lower {
                while hull.count >= 2 {
                    let a = choices[hull[hull.count - 2]]
                    let b = choices[hull[hull.count - 1]]
                    let c = choices[choice]
                    // Drop b if it lies on or above the line from a to the new choice.
                    if (b.cost - a.cost) * (c.gain - a.gain) >= (c.cost - a.cost) * (b.gain - a.gain) {
                        hull.removeLast()
                    } else {
                        break
                    }
                }
                hull.append(choice)
            }
            for position in hull.indices.dropLast() {
                let a = choices[hull[position]]
                let b = choices[hull[position + 1]]
                guard b.gain > a.gain else { continue }
                pool.append(Segment(slope: (b.cost - a.cost) / (b.gain - a.gain), length: b.gain - a.gain))
            }
            let base = choices[leaf.first + lower]
            return Relaxation(gain: base.gain, cost: base.cost, start: start, end: pool.count)
        }
    }

    /// Solves the relaxation greedily: innermost constraint first, cheapest points first. Returns the relaxed
    /// cost, with each leaf's gain and relaxed cost in ``relaxed``.
    private mutating func relax() -> Double? {
        for leaf in relaxed.indices {
            let relaxation = current[leaf]
            relaxed[leaf] = Relaxed(
                gain: relaxation.gain, cost: relaxation.cost, next: relaxation.start, end: relaxation.end, used: 0)
        }
        for covering in coverings {
            var missing = covering.need
            for position in covering.first..<covering.end { missing -= relaxed[members[position]].gain }
            while missing > 1e-12 {
                var cheapest = -1
                var cheapestSlope = Double.infinity
                for position in covering.first..<covering.end {
                    let leaf = members[position]
                    let next = relaxed[leaf].next
                    if next < relaxed[leaf].end && pool[next].slope < cheapestSlope {
                        cheapest = leaf
                        cheapestSlope = pool[next].slope
                    }
                }
                guard cheapest >= 0 else { return nil }
                let segment = pool[relaxed[cheapest].next]
                let take = min(segment.length - relaxed[cheapest].used, missing)
                relaxed[cheapest].gain += take
                relaxed[cheapest].cost += take * segment.slope
                relaxed[cheapest].used += take
                missing -= take
                if relaxed[cheapest].used >= segment.length - 1e-12 {
                    relaxed[cheapest].next += 1
                    relaxed[cheapest].used = 0
                }
            }
        }
        var total = 0.0
        for leaf in relaxed.indices { total += relaxed[leaf].cost }
        return total
    }

    /// Searches the child node where `leaf` is decided to be in `state`.
    private mutating func branch(leaf: Int, to state: State) {
        let savedState = states[leaf]
        let savedRelaxation = current[leaf]
        let savedPool = pool.count
        states[leaf] = state
        current[leaf] = relaxation(leaf, state)
        search()
        states[leaf] = savedState
        current[leaf] = savedRelaxation
        pool.removeSubrange(savedPool...)
    }

    /// The least choice of a discrete leaf, counted from its first, from `lower` up, that gains at least `gain`.
    private func choice(of index: Int, reaching gain: Double, from lower: Int = 0) -> Int? {
        let leaf = leaves[index]
        var choice = lower
        while choice < leaf.count {
            if choices[leaf.first + choice].gain >= gain - 1e-9 { return choice }
            choice += 1
        }
        return nil
    }

    /// A real plan near the relaxed one, as an early incumbent: the relaxed gains meet every constraint, so they
    /// are a plan once each discrete leaf used between two choices takes the higher one.
    private mutating func roundUp() {
        var cost = 0.0
        for (index, leaf) in leaves.enumerated() {
            let gain = relaxed[index].gain
            if leaf.count == 0 {
                cost += gain > 1e-12 ? leaf.jump + leaf.slope * gain : 0
            } else {
                guard let choice = choice(of: index, reaching: gain) else { return }
                cost += choices[leaf.first + choice].cost
            }
        }
        guard cost < (best?.cost ?? ceiling) - 1e-9 else { return }
        best = (
            cost,
            leaves.indices.map { index in
                let gain = relaxed[index].gain
                guard leaves[index].count > 0, let choice = choice(of: index, reaching: gain) else { return gain }
                return choices[leaves[index].first + choice].gain
            }
        )
    }

    /// Searches below the current node (``states``, with each leaf's relaxation in ``current``).
    private mutating func search() {
        nodes += 1
        guard nodes <= nodeLimit, let bound = relax() else { return }
        if bound >= (best?.cost ?? ceiling) - 1e-9 { return }
        roundUp()
        switch decision() {
        case .exact:
            if best.map({ bound < $0.cost - 1e-9 }) ?? true { best = (bound, relaxed.map(\.gain)) }
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

    /// The leaf whose relaxed cost falls furthest below its true cost at its gain, and how to branch on it.
    private func decision() -> Decision {
        var chosen = Decision.exact
        var widest = 1e-9
        for (index, leaf) in leaves.enumerated() {
            let gain = relaxed[index].gain
            let cost = relaxed[index].cost
            if leaf.count == 0 {
                let exact = gain > 1e-12 ? leaf.jump + leaf.slope * gain : 0
                guard exact - cost > widest, case .free = states[index] else { continue }
                widest = exact - cost
                chosen = .activate(index)
                continue
            }
            // Exact when the gain is one of the choices, at that choice's cost; else the true cost is that of the
            // least choice reaching the gain.
            guard case .between(let lower, let upper) = states[index],
                let above = choice(of: index, reaching: gain, from: lower), above <= upper
            else { continue }
            let reached = choices[leaf.first + above]
            guard abs(reached.gain - gain) >= 1e-9 || reached.cost > cost + 1e-9, above > lower,
                reached.cost - cost > widest || widest <= 1e-9
            else { continue }
            widest = max(reached.cost - cost, 2e-9)
            chosen = .split(index, lower: lower, above: above, upper: upper)
        }
        return chosen
    }
}
