import ChisoCore
import Foundation
import Testing

@testable import ChisoCLI
@testable import ChisoReports

/// `--help` of every command and every usage error speak the language (issue 20, items 2 and 4, for the command
/// line itself): Vietnamese by default, English with `--lang en` wherever it stands, else `CHISO_LANG`. Option
/// names, placeholders (`DATA.csv`, `ID|PATH`) and allowed values stay as they are typed.
@Suite struct HelpLanguageTests {
    // MARK: Snapshots

    @Test func toolHelpInVietnamese() {
        let run = chiso("--help")
        #expect(run.status == .ok)
        #expect(
            run.output == """
                TỔNG QUAN: Tính điểm và giải thích các bộ chỉ số chuyển đổi số: mức độ (Quyết định 2361/QĐ-BTTTT), hoặc điểm, xếp loại và thứ hạng (Huế 3043, DTI, bộ chỉ số của riêng bạn).

                Bắt đầu với: chiso score --framework vn-2361-commune notebooks-data/sample-communes.csv

                CÁCH DÙNG: chiso <lệnh con>

                TÙY CHỌN:
                  -h, --help  Hiện hướng dẫn này.

                LỆNH CON:
                  score        Tính điểm mọi đơn vị trong tệp dữ liệu đánh giá theo một khung đánh giá: mức độ, hoặc điểm, xếp loại và thứ hạng.
                  explain      Giải thích kết quả của một đơn vị: từng tiêu chí, hoặc từng chỉ số chính và chỉ số thành phần, so với từng mức hoặc xếp loại, và điều còn cản trở đơn vị.
                  gap          Cho biết mỗi đơn vị cần thay đổi gì để đạt một mức hoặc xếp loại: giá trị hiện có, giá trị yêu cầu, khoảng cách.
                  plan         Tìm các thay đổi ít tốn kém nhất để mỗi đơn vị đạt mức hoặc xếp loại mục tiêu (phương án tối ưu chính xác).
                  whatif       Tính điểm lại khi thay đổi một số giá trị: mức hoặc xếp loại, điểm và thứ hạng trước và sau.
                  compare      So sánh kết quả giữa các khung đánh giá, các năm hay các tệp: thứ hạng, thay đổi thứ hạng, ρ, τ-b, κ và nhóm k đơn vị đứng đầu.
                  regroup      Sáp nhập đơn vị cũ thành đơn vị mới (các tỉnh năm 2025, các xã sáp nhập) và tính điểm các đơn vị mới.
                  crosswalk    Quy đổi dữ liệu từ các cột của khung đánh giá A sang các cột của khung đánh giá B bằng một bảng quy đổi, và báo cáo mức bao phủ.
                  uncertainty  Mô phỏng Monte Carlo: mức, xếp loại và thứ hạng của mỗi đơn vị chắc chắn đến đâu khi số liệu và trọng số có độ bất định.
                  sensitivity  Hệ số Sobol của từng đầu vào bất định đối với thứ hạng hoặc mức, xếp loại; quét trọng số và bỏ lần lượt từng phần.
                  report       Ghi một báo cáo HTML song ngữ, tự chứa, có biểu đồ, in đẹp trên khổ A4.
                  frameworks   Liệt kê, xem và kiểm tra các khung đánh giá, hoặc bắt đầu một khung đánh giá của riêng bạn.
                  template     Ghi một tệp CSV đánh giá trống có sẵn dòng tiêu đề đúng để nhập số liệu.
                  sample       Ghi các tệp dữ liệu đánh giá giả lập (tự tạo) để thử một khung đánh giá.

                  Xem 'chiso help <lệnh con>' để đọc hướng dẫn chi tiết.

                """
        )
    }

    @Test func toolHelpInEnglish() {
        let run = chiso("--help", "--lang", "en")
        #expect(run.status == .ok)
        #expect(
            run.output == """
                OVERVIEW: Score and explain digital-transformation indices: levels (Decision 2361/QĐ-BTTTT), or points, tiers and ranks (Huế 3043, the DTI, your own index).

                Start with: chiso score --framework vn-2361-commune notebooks-data/sample-communes.csv

                USAGE: chiso <subcommand>

                OPTIONS:
                  -h, --help  Show help information.

                SUBCOMMANDS:
                  score        Score every unit of an assessment file against a framework: levels, or points, tiers and ranks.
                  explain      Explain one unit's result: each criterion or node against each level or tier, and what holds it back.
                  gap          Show what each unit must change to reach a level or tier: value now, value required, gap.
                  plan         Find the cheapest changes that bring each unit to a target level or tier (an exact optimum).
                  whatif       Score again with some values changed: class, score and rank before and after.
                  compare      Compare results across frameworks, years or files: ranks, rank shifts, ρ, τ-b, κ and the top k.
                  regroup      Merge old units into new ones (the 2025 provinces, merged communes) and score the new units.
                  crosswalk    Translate data from framework A's columns to framework B's with a crosswalk, and report coverage.
                  uncertainty  Monte Carlo: how sure each unit's level, tier and rank are under uncertain data and weights.
                  sensitivity  Sobol indices of each uncertain input on the ranks or classes; weight sweeps and leave-one-out.
                  report       Write a self-contained, bilingual HTML report with charts that prints well on A4.
                  frameworks   List, show and validate frameworks, or start one of your own.
                  template     Write an empty assessment CSV with the right header for data entry.
                  sample       Write synthetic (made-up) assessment files to try a framework.

                  See 'chiso help <subcommand>' for detailed help.

                """
        )
    }

    @Test func scoreHelpInVietnamese() {
        let run = chiso("score", "--help")
        #expect(run.status == .ok)
        #expect(
            run.output == """
                TỔNG QUAN: Tính điểm mọi đơn vị trong tệp dữ liệu đánh giá theo một khung đánh giá: mức độ, hoặc điểm, xếp loại và thứ hạng.

                Đọc một tệp CSV dạng ngang (unit_id, unit_name nếu có, parent_id, year, rồi mỗi tiêu chí hoặc đầu vào
                một cột theo mã của nó; xem 'chiso template'). Với khung đánh giá theo mức (Quyết định 2361), lệnh in
                mức của từng đơn vị, đơn vị có đạt mức đã đăng ký hay không (registered_level), và các tiêu chí cản trở
                lên mức tiếp theo; với khung đánh giá cấp huyện, hãy cho các xã bằng --children: mức của các xã được
                tính trước rồi tổng hợp vào CHUNG.01. Với khung đánh giá tính điểm (Huế 3043, DTI, bộ chỉ số của riêng
                bạn), lệnh in điểm của từng đơn vị so với điểm tối đa, chỉ số, xếp loại, thứ hạng (trong nhóm của đơn
                vị khi tệp có cột group), và điều còn cản trở đơn vị lên xếp loại tiếp theo. Tệp dạng dài (các cột mã
                đơn vị, tiêu chí, giá trị: mỗi dòng một đơn vị và một tiêu chí, như pandas df.melt) cũng được đọc. Tệp
                nhiều năm (có cột year) được tính điểm từng năm riêng trong một lần chạy; --year YEAR chỉ đọc một năm.

                CÁCH DÙNG: chiso score --framework ID|PATH [<tùy chọn>] DATA.csv …

                THAM SỐ:
                  DATA.csv    Tệp dữ liệu đánh giá, CSV hoặc sổ tính Excel .xlsx; - đọc từ đầu vào chuẩn. Cho nhiều tệp (phieu/*.xlsx) hoặc một thư mục để chấm các phiếu từng đơn vị đã điền cùng một lần.

                TÙY CHỌN:
                  --framework <ID|PATH>     Mã một khung đánh giá có sẵn (xem 'chiso frameworks list') hoặc đường dẫn tệp khung đánh giá.
                  --children <FILE>         Tệp đánh giá (CSV hoặc .xlsx) các đơn vị cấp dưới (các xã của huyện), được tính trước rồi tổng hợp lên.
                  --children-levels <FILE>  Tệp CSV hoặc .xlsx unit_id,parent_id,level: mức đã được công nhận của các đơn vị cấp dưới, thay cho --children.
                  --format <FORMAT>         Định dạng đầu ra; table để xem trên màn hình. (table|csv|json|markdown|jsonl|xlsx)
                  --lang <LANG>             Ngôn ngữ của bảng, câu chữ, hướng dẫn và thông báo (mặc định vi, hoặc theo biến môi trường CHISO_LANG); CSV và JSON giữ tên cột tiếng Anh và ghi tên theo cả hai ngôn ngữ. (vi|en)
                  --output <FILE>           Ghi vào FILE thay vì ra màn hình; đuôi .csv, .json, .jsonl (mỗi dòng của CSV thành một đối tượng JSON trên một dòng), .md hay .xlsx (sổ tính Excel) chọn định dạng nếu không cho --format. Tệp được thay trọn vẹn một lần, không bao giờ ghi đè tệp đầu vào.
                  --excel                   Ghi CSV cho Excel mở được ngay: mở đầu bằng dấu thứ tự byte UTF-8 (để hiện đúng chữ tiếng Việt); với --lang vi (mặc định) các cột cách nhau bởi dấu ; và số thập phân dùng dấu phẩy (72,5), như Excel trên Windows cài đặt tiếng Việt; với --lang en dấu phẩy và dấu chấm thập phân. Tên cột giữ nguyên; chiso đọc lại được tệp này.
                  --skip-invalid            Tính điểm các dòng hợp lệ, liệt kê mọi dòng bị bỏ qua trên luồng lỗi chuẩn, và vẫn thoát với mã 65.
                  --ignore-column <NAME>    Bỏ qua cột NAME của tệp dữ liệu (cho nhiều lần được: mỗi lần một cột).
                  --extra-columns <MODE>    Các cột khung đánh giá không có (mặc định là lỗi): bỏ qua chúng, hoặc chuyển nguyên sang đầu ra CSV. (ignore|keep)
                  --fractions               Cột tỷ lệ phần trăm mà mọi giá trị đều từ 0 đến 1 là tỷ lệ viết dạng thập phân: đọc 0.63 thành 63%.
                  --year <YEAR>             Với tệp dữ liệu nhiều năm (có cột year, khóa là unit_id và year): chỉ đọc các dòng của năm YEAR.
                  --sheet <NAME>            Trang tính cần đọc khi tệp dữ liệu là sổ tính Excel (.xlsx); mặc định là trang đầu tiên.
                  -h, --help                Hiện hướng dẫn này.

                """
        )
    }

    @Test func scoreHelpInEnglish() {
        let run = chiso("score", "--help", "--lang", "en")
        #expect(run.status == .ok)
        #expect(
            run.output == """
                OVERVIEW: Score every unit of an assessment file against a framework: levels, or points, tiers and ranks.

                Reads a wide CSV (unit_id, optional unit_name, parent_id, year, then one column per criterion or input
                ID; see 'chiso template'). With a level framework (Decision 2361) it prints each unit's level, whether
                it meets the level it registered for (registered_level), and the criteria that keep it from the next
                level; for a district framework, give the communes with --children: their levels are computed first
                and rolled up into CHUNG.01. With a point framework (Huế 3043, the DTI, your own index) it prints each
                unit's points against the maximum, its index, its tier, its rank (within its group when the file has a
                group column), and what keeps it from the next tier. A long file (unit_id, criterion, value: one row
                per unit and criterion, as pandas' df.melt writes it) is read too. A panel (a year column) is scored
                year by year in one run; --year YEAR reads one year.

                USAGE: chiso score --framework ID|PATH [<options>] DATA.csv …

                ARGUMENTS:
                  DATA.csv    The assessment file, CSV or an Excel .xlsx workbook; - reads it from standard input. Give several files (forms/*.xlsx) or a folder to score filled per-unit forms together.

                OPTIONS:
                  --framework <ID|PATH>     A built-in framework ID (see 'chiso frameworks list') or the path of a framework file.
                  --children <FILE>         Assessment CSV or .xlsx of the subordinate units (a district's communes), scored first and rolled up.
                  --children-levels <FILE>  CSV or .xlsx unit_id,parent_id,level: the levels the subordinate units were recognised at, instead of --children.
                  --format <FORMAT>         Output format; table is for a terminal. (table|csv|json|markdown|jsonl|xlsx)
                  --lang <LANG>             Language of tables, sentences, help and messages (default vi, or the environment's CHISO_LANG); CSV and JSON keep English column names and carry names in both languages. (vi|en)
                  --output <FILE>           Write to FILE instead of standard output; .csv, .json, .jsonl (JSON Lines: each CSV row as one JSON object on a line), .md or .xlsx (an Excel workbook) choose the format unless --format is given. A file is replaced atomically, never an input.
                  --excel                   Write CSV that Excel opens in one go: a UTF-8 byte-order mark first (so Vietnamese letters show); with --lang vi (the default) fields separated by ; and decimal commas (72,5), as Excel on Windows with Vietnamese settings expects; with --lang en commas and decimal points. Column IDs are unchanged; chiso reads the file back.
                  --skip-invalid            Score the valid rows, list every skipped row on standard error, and still exit 65.
                  --ignore-column <NAME>    Leave the column NAME of the data out (repeatable: one column each time).
                  --extra-columns <MODE>    Columns the framework does not have (an error by default): leave them out, or pass them to CSV output. (ignore|keep)
                  --fractions               Percentage columns with values from 0 to 1 only hold shares: read 0.63 as 63%.
                  --year <YEAR>             For a panel (a data file with a year column, keyed by unit_id and year): read the rows of YEAR only.
                  --sheet <NAME>            The sheet to read when the data file is an Excel workbook (.xlsx); the first sheet by default.
                  -h, --help                Show help information.

                """
        )
    }

    @Test func usageErrorsInVietnamese() {
        let bogus = chiso("score", "--bogus", "x")
        #expect(bogus.status == .usage)
        #expect(bogus.output.isEmpty)
        #expect(
            bogus.error == """
                Lỗi: không có tùy chọn '--bogus'
                Cách dùng: chiso score --framework ID|PATH [<tùy chọn>] DATA.csv …
                  Xem 'chiso score --help' để biết thêm.

                """)
        let bare = chiso("score")
        #expect(bare.status == .usage)
        #expect(
            bare.error == """
                Lỗi: thiếu '--framework <ID|PATH>'
                Cách dùng: chiso score --framework ID|PATH [<tùy chọn>] DATA.csv …
                  Xem 'chiso score --help' để biết thêm.

                """)
        let near = chiso("scor")
        #expect(near.status == .usage)
        #expect(
            near.error == """
                Lỗi: không có lệnh 'scor'; có phải ý bạn là 'score'?
                Cách dùng: chiso <lệnh con>
                  Xem 'chiso --help' để biết các lệnh.

                """)
    }

    @Test func usageErrorsInEnglish() {
        let bogus = chiso("score", "--bogus", "x", "--lang", "en")
        #expect(bogus.status == .usage)
        #expect(bogus.output.isEmpty)
        #expect(
            bogus.error == """
                Error: unknown option '--bogus'
                Usage: chiso score --framework ID|PATH [<options>] DATA.csv …
                  See 'chiso score --help' for more information.

                """)
        let bare = LanguageVariableTests.chiso(["score"], variable: "en")
        #expect(bare.status == .usage)
        #expect(
            bare.error == """
                Error: missing '--framework <ID|PATH>'
                Usage: chiso score --framework ID|PATH [<options>] DATA.csv …
                  See 'chiso score --help' for more information.

                """)
    }

    /// Every problem of a command line at once, each in the language; problems a command finds itself too.
    @Test func everyUsageProblemInTheLanguage() {
        let arguments = [
            "plan", communes, "--framework", "vn-2361-commune", "--costs", communes, "--objective", "levels-gained",
            "--children", districts, "--children-levels", districts,
        ]
        let vietnamese = chiso(arguments)
        #expect(vietnamese.status == .usage)
        #expect(
            vietnamese.error.split(separator: "\n").filter { $0.hasPrefix("Lỗi: ") } == [
                "Lỗi: chỉ cho --children (số liệu của đơn vị cấp dưới, tính tại đây) hoặc --children-levels (mức đã được công nhận của chúng), không cho cả hai: không thể trộn hai nguồn trong một lần chạy",
                "Lỗi: lệnh plan không nhận --children-levels: phương án của một huyện tính chi phí các thay đổi của các xã, nên cần số liệu của các xã; hãy cho --children",
                "Lỗi: --objective nói ngân sách dùng để làm gì: hãy cho kèm --budget AMOUNT",
                "Lỗi: hãy cho --target CLASS (hoặc next, hoặc một chỉ số như 0.70); với --budget, --objective levels-gained hoặc --unit thì không cần",
            ], "\(vietnamese.error)")
        let english = chiso(arguments + ["--lang", "en"])
        #expect(english.error.split(separator: "\n").filter { $0.hasPrefix("Error: ") }.count == 4)
        #expect(english.error.contains("Error: --objective says what a budget buys: give --budget AMOUNT with it\n"))
    }

    /// The language of help: `--lang` wherever it stands, else `CHISO_LANG`, else Vietnamese; `chiso help` too.
    @Test func theLanguageOfHelp() {
        let english = chiso("score", "--help", "--lang", "en").output
        let vietnamese = chiso("score", "--help").output
        #expect(english.hasPrefix("OVERVIEW: "))
        #expect(vietnamese.hasPrefix("TỔNG QUAN: "))
        #expect(chiso("score", "--lang=en", "--help").output == english)
        #expect(chiso("help", "score", "--lang", "en").output == english)
        #expect(chiso("help", "score").output == vietnamese)
        #expect(chiso("--lang", "en", "--help").output == chiso("--help", "--lang", "en").output)
        #expect(LanguageVariableTests.chiso(["score", "--help"], variable: "en").output == english)
        #expect(LanguageVariableTests.chiso(["score", "--help", "--lang", "vi"], variable: "en").output == vietnamese)
        // Groups and their subcommands.
        #expect(chiso("frameworks").output.contains("\nLỆNH CON:\n"))
        #expect(chiso("frameworks", "help", "show", "--lang", "en").output.hasPrefix("OVERVIEW: Show a framework"))
        #expect(chiso("frameworks", "show", "--help").output.hasPrefix("TỔNG QUAN: Xem một khung đánh giá"))
    }

    /// A file written says so in the language.
    @Test func wroteInTheLanguage() throws {
        let path = try temporaryFile("template.csv", "")
        try FileManager.default.removeItem(atPath: path)
        let vietnamese = chiso("score", "--framework", "vn-2361-commune", communes, "--output", path + ".csv")
        #expect(vietnamese.error == "đã ghi \(path).csv\n")
        let english = chiso(
            "score", "--framework", "vn-2361-commune", communes, "--output", path + ".csv", "--lang", "en")
        #expect(english.error == "wrote \(path).csv\n")
    }

    /// Commands whose files do not change with the language take `--lang` for their help and messages.
    @Test func commandsWritingFilesTakeLangForTheirMessages() throws {
        let vietnamese = chiso("sample")
        #expect(vietnamese.status == .usage)
        #expect(
            vietnamese.error.hasPrefix(
                "Lỗi: hãy cho --output-dir DIR để tạo một tỉnh theo QĐ 2361, hoặc --framework ID|PATH để tạo các đơn vị "
                    + "của một khung đánh giá\nCách dùng: chiso sample [<tùy chọn>]\n"))
        let english = chiso("sample", "--lang", "en")
        #expect(
            english.error.hasPrefix(
                "Error: give --output-dir DIR for a 2361 province, or --framework ID|PATH for units of one framework\n")
        )
        let directory = URL(fileURLWithPath: try temporaryFile("x", "")).deletingLastPathComponent().path
        let province = chiso("sample", "--output-dir", directory, "--districts", "2", "--communes", "4")
        #expect(province.status == .ok)
        #expect(
            province.error
                == "đã ghi \(directory)/sample-districts.csv (2 huyện) và \(directory)/sample-communes.csv (4 xã), "
                + "hạt giống 2361\n")
        for command in [["template", "--framework", "vn-2361-commune"], ["frameworks", "schema"]] {
            let bad = chiso(command + ["--lang", "en", "--output", ""])
            #expect(bad.error.hasPrefix("Error: '--output' needs a file name"), "\(command)")
        }
        #expect(chiso("frameworks", "new", "--scheme", "dots").error.hasPrefix("Lỗi: 'dots' không phải giá trị hợp lệ"))
    }

    // MARK: Every command

    /// Every spec of the tool, walked from the command list: the tool's, each command's, each subcommand's.
    static var specs: [(path: String, spec: CommandSpec)] {
        var specs = [(path: "chiso", spec: Chiso.spec)]
        for command in Chiso.commands {
            specs.append((path: "chiso \(command.spec.name)", spec: command.spec))
            for sub in command.subcommands {
                specs.append((path: "chiso \(command.spec.name) \(sub.spec.name)", spec: sub.spec))
            }
        }
        return specs
    }

    /// Both sides of `text` filled (or, for a discussion, both empty), and precomposed.
    static func expectBoth(_ text: LocalizedText, _ what: String, mayBeEmpty: Bool = false) {
        if !mayBeEmpty || !text.vi.isEmpty || !text.en.isEmpty {
            #expect(!text.vi.isEmpty && !text.en.isEmpty, "\(what) is not in both languages")
            #expect(text.vi != text.en, "\(what): the Vietnamese is the English")
        }
        #expect(text.vi == text.vi.precomposedStringWithCanonicalMapping, "\(what) vi is not NFC")
        #expect(text.en == text.en.precomposedStringWithCanonicalMapping, "\(what) en is not NFC")
    }

    @Test func everyHelpIsInBothLanguagesInNFC() {
        #expect(Self.specs.count > 20)
        for (path, spec) in Self.specs {
            Self.expectBoth(spec.abstract, "\(path): abstract")
            Self.expectBoth(spec.discussion, "\(path): discussion", mayBeEmpty: true)
            for option in spec.options { Self.expectBoth(option.help, "\(path) --\(option.name)") }
            for argument in spec.arguments { Self.expectBoth(argument.help, "\(path) \(argument.name)") }
            let help = spec.help(path: path, language: .vi)
            #expect(help == help.precomposedStringWithCanonicalMapping, "\(path)")
        }
    }

    static let englishWords = [
        "level", "levels", "criteria", "criterion", "missing", "unit", "units", "file", "files", "show", "write",
        "writes", "the", "and", "of", "option", "options", "default", "tier", "tiers", "points", "rank", "ranks",
        "with", "for", "from", "each", "every", "is", "not", "give", "value", "values", "column", "columns",
        "framework",
        "frameworks", "data", "standard", "output", "help", "see", "error", "usage", "missing", "one", "yes", "no",
    ]

    /// The help with what is typed as it is left out: option names, placeholders (`DATA.csv`, `ID|PATH`, `FILE`),
    /// IDs (`CQS.01`, `unit_id`, `vn-2361-commune`), lists of CSV columns (`unit_id,criterion,value`), quoted
    /// commands and values, allowed values, the usage line, and the names of subcommands at the start of their lines.
    static func masked(_ help: String) throws -> String {
        let identifier = try Regex(
            #"[\w.]+(?:,[\w.…]+)+|[\w.-]*[_.\-/][\w.-]*|[a-z]+[A-Z]\w*|--[\w-]+|\b[A-Z][A-Z0-9|=,.…\[\]]*\b|'[^']*'|"[^"]*"|\([\w|, -]+\)"#
        )
        let subcommand = try Regex(#"(?m)^  [a-z]+ "#)
        let usage = try Regex(#"(?m)^(CÁCH DÙNG|USAGE): .*$"#)
        return help.replacing(usage, with: "").replacing(subcommand, with: "  ").replacing(identifier, with: " ")
    }

    @Test func theVietnameseHelpOfEveryCommandHasNoEnglishWord() throws {
        let word = try Regex(#"\b("# + Self.englishWords.joined(separator: "|") + #")\b"#).ignoresCase()
        for (path, spec) in Self.specs {
            let text = try Self.masked(spec.help(path: path, language: .vi))
            let found = text.matches(of: word).map { String(text[$0.range]) }
            #expect(found.isEmpty, "English words in '\(path) --help': \(found)\n\(text)")
            // The same words are there in English, so the check can fail.
            let english = try Self.masked(spec.help(path: path, language: .en))
            #expect(!english.matches(of: word).isEmpty, "\(path)")
        }
    }

    /// Every usage word, fixed or with sample values, has both languages in NFC.
    @Test func everyUsageWordIsInBothLanguagesInNFC() throws {
        for word in HelpWords.samples { Self.expectBoth(word.text, "\(word)") }
        let why = LocalizedText(vi: "lý do", en: "reason")
        let problems: [UsageProblem] = [
            .singleDash("-x"), .repeated(option: "format"), .takesNoValue(option: "fractions"),
            .needsValue(option: "framework", valueName: "ID|PATH"), .emptyPath(option: "output", isDirectory: false),
            .emptyPath(option: "output-dir", isDirectory: true),
            .notAllowed(value: "xml", option: "format", allowed: ["table", "csv"], near: "csv"),
            .unknownOption("bogus", near: nil), .unknownOption("framwork", near: "framework"),
            .unknownCommand("scor", near: "score"), .missingOption("framework", valueName: "ID|PATH"),
            .missingArguments(["DATA.csv"]), .unexpectedArguments(["extra"]),
            .standardInputTwice(dataFiles: 1, options: ["costs"]), .languageVariable(name: "CHISO_LANG", value: "fr"),
            .formatDisagrees(format: "csv", output: "x.json", implied: "json"),
            .extensionNotWritten(output: "x.csv", implied: "csv", allowed: ["table", "json"]),
            .extensionNotWritten(output: "x.xlsx", implied: "xlsx", allowed: []),
            .excelNotCSV(format: "table"), .workbookNeedsOutput, .childrenBoth,
            .refused(command: "plan", option: "--children-levels", why: why),
            .wholeNumberBetween(option: "units", lower: "1", upper: "1000000", got: "x"),
            .numberBetween(option: "flip", lower: "0", upper: "1", got: "2"),
            .wholeNumberFrom(option: "runs", lower: "1", got: "0"), .badTop("0"), .nothingToChange, .setNeedsUnit,
            .setMalformed("CQS.02"), .badBudget("lots"),
            .badObjective("x", allowed: ["units-at-target", "levels-gained"]),
            .objectiveNeedsBudget, .planNeedsTarget, .reportNotHTML(output: "r.csv", format: "csv"),
            .reportStandardInput, .reportNeedsPlan(option: "--budget"), .nothingUncertain, .badMissingRule("average"),
            .badRule("median"), .ruleForAllTwice,
            .ruleTwice(column: "NT"), .partialDataOnly(units: ["A"]), .partialDataOnly(units: ["A", "B"]),
            .crosswalkNeedsData, .crosswalkFormat,
            .crosswalkFramework(given: "x", id: "x", map: "m", source: "s"), .sampleNeedsTarget,
            .needsSubcommand(["list", "validate"]),
        ]
        let word = try Regex(#"\b("# + Self.englishWords.joined(separator: "|") + #")\b"#).ignoresCase()
        for problem in problems {
            Self.expectBoth(problem.text, "\(problem)")
            // Plain Vietnamese, as in help.
            let text = try Self.masked(problem.text.vi)
            #expect(text.matches(of: word).isEmpty, "English words in \(problem): \(text)")
        }
    }
}
