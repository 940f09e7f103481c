import ChisoCore

/// The uncertainty of each unit as `chiso uncertainty --format csv` writes it (`unit_id,statistic,value`).
public struct UncertaintyTable: Sendable {
    /// One unit's statistics.
    public struct Unit: Sendable {
        /// The unit's ID.
        public var id: String
        /// The class it stands at as scored.
        public var nominalClass: Int?
        /// Its rank as scored.
        public var nominalRank: Double?
        /// The 5th and 95th percentiles of its rank over the runs.
        public var rankLow: Double?
        /// The 95th percentile.
        public var rankHigh: Double?
        /// The share of runs at each class, from class 0 (none reached) up.
        public var classProbabilities: [Double]
    }

    /// The units, in file order.
    public var units: [Unit]

    /// Reads the tidy CSV.
    ///
    /// - Parameters:
    ///   - records: The file's records, header first.
    ///   - file: The file's name, for diagnostics.
    ///   - classes: The number of classes of the report's framework: a class beyond it cannot be the framework's.
    /// - Throws: ``InputError`` (data) naming every value that cannot be read, or the columns the file lacks.
    package static func read(_ records: [CSVRecord], file: String, classes: Int) throws(InputError) -> UncertaintyTable
    {
        let header = records.first?.fields.map { TextNormalization.key($0).lowercased() } ?? []
        guard let unitColumn = header.firstIndex(of: "unit_id"),
            let statisticColumn = header.firstIndex(of: "statistic"),
            let valueColumn = header.firstIndex(of: "value")
        else {
            throw InputError(
                .data, file: file,
                ReadBackMessage.notAnUncertaintyOutput)
        }
        var units: [Unit] = []
        var position: [String: Int] = [:]
        var problems: [Diagnostic] = []
        let needed = max(unitColumn, statisticColumn, valueColumn) + 1
        for record in records.dropFirst() {
            guard record.fields.count >= needed else {
                problems.append(
                    Diagnostic(
                        file: file, line: record.line, column: record.fields.count + 1, field: "value", value: "",
                        ReadBackMessage.uncertaintyRowEndsEarly(fields: needed),
                        group: Diagnostic.Group("row ends early", summary: ReadBackMessage.Summary.rowsEndingEarly)))
                continue
            }
            let id = TextNormalization.key(record.fields[unitColumn])
            let statistic = record.fields[statisticColumn]
            let text = record.fields[valueColumn].trimmingCharacters(in: .whitespaces)
            let index: Int
            if let known = position[id] {
                index = known
            } else {
                index = units.count
                position[id] = index
                units.append(
                    Unit(
                        id: id, nominalClass: nil, nominalRank: nil, rankLow: nil, rankHigh: nil,
                        classProbabilities: []))
            }
            let wanted =
                ["nominal_class", "nominal_rank", "rank_p05", "rank_p95"].contains(statistic)
                || statistic.hasPrefix("p_class_")
            guard wanted else { continue }
            let at = Cell(line: record.line, statisticColumn: statisticColumn, valueColumn: valueColumn, text: text)
            if let problem = readValue(of: statistic, at: at, classes: classes, file: file, in: &units[index]) {
                problems.append(problem)
            }
        }
        guard problems.isEmpty else { throw InputError(.data, problems) }
        return UncertaintyTable(units: units)
    }

    /// Where a value stands in the file, for messages: its line, the statistic's and the value's columns (from 0),
    /// and the value as written.
    private struct Cell {
        var line: Int
        var statisticColumn: Int
        var valueColumn: Int
        var text: String
    }

    /// Reads one statistic's value into its unit; the problem when it cannot be read or be the statistic's.
    private static func readValue(
        of statistic: String, at cell: Cell, classes: Int, file: String, in unit: inout Unit
    ) -> Diagnostic? {
        // A unit its framework does not rank has no rank, nor an interval (ranks empty, as written).
        if cell.text.isEmpty, ["nominal_rank", "rank_p05", "rank_p95"].contains(statistic) { return nil }
        // Read as a side file's number: a decimal comma too, as Excel with Vietnamese settings saves the file.
        guard case .value(let value) = CellParser.sideNumber(cell.text) else {
            return Diagnostic(
                file: file, line: cell.line, column: cell.valueColumn + 1, field: statistic, value: cell.text,
                ReadBackMessage.notANumber,
                group: Diagnostic.Group("unreadable value", summary: ReadBackMessage.Summary.values))
        }
        return store(value, as: statistic, at: cell, classes: classes, file: file, in: &unit)
    }

    /// Stores one statistic's value in its unit; the problem when the value cannot be the statistic's.
    private static func store(
        _ value: Double, as statistic: String, at cell: Cell, classes: Int, file: String, in unit: inout Unit
    ) -> Diagnostic? {
        switch statistic {
        case "nominal_class":
            // A class is a whole number from 0 (none reached) to the framework's number of classes.
            guard let ordinal = Int(exactly: value), (0...max(classes, 0)).contains(ordinal) else {
                return Diagnostic(
                    file: file, line: cell.line, column: cell.valueColumn + 1, field: statistic, value: cell.text,
                    ReadBackMessage.noSuchClass(classes: classes),
                    group: Diagnostic.Group("no such class", summary: ReadBackMessage.Summary.classes))
            }
            unit.nominalClass = ordinal
        case "nominal_rank": unit.nominalRank = value
        case "rank_p05": unit.rankLow = value
        case "rank_p95": unit.rankHigh = value
        default:
            return storeProbability(value, as: statistic, at: cell, classes: classes, file: file, in: &unit)
        }
        return nil
    }

    /// Stores the share of runs at one class (`p_class_N`); the problem when it is no class of the framework or no
    /// share.
    private static func storeProbability(
        _ value: Double, as statistic: String, at cell: Cell, classes: Int, file: String, in unit: inout Unit
    ) -> Diagnostic? {
        guard let ordinal = Int(statistic.dropFirst("p_class_".count)), (0...max(classes, 0)).contains(ordinal) else {
            return Diagnostic(
                file: file, line: cell.line, column: cell.statisticColumn + 1, field: "statistic", value: statistic,
                ReadBackMessage.noSuchProbabilityClass(classes: classes),
                group: Diagnostic.Group("no such p_class", summary: ReadBackMessage.Summary.classes))
        }
        guard (0...1).contains(value) else {
            return Diagnostic(
                file: file, line: cell.line, column: cell.valueColumn + 1, field: statistic, value: cell.text,
                ReadBackMessage.notAProbability,
                group: Diagnostic.Group("not a probability", summary: ReadBackMessage.Summary.probabilities))
        }
        var probabilities = unit.classProbabilities
        if probabilities.count <= ordinal {
            probabilities += Array(repeating: 0, count: ordinal + 1 - probabilities.count)
        }
        probabilities[ordinal] = value
        unit.classProbabilities = probabilities
        return nil
    }
}
