/// A map from the input columns of one framework (A) to those of another (B): which of B's inputs can be filled
/// from A's, how (the same measure, a conversion, an aggregation of several), and why the others cannot. Values
/// are carried one unit at a time and never invented: a source value that is missing, or a conversion that cannot
/// apply (a denominator missing or zero), leaves B's value missing and says why.
public struct Crosswalk: Sendable {
    /// How one value of A becomes one value of B.
    public enum Conversion: Hashable, Sendable {
        /// As it is: the same measure.
        case none
        /// Yes (1) when the value reaches the threshold, else no (0): a percentage or count read as yes/no.
        case atLeast(Double)
        /// Yes (1) when the value exceeds the threshold, else no (0): a share above 0 read as "there is one".
        case above(Double)
        /// The value as a percentage of a stated denominator column of A's data: a count into a share.
        case percentOf(column: String)
        /// The value times a factor: a 0–1 ratio into points, a percentage into a ratio.
        case scale(Double)
    }

    /// How several values of A become one value of B.
    public enum Aggregation: String, Hashable, Sendable, CaseIterable {
        /// The mean, weighted when weights are given.
        case mean
        /// The least.
        case min
        /// The greatest.
        case max
        /// The sum.
        case sum
        /// Yes when every value is yes (1).
        case allOf
        /// Yes when any value is yes (1).
        case anyOf
    }

    /// One of B's inputs filled from A.
    public struct Mapping: Hashable, Sendable {
        /// B's input, by index in B's measures.
        public var target: Int
        /// A's inputs it is made from, by index in A's measures.
        public var sources: [Int]
        /// How several sources combine (`nil` for one source).
        public var aggregation: Aggregation?
        /// The weights of a weighted mean, one per source.
        public var weights: [Double]?
        /// How the (combined) value converts.
        public var conversion: Conversion
        /// Why the two correspond, in both languages.
        public var note: LocalizedText

        /// Creates a mapping.
        public init(
            target: Int, sources: [Int], aggregation: Aggregation? = nil, weights: [Double]? = nil,
            conversion: Conversion = .none, note: LocalizedText = LocalizedText(vi: "", en: "")
        ) {
            self.target = target
            self.sources = sources
            self.aggregation = aggregation
            self.weights = weights
            self.conversion = conversion
            self.note = note
        }
    }

    /// What became of one of B's inputs for one unit.
    public enum Fill: Hashable, Sendable {
        /// Filled from A.
        case filled
        /// Left missing: these sources of A are missing for the unit.
        case sourceMissing([Int])
        /// Left missing: the conversion cannot apply (why).
        case cannotConvert(String)
        /// No mapping: the crosswalk's reason, if it gives one.
        case unmapped(LocalizedText?)
    }

    /// The crosswalk's ID.
    public var id: String
    /// Its name.
    public var name: LocalizedText
    /// Why it maps what it maps, in both languages.
    public var notes: [LocalizedText]
    /// A's measures and B's measures.
    public var sourceMeasures: [Measure]
    /// B's measures.
    public var targetMeasures: [Measure]
    /// The mappings, at most one per input of B.
    public var mappings: [Mapping]
    /// Inputs of B the crosswalk leaves unmapped on purpose, with the reason in both languages, by index in B's
    /// measures.
    public var reasons: [Int: LocalizedText]
    /// Why the crosswalk's values are an approximation of B's, when they are not the same quantities (`nil`: every
    /// mapping carries the same quantity). A caller must have the user accept an approximation before writing
    /// its values, and must say so wherever they appear.
    public var approximation: LocalizedText?

    /// Creates a crosswalk.
    public init(
        id: String, name: LocalizedText, notes: [LocalizedText], sourceMeasures: [Measure], targetMeasures: [Measure],
        mappings: [Mapping], reasons: [Int: LocalizedText], approximation: LocalizedText? = nil
    ) {
        self.id = id
        self.name = name
        self.notes = notes
        self.sourceMeasures = sourceMeasures
        self.targetMeasures = targetMeasures
        self.mappings = mappings
        self.reasons = reasons
        self.approximation = approximation
    }

    /// The mapping of each of B's inputs, by index (`nil` where unmapped).
    public var mappingOfTarget: [Mapping?] {
        var result = [Mapping?](repeating: nil, count: targetMeasures.count)
        for mapping in mappings where mapping.target < result.count { result[mapping.target] = mapping }
        return result
    }

    /// One unit's values of B, from its values of A.
    ///
    /// - Parameters:
    ///   - values: The unit's values of A, one per measure of A (NaN: does not apply to the unit).
    ///   - columns: Values of the extra columns conversions read (denominators), by name.
    /// - Returns: One value per measure of B, and what became of each.
    public func translate(_ values: [Double?], columns: [String: Double?] = [:]) -> (values: [Double?], fills: [Fill]) {
        var result = [Double?](repeating: nil, count: targetMeasures.count)
        var fills = (0..<targetMeasures.count).map { Fill.unmapped(reasons[$0]) }
        for mapping in mappings where mapping.target < result.count {
            let sources = mapping.sources.map { $0 < values.count ? values[$0] : nil }
            let missing = zip(mapping.sources, sources).filter { $0.1 == nil }.map(\.0)
            guard missing.isEmpty else {
                fills[mapping.target] = .sourceMissing(missing)
                continue
            }
            let present = sources.compactMap { $0 }
            // "Does not apply" stays so where B's column allows it (a conditional criterion); elsewhere the value
            // is left missing, since B has no such exception.
            if present.contains(where: \.isNaN) {
                if targetMeasures[mapping.target].isConditional {
                    result[mapping.target] = .nan
                    fills[mapping.target] = .filled
                } else {
                    fills[mapping.target] = .cannotConvert(
                        "the criterion does not apply to the unit under A (KAD), and B's column has no such exception")
                }
                continue
            }
            // Rounded to 9 decimals, so that a mean of 4-decimal ratios reads as a number, not as float noise.
            let combined = (combine(present, mapping: mapping) * 1e9).rounded() / 1e9
            guard combined.isFinite else {
                fills[mapping.target] = .cannotConvert("the sources combine into no number (weights without a total)")
                continue
            }
            switch convert(combined, mapping.conversion, columns: columns) {
            case .success(let value):
                // The crosswalk file is checked so that this cannot fail; should a value still not be one of B's
                // column, it is left missing rather than written.
                guard Self.isValid(value, for: targetMeasures[mapping.target]) else {
                    fills[mapping.target] = .cannotConvert(
                        "the value made, \(NumberText.shortest(value)), is not a valid value of B's column")
                    continue
                }
                result[mapping.target] = value
                fills[mapping.target] = .filled
            case .failure(let problem):
                fills[mapping.target] = .cannotConvert(problem.reason)
            }
        }
        return (result, fills)
    }

    /// Whether `value` is a valid value of `measure`: finite, in its range, whole for a count or an answer, 0 or 1
    /// for yes/no.
    static func isValid(_ value: Double, for measure: Measure) -> Bool {
        guard value.isFinite else { return false }
        if let range = measure.validRange, !range.contains(value) { return false }
        switch measure.kind {
        case .count, .choice: return value == value.rounded()
        case .yesNo: return value == 0 || value == 1
        default: return true
        }
    }

    private func combine(_ values: [Double], mapping: Mapping) -> Double {
        guard values.count > 1, let aggregation = mapping.aggregation else { return values.first ?? 0 }
        switch aggregation {
        case .mean:
            // Weights are positive (the decoder refuses others); without a positive total there is no mean.
            let weights = mapping.weights ?? Array(repeating: 1, count: values.count)
            let total = weights.reduce(0, +)
            return total > 0 ? zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 } / total : .nan
        case .min: return values.min() ?? 0
        case .max: return values.max() ?? 0
        case .sum: return values.reduce(0, +)
        case .allOf: return values.allSatisfy { $0 >= 1 } ? 1 : 0
        case .anyOf: return values.contains { $0 >= 1 } ? 1 : 0
        }
    }

    private struct ConversionProblem: Error {
        var reason: String
    }

    private func convert(_ value: Double, _ conversion: Conversion, columns: [String: Double?])
        -> Result<Double, ConversionProblem>
    {
        switch conversion {
        case .none: return .success(value)
        case .atLeast(let threshold): return .success(value >= threshold - 1e-9 ? 1 : 0)
        case .above(let threshold): return .success(value > threshold + 1e-9 * max(1, abs(threshold)) ? 1 : 0)
        case .scale(let factor): return .success(value * factor)
        case .percentOf(let column):
            guard let denominator = columns[column] ?? nil else {
                return .failure(ConversionProblem(reason: "the denominator \(column) is missing"))
            }
            guard denominator > 0 else {
                return .failure(ConversionProblem(reason: "the denominator \(column) is 0"))
            }
            guard value <= denominator else {
                return .failure(
                    ConversionProblem(reason: "the count exceeds its denominator \(column), so no share can be made"))
            }
            return .success(value / denominator * 100)
        }
    }
}
