import ChisoCore
import ChisoIO

/// `chiso sample`: writes a synthetic province for trying the tool.
enum SampleCommand: Command {
    static let spec = CommandSpec(
        name: "sample",
        abstract: "Write a synthetic (made-up) province's district and commune assessment files.",
        discussion: """
            The values are generated from a seed and aim at a spread of Decision 2361 levels; they describe no real
            place. The bundled notebooks-data/ files were made with the defaults.
            """,
        options: [
            OptionSpec(name: "output-dir", valueName: "DIR", help: "Directory to write into.", isRequired: true),
            OptionSpec(name: "seed", valueName: "N", help: "Random seed (default 2361)."),
            OptionSpec(name: "districts", valueName: "N", help: "Number of districts (default 10)."),
            OptionSpec(name: "communes", valueName: "N", help: "Number of communes in all (default 120)."),
        ]
    )

    static func number(_ arguments: ParsedArguments, _ name: String, default value: Int, range: ClosedRange<Int>)
        throws(CommandFailure) -> Int
    {
        guard let text = arguments.value(name) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw CommandFailure(
                usage: "'--\(name)' takes a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'"
            )
        }
        return number
    }

    static func run(_ arguments: ParsedArguments, console: inout Console) throws(CommandFailure) -> ExitCode {
        let seed = try number(arguments, "seed", default: 2361, range: 0...Int.max)
        let districtCount = try number(arguments, "districts", default: 10, range: 1...10_000)
        let communeCount = try number(arguments, "communes", default: 120, range: 0...1_000_000)
        let (district, _) = try FrameworksCommand.load("vn-2361-district")
        let (commune, _) = try FrameworksCommand.load("vn-2361-commune")
        guard case .levels(let districtScheme) = district.scheme, case .levels(let communeScheme) = commune.scheme
        else {
            throw CommandFailure(usage: "the built-in 2361 frameworks are not level frameworks")
        }
        let province = SyntheticProvince.generate(
            district: districtScheme,
            commune: communeScheme,
            districtCount: districtCount,
            communeCount: communeCount,
            seed: UInt64(seed)
        )
        let directory = arguments.value("output-dir") ?? "."
        let files = [
            ("sample-districts.csv", AssessmentWriter.csv(province.districts, measures: districtScheme.measures)),
            ("sample-communes.csv", AssessmentWriter.csv(province.communes, measures: communeScheme.measures)),
        ]
        do {
            try OutputFile.write(files, into: directory)
        } catch {
            throw CommandFailure(error)
        }
        console.printError(
            "wrote \(directory)/sample-districts.csv (\(province.districts.count) districts) and "
                + "\(directory)/sample-communes.csv (\(province.communes.count) communes), seed \(seed)"
        )
        return .ok
    }
}
