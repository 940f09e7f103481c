import ChisoCore

extension AssessmentMessage {
    /// The words of the cases without details.
    var fixedText: LocalizedText {
        switch self {
        case .emptyFile:
            LocalizedText(
                vi: "tệp trống; cần một dòng tiêu đề bắt đầu bằng unit_id",
                en: "the file is empty; expected a header row starting with unit_id")
        case .noUnits:
            LocalizedText(
                vi: "không có đơn vị nào: tệp có dòng tiêu đề nhưng không có dòng số liệu; hãy thêm mỗi đơn vị một "
                    + "dòng dưới dòng tiêu đề (xem `chiso template`)",
                en: "no units: the file has a header but no rows of data; add one row per unit under the header "
                    + "(see `chiso template`)")
        case .computedCriterion:
            LocalizedText(
                vi: "tiêu chí này không đọc từ một cột: nó được tính từ mức của các đơn vị cấp dưới cho bằng "
                    + "--children. Hãy bỏ cột này",
                en: "this criterion is not read from a column: it is computed from the levels of the subordinate "
                    + "units given with --children. Remove the column")
        case .noUnitIDColumn:
            LocalizedText(
                vi: "không có cột unit_id; dòng đầu tiên phải là dòng tiêu đề có cột unit_id: hãy đổi tên cột dùng "
                    + "để nhận diện đơn vị thành unit_id (xem `chiso template`)",
                en: "no unit_id column; the first row must be a header with a unit_id column: rename the column "
                    + "that identifies the units to unit_id (see `chiso template`)")
        case .measureWithoutColumn:
            LocalizedText(
                vi: "không có cột cho tiêu chí này; mọi đơn vị đều bị tính là chưa có số liệu",
                en: "no column for this measure; it counts as missing for every unit")
        case .emptyUnitID:
            LocalizedText(
                vi: "unit_id trống; dòng nào cũng cần có unit_id", en: "empty unit_id; every row needs one")
        case .repeatedHeader:
            LocalizedText(
                vi: "dòng này lặp lại dòng tiêu đề (các tệp bị ghép vào nhau?) và đã được bỏ qua",
                en: "this row repeats the header row (files joined together?) and was skipped")
        case .differentHeader:
            LocalizedText(
                vi: "dòng này trông như một dòng tiêu đề (ô unit_id ghi unit_id) nhưng các cột khác với dòng tiêu "
                    + "đề ở dòng đầu; các tệp có cột khác nhau bị ghép vào nhau? Hãy cho mọi tệp cùng các cột",
                en: "this row looks like a header row (its unit_id says unit_id) but its columns differ from those "
                    + "of the header on the first line; files with different columns joined together? Give each "
                    + "file the same columns")
        case .noLevelsToRegister:
            LocalizedText(
                vi: "khung đánh giá này không có mức hay xếp loại để đăng ký; hãy để trống",
                en: "this framework has no levels or tiers to register for; leave it empty")
        default:
            LocalizedText(
                vi: "--fractions: không cột tỷ lệ phần trăm nào chỉ có giá trị từ 0 đến 1; mọi cột đều được đọc "
                    + "theo điểm phần trăm",
                en: "--fractions: no percentage column has values from 0 to 1 only; every one was read in "
                    + "percentage points")
        }
    }

    /// The words of the cases about the header row.
    var headerText: LocalizedText {
        switch self {
        case .duplicateColumn(let first):
            LocalizedText(
                vi: "cột trùng tên; cột \(first) có cùng tên. Hãy bỏ hoặc đổi tên một trong hai cột",
                en: "duplicate column; column \(first) has the same name. Remove or rename one of them")
        case .unknownColumn(let near?):
            LocalizedText(
                vi: "cột không có trong khung đánh giá" + Suggestion.text(near, .clause, in: .vi),
                en: "unknown column" + Suggestion.text(near, .clause, in: .en))
        case .unknownColumn:
            LocalizedText(
                vi: "cột không có trong khung đánh giá; cần unit_id, unit_name, parent_id, year, registered_level "
                    + "hoặc mã một tiêu chí của khung đánh giá (xem `chiso template`); để bỏ qua các cột như vậy, "
                    + "hãy dùng --ignore-column TÊN hoặc --extra-columns ignore",
                en: "unknown column; expected unit_id, unit_name, parent_id, year, registered_level or a criterion "
                    + "ID of the framework (see `chiso template`); to leave such columns out, give --ignore-column "
                    + "NAME or --extra-columns ignore")
        case .rowIndex(let column, let kind): Self.rowIndexText(column, kind)
        case .unnamedColumn(let leading):
            LocalizedText(
                vi: "một cột không có tên nhưng có giá trị; hãy đặt tên cho cột (unit_id, một cột về đơn vị hoặc mã "
                    + "một tiêu chí)"
                    + (leading
                        ? ", hoặc nếu đó là cột số thứ tự dòng, hãy ghi tệp không kèm cột "
                            + "đó (\(Self.indexHint))" : ""),
                en: "a column has no name but has values; name it (unit_id, a unit column or a criterion ID)"
                    + (leading ? ", or if it is a row index, write the file without it (\(Self.indexHint))" : ""))
        case .caseMatched(let names):
            LocalizedText(
                vi:
                    "tên cột được khớp không phân biệt chữ hoa chữ thường: \(DisplayText.list(names, limit: 10, in: .vi))",
                en: "column names matched regardless of case: \(DisplayText.list(names, limit: 10))")
        case .columnsPassedOver(let kept, let columns): Self.passedOverText(kept, columns)
        case .selfScoringColumns(let columns):
            LocalizedText(
                vi: "bỏ qua \(columns.count) cột kết quả do bảng tính tự tính (\(Self.listed(columns))): chiso tự tính "
                    + "kết quả từ số liệu",
                en: "left out \(columns.count) result columns the workbook computes itself (\(Self.listed(columns))): "
                    + "chiso computes the results from the data")
        default:
            measuresWithoutColumnsText
        }
    }

    /// The first few of `columns`, then how many more.
    static func listed(_ columns: [String]) -> String {
        columns.count <= 4 ? columns.joined(separator: ", ") : columns.prefix(4).joined(separator: ", ") + ", …"
    }

    private var measuresWithoutColumnsText: LocalizedText {
        guard case .measuresWithoutColumns(let keys) = self else { return LocalizedText(vi: "", en: "") }
        let list = keys.joined(separator: ", ")
        return LocalizedText(
            vi: "không có cột cho \(keys.count) tiêu chí sau, nên mọi đơn vị đều bị tính là chưa có số liệu ở các "
                + "tiêu chí đó: \(list)",
            en: "no columns for these \(keys.count) measures, which count as missing for every unit: \(list)")
    }

    /// How pandas and R write a file without its row index.
    static let indexHint = "pandas: to_csv(..., index=False); R: write.csv(..., row.names = FALSE)"

    private static func rowIndexText(_ column: Int, _ kind: RowIndexKind) -> LocalizedText {
        let how: LocalizedText =
            switch kind {
            case .fromStart(let first):
                LocalizedText(
                    vi: "đánh số các dòng \(first), \(first + 1), \(first + 2), …",
                    en: "numbers the rows \(first), \(first + 1), \(first + 2), …")
            case .increasing: LocalizedText(vi: "đánh số các dòng", en: "numbers the rows")
            case .unitID: LocalizedText(vi: "lặp lại unit_id", en: "repeats unit_id")
            }
        return LocalizedText(
            vi: "cột \(column) không có tên và \(how.vi): được đọc là cột số thứ tự dòng và bỏ qua. Lần sau hãy ghi "
                + "tệp không kèm cột đó (\(indexHint))",
            en: "column \(column) has no name and \(how.en): read as a row index and left out. Write the file "
                + "without it next time (\(indexHint))")
    }

    private static func passedOverText(_ kept: Bool, _ columns: [UnknownColumn]) -> LocalizedText {
        let vi = columns.map { $0.name + Suggestion.text($0.near, .parenthesized, in: .vi) }
        let en = columns.map { $0.name + Suggestion.text($0.near, .parenthesized, in: .en) }
        let what =
            kept
            ? LocalizedText(
                vi: "không dùng để tính điểm và được chuyển sang đầu ra CSV (--extra-columns keep)",
                en: "left out of scoring and passed through to the CSV output (--extra-columns keep)")
            : LocalizedText(vi: "bị bỏ qua (--extra-columns ignore)", en: "left out (--extra-columns ignore)")
        return LocalizedText(
            vi: "\(columns.count) cột không có trong khung đánh giá, \(what.vi): "
                + DisplayText.list(vi, limit: 10, in: .vi),
            en: "\(Plural.count(columns.count, "column")) that the framework does not have, \(what.en): "
                + DisplayText.list(en, limit: 10))
    }
}

extension AssessmentMessage {
    /// The words of the cases about rows and cells.
    var rowText: LocalizedText {
        switch self {
        case .fieldCount(let fields, let expected):
            LocalizedText(
                vi: "dòng có \(fields) ô nhưng dòng tiêu đề có \(expected); hãy xem có thiếu hay thừa dấu phân cách, "
                    + "hoặc có dấu phân cách trong một giá trị cần đặt trong ngoặc kép",
                en: "the row has \(Plural.count(fields, "field")) but the header has \(expected); check for a missing "
                    + "or extra separator, or a separator inside a value that should be quoted")
        case .wholeNumber(let low, let high):
            LocalizedText(
                vi: "cần một số nguyên từ \(low) đến \(high)", en: "expected a whole number from \(low) to \(high)")
        case .duplicateUnitID(let lines): Self.duplicateText(lines)
        case .duplicateUnitYear(let lines, let year): Self.duplicateText(lines, year: year)
        case .duplicateUnitIDAgain(let first):
            LocalizedText(
                vi: "unit_id trùng; dòng \(first) cũng có unit_id này",
                en: "duplicate unit_id; line \(first) has it too")
        case .fractionColumn(let example, let line): Self.fractionColumnText(example, line)
        case .fractionColumnsRead(let columns):
            LocalizedText(
                vi: "--fractions: \(columns.count) cột tỷ lệ phần trăm chỉ có giá trị từ 0 đến 1 được đọc là tỷ lệ "
                    + "(× 100): \(DisplayText.list(columns, limit: 10, in: .vi)); các cột khác đọc theo điểm phần trăm",
                en: "--fractions: \(Plural.count(columns.count, "percentage column")) with values from 0 to 1 only "
                    + "read as shares (× 100): \(DisplayText.list(columns, limit: 10)); any other in percentage points")
        case .loneFraction(let column, let value):
            loneFractionText(column, value)
        default:
            sideColumnText
        }
    }

    private func loneFractionText(_ column: String, _ value: Double) -> LocalizedText {
        let example = LocalizedText.number(value)
        let points = LocalizedText.number((value * 1e11).rounded() / 1e9)
        let (e, p) = (example.vi, points.vi)
        return LocalizedText(
            vi: "một phân số giữa các điểm phần trăm: các giá trị khác của \(column) là tỷ lệ phần trăm (đến 100), "
                + "nên \(e) sẽ được đọc là \(e)%. Hãy ghi \(p) nếu muốn nói \(p)%, hoặc \(e)% nếu đúng là tỷ lệ dưới "
                + "1%",
            en: "a fraction among percentage points: the other values of \(column) are percentages (up to 100), so "
                + "\(example.en) would be read as \(example.en)%. Write \(points.en) if \(points.en)% is meant, or "
                + "\(example.en)% if a share under 1% is meant")
    }

    private var sideColumnText: LocalizedText {
        guard case .sideColumn(let expected, let problem) = self else { return LocalizedText(vi: "", en: "") }
        var text = LocalizedText(vi: "cần \(expected.vi)", en: "expected \(expected.en)")
        if let problem { text = text + LocalizedText(vi: "; ", en: "; ") + problem.text }
        return text
    }

    private static func duplicateText(_ lines: [Int], year: String? = nil) -> LocalizedText {
        let others = lines.dropFirst()
        let listed = others.prefix(5).map(String.init).joined(separator: ", ")
        let place: LocalizedText
        if others.count == 1 {
            place = LocalizedText(vi: "dòng \(listed)", en: "line \(listed)")
        } else {
            let more = others.count > 5
            place = LocalizedText(
                vi: "các dòng \(listed)\(more ? " và \(others.count - 5) dòng khác" : "") (tất cả \(lines.count) dòng)",
                en: "lines \(listed)\(more ? " and \(others.count - 5) more" : "") (\(lines.count) rows in all)")
        }
        guard let year else {
            return LocalizedText(
                vi: "unit_id trùng; nó còn xuất hiện ở \(place.vi). Mỗi đơn vị chỉ được có một dòng; nếu các dòng là "
                    + "của những năm khác nhau, hãy thêm cột year ghi năm của từng dòng",
                en: "duplicate unit_id; it also stands on \(place.en). Each unit may appear once; if the rows are of "
                    + "different years, add a year column giving each row's year")
        }
        let inYear =
            year.isEmpty
            ? LocalizedText(vi: "với year trống", en: "with an empty year")
            : LocalizedText(vi: "trong năm \(year)", en: "in year \(year)")
        return LocalizedText(
            vi: "unit_id trùng \(inYear.vi); nó còn xuất hiện ở \(place.vi). Mỗi đơn vị chỉ được có một dòng mỗi năm",
            en: "duplicate unit_id \(inYear.en); it also stands on \(place.en). Each unit may appear once a year")
    }

    private static func fractionColumnText(_ example: Double, _ line: Int) -> LocalizedText {
        let shown = LocalizedText.number(example)
        let points = LocalizedText.number((example * 1e11).rounded() / 1e9)
        let (s, p) = (shown.vi, points.vi)
        return LocalizedText(
            vi: "mọi giá trị đều từ 0 đến 1 (\(s) ở dòng \(line)): trông như phân số, nhưng tỷ lệ phần trăm được đọc "
                + "theo điểm phần trăm, nên \(s) sẽ được đọc là \(s)%. Hãy ghi tỷ lệ phần trăm (\(s) thành \(p)), dùng "
                + "--fractions để đọc các cột như vậy là tỷ lệ, hoặc ghi \(s)% nếu đúng ý như vậy",
            en: "every value lies from 0 to 1 (\(shown.en) on line \(line)): these look like fractions, but "
                + "percentages are read in points, so \(shown.en) would be read as \(shown.en)%. Write percentages "
                + "(\(shown.en) as \(points.en)), give --fractions to read such columns as shares, or write "
                + "\(shown.en)% if that is meant")
    }
}
