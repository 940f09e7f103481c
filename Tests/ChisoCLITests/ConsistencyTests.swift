import Foundation
import Testing

@testable import ChisoCLI

/// The command line behaves the same way everywhere (issue 8, point 9).
@Suite struct ConsistencyTests {
    @Test func frameworksHelpShowWorksAsTheHelpSays() {
        let help = chiso("frameworks", "help", "show", "--lang", "en")
        #expect(help.status == .ok)
        #expect(help.output.hasPrefix("OVERVIEW: Show a framework"))
        #expect(help.output.contains("USAGE: chiso frameworks show [<options>] ID|PATH\n"))
        #expect(help.output == chiso("frameworks", "show", "--help", "--lang", "en").output)
        #expect(help.output == chiso("help", "frameworks", "show", "--lang", "en").output)
        // The group's help says to do just this.
        #expect(
            chiso("frameworks", "--help", "--lang", "en").output.contains("See 'chiso frameworks help <subcommand>'"))
        let unknown = chiso("frameworks", "help", "shwo", "--lang", "en")
        #expect(unknown.status == .usage)
        #expect(unknown.error.hasPrefix("Error: unknown command 'shwo'\nUsage: chiso frameworks <subcommand>\n"))
    }

    @Test(arguments: [[], ["frameworks"]])
    func bareCommandsPrintTheirHelpAndSucceed(arguments: [String]) {
        var console = Console()
        console.languageVariable = "en"
        let status = Chiso.main(arguments, console: &console)
        #expect(status == .ok)
        #expect(console.error.isEmpty)
        #expect(console.output.hasPrefix("OVERVIEW: "))
        #expect(console.output.contains("\nSUBCOMMANDS:\n"))
        #expect(console.output == chiso(arguments + ["--help", "--lang", "en"]).output)
    }

    @Test(arguments: ["score", "explain"])
    func helpSpeaksOfTiersPointsAndRanks(command: String) {
        let help = chiso(command, "--help", "--lang", "en").output
        for word in ["level", "tier", "points", "rank"] {
            #expect(help.contains(word), "\(command) --help says nothing of \(word)s")
        }
    }

    @Test func explainHelpSnapshot() {
        #expect(
            chiso("explain", "--help", "--lang", "en").output.components(separatedBy: "\nUSAGE:").first == """
                OVERVIEW: Explain one unit's result: each criterion or node against each level or tier, and what holds it back.

                With a level framework: each criterion's value against its requirement at every level, the criteria
                that keep the unit from the next level (marked *), and the level rule applied. With a point framework:
                each node's points against its maximum and what each tier asks of it, the unit's tier and ranks, and
                why the next tier is not reached.

                """)
    }

    // MARK: --lang

    static let data = "unit_id,unit_name,CQS.01\nX1,Xã Thử,72.5\n"

    @Test func explainNamesCriteriaAndLevelsInVietnameseByDefault() throws {
        let path = try temporaryFile("x.csv", Self.data)
        let vietnamese = chiso("explain", "--framework", "vn-2361-commune", path, "--unit", "X1").output
        let lines = vietnamese.split(separator: "\n").map(String.init)
        #expect(
            lines[3].hasPrefix(
                "   Mã      Tên                               Giá trị                                 M1 Khởi động  M2 Kết nối  "
                    + "M3 Cơ bản  M4 Nâng cao  M5 Toàn diện"
            ))
        // The criterion's name beside its ID, cut to 32 characters.
        #expect(
            lines[5].hasPrefix(
                "   CQS.01  Tỷ lệ thủ tục hành chính đủ điề…  72,5%                                   ✓ ≥50%        "
                    + "✓ ≥60%      ✓ ≥70%     ✗ ≥100%      ✗ ≥100%"
            ))
        let english = chiso("explain", "--framework", "vn-2361-commune", path, "--unit", "X1", "--lang", "en").output
        let englishLines = english.split(separator: "\n").map(String.init)
        #expect(englishLines[3].contains("L1 Starting  L2 Connecting  L3 Basic  L4 Advanced  L5 Comprehensive"))
        #expect(englishLines[5].hasPrefix("   CQS.01     Share of eligible administrativ…  72.5%  "))
        // The sentences follow --lang; the English names the levels in both languages.
        #expect(lines.contains { $0.hasPrefix("- Chưa đạt Mức 1 (Khởi động): 13 tiêu chí chưa đạt: CQS.02,") })
        #expect(englishLines.contains { $0.hasPrefix("- Level 1 (Khởi động / Starting) is not reached") })
    }

    @Test func scoreTablesNameClassesInTheChosenLanguage() {
        let vietnamese = chiso("score", "--framework", "vn-2361-commune", communes)
        let english = chiso("score", "--framework", "vn-2361-commune", communes, "--lang", "en")
        #expect(
            vietnamese.output.hasSuffix(
                "\n120 đơn vị theo mức: 0 Chưa đạt mức 1: 7; 1 Khởi động: 52; 2 Kết nối: 26; 3 Cơ bản: 16; 4 Nâng cao: 5; 5 Toàn diện: 14; đạt mức đã đăng ký: 64 trên 120.\n"
            ))
        #expect(
            english.output.hasSuffix(
                "\n120 units by level: 0 Below level 1: 7; 1 Starting: 52; 2 Connecting: 26; 3 Basic: 16; 4 Advanced: 5; 5 Comprehensive: 14; meeting their registered level: 64 of 120.\n"
            ))
        // CSV and JSON carry both languages whatever --lang says.
        let csv = chiso("score", "--framework", "vn-2361-commune", communes, "--format", "csv").output
        #expect(
            chiso("score", "--framework", "vn-2361-commune", communes, "--format", "csv", "--lang", "en").output == csv)
    }

    @Test func frameworksShowNamesCriteriaInTheChosenLanguage() {
        let vietnamese = chiso("frameworks", "show", "vn-2361-commune").output
        let english = chiso("frameworks", "show", "vn-2361-commune", "--lang", "en").output
        #expect(vietnamese.contains("\nMã      Nhóm  M1 Khởi động  M2 Kết nối"))
        #expect(vietnamese.contains("Tỷ lệ thủ tục hành chính đủ điều kiện theo quy định"))
        #expect(english.contains("\nid      group  L1 Starting  L2 Connecting"))
        #expect(english.contains("Share of eligible administrative procedures"))
        #expect(!english.contains("Tỷ lệ thủ tục hành chính đủ điều kiện theo quy định"))
    }

    @Test func anUnknownLanguageIsAUsageError() {
        let run = LanguageVariableTests.chiso(
            ["score", "--framework", "vn-2361-commune", communes, "--lang", "fr"], variable: "en")
        #expect(run.status == .usage)
        #expect(run.error.hasPrefix("Error: 'fr' is not a valid value for '--lang'; expected one of: vi, en\n"))
        // Vietnamese by default, since --lang names no language.
        let vietnamese = chiso("score", "--framework", "vn-2361-commune", communes, "--lang", "fr")
        #expect(vietnamese.error.hasPrefix("Lỗi: 'fr' không phải giá trị hợp lệ của '--lang'; cần một trong: vi, en\n"))
    }

    // MARK: The README's command table

    /// The options of a command, as its help lists them.
    static func options(_ command: [String]) -> [String] {
        let help = chiso(command + ["--help", "--lang", "en"]).output
        guard let section = help.components(separatedBy: "\nOPTIONS:\n").last else { return [] }
        return section.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  --") else { return nil }
            return String(line.dropFirst(2).prefix { $0 != " " })
        }
    }

    @Test(arguments: Chiso.commandPaths)
    func theReadmeCommandTableListsEveryOption(command: [String]) throws {
        let readme = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        let start = "| `chiso \(command.joined(separator: " "))"
        let rows = readme.split(separator: "\n").filter {
            $0.hasPrefix(start + " ") || $0.hasPrefix(start + "`")
        }
        #expect(!rows.isEmpty, "no row for chiso \(command.joined(separator: " "))")
        let text = rows.joined(separator: "\n")
        for option in Self.options(command) where option != "--help" {
            #expect(text.contains("[\(option)") || text.contains(" \(option) "), "\(command): \(option)")
        }
    }
}
