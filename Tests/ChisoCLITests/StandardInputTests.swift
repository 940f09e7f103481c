import ChisoCLI
import ChisoFormats
import ChisoReports
import Foundation
import Testing

/// `-` as the data file reads standard input (issue 8, point 7); here in-process, with the input injected.
@Suite struct StandardInputTests {
    static func withInput<T>(_ text: String, _ body: () -> T) -> T {
        InputFile.$standardInput.withValue(Array(text.utf8), operation: body)
    }

    @Test func dashReadsTheDataFromStandardInput() throws {
        let text = try String(contentsOfFile: communes, encoding: .utf8)
        let fromFile = chiso("score", "--framework", "vn-2361-commune", communes, "--format", "csv")
        let fromInput = Self.withInput(text) {
            chiso("score", "--framework", "vn-2361-commune", "-", "--format", "csv")
        }
        #expect(fromInput.status == .ok)
        #expect(fromInput.output == fromFile.output)
        #expect(fromInput.output.split(separator: "\n").count == 121)
    }

    @Test func explainReadsStandardInputToo() {
        let run = Self.withInput("unit_id,unit_name,CQS.01\nX1,Xã Thử,72.5\n") {
            chiso("explain", "--framework", "vn-2361-commune", "-", "--unit", "X1", "--lang", "en")
        }
        #expect(run.status == .ok)
        #expect(run.output.hasPrefix("Unit X1 — Xã Thử\n"))
    }

    @Test func problemsInStandardInputNameIt() {
        let run = Self.withInput("unit_id,CQS.01\nX1,120%\n") {
            chisoInEnglish("score", "--framework", "vn-2361-commune", "-")
        }
        #expect(run.status == .dataError)
        #expect(run.error.hasPrefix("-:2:2: error: CQS.01 \"120%\": out of range"))
    }

    @Test func standardInputCanBeReadOnlyOnce() {
        let run = Self.withInput("unit_id\nH01\n") {
            chiso("score", "--framework", "vn-2361-district", "-", "--children", "-", "--lang", "en")
        }
        #expect(run.status == .usage)
        #expect(
            run.error.hasPrefix(
                "Error: standard input (-) can be read only once; give '-' for one input file and a path for the others"
            ))
    }
}
