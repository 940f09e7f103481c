import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// ``FrameworkTableImport`` on damaged files: the README's example annex (a CSV file) and a built-in exported as a
/// workbook, their bytes or cells mutated at random (seeded). An import never stops the process and never hangs; it
/// gives a framework exactly when it reports no error, and a framework it gives is the file it writes. Each case is
/// timed: a file that takes seconds to read would be a loop gone wrong.
@Suite struct FrameworkTableImportFuzzTests {
    /// The longest an import of a damaged file may take (a debug build reads the example in milliseconds).
    static let limit = Duration.seconds(3)

    /// Pieces a mutation splices in: what a paste, a slip or a stray marker puts into a table.
    static let pieces: [[UInt8]] = [
        ",", "\"", "\n", "\r\n", ";", "[Xếp loại]\n", "[Thông tin]\n", "[Lựa chọn]\n", "Mức 3",
        "STT,Chỉ số,Điểm tối đa\n",
        "1.1", "a)", "II", "(20 điểm)", "Có=5; Không=0", "4:20; 3:15", "a/b", "50 → 100", "x", "\u{FEFF}", "\u{0}",
        "Điểm tối đa", "≥ 90", "90% × Điểm tối đa", "NT: 90%",
    ].map { Array($0.utf8) }

    /// `bytes` damaged by one to four of: a byte changed, a piece spliced in, a range removed, a cut.
    static func mutation(of bytes: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<Int.random(in: 1...4, using: &random) where !bytes.isEmpty {
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
            case 1: bytes.insert(contentsOf: pieces.randomElement(using: &random) ?? [], at: at)
            case 2: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &random)))
            default: bytes = Array(bytes.prefix(at))
            }
        }
        return bytes
    }

    /// Checks what importing `bytes` gives; returns whether it gave a framework.
    static func check(_ bytes: [UInt8], file: String) -> Bool {
        var outcome: FrameworkTableImport.Outcome?
        let took = ContinuousClock().measure { outcome = FrameworkTableImport.read(bytes, file: file) }
        #expect(took < limit, "\(took) for \(String(decoding: bytes.prefix(2_000), as: UTF8.self))")
        guard let outcome else { return false }
        let hasErrors = outcome.problems.contains { $0.severity == .error }
        #expect((outcome.framework == nil) == hasErrors, "\(outcome.problems)")
        guard let framework = outcome.framework else { return false }
        #expect((try? FrameworkDecoder.decode(outcome.text, file: "t.json").0) == framework)
        return true
    }

    static func example() throws -> [UInt8] {
        let path = Support.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("notebooks-data/phu-luc-vi-du.csv").path
        return Array(try #require(FileManager.default.contents(atPath: path)))
    }

    static func exported(_ id: String) throws -> FrameworkTableExport.Tables {
        let (framework, _) = try FrameworkCatalog.load(id)
        return try #require(FrameworkTableExport.tables(framework))
    }

    @Test func mutatedExampleCSVFilesImportOrSayWhy() throws {
        let example = try Self.example()
        #expect(Self.check(example, file: "vi-du.csv"))
        var random = SplitMix64(seed: 2201)
        var imported = 0
        let cases = Support.fuzzCases(standard: 300)
        for _ in 0..<cases where Self.check(Self.mutation(of: example, using: &random), file: "vi-du.csv") {
            imported += 1
        }
        // Both ways are taken: some damage is harmless (a changed letter in a name), most is not.
        #expect(imported > 0 && imported < cases, "\(imported) of \(cases) imported")
    }

    @Test func mutatedWorkbookBytesImportOrSayWhy() throws {
        let workbook = try XLSXWriter.write(FrameworkTableExport.workbook(try Self.exported("vn-hue-3043")))
        #expect(Self.check(workbook, file: "hue.xlsx"))
        var random = SplitMix64(seed: 2202)
        for _ in 0..<Support.fuzzCases(standard: 120) {
            _ = Self.check(Self.mutation(of: workbook, using: &random), file: "hue.xlsx")
        }
    }

    /// What a damaged cell of an exported workbook may hold.
    static let damage = [
        "", " ", "x", "Có", "abc", "1.1", "1.1.1", "II", "a)", "0", "-1", "1e308", "nan", "(20 điểm)", "mười",
        "Có=5; Không=0", "Có=5; Không=abc", "4:20; 3:15", "a/b", "50 → 10", "phần trăm", "lạ", "dưới mức thấp nhất",
        "≥ 90", "90% × Điểm tối đa", "NX: 90%", "STT", "[Xếp loại]", "Mức 3",
    ]

    @Test(arguments: ["vn-hue-3043", "vn-2361-commune"])
    func workbooksWithDamagedCellsImportOrSayWhy(id: String) throws {
        let tables = try Self.exported(id)
        var random = SplitMix64(seed: 2203)
        var outcomes: [Bool] = []
        for _ in 0..<Support.fuzzCases(standard: 40) {
            var damaged = tables
            for _ in 0..<Int.random(in: 1...5, using: &random) {
                let row = Int.random(in: 0..<damaged.main.count, using: &random)
                guard !damaged.main[row].isEmpty else { continue }
                let column = Int.random(in: 0..<damaged.main[row].count, using: &random)
                damaged.main[row][column] = Self.damage.randomElement(using: &random) ?? ""
            }
            let bytes = try XLSXWriter.write(FrameworkTableExport.workbook(damaged))
            outcomes.append(Self.check(bytes, file: "\(id).xlsx"))
        }
        #expect(outcomes.contains(false))
    }
}
