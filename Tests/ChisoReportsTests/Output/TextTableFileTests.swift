import ChisoFormats
import ChisoReports
import Foundation
import Testing

/// A text table streamed to an output file in pieces.
struct TextTableFileTests {
    static func contents(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    @Test func streamsATableInPieces() throws {
        let directory = try Support.temporaryDirectory()
        let rows = (0..<5_000).map { [String($0), "Xã Nghĩa Hưng \($0)", String($0 % 5)] }
        let table = TextTable(header: ["id", "name", "level"], rows: rows, rightAligned: [2])
        let tablePath = directory.appendingPathComponent("table.txt").path
        try OutputFile.stream(to: tablePath, inputs: []) { sink throws(InputError) in
            try table.plainText(into: &sink)
        }
        #expect(Self.contents(tablePath) == table.plainText())
    }
}
