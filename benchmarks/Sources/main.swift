// chiso benchmarks: national-scale synthetic data (10,600 communes in 700 districts), timed in-process by stage.
// Run in release mode: swift run -c release chiso-benchmarks [--runs N] [--output FILE]
// Foundation: writing the result file and reading the command line; Glibc: spawning `chiso` and reading its
// resource use (wait4) for the whole-process figures.
import ChisoCore
import ChisoFormats
import ChisoReports
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
/// With `--stage TEXT`, only the in-process stages whose name contains TEXT run (for profiling one stage); the
/// whole-process figures and the peer are skipped and no results file is written.
var stageFilter: String?
/// With `--process TEXT`, only the whole-process jobs whose name contains TEXT run, and nothing else (for timing
/// one command as a whole); its inputs and outputs are kept for profiling and no results file is written.
var processFilter: String?
/// With `--threads N`, the uncertainty stages run on N threads instead of one per core.
var threadOption: Int?
while let argument = arguments.first {
    arguments.removeFirst()
    switch argument {
    case "--runs":
        guard let value = arguments.first.flatMap(Int.init), value > 0 else { fail("--runs takes a positive number") }
        runs = value
        arguments.removeFirst()
    case "--stage":
        guard let value = arguments.first else { fail("--stage takes part of a stage's name") }
        stageFilter = value
        arguments.removeFirst()
    case "--process":
        guard let value = arguments.first else { fail("--process takes part of a whole-process job's name") }
        processFilter = value
        arguments.removeFirst()
    case "--threads":
        guard let value = arguments.first.flatMap(Int.init), value > 0 else {
            fail("--threads takes a positive number")
        }
        threadOption = value
        arguments.removeFirst()
    case "--output":
        guard let value = arguments.first else { fail("--output takes a file name") }
        output = value
        arguments.removeFirst()
    default:
        fail(
            "unknown argument '\(argument)'; usage: chiso-benchmarks [--runs N] [--output FILE] [--stage TEXT] [--process TEXT] "
                + "[--threads N]"
        )
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

// Whole processes: the release `chiso` beside this executable scores the same 10,600 communes from a file, once
// per output format, timed from spawn to exit, with the peak resident memory the kernel reports (wait4). This runs
// first, while this process is still small: Linux counts the pages a child shares with its parent before exec in
// the child's peak, so the figure is the larger of chiso's own peak and this process's size at that point.
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
        // Flush what this process has printed, so that the child cannot write it again.
        fflush(nil)  // every output stream
        let start = ContinuousClock.now
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { return nil }
        // A run that failed measured nothing: its figure is left out rather than reported.
        guard status == 0 else {
            print("(\(arguments.first ?? "") failed with status \(status): no figure)")
            return nil
        }
        let elapsed = milliseconds(ContinuousClock.now - start) / 1000
        return (elapsed, usage.ru_maxrss)
    #else
        return nil
    #endif
}

/// A CSV file's records as the first sheet of a workbook: numbers as numbers, the rest as text, a bold header.
func workbook(ofCSV bytes: [UInt8]) -> [UInt8] {
    let records = CSVReader.read(bytes, file: "data.csv").records
    let rows = records.enumerated().map { index, record in
        record.fields.map { field -> WorkbookCell in
            if index == 0 { return .text(field, style: .header) }
            return Double(field).map { .number($0) } ?? .text(field)
        }
    }
    do {
        return try XLSXWriter.write(
            WorkbookDocument(sheets: [WorkbookSheet(name: "Dữ liệu", rows: rows, frozenRows: 1)]))
    } catch {
        fail("xlsx: \(error)")
    }
}

/// Writes the per-unit forms of the first `count` units of a CSV into `directory`, filled in: the identity block's
/// year and each criterion's value (numbers as numbers, words as text).
func writeForms(of bytes: [UInt8], count: Int, into directory: String) {
    let records = CSVReader.read(bytes, file: "data.csv").records
    let header = records[0].fields
    let origin = WorkbookOrigin(
        output: "forms", frameworks: [communeFramework], commandLine: "chiso template", made: "2026-01-01T00:00:00Z",
        inputs: [], language: .vi)
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    for record in records.dropFirst().prefix(count) {
        let value = { (id: String) in header.firstIndex(of: id).map { record.fields[$0] } ?? "" }
        let unit = UnitFormWorkbook.Unit(id: value("unit_id"), name: value("unit_name"), parentID: value("parent_id"))
        var document = UnitFormWorkbook.document(communeFramework, units: [unit], origin: origin)
        for index in document.sheets[0].rows.indices {
            guard case .text(let label)? = document.sheets[0].rows[index].first?.value else { continue }
            let id =
                label == "Năm" ? "year" : header.contains(label) && index + 1 >= UnitForm.firstCriterionRow ? label : ""
            let text = value(id)
            guard !id.isEmpty, !text.isEmpty else { continue }
            let column = id == "year" ? 1 : document.sheets[0].rows[index].count - 3
            document.sheets[0].rows[index][column].value = Double(text).map { .number($0) } ?? .text(text)
        }
        guard let bytes = try? XLSXWriter.write(document) else { fail("forms") }
        _ = FileManager.default.createFile(atPath: "\(directory)/\(unit.id).xlsx", contents: Data(bytes))
    }
}

var processFigures: [ProcessFigure] = []
let chisoBinary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
    "chiso"
).path
if stageFilter == nil, FileManager.default.isExecutableFile(atPath: chisoBinary) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-benchmarks-\(getpid())")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let communeFile = directory.appendingPathComponent("communes.csv").path
    _ = FileManager.default.createFile(atPath: communeFile, contents: Data(communeBytes))
    let districtFile = directory.appendingPathComponent("districts.csv").path
    _ = FileManager.default.createFile(atPath: districtFile, contents: Data(districtBytes))
    // The same communes as an Excel workbook, as an office would hand them in: numbers as numbers, the rest text.
    let communeWorkbook = directory.appendingPathComponent("communes.xlsx").path
    _ = FileManager.default.createFile(atPath: communeWorkbook, contents: Data(workbook(ofCSV: communeBytes)))
    var jobs: [(name: String, output: String, arguments: [String])] = ["csv", "table", "json", "xlsx"].map { format in
        let output = directory.appendingPathComponent("out.\(format)").path
        return (
            "chiso score --format \(format) (10,600 communes, whole process)", output,
            ["score", "--framework", "vn-2361-commune", communeFile, "--format", format, "--output", output]
        )
    }
    // 500 per-unit forms, as communes send them back: chiso's own form with the identity and values filled in.
    let formsDirectory = directory.appendingPathComponent("forms").path
    writeForms(of: communeBytes, count: 500, into: formsDirectory)
    let fromForms = directory.appendingPathComponent("from-forms.csv").path
    jobs.append(
        (
            "chiso score 500 per-unit forms (a folder of .xlsx, whole process)", fromForms,
            ["score", "--framework", "vn-2361-commune", formsDirectory, "--format", "csv", "--output", fromForms]
        ))
    let fromWorkbook = directory.appendingPathComponent("from-xlsx.csv").path
    jobs.append(
        (
            "chiso score from .xlsx --format csv (10,600 communes, whole process)", fromWorkbook,
            ["score", "--framework", "vn-2361-commune", communeWorkbook, "--format", "csv", "--output", fromWorkbook]
        ))
    // The HTML report: every summary of all communes, an index of units and two units explained; then the 700
    // districts with their communes rolled up, every district explained.
    let report = directory.appendingPathComponent("report.html").path
    let named = [province.communes.first, province.communes.last].compactMap { $0?.unit.id }.joined(separator: ",")
    jobs.append(
        (
            "chiso report --unit (2 units) (10,600 communes, whole process)", report,
            ["report", "--framework", "vn-2361-commune", communeFile, "--unit", named, "--output", report]
        ))
    let districtReport = directory.appendingPathComponent("districts.html").path
    jobs.append(
        (
            "chiso report (700 districts with 10,600 communes, whole process)", districtReport,
            [
                "report", "--framework", "vn-2361-district", districtFile, "--children", communeFile, "--unit",
                province.districts.first?.unit.id ?? "", "--output", districtReport,
            ]
        ))
    for job in jobs where processFilter.map({ job.name.contains($0) }) ?? true {
        var figure = ProcessFigure(name: job.name)
        for run in 0..<(max(runs / 4, 3) + 1) {
            guard let (seconds, peak) = runProcess(chisoBinary, job.arguments) else { break }
            if run > 0 { figure.seconds.append(seconds) }  // the first run warms the file cache
            figure.peakMegabytes = max(figure.peakMegabytes, Double(peak) / 1024)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: job.output)[.size] as? Int) ?? 0
        figure.outputMegabytes = Double(size) / 1_048_576
        processFigures.append(figure)
    }
    if processFilter == nil {
        try? FileManager.default.removeItem(at: directory)
    } else {
        print("(inputs and outputs kept in \(directory.path), for profiling)")
    }
    print("| whole process | min s | median s | peak memory MB | output MB |\n|---|---:|---:|---:|---:|")
    for figure in processFigures {
        let sorted = figure.seconds.sorted()
        let median = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
        print(
            "| \(figure.name) | \(NumberText.fixed(sorted.first ?? 0, decimals: 3)) | "
                + "\(NumberText.fixed(median, decimals: 3)) | \(NumberText.fixed(figure.peakMegabytes, decimals: 1)) | "
                + "\(NumberText.fixed(figure.outputMegabytes, decimals: 1)) |")
    }
    if processFilter != nil { exit(0) }
} else if stageFilter == nil {
    if processFilter != nil { fail("no release chiso beside this executable: run `swift build -c release` first") }
    print("(no release chiso beside this executable: run `swift build -c release` first for the whole-process figures)")
}

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

// Planning at the same scale: a seeded cost model for every measure, plans to the next level for every commune and
// every district (with its communes), plans to a tier with floors for 10,600 units of a made-up framework with 32
// leaves, and budget allocations across 1,000 communes.
func seededCosts(_ measures: [Measure], seed: UInt64) -> CostModel {
    var random = SplitMix64(seed: seed)
    var rates: [Int: CostModel.Rate] = [:]
    for index in measures.indices {
        rates[index] = CostModel.Rate(
            perUnit: Double(Int.random(in: 1...20, using: &random)),
            fixed: Double(Int.random(in: 0...100, using: &random)))
    }
    return CostModel(defaults: rates)
}
let communeCosts = seededCosts(communeScheme.measures, seed: 9)
let districtCosts = seededCosts(districtScheme.measures, seed: 10)
let linkedProvince = LinkedScoring(
    parents: parsedDistricts.assessments, scheme: districtScheme, children: parsedCommunes.assessments,
    scheme: communeScheme)

func planCommunes() -> Int {
    var reached = 0
    for (assessment, result) in zip(parsedCommunes.assessments, communeResults) where result.standing.ordinal < 5 {
        let plan = communeScheme.cheapestPlan(
            for: assessment, target: result.standing.ordinal + 1, costs: communeCosts, subordinates: nil)
        if plan.cost != nil { reached += 1 }
    }
    return reached
}

func planDistricts() -> Int {
    var reached = 0
    for (index, result) in linkedProvince.parentResults.enumerated() where result.standing.ordinal < 5 {
        let plan = linkedProvince.cheapestPlan(
            parent: index, target: result.standing.ordinal + 1, costs: districtCosts, childCosts: communeCosts)
        if plan.cost != nil { reached += 1 }
    }
    return reached
}

/// A made-up point framework with 32 leaves under 8 pillars (every leaf rule), 3 tiers with floors on pillars.
let planningFramework: PointScheme = {
    let text = { (value: String) in LocalizedText(vi: value, en: value) }
    let rules: [LeafRule] = [
        .proportional, .ratio, .points, .yesNo, .linear(floor: 20, target: 80),
        .steps([LeafRule.Step(atLeast: 90, points: 4), LeafRule.Step(atLeast: 60, points: 2)]),
        .choice([
            LeafRule.Choice(category: MeasureCategory(value: "a", name: text("a")), points: 0),
            LeafRule.Choice(category: MeasureCategory(value: "b", name: text("b")), fraction: 0.5),
            LeafRule.Choice(category: MeasureCategory(value: "c", name: text("c")), fraction: 1),
        ]),
    ]
    let pillars = (0..<8).map { pillar in
        PointNode(
            id: "P\(pillar)", name: text("P\(pillar)"), maximum: nil,
            children: (0..<4).map { leaf in
                PointNode(
                    id: "P\(pillar).\(leaf)", name: text("leaf"), maximum: 4,
                    rule: rules[(pillar * 4 + leaf) % rules.count])
            })
    }
    return PointScheme(
        roots: pillars,
        tiers: [
            Tier(name: text("C"), minimum: 50, floors: [Tier.Floor(node: "P0", fraction: 0.3)]),
            Tier(name: text("B"), minimum: 70, floors: (0..<8).map { Tier.Floor(node: "P\($0)", fraction: 0.5) }),
            Tier(name: text("A"), minimum: 100, floors: (0..<8).map { Tier.Floor(node: "P\($0)", fraction: 0.7) }),
        ])
}()
let planningFrameworkFile = Framework(
    id: "bench-points", name: LocalizedText(vi: "b", en: "b"), unitType: LocalizedText(vi: "u", en: "u"),
    provenance: Provenance(
        decision: "-", date: "-", issuer: LocalizedText(vi: "-", en: "-"), title: LocalizedText(vi: "-", en: "-")),
    scheme: planningFramework)
let pointUnits = SyntheticUnits.generate(for: planningFrameworkFile, count: 10_600, seed: 32)
let pointCosts = seededCosts(planningFramework.measures, seed: 11)

func planPoints() -> Int {
    var reached = 0
    for unit in pointUnits {
        let current = planningFramework.score(unit).standing.ordinal
        guard current < 3 else { continue }
        let plan = planningFramework.cheapestPlan(for: unit, target: current + 1, costs: pointCosts, subordinates: nil)
        if plan.cost != nil { reached += 1 }
    }
    return reached
}

/// A knapsack: 30 yes/no leaves of 10 to 40 points (even), tiers that need an odd number of points, and costs within
/// 0.1% of proportional to points, so that every relaxation is almost tight (issue 17: the branch and bound alone
/// did not finish one such unit in 120 s; the planner's dynamic programme over points takes over).
let knapsackFramework: PointScheme = {
    let text = { (value: String) in LocalizedText(vi: value, en: value) }
    var random = SplitMix64(seed: 30)
    let worth = (0..<30).map { _ in Double(2 * Int.random(in: 5...20, using: &random)) }
    let total = worth.reduce(0, +)
    return PointScheme(
        roots: worth.indices.map { PointNode(id: "Y\($0)", name: text("Y"), maximum: worth[$0], rule: .yesNo) },
        tiers: [0.4, 0.55, 0.7].map { share in
            Tier(name: text("\(share)"), minimum: 2 * (total * share / 2).rounded() + 1)
        })
}()
let knapsackCosts: CostModel = {
    var random = SplitMix64(seed: 31)
    var rates: [Int: CostModel.Rate] = [:]
    for (leaf, node) in knapsackFramework.roots.enumerated() {
        rates[leaf] = CostModel.Rate(
            perUnit: (node.maximum ?? 0) * 1000 + Double(Int.random(in: 0...9, using: &random)))
    }
    return CostModel(defaults: rates)
}()
let knapsackUnits: [Assessment] = {
    var random = SplitMix64(seed: 32)
    return (0..<100).map { unit in
        Assessment(
            unit: UnitInfo(id: "K\(unit)"),
            values: (0..<30).map { _ in Int.random(in: 0..<4, using: &random) == 0 ? 1 : 0 })
    }
}()

func planKnapsacks() -> Int {
    var reached = 0
    for unit in knapsackUnits {
        let current = knapsackFramework.score(unit).standing.ordinal
        guard current < 3 else { continue }
        let plan = knapsackFramework.cheapestPlan(
            for: unit, target: current + 1, costs: knapsackCosts, subordinates: nil)
        if plan.cost != nil, plan.isProvedOptimal { reached += 1 }
    }
    return reached
}

let budgetCommunes = Array(zip(parsedCommunes.assessments, communeResults).prefix(1_000))
let budgetLadders: [[(gain: Int, cost: Double)]] = budgetCommunes.map { assessment, result in
    let current = result.standing.ordinal
    guard current < 5 else { return [] }
    return (current + 1...5).compactMap { target in
        communeScheme.cheapestPlan(for: assessment, target: target, costs: communeCosts, subordinates: nil).cost.map {
            (target - current, $0)
        }
    }
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

/// A worksheet part shaped like the national commune sheet: 10,600 rows of 25 cells (shared strings, numbers,
/// percent-styled values, booleans), about 10 MB of XML.
let sheetXML: [UInt8] = {
    var xml = #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="x"><sheetData>"#
    for row in 1...10_600 {
        xml += #"<row r="\#(row)">"#
        for column in 1...25 {
            let reference = CellReference(row: row, column: column).description
            switch column % 4 {
            case 0: xml += #"<c r="\#(reference)" t="s"><v>\#(row * 7 % 5000)</v></c>"#
            case 1: xml += #"<c r="\#(reference)" s="2"><v>0.\#(row % 997)</v></c>"#
            case 2: xml += #"<c r="\#(reference)" t="b"><v>\#(row % 2)</v></c>"#
            default: xml += #"<c r="\#(reference)" s="1"><v>\#(row * column)</v></c>"#
            }
        }
        xml += "</row>"
    }
    return Array((xml + "</sheetData></worksheet>").utf8)
}()

let planningStages: [(String, () -> Int)] = [
    (
        "scan a 10,600-row worksheet part (\(sheetXML.count / 1_000_000) MB)",
        {
            (try? XLSXWorksheet(parsing: sheetXML))?.rows.count ?? 0
        }
    ),
    ("plan every commune to its next level (10,600)", planCommunes),
    ("plan every district to its next level with its communes (700)", planDistricts),
    ("plan 10,600 units to their next tier, 32 leaves with floors", planPoints),
    ("plan 100 units to their next tier, 30 yes/no leaves, costs ∝ points (knapsack)", planKnapsacks),
    (
        "budget across 1,000 communes, most units at their next level",
        { BudgetAllocation.mostUnits(costs: budgetLadders.map { $0.first?.cost }, budget: 50_000).funded.count }
    ),
    (
        "budget across 1,000 communes, most levels gained",
        { BudgetAllocation.mostClassesGained(options: budgetLadders, budget: 50_000).gained }
    ),
]

/// The commune results as a CSV in a ZIP entry, as an `.xlsx` part will be: deflated, with its CRC-32.
func zipCommuneResults() -> [UInt8] {
    var writer = ZipWriter()
    do { try writer.add("results.csv", contents: communeResultsCSV) } catch { fail("zip: \(error)") }
    return writer.finish()
}

let communeResultsCSV = Array(
    ResultReport.render(communeResults, ranks: .none, framework: communeFramework, format: .csv).utf8)
let zippedCommuneResults = zipCommuneResults()

/// The commune results as a workbook's cells: numbers as numbers, the rest as text, a bold frozen header.
let communeResultsSheet: WorkbookSheet = {
    let records = CSVReader.read(communeResultsCSV, file: "results.csv").records
    let rows = records.enumerated().map { index, record in
        record.fields.map { field -> WorkbookCell in
            if index == 0 { return .text(field, style: .header) }
            return Double(field).map { .number($0) } ?? .text(field)
        }
    }
    return WorkbookSheet(name: "Kết quả", rows: rows, frozenRows: 1, hasFilter: true)
}()

let zipStages: [(String, () -> Int)] = [
    (
        "write commune results as an .xlsx workbook (10,600 rows)",
        {
            do { return try XLSXWriter.write(WorkbookDocument(sheets: [communeResultsSheet])).count } catch {
                fail("xlsx: \(error)")
            }
        }
    ),
    ("zip commune results CSV (fixed-Huffman deflate, CRC-32)", { zipCommuneResults().count }),
    (
        "unzip commune results CSV (inflate, CRC-32)",
        {
            do { return try ZipReader(zippedCommuneResults).contents(named: "results.csv").count } catch {
                fail("unzip: \(error)")
            }
        }
    ),
]

let clock = ContinuousClock()
var measured: [Stage] = []
for (name, work) in stages + planningStages + zipStages where stageFilter.map({ name.contains($0) }) ?? true {
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
// Uncertainty: Monte Carlo runs timed once each after a short warm-up, on every core.
/// A composite index built like the ASEM example COINr ships: 51 units, 49 ratio leaves in 8 pillars under 2
/// sub-indices (a 4-level tree counting the index itself).
let asemFramework: Framework = {
    let text = { (value: String) in LocalizedText(vi: value, en: value) }
    var leaf = 0
    let subIndices = (0..<2).map { sub in
        PointNode(
            id: "S\(sub)", name: text("S\(sub)"), maximum: nil,
            children: (0..<4).map { pillar in
                let count = sub == 1 && pillar == 3 ? 7 : 6
                return PointNode(
                    id: "S\(sub).P\(pillar)", name: text("P"), maximum: nil,
                    children: (0..<count).map { _ in
                        leaf += 1
                        return PointNode(id: "L\(leaf)", name: text("L"), maximum: 12.5 / Double(count), rule: .ratio)
                    })
            })
    }
    return Framework(
        id: "bench-asem", name: text("asem"), unitType: text("u"),
        provenance: Provenance(decision: "-", date: "-", issuer: text("-"), title: text("-")),
        scheme: PointScheme(roots: subIndices, precision: 4))
}()
let asemUnits = SyntheticUnits.generate(for: asemFramework, count: 51, seed: 51)
let asemSpec = UncertaintySpec(weights: UncertaintySpec.WeightNoise(depths: [0, 1], amplitude: 0.25))
let asemAnalysis = MonteCarlo(scheme: asemFramework.scheme, assessments: asemUnits, spec: asemSpec)
let cores = threadOption ?? ProcessInfo.processInfo.activeProcessorCount
let nationalSpec = UncertaintySpec(noise: [
    UncertaintySpec.DataNoise(
        measures: communeScheme.measures.indices.filter { communeScheme.measures[$0].kind != .yesNo }, absolute: 3),
    UncertaintySpec.DataNoise(
        measures: communeScheme.measures.indices.filter { communeScheme.measures[$0].kind == .yesNo }, flip: 0.05),
])
let nationalAnalysis = MonteCarlo(scheme: communeScheme, assessments: parsedCommunes.assessments, spec: nationalSpec)
var uncertaintyFigures: [(String, Double)] = []
for (name, analysis, runs) in stageFilter.map({ "uncertainty".contains($0) }) ?? true
    ? [
        ("uncertainty, N = 1,000: 51 units, 49 leaves, weights ±25% at two levels", asemAnalysis, 1_000),
        (
            "uncertainty, N = 1,000: 10,600 communes under 2361, data noise and 5% wrong answers", nationalAnalysis,
            1_000
        ),
    ] : []
{
    checksum &+= analysis.runOnThreads(runs: 16, seed: 1, threads: cores).runs  // warm-up
    let start = clock.now
    checksum &+= analysis.runOnThreads(runs: runs, seed: 1, threads: cores).runs
    uncertaintyFigures.append((name, milliseconds(clock.now - start) / 1000))
}
if stageFilter.map({ "uncertainty".contains($0) }) ?? true {
    // A Sobol design on the same index: two groups of leaves with ±5% noise and the weights at two levels, 4
    // groups, N = 1,000: 6,000 scorings of the 51 units.
    let half = asemFramework.measures.count / 2
    let sobolSpec = UncertaintySpec(
        noise: [
            UncertaintySpec.DataNoise(measures: Array(0..<half), relative: 0.05, name: "survey leaves"),
            UncertaintySpec.DataNoise(
                measures: Array(half..<asemFramework.measures.count), relative: 0.05, name: "statistics leaves"),
        ],
        weights: UncertaintySpec.WeightNoise(depths: [0, 1], amplitude: 0.25))
    let sobolAnalysis = MonteCarlo(scheme: asemFramework.scheme, assessments: asemUnits, spec: sobolSpec)
    checksum &+= sobolAnalysis.sensitivity(target: .rankShift, samples: 20, seed: 1, threads: cores).evaluations
    let start = clock.now
    let design = sobolAnalysis.sensitivity(target: .rankShift, samples: 1_000, seed: 1, threads: cores)
    uncertaintyFigures.append(
        (
            "Sobol design, N = 1,000, 4 groups (\(design.evaluations) runs): 51 units, 49 leaves",
            milliseconds(clock.now - start) / 1000
        ))
}
if !uncertaintyFigures.isEmpty {
    print("\n| uncertainty (\(cores) cores) | seconds |\n|---|---:|")
    for (name, seconds) in uncertaintyFigures { print("| \(name) | \(NumberText.fixed(seconds, decimals: 2)) |") }
}

if stageFilter != nil { exit(0) }

// The same point-planning problems for a peer: the first 1,000 units' covering problems, written as JSON, solved
// one by one with HiGHS through SciPy (scipy.optimize.milp) by benchmarks/peer_milp.py when Python with SciPy is
// present; the script checks that both find the same least costs.
let peerUnits = Array(pointUnits.prefix(1_000))
var peerJSON = "["
var swiftPeerCosts: [Double?] = []
let peerStart = clock.now
for unit in peerUnits {
    let current = planningFramework.score(unit).standing.ordinal
    guard current < 3 else {
        swiftPeerCosts.append(0)
        continue
    }
    swiftPeerCosts.append(
        planningFramework.cheapestPlan(for: unit, target: current + 1, costs: pointCosts, subordinates: nil).cost)
}
let swiftPeerSeconds = milliseconds(clock.now - peerStart) / 1000
for (position, unit) in peerUnits.enumerated() {
    let current = planningFramework.score(unit).standing.ordinal
    let problems =
        current < 3 ? planningFramework.planningProblems(for: unit, target: current + 1, costs: pointCosts) : []
    let described = problems.map { problem -> String in
        let leaves = problem.options.map { option -> String in
            switch option {
            case .continuous(let jump, let slope, let range):
                return "{\"jump\": \(jump), \"slope\": \(slope), \"range\": \(range)}"
            case .discrete(let choices):
                return "{\"choices\": [" + choices.map { "[\($0.gain), \($0.cost)]" }.joined(separator: ", ") + "]}"
            }
        }
        let constraints = problem.constraints.map { constraint in
            "{\"members\": \(constraint.members), \"need\": \(constraint.need)}"
        }
        return "{\"leaves\": [" + leaves.joined(separator: ", ") + "], \"constraints\": ["
            + constraints.joined(separator: ", ") + "]}"
    }
    let cost = swiftPeerCosts[position].map { "\($0)" } ?? "null"
    peerJSON +=
        (position == 0 ? "\n" : ",\n") + "{\"swift_cost\": \(cost), \"problems\": [" + described.joined(separator: ", ")
        + "]}"
}
peerJSON += "\n]\n"
let peerFile = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-planning-problems.json").path
let peerFileWritten = FileManager.default.createFile(atPath: peerFile, contents: Data(peerJSON.utf8))
print("\npoint plans for 1,000 units (same problems as the peer): \(NumberText.fixed(swiftPeerSeconds, decimals: 3)) s")
let peerScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("peer_milp.py").path
if !peerFileWritten {
    print("peer skipped: cannot write \(peerFile)")
} else if FileManager.default.fileExists(atPath: "/usr/bin/env"), FileManager.default.fileExists(atPath: peerScript),
    let (seconds, _) = runProcess("/usr/bin/env", ["python3", peerScript, peerFile, "/tmp/chiso-peer.txt"])
{
    let report = (try? String(contentsOfFile: "/tmp/chiso-peer.txt", encoding: .utf8)) ?? "(no report)"
    print("peer (HiGHS via scipy.optimize.milp, one by one): \(report.trimmingCharacters(in: .whitespacesAndNewlines))")
    print("  whole peer process: \(NumberText.fixed(seconds, decimals: 2)) s")
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
