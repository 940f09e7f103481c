/// A workbook to write as an `.xlsx` file: sheets of typed cells with their look (bold header, number formats,
/// column widths, a frozen header), lists and bounds that check what a person types (data validation), and formulas.
///
/// The model holds what chiso writes and nothing more; ``XLSXWriter`` turns it into the parts of an Office Open XML
/// package. Limits that Excel enforces (sheet names of at most 31 characters without `[]:*?/\`, a list of at most
/// 255 characters, an input message of at most 255) are kept by the writer, which shortens or replaces what breaks
/// them, so that whatever the model holds opens in Excel.
package struct WorkbookDocument: Hashable, Sendable {
    /// The sheets, in the order their tabs show.
    package var sheets: [WorkbookSheet]
    /// Names for cell ranges (`Danh_sach` → `'Lists'!$A$1:$A$3`), which formulas and lists may use.
    package var definedNames: [DefinedName]

    /// Creates a workbook.
    package init(sheets: [WorkbookSheet] = [], definedNames: [DefinedName] = []) {
        self.sheets = sheets
        self.definedNames = definedNames
    }

    /// A name for a range of cells, as the Name Manager shows it.
    package struct DefinedName: Hashable, Sendable {
        /// The name: letters, digits, `_` and `.`, starting with a letter or `_`.
        package var name: String
        /// What it stands for, as a formula without `=` (`'Danh sách'!$A$2:$A$4`).
        package var formula: String

        /// Creates a name.
        package init(_ name: String, formula: String) {
            self.name = name
            self.formula = formula
        }
    }
}

/// One sheet of a ``WorkbookDocument``.
package struct WorkbookSheet: Hashable, Sendable {
    /// The tab's name; the writer keeps it within Excel's rules (see ``XLSXWriter/sheetName(_:taken:)``).
    package var name: String
    /// The rows from row 1 down; a row is its cells from column A on.
    package var rows: [[WorkbookCell]]
    /// The width of each column from A on, in characters; `nil` (or a missing entry) leaves Excel's default.
    package var columnWidths: [Double?]
    /// How many rows from the top stay in view while scrolling (1 for a header row).
    package var frozenRows: Int
    /// How many columns from the left stay in view while scrolling.
    package var frozenColumns: Int
    /// Whether the header row (row `frozenRows`, or row 1) gets filter buttons.
    package var hasFilter: Bool
    /// Ranges shown as one cell (a title across a form).
    package var mergedRanges: [CellRange]
    /// What a person may type in ranges of cells, and the message shown on entering one.
    package var validations: [DataValidation]
    /// Whether the tab is hidden (a sheet of lists that validations refer to).
    package var isHidden: Bool
    /// The height of each row from 1 on, in points (at most 409); `nil` (or a missing entry) leaves the default.
    /// Spreadsheets do not fit a row to wrapped text on opening, so a row of long wrapped text needs one.
    package var rowHeights: [Double?] = []

    /// Creates a sheet.
    package init(
        name: String, rows: [[WorkbookCell]] = [], columnWidths: [Double?] = [], frozenRows: Int = 0,
        frozenColumns: Int = 0, hasFilter: Bool = false, mergedRanges: [CellRange] = [],
        validations: [DataValidation] = [], isHidden: Bool = false
    ) {
        self.name = name
        self.rows = rows
        self.columnWidths = columnWidths
        self.frozenRows = frozenRows
        self.frozenColumns = frozenColumns
        self.hasFilter = hasFilter
        self.mergedRanges = mergedRanges
        self.validations = validations
        self.isHidden = isHidden
    }
}

/// One cell: its value and its look.
package struct WorkbookCell: Hashable, Sendable {
    /// What a cell holds.
    package enum Value: Hashable, Sendable {
        /// Nothing (the cell may still have a look, such as a fill, or take input through a validation).
        case empty
        /// Text, kept exactly (Vietnamese letters, leading zeros of an ID).
        case text(String)
        /// A number. A percentage is held as a share (0.725 shows `72,5%` under a percent format).
        case number(Double)
        /// TRUE or FALSE.
        case boolean(Bool)
        /// A formula, written without `=` in Excel's English function names and `,` between arguments, with the
        /// value it had when written (`nil` lets the spreadsheet compute it on opening).
        case formula(String, cached: CachedValue?)
    }

    /// The value a formula had when written.
    package enum CachedValue: Hashable, Sendable {
        /// A number.
        case number(Double)
        /// Text.
        case text(String)
        /// TRUE or FALSE.
        case boolean(Bool)
    }

    /// What the cell holds.
    package var value: Value
    /// How it looks.
    package var style: CellStyle

    /// Creates a cell.
    package init(_ value: Value, style: CellStyle = CellStyle()) {
        self.value = value
        self.style = style
    }

    /// An empty cell without a look.
    package static let empty = WorkbookCell(.empty)

    /// A text cell.
    package static func text(_ text: String, style: CellStyle = CellStyle()) -> WorkbookCell {
        WorkbookCell(.text(text), style: style)
    }

    /// A number cell.
    package static func number(_ number: Double, style: CellStyle = CellStyle()) -> WorkbookCell {
        WorkbookCell(.number(number), style: style)
    }
}

/// How a cell looks: its font weight, number format, fill, wrapping and protection.
package struct CellStyle: Hashable, Sendable {
    /// Whether the text is bold.
    package var isBold: Bool
    /// How a number shows.
    package var format: NumberFormat
    /// Whether the cell is shaded, as a header or a cell to fill in is.
    package var fill: Fill
    /// Whether long text wraps within the column.
    package var wraps: Bool
    /// Whether the cell is locked when the sheet is protected; cells for input are unlocked.
    package var isLocked: Bool

    /// Creates a look; the default is Excel's own (general format, no fill, locked).
    package init(
        isBold: Bool = false, format: NumberFormat = .general, fill: Fill = .none, wraps: Bool = false,
        isLocked: Bool = true
    ) {
        self.isBold = isBold
        self.format = format
        self.fill = fill
        self.wraps = wraps
        self.isLocked = isLocked
    }

    /// The look of a header cell: bold on a grey fill, wrapped.
    package static let header = CellStyle(isBold: true, fill: .header, wraps: true)

    /// A shade.
    package enum Fill: Hashable, Sendable, CaseIterable {
        /// No fill.
        case none
        /// Light grey, for header rows.
        case header
        /// Light yellow, for the cells a person fills in.
        case input
        /// Light blue, for cells a formula computes.
        case computed
    }

    /// How a number shows. The codes are Excel's own, which every locale shows with its own marks (`1.406,25` on a
    /// Vietnamese Windows, `1,406.25` on an English one).
    package enum NumberFormat: Hashable, Sendable {
        /// As typed (Excel's "General").
        case general
        /// A whole number: `0`.
        case integer
        /// A number with `places` decimals and thousands grouped: `#,##0.00`.
        case decimal(places: Int)
        /// A share shown as a percentage with `places` decimals: `0.0%`.
        case percent(places: Int)
        /// Text, even if it looks like a number (`@`), so that IDs such as `00123` keep their zeros.
        case text

        /// Excel's format code, or `nil` for a built-in format that needs no code.
        var code: String? {
            switch self {
            case .general: nil
            case .integer: "0"
            case .decimal(let places): places <= 0 ? "#,##0" : "#,##0." + String(repeating: "0", count: min(places, 15))
            case .percent(let places): places <= 0 ? "0%" : "0." + String(repeating: "0", count: min(places, 15)) + "%"
            case .text: "@"
            }
        }
    }
}

/// What may be typed in a range of cells, and what a person is told on entering one (Excel's Data Validation).
package struct DataValidation: Hashable, Sendable {
    /// What is allowed.
    package enum Rule: Hashable, Sendable {
        /// One of these words, from a drop-down list. The words are joined by commas in the file, so none may hold
        /// a comma, and together they must fit in 255 characters (else use ``listRange(_:)``).
        case list([String])
        /// One of the values in a range of cells (`'Danh sách'!$A$2:$A$4`), for lists too long to write inline.
        case listRange(String)
        /// A number from `minimum` to `maximum`.
        case decimal(minimum: Double, maximum: Double)
        /// A whole number from `minimum` to `maximum`.
        case whole(minimum: Int, maximum: Int)
        /// Anything: the validation only shows its input message (a number that may also be `KAD`).
        case anyValue
        /// What makes `formula` (without `=`, references relative to the first cell of the first range) true:
        /// `OR(AND(ISNUMBER(F2),F2>=0,F2<=100),F2="KAD")` for a percentage that may also not apply.
        case custom(String)
    }

    /// The cells it applies to.
    package var ranges: [CellRange]
    /// What is allowed.
    package var rule: Rule
    /// Whether an empty cell is allowed (missing data is).
    package var allowsBlank: Bool
    /// The title of the message shown on entering a cell (at most 32 characters in the file).
    package var promptTitle: String
    /// The message shown on entering a cell (at most 255 characters in the file).
    package var prompt: String
    /// The title of the message shown when what is typed is not allowed.
    package var errorTitle: String
    /// The message shown when what is typed is not allowed.
    package var error: String

    /// Creates a validation.
    package init(
        ranges: [CellRange], rule: Rule, allowsBlank: Bool = true, promptTitle: String = "", prompt: String = "",
        errorTitle: String = "", error: String = ""
    ) {
        self.ranges = ranges
        self.rule = rule
        self.allowsBlank = allowsBlank
        self.promptTitle = promptTitle
        self.prompt = prompt
        self.errorTitle = errorTitle
        self.error = error
    }
}
