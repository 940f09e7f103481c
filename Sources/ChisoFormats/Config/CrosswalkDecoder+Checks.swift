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

        /// "0–100", "0 or more", "any number", for messages.
        var rangeText: String {
            guard let range else { return "any number" }
            if range.upperBound == .infinity { return "\(NumberText.shortest(range.lowerBound)) or more" }
            return "\(NumberText.shortest(range.lowerBound))–\(NumberText.shortest(range.upperBound))"
        }
    }

    /// The problems of one mapping whose parts all decoded: sources of mixed kinds, an aggregation or conversion
    /// that does not fit its values, values that may fall outside B's column or be of another kind.
    ///
    /// - Returns: One message per problem (empty when the mapping carries values honestly).
    static func problems(
        of mapping: Crosswalk.Mapping, source: Framework, target: Framework
    ) -> [String] {
        let measures = mapping.sources.map { source.measures[$0] }
        let goal = target.measures[mapping.target]
        let goalName = "\(goal.key) of \(target.id)"
        guard let first = measures.first else { return [] }
        // Answer columns carry answers, whose values are positions in a list of their own.
        if measures.contains(where: { $0.kind == .choice }) || goal.kind == .choice {
            return answerProblems(of: mapping, from: first, measures: measures, into: goal, named: goalName)
        }
        if let other = measures.first(where: { $0.kind != first.kind }) {
            return [
                "\(first.key) is a \(first.kind.rawValue) column and \(other.key) a \(other.kind.rawValue) one: the "
                    + "sources of one mapping must be of one kind, or their combination means nothing (a yes/no "
                    + "averaged with a count)"
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
        named goalName: String
    ) -> [String] {
        guard measures.count == 1, mapping.conversion == .none, goal.kind == .choice, first.kind == .choice else {
            return [
                "answer columns (choice) carry only to an answer column with the same answers, one source, "
                    + "no conversion"
            ]
        }
        return first.categories.map(\.value) == goal.categories.map(\.value)
            ? []
            : [
                "\(first.key) and \(goalName) list different answers (\(first.categories.map(\.value).joined(separator: ", ")) "
                    + "against \(goal.categories.map(\.value).joined(separator: ", "))), so an answer's position means "
                    + "another answer"
            ]
    }

    /// The shape of several sources combined by `aggregation`; the problem when the aggregation does not fit them.
    private static func aggregate(_ shape: inout Shape, of measures: [Measure], by aggregation: Crosswalk.Aggregation)
        -> [String]?
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
                    "\(aggregation.rawValue) combines yes/no columns, and \(first.key) is a "
                        + "\(first.kind.rawValue) column (any value of 1 or more would count as yes): use "
                        + "\(aggregation == .allOf ? "min" : "max") with {\"atLeast\": …} instead"
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
        -> [String]?
    {
        switch conversion {
        case .none:
            break
        case .atLeast(let threshold):
            if let range = shape.range, !(range.lowerBound < threshold && threshold <= range.upperBound) {
                return [
                    "atLeast \(NumberText.shortest(threshold)) is \(threshold <= range.lowerBound ? "always" : "never") "
                        + "reached by values of \(shape.rangeText), so every unit would get the same answer"
                ]
            }
            shape = .yesNo
        case .above(let threshold):
            if let range = shape.range, !(range.lowerBound <= threshold && threshold < range.upperBound) {
                return [
                    "above \(NumberText.shortest(threshold)) is \(threshold < range.lowerBound ? "always" : "never") "
                        + "exceeded by values of \(shape.rangeText), so every unit would get the same answer"
                ]
            }
            shape = .yesNo
        case .percentOf:
            guard shape.kind == .count else {
                return [
                    "percentOf makes a share of a count, and \(first.key) is a \(first.kind.rawValue) column"
                        + (shape.kind != first.kind ? " combined into non-whole values" : "")
                ]
            }
            shape = Shape(kind: .percent, range: 0...100, isWhole: false, isYesNo: false)
        case .scale(let factor):
            guard factor != 0 else { return ["scale 0 makes every value 0"] }
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
    private static func fit(_ shape: Shape, into goal: Measure, named goalName: String, mapping: Crosswalk.Mapping)
        -> [String]
    {
        let made = describe(shape)
        switch goal.kind {
        case .yesNo:
            guard shape.isYesNo else {
                return [
                    "\(goalName) is a yes/no column, and this mapping makes \(made): give {\"atLeast\": …} or "
                        + "{\"above\": …}"
                ]
            }
            return []
        case .count:
            guard shape.isWhole, let range = shape.range, range.lowerBound >= 0 else {
                return [
                    "\(goalName) is a count (a whole number of 0 or more), and this mapping makes \(made)"
                        + (mapping.aggregation == .mean
                            ? ": a mean of counts is no count (1.5 staff); use sum, min or max" : "")
                ]
            }
            return []
        default:
            break
        }
        if mapping.conversion == .none, let kind = shape.kind, kind != goal.kind, goal.kind != .number {
            return [
                "\(goalName) is a \(goal.kind.rawValue) column, and this mapping makes \(made): give a conversion "
                    + "(atLeast, above, percentOf or scale)"
            ]
        }
        if mapping.conversion == .none, shape.kind == .points, goal.kind == .points, let from = shape.maximum,
            let to = goal.maximum, from != to
        {
            return [
                "this mapping makes points out of \(NumberText.shortest(from)), and \(goalName) holds points out of "
                    + "\(NumberText.shortest(to)): give {\"scale\": \(NumberText.shortest(to / from))} if the two measure "
                    + "the same"
            ]
        }
        guard let allowed = goal.validRange else { return [] }
        guard let range = shape.range, range.lowerBound >= allowed.lowerBound, range.upperBound <= allowed.upperBound
        else {
            let goalShape = Shape(goal)
            return [
                "this mapping makes values of \(shape.rangeText), and \(goalName) holds \(goalShape.rangeText)"
                    + (mapping.aggregation == .sum ? " (a sum of shares or ratios can pass the whole)" : "")
                    + (mapping.conversion.isScale ? ": check the scale factor" : "")
            ]
        }
        return []
    }

    /// "a mean of counts (0 or more, not whole)", for messages.
    private static func describe(_ shape: Shape) -> String {
        var words = shape.kind.map { "\($0.rawValue) values" } ?? "scaled values"
        words += " (\(shape.rangeText)"
        if !shape.isWhole, shape.kind == .number || shape.kind == .ratio || shape.kind == nil { words += ", not whole" }
        return words + ")"
    }
}

extension Crosswalk.Conversion {
    fileprivate var isScale: Bool {
        if case .scale = self { return true }
        return false
    }
}
