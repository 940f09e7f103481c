/// The exact dynamic programme behind ``PointPlanner`` for the problems its branch and bound finds hard: many
/// leaves whose costs are nearly proportional to their points (a knapsack), where every relaxation is almost tight
/// and the search tree grows exponentially.
///
/// It works up the laminar tree of constraints. For each constraint it keeps the *frontier* of what the leaves
/// under it can do: a set of labels, each a plan of those leaves that gains `start` points for `cost`, and that can
/// gain up to `length` more points at `slope` per point (a continuous leaf bought in part). Two frontiers combine by
/// adding every pair of labels (two slopes combine into two labels, the cheaper slope first: the exact min-plus
/// sum of two linear pieces); a constraint then drops the labels that cannot reach its need and moves the others'
/// start up to it. Points beyond the largest need of a constraint and its ancestors are worth nothing, so starts
/// are capped there. Of the labels formed, only those that make the lower envelope of their cost curves are kept
/// (first a quick pairwise test, then, when some labels have slopes, the envelope itself, each of its pieces a
/// label), and labels costing no less than the ceiling go: the frontier's curve, and so the optimum, is kept
/// exactly.
///
/// Where points lie on a grid (whole or half points, as scores usually do), a frontier holds at most one label
/// per grid point up to the cap, so a problem of *n* leaves and a need of *N* grid points takes about
/// O(*n* × *N* log *N*). Continuous leaves shift sums off the grid, but their pieces overlap and the envelope stays
/// small (100 leaves, a third continuous, in 0.4 s). Otherwise the frontier is Nemhauser and Ullmann's Pareto set
/// of the knapsack, small in practice but not bounded; the programme then gives up past a budget of work and
/// says so.
struct CoveringFrontier {
    /// One label: a plan of the leaves below a constraint, as a piece of its cost curve, and how it was made.
    struct Label {
        /// Points gained at the start of the piece, and its cost there.
        var start: Double
        var cost: Double
        /// The cost per point beyond the start, and how many points more the piece reaches.
        var slope: Double = 0
        var length: Double = 0
        /// How the label was made: a leaf's option (`leaf` ≥ 0, gaining `leftOffset` plus what is bought along
        /// the piece), or the sum of labels `left` and `right` (`right` is −1 for a label moved up to a need),
        /// each taken `leftOffset` and `rightOffset` along its own piece, with the points bought along this piece
        /// going to the side `variable` names (0 neither, 1 left, 2 right).
        var leaf: Int32 = -1
        var variable: Int8 = 0
        var left: Int = -1
        var right: Int = -1
        var leftOffset: Double = 0
        var rightOffset: Double = 0

        var reach: Double { start + length }
        var top: Double { cost + slope * length }

        /// The same plan with `offset` points more bought along its piece: the rest of the piece.
        func advanced(by offset: Double) -> Label {
            var label = self
            label.start += offset
            label.cost += slope * offset
            label.length -= offset
            switch variable {
            case 1: label.leftOffset += offset
            case 2: label.rightOffset += offset
            default: break
            }
            return label
        }
    }

    /// Why the programme did not answer.
    enum Failure: Error {
        /// The constraints are not a laminar family, or a cost is negative: the programme does not apply.
        case notApplicable
        /// The frontiers grew past the budget of work.
        case overBudget
    }

    /// Tolerances: a gain short of a need by less than `gainTolerance` meets it (as in the branch and bound).
    static let gainTolerance = 1e-9

    private var arena: [Label] = []
    private var buffer: [Label] = []
    private var work = 0
    private let workBudget: Int
    private let ceiling: Double

    /// - Parameters:
    ///   - workBudget: The most labels the programme may form in all before it gives up.
    ///   - ceiling: Labels costing this or more are dropped: a plan must cost less to be worth finding.
    init(workBudget: Int, ceiling: Double) {
        self.workBudget = workBudget
        self.ceiling = ceiling
    }

    /// The cheapest gains per leaf that meet every constraint and cost less than the ceiling; `nil` when none does.
    ///
    /// - Throws: ``Failure`` when the programme does not apply or gives up.
    mutating func solve(_ options: [PointPlanner.Option], constraints: [PointPlanner.Constraint]) throws(Failure)
        -> (cost: Double, gains: [Double])?
    {
        let tree = try Tree(options.count, constraints: constraints)
        for option in options {
            switch option {
            case .continuous(let jump, let slope, let range):
                guard jump >= 0, slope >= 0, range >= 0 else { throw .notApplicable }
            case .discrete(let choices):
                guard choices.allSatisfy({ $0.cost >= 0 && $0.gain >= 0 }) else { throw .notApplicable }
            }
        }
        arena.removeAll(keepingCapacity: true)
        arena.append(Label(start: 0, cost: 0))  // the empty plan
        let root = try frontier(of: tree.nodes.count - 1, tree: tree, options: options)
        guard let best = root.min(by: { arena[$0].cost < arena[$1].cost }), arena[best].cost < ceiling - 1e-9 else {
            return nil
        }
        var gains = [Double](repeating: 0, count: options.count)
        realize(best, along: 0, into: &gains)
        return (arena[best].cost, gains)
    }

    /// The frontier of a node of the tree, as indices into the arena.
    private mutating func frontier(of node: Int, tree: Tree, options: [PointPlanner.Option]) throws(Failure) -> [Int] {
        let cap = tree.nodes[node].cap
        var current = [0]
        for leaf in tree.nodes[node].leaves {
            let labels = leafLabels(leaf, option: options[leaf], cap: cap)
            current = try combine(current, labels, cap: cap)
        }
        for child in tree.nodes[node].children {
            let labels = try frontier(of: child, tree: tree, options: options)
            current = try combine(current, labels, cap: cap)
        }
        let need = tree.nodes[node].need
        guard need > 0 else { return current }
        buffer.removeAll(keepingCapacity: true)
        for index in current where arena[index].reach >= need - Self.gainTolerance {
            let label = arena[index]
            buffer.append(label.start >= need ? label : label.advanced(by: min(need - label.start, label.length)))
        }
        return try keepFrontier()
    }

    /// A leaf's own labels, capped: its choices, or nothing and the whole of its continuous piece.
    private mutating func leafLabels(_ leaf: Int, option: PointPlanner.Option, cap: Double) -> [Int] {
        var labels: [Int] = []
        switch option {
        case .continuous(let jump, let slope, let range):
            labels.append(0)
            let length = min(range, cap)
            if length > 1e-12 {
                arena.append(
                    Label(start: 0, cost: jump, slope: slope, length: length, leaf: Int32(leaf), variable: 1))
                labels.append(arena.count - 1)
            }
        case .discrete(let choices):
            for choice in choices {
                if choice.gain <= 1e-12 && choice.cost <= 0 {
                    if !labels.contains(0) { labels.append(0) }
                    continue
                }
                arena.append(
                    Label(start: min(choice.gain, cap), cost: choice.cost, leaf: Int32(leaf), leftOffset: choice.gain))
                labels.append(arena.count - 1)
            }
        }
        return labels
    }

    /// The frontier of every sum of a label of `first` and one of `second`, capped at `cap`.
    private mutating func combine(_ first: [Int], _ second: [Int], cap: Double) throws(Failure) -> [Int] {
        buffer.removeAll(keepingCapacity: true)
        var limit = 1 << 16
        for a in first {
            work += second.count
            let left = arena[a]
            for b in second {
                let right = arena[b]
                let cost = left.cost + right.cost
                guard cost < ceiling - 1e-9 else { continue }
                var start = left.start + right.start
                // The cheaper slope first, then the dearer one from where the cheaper piece ends.
                let leftFirst = left.length > 0 && (right.length <= 0 || left.slope <= right.slope)
                let (firstSlope, firstLength) = leftFirst ? (left.slope, left.length) : (right.slope, right.length)
                let (secondSlope, secondLength) = leftFirst ? (right.slope, right.length) : (left.slope, left.length)
                var label = Label(
                    start: start, cost: cost, slope: firstSlope, length: firstLength, variable: leftFirst ? 1 : 2,
                    left: a, right: b)
                if firstLength <= 0 { label.variable = 0 }
                append(&label, cap: cap)
                if secondLength > 0, start + firstLength < cap, cost + firstSlope * firstLength < ceiling - 1e-9 {
                    start += firstLength
                    label = Label(
                        start: start, cost: cost + firstSlope * firstLength, slope: secondSlope, length: secondLength,
                        variable: leftFirst ? 2 : 1, left: a, right: b,
                        leftOffset: leftFirst ? firstLength : 0, rightOffset: leftFirst ? 0 : firstLength)
                    append(&label, cap: cap)
                }
            }
            // Pruned as it fills, so that it never holds much more than twice the frontier.
            if buffer.count > limit {
                try prune()
                if buffer.contains(where: { $0.length > 0 }) { envelopeLabels() }
                limit = max(1 << 16, 2 * buffer.count)
            }
        }
        return try keepFrontier()
    }

    /// Adds a label to the buffer, its start and piece capped at `cap`.
    private mutating func append(_ label: inout Label, cap: Double) {
        if label.start >= cap {
            label.start = cap
            label.length = 0
        } else if label.start + label.length > cap {
            label.length = cap - label.start
        }
        buffer.append(label)
    }

    /// Drops from the buffer every label that another label dominates: one that reaches at least as far and costs
    /// at its far end no more than this one costs at its start, so at least as little for every gain. The
    /// buffer is left holding the rest.
    private mutating func prune() throws(Failure) {
        work += buffer.count
        guard work <= workBudget else { throw .overBudget }
        buffer.sort { a, b in
            let (reachA, reachB) = (a.reach, b.reach)
            return reachA != reachB ? reachA > reachB : a.cost < b.cost
        }
        var kept = 0
        var cheapestTop = Double.infinity
        for position in buffer.indices {
            let label = buffer[position]
            guard label.cost < cheapestTop - 1e-12 * max(1, abs(label.cost)) else { continue }
            cheapestTop = min(cheapestTop, label.top)
            buffer[kept] = label
            kept += 1
        }
        buffer.removeSubrange(kept...)
    }

    /// Prunes the buffer to the labels that make its lower envelope and moves them to the arena, returning the new
    /// labels' indices.
    private mutating func keepFrontier() throws(Failure) -> [Int] {
        try prune()
        // Points alone: the pairwise test has already left exactly their envelope (a Pareto front).
        if buffer.count > 1, buffer.contains(where: { $0.length > 0 }) { envelopeLabels() }
        let first = arena.count
        arena += buffer
        buffer.removeAll(keepingCapacity: true)
        return Array(first..<arena.count)
    }

    /// A piece of the frontier's cost curve: from `x0` to `x1` points, costing `v0` at `x0` and `slope` more a point,
    /// from label `label` of the buffer, along its flat part (any gain up to its start costs its cost) or its slope.
    struct Piece {
        var x0: Double
        var x1: Double
        var v0: Double
        var slope: Double
        var label: Int
        var flat: Bool

        func value(at x: Double) -> Double { v0 + slope * (x - x0) }
    }

    /// Replaces the buffer by the labels of its lower envelope: the least cost of every gain, over all labels, as
    /// pieces, each a label (a flat piece the plan of its label, which gains at least the piece's end; a sloped
    /// piece its label bought in part). Labels the pairwise test keeps although others are cheaper for every gain
    /// they reach, together, go; the envelope, and so the optimum, stays exactly as it was.
    private mutating func envelopeLabels() {
        var pieces: [Piece] = []
        pieces.reserveCapacity(buffer.count * 2)
        for (index, label) in buffer.enumerated() {
            pieces.append(Piece(x0: 0, x1: label.start, v0: label.cost, slope: 0, label: index, flat: true))
            if label.length > 0 {
                pieces.append(
                    Piece(
                        x0: label.start, x1: label.reach, v0: label.cost, slope: label.slope, label: index,
                        flat: false))
            }
        }
        let envelope = Self.lowerEnvelope(pieces[...])
        var labels: [Label] = []
        labels.reserveCapacity(envelope.count)
        for (position, piece) in envelope.enumerated() {
            let source = buffer[piece.label]
            if piece.flat {
                // Up to its start, a label's own slope piece, next on the envelope, stands for it too.
                if position + 1 < envelope.count, envelope[position + 1].label == piece.label,
                    !envelope[position + 1].flat, envelope[position + 1].x0 == piece.x1, piece.x1 == source.start
                {
                    continue
                }
                var label = source
                label.start = piece.x1
                label.length = 0
                labels.append(label)
            } else {
                var label = source.advanced(by: max(0, piece.x0 - source.start))
                label.start = piece.x0
                label.length = max(0, piece.x1 - piece.x0)
                labels.append(label)
            }
        }
        buffer = labels
    }

    /// The lower envelope of pieces (each defined on its closed interval), by divide and conquer.
    static func lowerEnvelope(_ pieces: ArraySlice<Piece>) -> [Piece] {
        if pieces.count <= 1 { return Array(pieces) }
        let middle = pieces.startIndex + pieces.count / 2
        return merge(lowerEnvelope(pieces[..<middle]), lowerEnvelope(pieces[middle...]))
    }

    /// The lower envelope of two envelopes, each sorted pieces that overlap at most at their ends.
    static func merge(_ a: [Piece], _ b: [Piece]) -> [Piece] {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        var points = (a.flatMap { [$0.x0, $0.x1] } + b.flatMap { [$0.x0, $0.x1] }).sorted()
        var unique = 0
        for point in points where unique == 0 || point > points[unique - 1] {
            points[unique] = point
            unique += 1
        }
        points.removeSubrange(unique...)
        var result: [Piece] = []
        var (i, j) = (0, 0)
        func emit(_ piece: Piece, from u: Double, to v: Double) {
            let start = piece.value(at: u)
            if var last = result.last, last.label == piece.label, last.flat == piece.flat, last.x1 == u,
                abs(last.value(at: u) - start) <= 1e-12 * max(1, abs(start))
            {
                last.x1 = v
                result[result.count - 1] = last
                return
            }
            result.append(Piece(x0: u, x1: v, v0: start, slope: piece.slope, label: piece.label, flat: piece.flat))
        }
        // A single point (a plan of gain 0, the only degenerate piece): kept when no piece is cheaper there.
        let isolated = (a + b).filter { $0.x0 == $0.x1 }
        for (u, v) in zip(points, points.dropFirst()) {
            while i < a.count, a[i].x1 <= u { i += 1 }
            while j < b.count, b[j].x1 <= u { j += 1 }
            let first = i < a.count && a[i].x0 <= u && a[i].x1 >= v ? a[i] : nil
            let second = j < b.count && b[j].x0 <= u && b[j].x1 >= v ? b[j] : nil
            switch (first, second) {
            case (nil, nil): continue
            case (let piece?, nil), (nil, let piece?): emit(piece, from: u, to: v)
            case (let p?, let q?):
                let (atU, atV) = (p.value(at: u) - q.value(at: u), p.value(at: v) - q.value(at: v))
                let tolerance = 1e-12 * max(1, abs(q.value(at: u)), abs(q.value(at: v)))
                if atU <= tolerance && atV <= tolerance {
                    emit(p, from: u, to: v)
                } else if atU >= -tolerance && atV >= -tolerance {
                    emit(q, from: u, to: v)
                } else {
                    // They cross inside: the lower at u, then the other.
                    let cross = min(max(u + atU / (q.slope - p.slope), u), v)
                    let (lower, upper) = atU < 0 ? (p, q) : (q, p)
                    emit(lower, from: u, to: cross)
                    emit(upper, from: cross, to: v)
                }
            }
        }
        for point in isolated {
            let covering = result.filter { $0.x0 <= point.x0 && $0.x1 >= point.x0 }
            if covering.allSatisfy({ $0.value(at: point.x0) > point.v0 + 1e-12 * max(1, abs(point.v0)) }) {
                let position = result.firstIndex { $0.x0 >= point.x0 } ?? result.count
                if !result.contains(where: { $0.x0 == point.x0 && $0.x1 == point.x1 && $0.v0 <= point.v0 }) {
                    result.insert(point, at: position)
                }
            }
        }
        return result
    }

    /// Writes the gains of the plan a label stands for, taken `offset` along its piece.
    private func realize(_ index: Int, along offset: Double, into gains: inout [Double]) {
        let label = arena[index]
        if label.leaf >= 0 {
            gains[Int(label.leaf)] = label.leftOffset + offset
            return
        }
        if label.left >= 0 {
            realize(label.left, along: label.leftOffset + (label.variable == 1 ? offset : 0), into: &gains)
        }
        if label.right >= 0 {
            realize(label.right, along: label.rightOffset + (label.variable == 2 ? offset : 0), into: &gains)
        }
    }

    /// The constraints that need points, as a tree: each with its parent (the least constraint holding it) and the
    /// leaves it holds directly; a last node stands for the whole problem.
    struct Tree {
        struct Node {
            var need: Double
            /// Points beyond this are worth nothing here: the largest need of the node and its ancestors.
            var cap: Double
            var leaves: [Int] = []
            var children: [Int] = []
        }

        var nodes: [Node] = []

        init(_ leafCount: Int, constraints: [PointPlanner.Constraint]) throws(Failure) {
            // Smallest first; of two with the same leaves, either may hold the other.
            let active = constraints.filter { $0.need > 1e-12 }.sorted { $0.members.count < $1.members.count }
            var parent = [Int](repeating: active.count, count: active.count)
            var holder = [Int](repeating: active.count, count: leafCount)  // the least constraint holding a leaf
            var seen = [Bool](repeating: false, count: leafCount)
            for (index, constraint) in active.enumerated() {
                for member in constraint.members {
                    guard member >= 0, member < leafCount, !seen[member] else {
                        // A leaf listed twice in one constraint: not the problem this solves.
                        throw .notApplicable
                    }
                    seen[member] = true
                }
                // Every leaf of the constraint is either free so far or held by a smaller constraint, which this
                // one must then hold whole.
                var children: Set<Int> = []
                for member in constraint.members {
                    var inner = holder[member]
                    while inner < active.count, parent[inner] < active.count { inner = parent[inner] }
                    if inner < active.count { children.insert(inner) }
                }
                for child in children {
                    guard active[child].members.allSatisfy({ seen[$0] }) else { throw .notApplicable }
                    parent[child] = index
                }
                for member in constraint.members {
                    seen[member] = false
                    if holder[member] == active.count { holder[member] = index }
                }
            }
            nodes = active.map { Node(need: $0.need, cap: $0.need) }
            nodes.append(Node(need: 0, cap: 0))
            for index in active.indices { nodes[parent[index]].children.append(index) }
            for leaf in 0..<leafCount where holder[leaf] < active.count { nodes[holder[leaf]].leaves.append(leaf) }
            // Caps from the root down: parents come later in `active`.
            for index in active.indices.reversed() {
                nodes[index].cap = max(nodes[index].need, nodes[parent[index]].cap)
            }
        }
    }
}
