public import ChisoCore

/// The layout of the form one unit fills (`chiso template --per-unit --format xlsx`): where its identity, its header
/// row and its columns are, so that the writer and a reader of filled forms agree cell by cell.
///
/// A form sheet reads, from the top:
///
/// | row | A | B | C … |
/// |---|---|---|---|
/// | 1 | the title (framework name), merged across the form | | |
/// | 2 | `Mã đơn vị` / `Unit ID` | the unit's `unit_id` | |
/// | 3 | `Tên đơn vị` / `Unit name` | `unit_name` | |
/// | 4 | `Đơn vị cấp trên` / `Parent unit` | `parent_id` | |
/// | 5 | `Năm` / `Year` | `year` | |
/// | 6 | `Mức đăng ký` / `Registered level` | `registered_level` (level frameworks only; else empty) | |
/// | 7 | empty | | |
/// | 8 | the header row: ``Column`` headings in the form's language | | |
/// | 9 … | one row per input column of the framework, in the CSV template's order | | |
///
/// The columns of the header row are, from A: ``Column/criterion`` (the column ID of the CSV template, `CQS.01`),
/// ``Column/name``, ``Column/unit``, then `detailCount` columns that say what is asked (what each level requires in a
/// level framework; the maximum points and how they are scored in a point framework), then ``Column/value`` (the one
/// cell a person fills per row), ``Column/evidence`` and ``Column/note``. The identity values are in column B of rows
/// 2–6, labelled in column A; a reader finds a row's column ID in column A and its value in ``valueColumn``, and
/// may check the header row against ``Column/headings`` in either language. Every label and heading is one that
/// ``FormSheet``, which reads forms by their labels, knows (a test checks).
public struct UnitForm: Hashable, Sendable {
    /// An identity field of the header block, in the order of its rows.
    public enum Field: String, CaseIterable, Hashable, Sendable {
        /// `unit_id`, in row 2.
        case unitID = "unit_id"
        /// `unit_name`, in row 3.
        case unitName = "unit_name"
        /// `parent_id`, in row 4.
        case parentID = "parent_id"
        /// `year`, in row 5.
        case year
        /// `registered_level`, in row 6 (left empty and unlabelled where the framework has no levels to register).
        case registeredLevel = "registered_level"

        /// The label in column A, in both languages.
        public var label: LocalizedText {
            switch self {
            case .unitID: LocalizedText(vi: "Mã đơn vị", en: "Unit ID")
            case .unitName: LocalizedText(vi: "Tên đơn vị", en: "Unit name")
            case .parentID: LocalizedText(vi: "Đơn vị cấp trên", en: "Parent unit")
            case .year: LocalizedText(vi: "Năm", en: "Year")
            case .registeredLevel: LocalizedText(vi: "Mức đăng ký", en: "Registered level")
            }
        }

        /// The row of the field, from 1.
        public var row: Int { UnitForm.firstIdentityRow + (Self.allCases.firstIndex(of: self) ?? 0) }
    }

    /// A column of the criteria table, other than the detail columns.
    public enum Column: String, CaseIterable, Hashable, Sendable {
        /// The column ID of the CSV template (`CQS.01`, `KTS.04.share`).
        case criterion
        /// The criterion's name.
        case name
        /// The unit of measurement (`%`, `Có/Không`).
        case unit
        /// The value the unit gives: the one cell to fill on each row.
        case value
        /// Where the evidence is (document numbers, links).
        case evidence
        /// A note.
        case note

        /// The heading in the header row, in both languages.
        public var headings: LocalizedText {
            switch self {
            case .criterion: LocalizedText(vi: "Mã", en: "Code")
            case .name: LocalizedText(vi: "Tiêu chí", en: "Criterion")
            case .unit: LocalizedText(vi: "Đơn vị tính", en: "Unit of measurement")
            case .value: LocalizedText(vi: "Giá trị", en: "Value")
            case .evidence: LocalizedText(vi: "Tài liệu kiểm chứng", en: "Evidence")
            case .note: LocalizedText(vi: "Ghi chú", en: "Note")
            }
        }
    }

    /// The row of the title, from 1.
    public static let titleRow = 1
    /// The row of the first identity field (``Field/unitID``).
    public static let firstIdentityRow = 2
    /// The column of identity labels (A).
    public static let identityLabelColumn = 1
    /// The column of identity values (B).
    public static let identityValueColumn = 2
    /// The header row of the criteria table.
    public static let headerRow = 8
    /// The first row of criteria.
    public static let firstCriterionRow = 9

    /// How many columns between ``Column/unit`` and ``Column/value`` say what is asked.
    public var detailCount: Int

    /// The layout of a form with `detailCount` columns saying what is asked.
    public init(detailCount: Int) {
        self.detailCount = max(0, detailCount)
    }

    /// The column, from 1 (`A` is 1), of `column`.
    public func position(of column: Column) -> Int {
        switch column {
        case .criterion: 1
        case .name: 2
        case .unit: 3
        case .value: 4 + detailCount
        case .evidence: 5 + detailCount
        case .note: 6 + detailCount
        }
    }

    /// The column, from 1, of the `index`-th detail column (from 0).
    public func detailPosition(_ index: Int) -> Int { 4 + index }

    /// The column, from 1, of the value cells.
    public var valueColumn: Int { position(of: .value) }

    /// How many columns the criteria table has.
    public var width: Int { 6 + detailCount }

    /// The row, from 1, of the `index`-th input column (from 0) of the framework.
    public static func row(ofMeasure index: Int) -> Int { firstCriterionRow + index }
}
