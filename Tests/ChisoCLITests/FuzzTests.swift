import ChisoCLI
import ChisoCore
import ChisoIO
import Foundation
import Testing

/// No input may crash the tool: seeded random damage to the bundled data and framework files, run through the whole
/// command line. A crash would end the test process; every run must end with a sysexits status.
@Suite struct FuzzTests {
    static let allowed: Set<ExitCode> = [.ok, .usage, .dataError, .noInput]

    /// `text` with a few random edits: bytes replaced, lines dropped or doubled, cells swapped for odd values.
    static func damaged(_ text: String, using random: inout SplitMix64) -> [UInt8] {
        var bytes = Array(text.utf8)
        let oddities = [
            "", "-1", "1e308", "NaN", "inf", "\"", "\"\"", ",", "\n", "\r", "có", "99999999999999999999", "0,5,5", "%",
            "-0", "1.", ".", "\u{FEFF}", "null", "{", "}", "[", "]", ":", "\\u", "//", "/*", "-999", "0x10", "\u{0}",
        ]
        for _ in 0..<Int.random(in: 1...6, using: &random) where !bytes.isEmpty {
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
            case 1: bytes.remove(at: at)
            case 2:
                let odd = oddities.randomElement(using: &random) ?? ""
                bytes.insert(contentsOf: Array(odd.utf8), at: at)
            case 3:
                let end = min(bytes.count, at + Int.random(in: 1...200, using: &random))
                bytes.removeSubrange(at..<end)
            default:
                let end = min(bytes.count, at + Int.random(in: 1...80, using: &random))
                bytes.insert(contentsOf: bytes[at..<end], at: at)
            }
        }
        return bytes
    }

    static func write(_ bytes: [UInt8], _ name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func damagedDataFilesNeverCrash() throws {
        let folder = try Self.directory()
        var random = SplitMix64(seed: 2361)
        let samples = [
            ("vn-2361-commune", communes),
            (
                "vn-dti-922-province",
                repository.appendingPathComponent("notebooks-data/sample-vn-dti-922-province.csv").path
            ),
            (
                "example-province-department",
                repository.appendingPathComponent("notebooks-data/sample-example-province-department.csv").path
            ),
        ]
        for (framework, path) in samples {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            for round in 0..<60 {
                let file = try Self.write(Self.damaged(text, using: &random), "d\(round).csv", in: folder)
                for format in ["table", "json"] {
                    let run = chiso("score", "--framework", framework, file, "--format", format, "--skip-invalid")
                    #expect(Self.allowed.contains(run.status), "\(framework) round \(round)")
                }
            }
        }
        let districtText = try String(contentsOfFile: districts, encoding: .utf8)
        let communeText = try String(contentsOfFile: communes, encoding: .utf8)
        for round in 0..<40 {
            let d = try Self.write(Self.damaged(districtText, using: &random), "h\(round).csv", in: folder)
            let c = try Self.write(Self.damaged(communeText, using: &random), "x\(round).csv", in: folder)
            let run = chiso("score", "--framework", "vn-2361-district", d, "--children", c, "--skip-invalid")
            #expect(Self.allowed.contains(run.status))
            let explain = chiso("explain", "--framework", "vn-2361-district", d, "--children", c, "--unit", "H01")
            #expect(Self.allowed.contains(explain.status))
        }
    }

    @Test func damagedFrameworkFilesNeverCrash() throws {
        let folder = try Self.directory()
        var random = SplitMix64(seed: 3043)
        let data = try Self.write(
            Array(try String(contentsOfFile: communes, encoding: .utf8).utf8), "data.csv", in: folder)
        for entry in FrameworkCatalog.builtIn {
            for round in 0..<25 {
                let file = try Self.write(
                    Self.damaged(entry.text, using: &random), "\(entry.id)-\(round).json", in: folder)
                #expect(Self.allowed.contains(chiso("frameworks", "validate", file).status))
                #expect(Self.allowed.contains(chiso("frameworks", "show", file, "--format", "csv").status))
                #expect(Self.allowed.contains(chiso("template", "--framework", file).status))
                #expect(Self.allowed.contains(chiso("score", "--framework", file, data, "--skip-invalid").status))
            }
        }
    }
}
