// chiso benchmarks: national-scale synthetic data (10,600 communes in 700 districts), timed in-process by stage.
// Run in release mode: swift run -c release chiso-benchmarks [--runs N] [--output FILE]
// Foundation: writing the result file and reading the command line; Glibc: spawning `chiso` and reading its
// resource use (wait4) for the whole-process figures.
import ChisoCore
import ChisoIO
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

struct Stage {
    var name: String
    var samples: [Duration] = []

    func quantile(_ q: Double) -> Duration {
        let sorted = samples.sorted()
        let index = min(Int((Double(sorted.count - 1) * q).rounded(.up)), sorted.count - 1)
        return sorted[index]
    }

    var minimum: Duration { samples.min() ?? .zero }
    var median: Duration { quantile(0.5) }
    var p90: Duration { quantile(0.9) }
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(64)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var runs = 20
var output = "benchmarks/results/latest.json"
while let argument = arguments.first {
    arguments.removeFirst()
    switch argument {
    case "--runs":
        guard let value = arguments.first.flatMap(Int.init), value > 0 else { fail("--runs takes a positive number") }
        runs = value
        arguments.removeFirst()
    case "--output":
        guard let value = arguments.first else { fail("--output takes a file name") }
        output = value
        arguments.removeFirst()
    default:
        fail("unknown argument '\(argument)'; usage: chiso-benchmarks [--runs N] [--output FILE]")
    }
}

guard case (let districtFramework, _)? = try? FrameworkCatalog.load("vn-2361-district"),
    case (let communeFramework, _)? = try? FrameworkCatalog.load("vn-2361-commune"),
    let districtScheme = districtFramework.scheme as? LevelScheme,
    let communeScheme = communeFramework.scheme as? LevelScheme
else { fail("cannot load the built-in 2361 frameworks") }

// Seeded national-scale input, rendered to CSV bytes once, outside the timings.
let province = SyntheticProvince.generate(
    district: districtScheme,
    commune: communeScheme,
    districtCount: 700,
    communeCount: 10_600,
    seed: 2361
)
let communeBytes = Array(AssessmentWriter.csv(province.communes, measures: communeScheme.measures).utf8)
let districtBytes = Array(AssessmentWriter.csv(province.districts, measures: districtScheme.measures).utf8)
let levelCount = communeScheme.levels.count
let computed = ["CHUNG.01": "computed"]

/// Keeps results alive so the optimiser cannot remove the work; printed at the end.
var checksum = 0

func parseCommunes() -> AssessmentTable {
    AssessmentLoader.load(communeBytes, file: "communes.csv", measures: communeScheme.measures, levelCount: levelCount)
}

func parseDistricts() -> AssessmentTable {
    AssessmentLoader.load(
        districtBytes,
        file: "districts.csv",
        measures: districtScheme.measures,
        levelCount: levelCount,
        computed: computed
    )
}

let parsedCommunes = parseCommunes()
let parsedDistricts = parseDistricts()
guard parsedCommunes.assessments.count == 10_600, parsedDistricts.assessments.count == 700,
    !parsedCommunes.hasErrors, !parsedDistricts.hasErrors
else { fail("the synthetic input did not parse cleanly") }
let communeResults = communeScheme.score(parsedCommunes.assessments)

// A point scheme at the same scale: 10,600 made-up units under the DTI 2021–2023 framework, with ranks.
guard case (let dtiFramework, _)? = try? FrameworkCatalog.load("vn-dti-922-province"),
    let dtiScheme = dtiFramework.scheme as? PointScheme
else { fail("cannot load the built-in DTI framework") }
let dtiUnits = SyntheticUnits.generate(for: dtiFramework, count: 10_600, seed: 922)

func rollUp(_ communes: [Assessment], districts: [Assessment]) -> [UnitResult] {
    LinkedScoring(parents: districts, scheme: districtScheme, children: communes, scheme: communeScheme).parentResults
}

let stages: [(String, () -> Int)] = [
    ("parse communes CSV (10,600 rows)", { parseCommunes().assessments.count }),
    ("parse districts CSV (700 rows)", { parseDistricts().assessments.count }),
    ("score communes", { communeScheme.score(parsedCommunes.assessments).count }),
    (
        "score communes and districts together (linked roll-up)",
        { rollUp(parsedCommunes.assessments, districts: parsedDistricts.assessments).count }
    ),
    (
        "whole pipeline (parse, score, roll up)",
        {
            let communes = parseCommunes()
            let districts = parseDistricts()
            return rollUp(communes.assessments, districts: districts.assessments).reduce(0) { $0 + $1.standing.ordinal }
        }
    ),
    (
        "score and rank 10,600 units, DTI 922 points",
        { dtiScheme.rank(dtiScheme.score(dtiUnits)).ranks.reduce(0) { $0 + ($1.first ?? 0) } }
    ),
    (
        "render commune results as CSV",
        { ResultReport.render(communeResults, ranks: .none, framework: communeFramework, format: .csv).utf8.count }
    ),
    (
        "render commune results as a table",
        { ResultReport.render(communeResults, ranks: .none, framework: communeFramework, format: .table).utf8.count }
    ),
    (
        "render commune results as JSON",
        { ResultReport.render(communeResults, ranks: .none, framework: communeFramework, format: .json).utf8.count }
    ),
]

let clock = ContinuousClock()
var measured: [Stage] = []
for (name, work) in stages {
    var stage = Stage(name: name)
    for _ in 0..<3 { checksum &+= work() }  // warm-up
    for _ in 0..<runs {
        let start = clock.now
        checksum &+= work()
        stage.samples.append(clock.now - start)
    }
    measured.append(stage)
}

func format(_ value: Double) -> String { NumberText.fixed(value, decimals: 2) }

var table = "| stage | min ms | median ms | p90 ms |\n|---|---:|---:|---:|\n"
for stage in measured {
    table += "| \(stage.name) | \(format(milliseconds(stage.minimum))) | \(format(milliseconds(stage.median))) | "
    table += "\(format(milliseconds(stage.p90))) |\n"
}
print("chiso benchmarks: 10,600 communes in 700 districts, \(runs) runs after 3 warm-ups, one thread")
print(table)
print("checksum \(checksum)")

// Whole processes: the release `chiso` beside this executable scores the same 10,600 communes from a file, once
// per output format, timed from spawn to exit, with the peak resident memory the kernel reports (wait4).
struct ProcessFigure {
    var name: String
    var seconds: [Double] = []
    var peakMegabytes = 0.0
    var outputMegabytes = 0.0
}

func runProcess(_ executable: String, _ arguments: [String]) -> (seconds: Double, peakKilobytes: Int)? {
    #if canImport(Glibc)
        var pid: pid_t = 0
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let start = ContinuousClock.now
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { return nil }
        let elapsed = milliseconds(ContinuousClock.now - start) / 1000
        return (elapsed, usage.ru_maxrss)
    #else
        return nil
    #endif
}

var processFigures: [ProcessFigure] = []
let chisoBinary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
    "chiso"
).path
if FileManager.default.isExecutableFile(atPath: chisoBinary) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-benchmarks-\(getpid())")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let communeFile = directory.appendingPathComponent("communes.csv").path
    _ = FileManager.default.createFile(atPath: communeFile, contents: Data(communeBytes))
    for format in ["csv", "table", "json"] {
        var figure = ProcessFigure(name: "chiso score --format \(format) (10,600 communes, whole process)")
        let output = directory.appendingPathComponent("out.\(format)").path
        let arguments = [
            "score", "--framework", "vn-2361-commune", communeFile, "--format", format, "--output", output,
        ]
        for run in 0..<(max(runs / 4, 3) + 1) {
            guard let (seconds, peak) = runProcess(chisoBinary, arguments) else { break }
            if run > 0 { figure.seconds.append(seconds) }  // the first run warms the file cache
            figure.peakMegabytes = max(figure.peakMegabytes, Double(peak) / 1024)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        figure.outputMegabytes = Double(size) / 1_048_576
        processFigures.append(figure)
    }
    try? FileManager.default.removeItem(at: directory)
    print("| whole process | min s | median s | peak memory MB | output MB |\n|---|---:|---:|---:|---:|")
    for figure in processFigures {
        let sorted = figure.seconds.sorted()
        let median = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
        print(
            "| \(figure.name) | \(NumberText.fixed(sorted.first ?? 0, decimals: 3)) | "
                + "\(NumberText.fixed(median, decimals: 3)) | \(NumberText.fixed(figure.peakMegabytes, decimals: 1)) | "
                + "\(NumberText.fixed(figure.outputMegabytes, decimals: 1)) |")
    }
} else {
    print("(no release chiso beside this executable: run `swift build -c release` first for the whole-process figures)")
}

var json =
    "{\n  \"input\": {\"communes\": 10600, \"districts\": 700, \"seed\": 2361},\n  \"runs\": \(runs),\n  \"stages\": [\n"
json += measured.map { stage in
    "    {\"name\": \"\(stage.name)\", \"min_ms\": \(format(milliseconds(stage.minimum))), "
        + "\"median_ms\": \(format(milliseconds(stage.median))), \"p90_ms\": \(format(milliseconds(stage.p90)))}"
}.joined(separator: ",\n")
json += "\n  ],\n  \"processes\": [\n"
json += processFigures.map { figure in
    let sorted = figure.seconds.sorted()
    return "    {\"name\": \"\(figure.name)\", \"min_s\": \(NumberText.fixed(sorted.first ?? 0, decimals: 3)), "
        + "\"median_s\": \(NumberText.fixed(sorted.isEmpty ? 0 : sorted[sorted.count / 2], decimals: 3)), "
        + "\"peak_mb\": \(NumberText.fixed(figure.peakMegabytes, decimals: 1)), "
        + "\"output_mb\": \(NumberText.fixed(figure.outputMegabytes, decimals: 1))}"
}.joined(separator: ",\n")
json += "\n  ]\n}\n"
do {
    try FileManager.default.createDirectory(
        at: URL(fileURLWithPath: output).deletingLastPathComponent(),
        withIntermediateDirectories: true
    )
    try Data(json.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
    print("wrote \(output)")
} catch {
    fail("cannot write \(output): \(error)")
}
