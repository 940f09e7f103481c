import ChisoCore

extension CrosswalkDecoder {
    /// What the values of a mapping can be at one step (the sources, their combination, the conversion): a kind,
    /// a range, and whether they are whole numbers or yes/no. A mapping is accepted only when every value it can
    /// make is a valid value of B's column, so that the crosswalk cannot write a value B would refuse or misread.
    struct Shape: Equatable {
        /// The kind, where one kind describes the values (`nil`: a scaled value, whatever its unit).
        var kind: MeasureKind?
        /// The values' range (`nil`: unbounded).
        var range: ClosedRange<Double>?
        /// Whether every value is a whole number.
        var isWhole: Bool
        /// Whether every value is 0 or 1.
        var isYesNo: Bool
        /// The maximum of a points column.
        var maximum: Double?

        init(_ measure: Measure) {
            kind = measure.kind
            range = measure.kind == .count ? 0...Double.infinity : measure.validRange
            isWhole = measure.kind == .count || measure.kind == .yesNo || measure.kind == .choice
            isYesNo = measure.kind == .yesNo
            maximum = measure.kind == .points ? measure.maximum : nil
        }

        init(kind: MeasureKind?, range: ClosedRange<Double>?, isWhole: Bool, isYesNo: Bool, maximum: Double? = nil) {
            self.kind = kind
            self.range = range
            self.isWhole = isWhole
            self.isYesNo = isYesNo
            self.maximum = maximum
        }

        static let yesNo = Shape(kind: .yesNo, range: 0...1, isWhole: true, isYesNo: true)

        /// The range for messages: "0–100", "0 or more", "any number".
        var rangeWords: CrosswalkMessage.ValueRange {
            guard let range else { return .any }
            if range.upperBound == .infinity { return .from(range.lowerBound) }
            return .between(range.lowerBound, range.upperBound)
        }
    }

    /// The problems of one mapping whose parts all decoded: sources of mixed kinds, an aggregation or conversion
    /// that does not fit its values, values that may fall outside B's column or be of another kind.
    ///
    /// - Returns: One message per problem (empty when the mapping carries values honestly).
    static func problems(
        of mapping: Crosswalk.Mapping, source: Framework, target: Framework
    ) -> [CrosswalkMessage] {
        let measures = mapping.sources.map { source.measures[$0] }
        let goal = target.measures[mapping.target]
        let goalName = (goal.key, target.id)
        guard let first = measures.first else { return [] }
        // Answer columns carry answers, whose values are positions in a list of their own.
        if measures.contains(where: { $0.kind == .choice }) || goal.kind == .choice {
            return answerProblems(of: mapping, from: first, measures: measures, into: goal, named: goalName)
        }
        if let other = measures.first(where: { $0.kind != first.kind }) {
            return [
                .mixedKinds(
                    first: first.key, firstKind: first.kind.rawValue, other: other.key, otherKind: other.kind.rawValue)
            ]
        }
        var shape = Shape(first)
        if measures.count > 1, let aggregation = mapping.aggregation,
            let refused = aggregate(&shape, of: measures, by: aggregation)
        {
            return refused
        }
        if let refused = convert(&shape, by: mapping.conversion, from: first) { return refused }
        return fit(shape, into: goal, named: goalName, mapping: mapping)
    }

    /// The problems of a mapping that reads or fills an answer column: it carries answers only to an answer column
    /// with the same answers, from one source, without conversion.
    private static func answerProblems(
        of mapping: Crosswalk.Mapping, from first: Measure, measures: [Measure], into goal: Measure,
        named goalName: (key: String, framework: String)
    ) -> [CrosswalkMessage] {
        guard measures.count == 1, mapping.conversion == .none, goal.kind == .choice, first.kind == .choice else {
            return [.answersMisfit]
        }
        return first.categories.map(\.value) == goal.categories.map(\.value)
            ? []
            : [
                .differentAnswers(
                    source: first.key, goal: goalName.key, framework: goalName.framework,
                    from: first.categories.map(\.value), to: goal.categories.map(\.value))
            ]
    }

    /// The shape of several sources combined by `aggregation`; the problem when the aggregation does not fit them.
    private static func aggregate(_ shape: inout Shape, of measures: [Measure], by aggregation: Crosswalk.Aggregation)
        -> [CrosswalkMessage]?
    {
        let first = measures[0]
        let shapes = measures.map(Shape.init)
        let lower = shapes.map { $0.range?.lowerBound ?? -.infinity }
        let upper = shapes.map { $0.range?.upperBound ?? .infinity }
        let maxima = shapes.compactMap(\.maximum)
        let union: ClosedRange<Double>? =
            shapes.contains { $0.range == nil } ? nil : (lower.min() ?? 0)...(upper.max() ?? 0)
        switch aggregation {
        case .allOf, .anyOf:
            guard first.kind == .yesNo else {
                return [
                    .notYesNoAggregation(
                        rule: aggregation.rawValue, column: first.key, kind: first.kind.rawValue,
                        instead: aggregation == .allOf ? "min" : "max")
                ]
            }
        case .min, .max:
            shape.range = union
            shape.maximum = maxima.count == shapes.count ? maxima.max() : nil
        case .mean:
            shape.range = union
            shape.maximum = maxima.count == shapes.count ? maxima.max() : nil
            shape.isWhole = false
            shape.isYesNo = false
            if first.kind == .yesNo {
                shape.kind = .ratio
            } else if first.kind == .count {
                shape.kind = .number
            }
        case .sum:
            shape.range =
                shapes.contains { $0.range == nil } ? nil : lower.reduce(0, +)...upper.reduce(0, +)
            shape.isYesNo = false
            shape.maximum = maxima.count == shapes.count ? maxima.reduce(0, +) : nil
            if first.kind == .yesNo { shape.kind = .count }
        }
        return nil
    }

    /// The shape of values after `conversion`; the problem when the conversion does not fit them.
    private static func convert(_ shape: inout Shape, by conversion: Crosswalk.Conversion, from first: Measure)
        -> [CrosswalkMessage]?
    {
        switch conversion {
        case .none:
            break
        case .atLeast(let threshold):
            if let range = shape.range, !(range.lowerBound < threshold && threshold <= range.upperBound) {
                return [
                    .constantConversion(
                        rule: "atLeast", threshold: threshold, always: threshold <= range.lowerBound,
                        range: shape.rangeWords)
                ]
            }
            shape = .yesNo
        case .above(let threshold):
            if let range = shape.range, !(range.lowerBound <= threshold && threshold < range.upperBound) {
                return [
                    .constantConversion(
                        rule: "above", threshold: threshold, always: threshold < range.lowerBound,
                        range: shape.rangeWords)
                ]
            }
            shape = .yesNo
        case .percentOf:
            guard shape.kind == .count else {
                return [
                    .percentOfNotCount(
                        column: first.key, kind: first.kind.rawValue, combined: shape.kind != first.kind)
                ]
            }
            shape = Shape(kind: .percent, range: 0...100, isWhole: false, isYesNo: false)
        case .scale(let factor):
            guard factor != 0 else { return [.scaleZero] }
            shape.range = shape.range.map {
                let ends = [$0.lowerBound * factor, $0.upperBound * factor].map { $0.isNaN ? 0 : $0 }
                return (ends.min() ?? 0)...(ends.max() ?? 0)
            }
            shape.isWhole = shape.isWhole && factor == factor.rounded()
            shape.isYesNo = shape.isYesNo && factor == 1
            shape.kind = nil
            shape.maximum = nil
        }
        return nil
    }

    /// The problems of carrying values of `shape` into the column `goal`.
    private static func fit(
        _ shape: Shape, into goal: Measure, named goalName: (key: String, framework: String),
        mapping: Crosswalk.Mapping
    ) -> [CrosswalkMessage] {
        let made = describe(shape)
        func misfit(_ kind: CrosswalkMessage.Misfit) -> [CrosswalkMessage] {
            [.misfit(kind, goal: goalName.key, framework: goalName.framework, made: made)]
        }
        switch goal.kind {
        case .yesNo:
            guard shape.isYesNo else {
                return misfit(.yesNo)
            }
            return []
        case .count:
            guard shape.isWhole, let range = shape.range, range.lowerBound >= 0 else {
                return misfit(.count(mean: mapping.aggregation == .mean))
            }
            return []
        default:
            break
        }
        if mapping.conversion == .none, let kind = shape.kind, kind != goal.kind, goal.kind != .number {
            return misfit(.kind(goal.kind.rawValue))
        }
        if mapping.conversion == .none, shape.kind == .points, goal.kind == .points, let from = shape.maximum,
            let to = goal.maximum, from != to
        {
            return misfit(.points(from: from, to: to))
        }
        guard let allowed = goal.validRange else { return [] }
        guard let range = shape.range, range.lowerBound >= allowed.lowerBound, range.upperBound <= allowed.upperBound
        else {
            let goalShape = Shape(goal)
            return misfit(
                .range(goalShape.rangeWords, sum: mapping.aggregation == .sum, scale: mapping.conversion.isScale))
        }
        return []
    }

    /// What values of `shape` are, for messages: "count values (0 or more)", "number values (0–100, not whole)".
    private static func describe(_ shape: Shape) -> CrosswalkMessage.Values {
        CrosswalkMessage.Values(
            kind: shape.kind?.rawValue, range: shape.rangeWords,
            notWhole: !shape.isWhole && (shape.kind == .number || shape.kind == .ratio || shape.kind == nil))
    }
}

extension Crosswalk.Conversion {
    fileprivate var isScale: Bool {
        if case .scale = self { return true }
        return false
    }
}
