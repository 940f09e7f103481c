import ChisoCore
import ChisoFormats
import ChisoReports

/// `chiso sample`: writes a synthetic province for trying the tool.
enum SampleCommand: Command {
    static let spec = CommandSpec(
        name: "sample",
        abstract: LocalizedText(
            vi: "Ghi các tệp dữ liệu đánh giá giả lập (tự tạo) để thử một khung đánh giá.",
            en: "Write synthetic (made-up) assessment files to try a framework."),
        discussion: LocalizedText(
            vi: """
                Không có --framework: tệp cấp huyện và tệp cấp xã của một tỉnh theo Quyết định 2361, với giá trị nhắm
                tới nhiều mức khác nhau, ghi vào --output-dir. Có --framework: --units đơn vị tự tạo cho khung đánh giá
                đó (có sẵn hoặc tệp của riêng bạn), ghi vào --output hoặc ra màn hình. Các giá trị không mô tả nơi nào
                có thật. Các tệp kèm theo trong notebooks-data/ được tạo theo cách này (xem notebooks-data/README.md).
                """,
            en: """
                Without --framework: a province's district and commune files for Decision 2361, with values aiming at
                a spread of levels, written into --output-dir. With --framework: --units made-up units for that
                framework (built-in or your own file), written to --output or standard output. The values describe no
                real place. The bundled notebooks-data/ files were made this way (see notebooks-data/README.md).
                """),
        options: [
            OptionSpec(
                name: "output-dir", valueName: "DIR",
                help: LocalizedText(
                    vi: "Thư mục chứa hai tệp của tỉnh (tệp đã có được giữ nguyên trừ khi cho --force).",
                    en: "Directory for the province's two files (existing ones are kept unless --force).")),
            OptionSpec(
                name: "framework", valueName: "ID|PATH",
                help: LocalizedText(
                    vi: "Thay vào đó, tạo các đơn vị cho khung đánh giá này.",
                    en: "Make units for this framework instead.")),
            OptionSpec(
                name: "units", valueName: "N",
                help: LocalizedText(
                    vi: "Với --framework: số đơn vị (mặc định 20).",
                    en: "With --framework: number of units (default 20).")),
            CommonOptions.editableOutput,
            CommonOptions.force,
            CommonOptions.excel,
            OptionSpec(
                name: "seed", valueName: "N",
                help: LocalizedText(vi: "Hạt giống ngẫu nhiên (mặc định 2361).", en: "Random seed (default 2361).")),
            OptionSpec(
                name: "districts", valueName: "N",
                help: LocalizedText(vi: "Số huyện (mặc định 10).", en: "Number of districts (default 10).")),
            OptionSpec(
                name: "communes", valueName: "N",
                help: LocalizedText(vi: "Tổng số xã (mặc định 120).", en: "Number of communes in all (default 120).")),
            CommonOptions.messagesLang,
        ]
    )

    static var writesEditableFiles: Bool { true }

    static func number(_ arguments: ParsedArguments, _ name: String, default value: Int, range: ClosedRange<Int>)
        throws(CommandFailure) -> Int
    {
        guard let text = arguments.value(name) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw CommandFailure(
                .wholeNumberBetween(option: name, lower: "\(range.lowerBound)", upper: "\(range.upperBound)", got: text)
            )
        }
        return number
    }

    static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
        let seed = try number(arguments, "seed", default: 2361, range: 0...Int.max)
        if let reference = arguments.value("framework") {
            let count = try number(arguments, "units", default: 20, range: 1...1_000_000)
            let (framework, _) = try FrameworksCommand.load(reference)
            let units = SyntheticUnits.generate(for: framework, count: count, seed: UInt64(seed))
            try emit(
                AssessmentWriter.csv(units, measures: framework.measures), arguments: arguments, inputs: [reference],
                console: &console)
            return .ok
        }
        guard arguments.value("output-dir") != nil else {
            throw CommandFailure(.sampleNeedsTarget)
        }
        let districtCount = try number(arguments, "districts", default: 10, range: 1...10_000)
        let communeCount = try number(arguments, "communes", default: 120, range: 0...1_000_000)
        let (district, _) = try FrameworksCommand.load("vn-2361-district")
        let (commune, _) = try FrameworksCommand.load("vn-2361-commune")
        // The province generator aims communes and districts at levels of Decision 2361's own level schemes.
        guard
            let province = SyntheticProvince.generate(
                districtScheme: district.scheme, communeScheme: commune.scheme, districtCount: districtCount,
                communeCount: communeCount, seed: UInt64(seed))
        else {
            throw CommandFailure(
                usage: LocalizedText(
                    vi: "các khung đánh giá 2361 có sẵn không phải khung đánh giá theo mức",
                    en: "the built-in 2361 frameworks are not level frameworks"))
        }
        let directory = arguments.value("output-dir") ?? "."
        let files = [
            ("sample-districts.csv", AssessmentWriter.csv(province.districts, measures: district.scheme.measures)),
            ("sample-communes.csv", AssessmentWriter.csv(province.communes, measures: commune.scheme.measures)),
        ].map { (name: $0.0, text: excelText($0.1, arguments: arguments, console: console)) }
        do {
            try OutputFile.write(files, into: directory, existing: existing(arguments))
        } catch {
            throw CommandFailure(error)
        }
        let wrote = HelpWords.wroteSample(
            directory: directory, districts: province.districts.count, communes: province.communes.count, seed: seed)
        console.printError(wrote.text.text(in: language(arguments, console)))
        return .ok
    }
}
