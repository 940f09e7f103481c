public import ChisoCore
public import ChisoFormats

/// Results of several sides — frameworks, years, files — joined on unit ID and compared: each unit's outcome on
/// the common scale and its rank on every side, and for each pair of sides the rank correlations, the agreement of
/// classes, the overlap of the tops and the units one side lacks.
///
/// A side is a file written by `chiso score --format csv` (its `level`, or `index`, `tier` and `rank` columns are
/// read), or a data file, which is scored here. Each side names its framework, which gives its classes and its
/// common scale.
public struct CompareRun: Sendable {
    /// One side as read.
    public struct Side: Sendable {
        /// The side's results on the common scale.
        public var results: ComparisonSide
        /// Its framework.
        public var framework: Framework
        /// The file it was read from.
        public var file: String
        /// Why its results are an approximation (its data, or the score output, has an `approximation` column);
        /// `nil` when they are its framework's own.
        public var approximation: String?

        /// Creates the value from its parts.
        package init(
            results: ComparisonSide, framework: Framework, file: String, approximation: String? = nil
        ) {
            self.results = results
            self.framework = framework
            self.file = file
            self.approximation = approximation
        }
    }

    /// The sides, in the order given.
    public var sides: [Side]
    /// Every pair of sides, side *i* against each later side *j*.
    public var pairs: [PairComparison]
    /// Notices and warnings met while reading.
    public var warnings: [Diagnostic]
    /// The parameters that shaped the comparison (years, top, ID map), for `made_by`.
    public var parameters: [(name: String, value: String)] = []

    /// The columns of a score output that mark a file as one.
    package static let outcomeColumns: Set<String> = ["level", "index", "tier"]

    /// Creates the value from its parts.
    package init(
        sides: [Side], pairs: [PairComparison], warnings: [Diagnostic], parameters: [(name: String, value: String)] = []
    ) {
        self.sides = sides
        self.pairs = pairs
        self.warnings = warnings
        self.parameters = parameters
    }
}
