import ChisoCore
import Foundation
import Testing

@testable import ChisoCLI
@testable import ChisoFormats
@testable import ChisoReports

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
                let validate = chiso("frameworks", "validate", file)
                #expect(Self.allowed.contains(validate.status))
                #expect(Self.allowed.contains(chiso("frameworks", "show", file, "--format", "csv").status))
                let template = chiso("template", "--framework", file)
                #expect(Self.allowed.contains(template.status))
                Self.expectSameVerdict(validate: validate, template: template, file: file)
                #expect(Self.allowed.contains(chiso("score", "--framework", file, data, "--skip-invalid").status))
            }
        }
    }

    /// `validate` and every command that loads a framework agree on it (one validation path), and a framework that
    /// passes makes a template whose columns are all different, regardless of case (no ID takes a data column's name).
    static func expectSameVerdict(
        validate: (status: ExitCode, output: String, error: String),
        template: (status: ExitCode, output: String, error: String), file: String
    ) {
        #expect((validate.status == .ok) == (template.status == .ok), "\(file): \(validate.error)\(template.error)")
        guard template.status == .ok, let header = template.output.split(separator: "\n").first else { return }
        let columns = header.split(separator: ",", omittingEmptySubsequences: false).map { $0.lowercased() }
        #expect(Set(columns).count == columns.count, "\(file): \(header)")
    }

    /// Edits that keep a framework file valid JSON but give it what a reader of its results could not tell apart:
    /// an ID that is a data column's name or another measure's in another case, a class named as another class (in
    /// another case, NFD, or language), a `childFramework` that leads back to the file. `validate` and `template` must agree on every one, and refuse
    /// them all.
    @Test func confusingNamesAndIDsAreRefusedByEveryCommand() throws {
        let folder = try Self.directory()
        var random = SplitMix64(seed: 17)
        var tried = 0
        for entry in FrameworkCatalog.builtIn {
            let framework = try FrameworkCatalog.load(entry.id).0
            let text = chiso("frameworks", "show", entry.id, "--format", "json").output
            let ids = framework.measures.map(\.criterionID)
            let names = framework.scheme.classes.flatMap { [$0.vi, $0.en] }
            for round in 0..<12 {
                var edited = text
                switch Int.random(in: 0..<4, using: &random) {
                case 0:
                    guard let id = ids.randomElement(using: &random) else { continue }
                    var column = AssessmentLoader.reservedColumns.randomElement(using: &random) ?? "group"
                    if Bool.random(using: &random) { column = column.uppercased() }
                    edited = edited.replacingOccurrences(of: "\"id\": \"\(id)\",", with: "\"id\": \"\(column)\",")
                case 1:
                    guard names.count >= 4 else { continue }
                    let first = Int.random(in: 0..<(names.count - 2), using: &random)
                    let second = Int.random(in: (first / 2 * 2 + 2)..<names.count, using: &random)
                    let copies = [
                        names[first], names[first].lowercased(), names[first].decomposedStringWithCanonicalMapping,
                    ]
                    let copy = copies.randomElement(using: &random) ?? names[first]
                    let key = second % 2 == 0 ? "vi" : "en"
                    edited = edited.replacingOccurrences(
                        of: "\"\(key)\": \"\(names[second])\"", with: "\"\(key)\": \"\(copy)\"")
                case 2:
                    // Another measure's ID in another case: one column for two measures.
                    guard ids.count >= 2 else { continue }
                    let pair = Array(Set(ids)).sorted().shuffled(using: &random).prefix(2)
                    guard pair.count == 2 else { continue }
                    let other = pair[1] == pair[1].lowercased() ? pair[1].uppercased() : pair[1].lowercased()
                    guard other != pair[1] else { continue }
                    edited = edited.replacingOccurrences(
                        of: "\"id\": \"\(pair[0])\",", with: "\"id\": \"\(other)\",")
                default:
                    guard framework.childFramework != nil else { continue }
                    edited = edited.replacingOccurrences(
                        of: "\"childFramework\": \"\(framework.childFramework ?? "")\"",
                        with: "\"childFramework\": \"\(entry.id)-\(round)\"")
                    edited = edited.replacingOccurrences(
                        of: "\"id\": \"\(entry.id)\"", with: "\"id\": \"\(entry.id)-\(round)\"")
                }
                guard edited != text else { continue }
                tried += 1
                let file = try Self.write(Array(edited.utf8), "\(entry.id)-\(round).json", in: folder)
                let validate = chiso("frameworks", "validate", file)
                let template = chiso("template", "--framework", file)
                #expect(validate.status == .dataError, "\(file): \(validate.output)")
                Self.expectSameVerdict(validate: validate, template: template, file: file)
            }
        }
        #expect(tried >= 50, "only \(tried) edits made")
    }

    /// How files arrive from Excel, pandas and R, and how people get them wrong: each shape on its own rows.
    enum Shape: CaseIterable {
        case semicolons, byteOrderMark, utf16LittleEndianTabs, utf16BigEndian, windows1258, pandas, rRowNames
        case trailingEmptyColumns, repeatedHeader, lowercaseHeader, fractions, duplicates, longAndControlCells
        case extraColumns, datKhongDat, thousands
    }

    /// Damaged crosswalk files, unit maps and ID maps through `crosswalk`, `regroup` and `compare`: never a crash,
    /// and whatever a damaged map still lets through carries only values that `score` reads.
    @Test func damagedAdapterMapsNeverCrash() throws {
        let folder = try Self.directory()
        var random = SplitMix64(seed: 2025)
        let dti = repository.appendingPathComponent("notebooks-data/sample-vn-dti-922-province.csv").path
        let data = ["vn-2361-commune": communes, "vn-2361-district": districts, "vn-dti-922-province": dti]
        for id in CrosswalkRun.builtIn.sorted() {
            let text = try #require(FrameworkCatalog.embeddedFile(named: "\(id).crosswalk.json"))
            for round in 0..<25 {
                let file = try Self.write(
                    Self.damaged(text, using: &random), "\(id)-\(round).crosswalk.json", in: folder)
                let coverage = chiso("crosswalk", "--map", file, "--coverage", "--format", "json")
                #expect(Self.allowed.contains(coverage.status), "\(id) round \(round)")
                guard coverage.status == .ok,
                    let object = try? JSONSerialization.jsonObject(with: Data(coverage.output.utf8)) as? [String: Any],
                    let from = object["from"] as? String, let to = object["to"] as? String, let input = data[from]
                else { continue }
                let run = chiso("crosswalk", "--map", file, input)
                #expect(Self.allowed.contains(run.status), "\(id) round \(round)")
                guard run.status == .ok else { continue }
                let output = try Self.write(Array(run.output.utf8), "out-\(id)-\(round).csv", in: folder)
                #expect(chiso("score", "--framework", to, output).status == .ok, "\(id) round \(round)")
            }
        }
        // The 63 old provinces with made-up DTI values, some left out, merged by damaged copies of the 2025 map.
        let mapText = try #require(FrameworkCatalog.embeddedFile(named: "vn-provinces-2025.csv"))
        let (records, _) = CSVReader.read(Array(mapText.utf8), file: "map")
        var provinces = "unit_id,unit_name,NT,TC,HT,NL,AT,DT,HD.CQS,HD.KTS,HD.XHS\n"
        for (index, record) in records.dropFirst().enumerated() where Int.random(in: 0..<5, using: &random) > 0 {
            let values = (0..<9).map { _ in NumberText.shortest(Double(Int.random(in: 0...1000, using: &random)) / 1000)
            }
            provinces += "P\(index),\(record.fields[0]),\(values.joined(separator: ","))\n"
        }
        let provinceFile = try Self.write(Array(provinces.utf8), "provinces.csv", in: folder)
        for round in 0..<40 {
            let map = try Self.write(Self.damaged(mapText, using: &random), "map-\(round).csv", in: folder)
            let run = chiso(
                "regroup", "--map", map, "--framework", "vn-dti-922-province", provinceFile, "--by", "unit_name",
                "--data-only")
            #expect(Self.allowed.contains(run.status), "round \(round)")
            if run.status == .ok {
                let merged = try Self.write(Array(run.output.utf8), "merged-\(round).csv", in: folder)
                #expect(chiso("score", "--framework", "vn-dti-922-province", merged).status == .ok, "round \(round)")
            }
            let scored = chiso(
                "regroup", "--map", map, "--framework", "vn-dti-922-province", provinceFile, "--by", "unit_name",
                "--format", round % 2 == 0 ? "csv" : "json")
            #expect(Self.allowed.contains(scored.status), "round \(round)")
        }
        // ID maps: renames, chains and cycles among the communes' own IDs.
        let ids = (1...6).map { "H01-X0\($0)" }
        for round in 0..<40 {
            var map = "from,to\n"
            for _ in 0..<Int.random(in: 1...5, using: &random) {
                map += "\(ids.randomElement(using: &random) ?? ""),\(ids.randomElement(using: &random) ?? "")\n"
            }
            let file = try Self.write(Self.damaged(map, using: &random), "ids-\(round).csv", in: folder)
            let run = chiso("compare", "--framework", "vn-2361-commune", communes, communes, "--id-map", file)
            #expect(Self.allowed.contains(run.status), "round \(round)")
        }
    }

    /// `rows` (header first) in `shape`, as the bytes of a file.
    static func shaped(_ rows: [[String]], _ shape: Shape, using random: inout SplitMix64) -> [UInt8] {
        var rows = rows
        var separator = ","
        switch shape {
        case .semicolons:
            separator = ";"
            rows = rows.map { $0.map { Double($0) != nil ? $0.replacingOccurrences(of: ".", with: ",") : $0 } }
        case .pandas:
            rows = rows.enumerated().map { index, row in
                [index == 0 ? "" : String(index - 1)] + row.map { Int($0) != nil ? $0 + ".0" : $0 }
            }
        case .rRowNames:
            rows = rows.enumerated().map { index, row in [index == 0 ? "" : String(index)] + row }
        case .trailingEmptyColumns:
            rows = rows.map { $0 + ["", "", ""] }
            rows.insert(Array(repeating: "", count: rows[0].count), at: rows.count / 2)
        case .repeatedHeader:
            rows.insert(rows[0], at: Int.random(in: 1...rows.count, using: &random))
        case .lowercaseHeader:
            rows[0] = rows[0].map { $0.lowercased() }
        case .fractions:
            rows = rows.map { $0.map { Double($0).map { NumberText.shortest($0 / 100) } ?? $0 } }
        case .duplicates:
            rows += Array(repeating: rows[1], count: 600)
        case .longAndControlCells:
            let row = Int.random(in: 1..<rows.count, using: &random)
            let column = Int.random(in: 0..<rows[row].count, using: &random)
            rows[row][column] = ["\u{1B}[2J\u{0}\u{200B}x", String(repeating: "9", count: 150_000)][row % 2]
        case .extraColumns:
            rows = rows.enumerated().map { index, row in row + [index == 0 ? "ghi_chu" : "ghi chú \(index)"] }
        case .datKhongDat:
            rows = rows.map { $0.map { $0 == "có" ? "Đạt" : $0 == "không" ? "Không đạt" : $0 } }
        case .thousands:
            rows = rows.map { $0.map { Int($0).map { $0 >= 10 ? "\($0).000" : String($0) } ?? $0 } }
        case .byteOrderMark, .utf16LittleEndianTabs, .utf16BigEndian, .windows1258:
            break
        }
        if shape == .utf16LittleEndianTabs { separator = "\t" }
        let text =
            rows.map { row in
                row.map { field in
                    field.contains(separator) || field.contains("\"") || field.contains("\n") || shape == .rRowNames
                        ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
                }.joined(separator: separator)
            }.joined(separator: "\r\n") + "\r\n"
        switch shape {
        case .byteOrderMark, .semicolons: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .utf16LittleEndianTabs: return [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        case .utf16BigEndian: return [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        case .windows1258: return windows1258(text)
        default: return Array(text.utf8)
        }
    }

    /// `text` as Excel writes it in Windows-1258: a letter the code page has is one byte, a tone is a combining
    /// mark after its letter.
    static func windows1258(_ text: String) -> [UInt8] {
        var byteOf: [UInt32: UInt8] = [:]
        for (offset, scalar) in Windows1258.upperHalf.enumerated() where scalar != 0 {
            byteOf[scalar] = UInt8(0x80 + offset)
        }
        let tones: Set<UInt32> = [0x300, 0x301, 0x303, 0x309, 0x323]
        var bytes: [UInt8] = []
        for character in text {
            let scalars = character.unicodeScalars.map(\.value)
            if scalars.count == 1, let scalar = scalars.first, scalar < 0x80 || byteOf[scalar] != nil {
                bytes.append(scalar < 0x80 ? UInt8(scalar) : byteOf[scalar] ?? 0x3F)
                continue
            }
            let decomposed = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
            let base = String(String.UnicodeScalarView(decomposed.filter { !tones.contains($0.value) }))
            for scalar in base.precomposedStringWithCanonicalMapping.unicodeScalars {
                bytes.append(scalar.value < 0x80 ? UInt8(scalar.value) : byteOf[scalar.value] ?? 0x3F)
            }
            for scalar in decomposed where tones.contains(scalar.value) { bytes.append(byteOf[scalar.value] ?? 0x3F) }
        }
        return bytes
    }

    /// Files in every shape above, some damaged too, through `score` and `explain` with the reading options: never a
    /// crash, never an internal error, and standard error stays brief: no line over 1 KB, a few KB in all.
    @Test func spreadsheetShapesNeverCrashAndStayBrief() throws {
        let folder = try Self.directory()
        var random = SplitMix64(seed: 1258)
        let (records, _) = CSVReader.read(Array(try String(contentsOfFile: communes, encoding: .utf8).utf8), file: "c")
        let rows = records.prefix(25).map(\.fields)
        let optionSets: [[String]] = [
            [], ["--skip-invalid"], ["--extra-columns", "keep", "--format", "csv"], ["--fractions"],
            ["--extra-columns", "ignore", "--ignore-column", "ghi_chu"], ["--skip-invalid", "--format", "json"],
        ]
        var largest = 0
        for round in 0..<96 {
            let shape = Shape.allCases[round % Shape.allCases.count]
            var bytes = Self.shaped(rows, shape, using: &random)
            if round % 3 == 2 { bytes = Self.damaged(String(decoding: bytes, as: UTF8.self), using: &random) }
            let file = try Self.write(bytes, "s\(round).csv", in: folder)
            let options = optionSets[round % optionSets.count]
            var runs = [chiso(["score", "--framework", "vn-2361-commune", file] + options)]
            runs.append(
                chiso(["explain", "--framework", "vn-2361-commune", file, "--unit", "H01-X02"] + options.prefix(2)))
            if round % 4 == 0 {
                runs.append(
                    chiso(["score", "--framework", "vn-2361-district", districts, "--children", file] + options))
            }
            for run in runs {
                #expect(Self.allowed.contains(run.status), "\(shape) round \(round)")
                let lines = run.error.split(separator: "\n")
                #expect(lines.allSatisfy { $0.utf8.count < 1_000 }, "\(shape) round \(round)")
                #expect(run.error.utf8.count < 12_000, "\(shape) round \(round): \(run.error.utf8.count) bytes")
                #expect(!run.error.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0 })
                largest = max(largest, run.error.utf8.count)
            }
        }
        #expect(largest > 1_000)  // the shapes did produce messages
    }

    /// The clean shapes read to the same levels as the plain file.
    @Test(arguments: [
        Shape.semicolons, .byteOrderMark, .utf16LittleEndianTabs, .utf16BigEndian, .windows1258, .pandas, .rRowNames,
        .trailingEmptyColumns, .repeatedHeader, .lowercaseHeader, .datKhongDat,
    ])
    func cleanShapesScoreAsThePlainFile(shape: Shape) throws {
        let folder = try Self.directory()
        var random = SplitMix64(seed: 42)
        let (records, _) = CSVReader.read(Array(try String(contentsOfFile: communes, encoding: .utf8).utf8), file: "c")
        let rows = records.prefix(30).map(\.fields)
        let plain = try Self.write(Self.shaped(rows, .extraColumns, using: &random), "plain.csv", in: folder)
        let file = try Self.write(Self.shaped(rows, shape, using: &random), "shaped.csv", in: folder)
        let expected = chiso(
            "score", "--framework", "vn-2361-commune", plain, "--format", "csv", "--ignore-column", "ghi_chu")
        let run = chiso("score", "--framework", "vn-2361-commune", file, "--format", "csv")
        #expect(expected.status == .ok)
        #expect(run.status == .ok, "\(run.error)")
        #expect(run.output == expected.output)
        #expect(run.error.split(separator: "\n").count <= 2)
    }
}
