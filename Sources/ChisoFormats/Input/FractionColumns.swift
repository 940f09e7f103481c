import ChisoCore

/// A share given as two counts, as the decisions define shares ("a = …; b = …; Tỷ lệ = a/b"): the columns `ID.num`
/// and `ID.den` stand in for the percentage (or 0–1 ratio) column `ID`.
struct FractionColumns: Hashable, Sendable {
    /// The measure the share fills.
    var measure: Int
    /// The column of the numerator (`ID.num`), if present.
    var numerator: Int?
    /// The column of the denominator (`ID.den`), if present.
    var denominator: Int?

    /// The columns that may give `measure` as two counts: `ID.num` and `ID.den` for a percentage or ratio, none for
    /// any other measure.
    static func columns(of measure: Measure) -> [String] {
        measure.kind == .percent || measure.kind == .ratio ? ["\(measure.key).num", "\(measure.key).den"] : []
    }

    /// The measure and part (`true` for the numerator) a column name such as `CQS.09.num` stands for, when its
    /// base is a percentage or ratio measure.
    static func part(_ name: String, _ measureIndex: [String: Int], _ measures: [Measure]) -> (Int, Bool)? {
        for (suffix, isNumerator) in [(".num", true), (".den", false)] where name.hasSuffix(suffix) {
            guard let measure = measureIndex[String(name.dropLast(suffix.count))],
                measures[measure].kind == .percent || measures[measure].kind == .ratio
            else { return nil }
            return (measure, isNumerator)
        }
        return nil
    }

    /// The share `numerator / denominator` as the measure reads it (percentage points or a ratio), computed as
    /// `(100 × a) / b` so that a share exactly at a threshold compares as equal to it.
    static func share(_ numerator: Double, _ denominator: Double, kind: MeasureKind) -> Double {
        kind == .percent ? (100 * numerator) / denominator : numerator / denominator
    }
}

/// The two counts a share was computed from, kept for explanations ("37/52 = 71.2%").
public struct Fraction: Hashable, Sendable {
    /// The numerator, `a`.
    public var numerator: Double
    /// The denominator, `b`.
    public var denominator: Double

    /// Creates a fraction.
    public init(numerator: Double, denominator: Double) {
        self.numerator = numerator
        self.denominator = denominator
    }
}

extension AssessmentLoader.ColumnLayout {
    mutating func addFractionColumn(_ column: Int, measure: Int, isNumerator: Bool) {
        let position: Int
        if let known = fractions.firstIndex(where: { $0.measure == measure }) {
            position = known
        } else {
            fractions.append(FractionColumns(measure: measure))
            position = fractions.count - 1
        }
        if isNumerator { fractions[position].numerator = column } else { fractions[position].denominator = column }
    }

    /// A pair with one half only, and a share given both ways.
    func fractionProblems(header: CSVRecord, file: String, measures: [Measure]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for pair in fractions {
            let key = measures[pair.measure].key
            func problem(_ column: Int?, _ field: String, _ message: ShareMessage) {
                problems.append(
                    Diagnostic(file: file, line: header.line, column: column.map { $0 + 1 }, field: field, message))
            }
            if pair.numerator == nil || pair.denominator == nil {
                let present = pair.numerator == nil ? "\(key).den" : "\(key).num"
                let absent = pair.numerator == nil ? "\(key).num" : "\(key).den"
                problem(
                    pair.numerator ?? pair.denominator, present, .oneColumn(key: key, present: present, absent: absent))
            }
            if let column = measureOfColumn.firstIndex(of: pair.measure) {
                problem(column, key, .givenTwice(key: key))
            }
        }
        return problems
    }
}

extension AssessmentLoader.RowReader {
    /// Fills the shares given as counts into `values`, reporting rows whose counts cannot make a share.
    mutating func readFractions(_ fields: [String], line: Int, into values: inout [Double?]) -> [Int: Fraction] {
        var found: [Int: Fraction] = [:]
        for pair in layout.fractions {
            func kind(_ problem: String) -> Diagnostic.Group {
                Diagnostic.Group("share \(pair.measure) \(problem)", summary: AssessmentMessage.Summary.sameProblem)
            }
            guard let numeratorColumn = pair.numerator, let denominatorColumn = pair.denominator else { continue }
            let measure = measures[pair.measure]
            let conditional = measure.isConditional
            let numerator = CellParser.outcome(
                fields[numeratorColumn], kind: .count, maximum: nil, conditional: conditional)
            let denominator = CellParser.outcome(
                fields[denominatorColumn], kind: .count, maximum: nil, conditional: conditional)
            let names = (layout.columnNames[numeratorColumn], layout.columnNames[denominatorColumn])
            switch (numerator, denominator) {
            case (.missing, .missing):
                continue
            case (.invalid(let cell), _):
                problem(
                    line, numeratorColumn + 1, names.0, fields[numeratorColumn], cell, group: kind(cell.kindKey))
            case (_, .invalid(let cell)):
                problem(
                    line, denominatorColumn + 1, names.1, fields[denominatorColumn], cell, group: kind(cell.kindKey))
            case (.missing, _), (_, .missing):
                let empty = numerator == .missing ? numeratorColumn : denominatorColumn
                problem(
                    line, empty + 1, layout.columnNames[empty], nil,
                    ShareMessage.oneCountEmpty(key: measure.key, numerator: names.0, denominator: names.1))
            case (.value(let a), .value(let b)):
                if a.isNaN || b.isNaN {
                    values[pair.measure] = Measure.notApplicableValue
                } else if b == 0, a > 0, conditional {
                    problem(
                        line, numeratorColumn + 1, names.0, fields[numeratorColumn],
                        ShareMessage.aboveZero(numerator: names.0, a: a, denominator: names.1), group: kind("above"))
                } else if b == 0 {
                    if conditional {
                        values[pair.measure] = Measure.notApplicableValue
                    } else {
                        problem(
                            line, denominatorColumn + 1, names.1, fields[denominatorColumn],
                            ShareMessage.undefined(key: measure.key, numerator: names.0, denominator: names.1),
                            group: kind("zero"))
                    }
                } else if a > b {
                    problem(
                        line, numeratorColumn + 1, names.0, fields[numeratorColumn],
                        ShareMessage.above(numerator: names.0, a: a, denominator: names.1, b: b), group: kind("above"))
                } else {
                    values[pair.measure] = FractionColumns.share(a, b, kind: measure.kind)
                    found[pair.measure] = Fraction(numerator: a, denominator: b)
                }
            }
        }
        return found
    }
}
