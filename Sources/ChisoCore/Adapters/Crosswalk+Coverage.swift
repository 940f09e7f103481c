extension Crosswalk {
    /// How the crosswalk fills one of B's inputs, and, after translating data, for how many units.
    public struct Coverage: Sendable, Hashable {
        /// B's input, by index into ``Crosswalk/targetMeasures``.
        public var target: Int
        /// The mapping that fills it; `nil` when it is unmapped.
        public var mapping: Mapping?
        /// Why it is unmapped, as the crosswalk says; `nil` when it gives no reason or the input is mapped.
        public var reason: LocalizedText?
        /// After translating data: the units whose value was filled.
        public var filled: Int?
        /// After translating data: the units whose value was left missing.
        public var missing: Int?

        /// Creates the value from its parts.
        ///
        /// - Parameters:
        ///   - target: B's input.
        ///   - mapping: The mapping that fills it, if any.
        ///   - reason: Why it is unmapped, if the crosswalk says.
        ///   - filled: After translating data, the units filled.
        ///   - missing: After translating data, the units left missing.
        public init(target: Int, mapping: Mapping?, reason: LocalizedText?, filled: Int? = nil, missing: Int? = nil) {
            self.target = target
            self.mapping = mapping
            self.reason = reason
            self.filled = filled
            self.missing = missing
        }
    }

    /// The coverage of each of B's inputs, in B's order: its mapping or why it has none, and, given what became of
    /// each unit's inputs (``translate(_:columns:)``), for how many units it was filled.
    ///
    /// - Parameter fills: Per unit translated, what became of each of B's inputs; `nil` without data.
    /// - Returns: One coverage per input of B.
    /// - Complexity: O(*u* × *m*) for *u* units and *m* inputs of B.
    public func coverage(fills: [[Fill]]?) -> [Coverage] {
        let mappings = mappingOfTarget
        return targetMeasures.indices.map { index in
            let filled = fills.map { fills in fills.filter { $0[index] == .filled }.count }
            let missing = filled.map { (fills?.count ?? 0) - $0 }
            guard let mapping = mappings[index] else {
                return Coverage(
                    target: index, mapping: nil, reason: reasons[index], filled: filled, missing: missing)
            }
            return Coverage(target: index, mapping: mapping, reason: nil, filled: filled, missing: missing)
        }
    }
}
