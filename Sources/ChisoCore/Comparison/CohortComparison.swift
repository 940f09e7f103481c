/// Two or more sets of results of the same units compared: each side's results and framework, and each pair of
/// sides compared (``PairComparison``).
public struct CohortComparison: Sendable {
    /// One set of results.
    public struct Side: Sendable {
        /// The results, as the comparison reads them.
        public var results: ComparisonSide
        /// The framework that made them.
        public var framework: Framework
        /// Where they came from (a file's name).
        public var source: String
        /// Why its values are an approximation (from its `approximation` column); `nil` when they are the
        /// framework's own.
        public var approximation: String?

        /// Creates a side.
        ///
        /// - Parameters:
        ///   - results: The results.
        ///   - framework: The framework that made them.
        ///   - source: Where they came from.
        ///   - approximation: Why its values are an approximation, if they are.
        public init(results: ComparisonSide, framework: Framework, source: String, approximation: String? = nil) {
            self.results = results
            self.framework = framework
            self.source = source
            self.approximation = approximation
        }
    }

    /// The sides, in the order given.
    public var sides: [Side]
    /// Each pair of sides compared, first with second, first with third, …, second with third, ….
    public var pairs: [PairComparison]

    /// Creates the value from its parts.
    ///
    /// - Parameters:
    ///   - sides: The sides.
    ///   - pairs: Each pair of sides compared.
    public init(sides: [Side], pairs: [PairComparison]) {
        self.sides = sides
        self.pairs = pairs
    }
}
