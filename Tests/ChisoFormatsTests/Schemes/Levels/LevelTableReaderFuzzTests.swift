import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// The level table reader on damaged tables: Decision 2361's commune annex as chiso writes it, with random cells
/// replaced by what a paste or a slip puts there. The reader never stops the process; it returns members exactly
/// when it found no error, and what it returns decodes.
@Suite struct LevelTableReaderFuzzTests {
    /// What a damaged cell may hold.
    static let damage = [
        "", " ", "Có", "Không", "x", "50%", "≥ 70%", "> 50%", "Tối thiểu 01 nhân sự", "abc", "1.1", "II", "a)", "0",
        "3 trở lên hoặc 100%", "100% xã đạt mức cơ bản", "phần trăm", "có/không", "số lượng", "mức của đơn vị cấp dưới",
        "share: phần trăm: Tỷ lệ | Share", "share: lạ", "Nguyên văn:", "≥50%\nNguyên văn: nửa", "Mức", "\u{301}",
        "1e308%", "-1", "VI", "nan", "CQS.01",
    ]

    @Test func damagedTablesAreReadOrRefusedWithErrors() throws {
        let (framework, scheme) = try Support.builtIn("vn-2361-commune")
        let written = LevelTableWriter.write(scheme)
        var random = SplitMix64(seed: 22)
        for _ in 0..<Support.fuzzCases(standard: 60) {
            var rows = written.rows
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                let row = Int.random(in: 0..<rows.count, using: &random)
                let column = Int.random(in: 0..<rows[row].count, using: &random)
                rows[row][column] = Self.damage.randomElement(using: &random) ?? ""
            }
            let levels = written.parts.first?.rows
            let input = LevelTableSupport.input(
                LevelTableSupport.records([written.header] + rows), levels: levels, info: written.info)
            let (read, problems) = try LevelTableSupport.read(input)
            let hasErrors = problems.contains { $0.severity == .error }
            #expect((read == nil) == hasErrors, "\(problems)")
            #expect(problems.allSatisfy { $0.line != nil })
            guard let read else { continue }
            // The decoder may refuse what the reader passes (a repeated ID); it reports, it does not stop.
            _ = try? LevelTableSupport.framework(read, like: framework)
        }
    }
}
