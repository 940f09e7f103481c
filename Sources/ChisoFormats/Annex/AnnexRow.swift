/// One row of a decision's annex table as read: where it stands in the outline and what its cells say, text kept
/// as the decision words it. It maps onto the framework model: groups and indicators with children become
/// components, the rest criteria; ``maxPoints`` is the point rule's maximum, ``method`` the text a rule is
/// suggested from, ``levels`` the level requirements another reader parses.
public struct AnnexRow: Hashable, Sendable {
    /// The row of the sheet (the line of a CSV file) the row is on.
    public var line: Int
    /// The number in its `STT` cell.
    public var number: AnnexNumber
    /// Its ID: the `Mã` cell when the table has one and it is filled, else derived from the numbering (`1.2`;
    /// `II.3` when the numbering starts again in each group; `1.2.a` for an item).
    public var id: String
    /// The ID of the row it stands under, `nil` at the top.
    public var parentID: String?
    /// How deep it stands: 0 at the top.
    public var depth: Int
    /// Its name, on one line.
    public var name: String
    /// Its `Điểm tối đa`, when the cell is filled and readable.
    public var maxPoints: Double?
    /// `Cách xác định và tính điểm`, lines kept.
    public var method: String = ""
    /// `Tài liệu kiểm chứng`, lines kept.
    public var evidence: String = ""
    /// `Nguồn thu thập dữ liệu`, lines kept.
    public var dataSource: String = ""
    /// `Đơn vị phối hợp xác minh`, lines kept.
    public var verifier: String = ""
    /// `Đơn vị tính`, on one line.
    public var unit: String = ""
    /// The requirement of each level the table has a column for (`Mức n` → its cell, lines kept), empty cells
    /// included.
    public var levels: [Int: String] = [:]
    /// `Phương pháp`, lines kept.
    public var methodSource: String = ""
    /// `Căn cứ`, lines kept.
    public var basis: String = ""
    /// The cells of the columns chiso adds to a decision's (``AnnexColumn/extras``: `Quy tắc tính điểm`,
    /// `Đo bằng`, `Tên tiếng Anh`, …), lines kept, present when the table has the column.
    public var extras: [AnnexColumn: String] = [:]

    /// Creates a row.
    public init(
        line: Int, number: AnnexNumber, id: String, parentID: String?, depth: Int, name: String,
        maxPoints: Double?
    ) {
        self.line = line
        self.number = number
        self.id = id
        self.parentID = parentID
        self.depth = depth
        self.name = name
        self.maxPoints = maxPoints
    }

    /// Fills the text cells from `cell`, which gives a column's text on this row.
    mutating func fill(_ cell: (AnnexColumn) -> String, levels columns: [Int]) {
        method = AnnexText.lines(cell(.method))
        evidence = AnnexText.lines(cell(.evidence))
        dataSource = AnnexText.lines(cell(.dataSource))
        verifier = AnnexText.lines(cell(.verifier))
        unit = AnnexText.oneLine(cell(.unit))
        methodSource = AnnexText.lines(cell(.methodSource))
        basis = AnnexText.lines(cell(.basis))
        for level in columns { levels[level] = AnnexText.lines(cell(.level(level))) }
        for column in AnnexColumn.extras { extras[column] = AnnexText.lines(cell(column)) }
    }
}
