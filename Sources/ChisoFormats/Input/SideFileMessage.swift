public import ChisoCore

/// What the readers of side files — a cost file, a scenario, a unit or ID map, a list of recognised levels — find
/// wrong with them, in both languages.
public enum SideFileMessage: DiagnosticMessage, Hashable {
    /// The file is empty; `what` (a cost file) has `columns`.
    case empty(what: LocalizedText, columns: [String])
    /// No column `name`; `what` has `columns`.
    case missingColumn(name: String, what: LocalizedText, columns: [String])
    /// A column `what` does not have; `near` is the known name it is probably a typo of.
    case unknownColumn(near: String?, what: LocalizedText, columns: [String])
    /// Column `name` is named twice; column `first` (from 1) has it already.
    case namedTwice(name: String, first: Int)
    /// A row repeats the header, passed over.
    case headerAgain
    /// A row with `fields` fields where the header has `expected`.
    case fieldCount(fields: Int, expected: Int)
    /// A value under a column without a name.
    case valueWithoutColumn
    /// An empty list of recognised levels.
    case emptyLevels
    /// No column `name` in a list of recognised levels.
    case missingLevelsColumn(name: String)
    /// A `unit_id` that line `first` has already.
    case duplicateUnitID(first: Int)
    /// A `parent_id` that names no unit of the scored file; `near` is the nearest one.
    case unknownParent(near: String?)
    /// A recognised level that is not a whole number from 0 to `maximum`.
    case level(maximum: Int)
    /// A row of a list of recognised levels with `fields` fields where the header has `expected`.
    case levelsFieldCount(fields: Int, expected: Int)
    /// The map `what` is empty.
    case emptyMap(what: LocalizedText)
    /// The map `what` lacks a column of old names (`old`) or of new names (`new`); its header is `found`.
    case mapColumns(what: LocalizedText, old: [String], new: [String], found: [String])
    /// A row of the map `what` without an old or a new name.
    case incompleteMapRow(what: LocalizedText)
    /// An old name mapped to `earlier` and to `later`.
    case mappedTwice(earlier: String, later: String)
    /// A cost file without a `per_point` or `fixed` column (it has `columns`).
    case noCostColumn(columns: [String])
    /// A criterion that is not the framework's (`isEmpty` when none is written); `near` is the nearest one.
    case unknownCriterion(isEmpty: Bool, near: String?)
    /// Criterion `key` costed twice for `unit` (`nil`: every unit); line `first` has it already.
    case costedTwice(key: String, unit: String?, first: Int)
    /// A cost row with neither `per_point` nor `fixed`.
    case noCost(key: String)
    /// `rows` rows for `units` that the data file does not hold; `near` is the nearest unit of the data file.
    case unitsElsewhere(rows: Int, units: [String], near: String?)

    /// One example of every case.
    public static var examples: [Self] {
        let cost = names("a cost file")
        let columns = ["unit_id", "criterion", "per_point"]
        return [
            .empty(what: cost, columns: columns), .missingColumn(name: "criterion", what: cost, columns: columns),
            .unknownColumn(near: "fixed", what: cost, columns: columns),
            .unknownColumn(near: nil, what: names("a scenario (or a plan's CSV)"), columns: columns),
            .namedTwice(name: "fixed", first: 2), .headerAgain, .fieldCount(fields: 5, expected: 4),
            .valueWithoutColumn, .emptyLevels, .missingLevelsColumn(name: "level"), .duplicateUnitID(first: 3),
            .unknownParent(near: "H01"), .unknownParent(near: nil), .level(maximum: 5),
            .levelsFieldCount(fields: 2, expected: 3), .emptyMap(what: names("unit map")),
            .mapColumns(what: names("ID map"), old: ["old", "from"], new: ["new", "to"], found: ["a", "b"]),
            .incompleteMapRow(what: names("unit map")), .mappedTwice(earlier: "X01", later: "X02"),
            .noCostColumn(columns: columns), .unknownCriterion(isEmpty: true, near: nil),
            .unknownCriterion(isEmpty: false, near: "CQS.01"), .costedTwice(key: "CQS.01", unit: nil, first: 2),
            .costedTwice(key: "CQS.01", unit: "X01", first: 2), .noCost(key: "CQS.01"),
            .unitsElsewhere(rows: 2, units: ["X09"], near: "X01"),
            .unitsElsewhere(rows: 3, units: ["X08", "X09"], near: nil),
        ]
    }

    /// The name of a side file in both languages, from the English its caller gives ("a cost file", "unit map");
    /// the English for both when it is not one of chiso's side files.
    ///
    /// Callers that still name their file in English only go through this until they pass the name in both
    /// languages.
    public static func names(_ english: String) -> LocalizedText {
        let vi: String? =
            switch english {
            case "a cost file": "tệp chi phí"
            case "a scenario (or a plan's CSV)": "tệp kịch bản (hoặc tệp CSV của phương án)"
            case "unit map": "bảng đổi mã đơn vị"
            case "ID map": "bảng đổi mã"
            default: nil
            }
        return LocalizedText(vi: vi ?? english, en: english)
    }

    /// The stable code of the case.
    public var code: String {
        switch self {
        case .empty, .emptyLevels, .emptyMap: "side.empty-file"
        case .missingColumn, .missingLevelsColumn, .mapColumns, .noCostColumn: "side.missing-column"
        case .unknownColumn: "side.unknown-column"
        case .namedTwice: "side.duplicate-column"
        case .headerAgain: "side.repeated-header"
        case .fieldCount, .levelsFieldCount: "side.field-count"
        case .valueWithoutColumn: "side.value-without-column"
        case .duplicateUnitID: "side.duplicate-unit-id"
        case .unknownParent: "side.unknown-parent"
        case .level: "side.level"
        case .incompleteMapRow: "side.incomplete-map-row"
        case .mappedTwice: "side.mapped-twice"
        case .unknownCriterion: "side.unknown-criterion"
        case .costedTwice: "side.costed-twice"
        case .noCost: "side.no-cost"
        case .unitsElsewhere: "side.units-elsewhere"
        }
    }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .empty, .missingColumn, .unknownColumn, .namedTwice, .headerAgain, .fieldCount, .valueWithoutColumn:
            tableText
        case .emptyLevels, .missingLevelsColumn, .duplicateUnitID, .unknownParent, .level, .levelsFieldCount:
            levelsText
        case .emptyMap, .mapColumns, .incompleteMapRow, .mappedTwice: mapText
        case .noCostColumn, .unknownCriterion, .costedTwice, .noCost, .unitsElsewhere: costText
        }
    }

    /// "; did you mean X?" in both languages, or nothing.
    static func didYouMean(_ near: String?) -> LocalizedText {
        Suggestion.localized(near, .clause)
    }
}
