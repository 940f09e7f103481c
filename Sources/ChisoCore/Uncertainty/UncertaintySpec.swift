/// What is uncertain in an assessment, and how much: noise on the data, alternatives for missing values, noise on
/// the weights, and alternative frameworks. Built from a spec file or from command-line shorthands.
public struct UncertaintySpec: Sendable {
    /// The shape of a noise.
    public enum Distribution: String, Hashable, Sendable, CaseIterable {
        /// Uniform on ±amount.
        case uniform
        /// Normal with the amount as its standard deviation.
        case normal
    }

    /// Noise on some input columns.
    public struct DataNoise: Hashable, Sendable {
        /// The columns, by index in the scheme's measures.
        public var measures: [Int]
        /// An absolute amount in the column's own unit (±2 percentage points).
        public var absolute: Double?
        /// A relative amount (0.05 is ±5%).
        public var relative: Double?
        /// The shape of `absolute` and `relative` noise.
        public var distribution: Distribution
        /// For yes/no columns: the probability that the answer is wrong.
        public var flip: Double?
        /// For counts: ± this many, uniformly.
        public var countStep: Int?
        /// A name for the group in sensitivity outputs.
        public var name: String

        /// Creates a noise.
        public init(
            measures: [Int], absolute: Double? = nil, relative: Double? = nil, distribution: Distribution = .uniform,
            flip: Double? = nil, countStep: Int? = nil, name: String = ""
        ) {
            self.measures = measures
            self.absolute = absolute
            self.relative = relative
            self.distribution = distribution
            self.flip = flip
            self.countStep = countStep
            self.name = name
        }

        /// Whether an amount of the entry moves a column of this kind: `flip` a yes/no answer, `absolute`,
        /// `relative` or `countStep` a count, `absolute` or `relative` another number; nothing moves a choice. The
        /// entry leaves the columns of other kinds alone.
        public func moves(_ kind: MeasureKind) -> Bool {
            let number = (absolute ?? 0) > 0 || (relative ?? 0) > 0
            switch kind {
            case .choice: return false
            case .yesNo: return (flip ?? 0) > 0
            case .count: return number || (countStep ?? 0) > 0
            default: return number
            }
        }
    }

    /// How a missing value is read in a run.
    public enum MissingRule: String, Hashable, Sendable, CaseIterable {
        /// As missing: 0 or "no", not met (the rule of every other command).
        case zero
        /// The mean of the column over the units that have it.
        case columnMean
        /// The mean of the column over the units of the same parent (district, group), else the column mean.
        case groupMean
    }

    /// Noise on weights: each weighted node at the given depths has its points multiplied by a uniform factor in
    /// 1 ± `amplitude`, siblings renormalised so that every parent keeps its maximum.
    public struct WeightNoise: Hashable, Sendable {
        /// Depths of the tree (0: the top-level nodes).
        public var depths: [Int]
        /// The relative amplitude (0.25 is ±25%).
        public var amplitude: Double

        /// Creates a weight noise.
        public init(depths: [Int], amplitude: Double) {
            self.depths = depths
            self.amplitude = amplitude
        }
    }

    /// Noise on data columns. A column is moved by one entry at most (each entry draws around the nominal value,
    /// so a second would replace the first's draws): the spec decoder refuses a column that two entries move.
    public var noise: [DataNoise]
    /// How missing values may be read; one is drawn per run (only `zero`: as every other command does).
    public var missing: [MissingRule]
    /// Noise on weights, for a weighted scheme.
    public var weights: WeightNoise?
    /// Alternative schemes, one drawn per run uniformly (empty: the nominal scheme only). They must read the same
    /// columns as the nominal scheme, in the same order; their classes are counted among the nominal scheme's by
    /// name and their conditions by ID (``MonteCarlo/classesWithoutNamesake(in:nominal:)``).
    public var alternatives: [any ScoringScheme]

    /// Creates a spec.
    public init(
        noise: [DataNoise] = [], missing: [MissingRule] = [.zero], weights: WeightNoise? = nil,
        alternatives: [any ScoringScheme] = []
    ) {
        self.noise = noise
        self.missing = missing
        self.weights = weights
        self.alternatives = alternatives
    }

    /// Whether anything varies at all.
    public var isEmpty: Bool {
        noise.allSatisfy {
            ($0.absolute ?? 0) == 0 && ($0.relative ?? 0) == 0 && ($0.flip ?? 0) == 0 && ($0.countStep ?? 0) == 0
        }
            && missing.count <= 1 && (weights?.amplitude ?? 0) == 0 && alternatives.count <= 1
    }
}
