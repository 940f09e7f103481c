import ChisoCore
import Foundation
import Testing

@testable import ChisoCLI
@testable import ChisoFormats
@testable import ChisoReports

/// Side files — cost files, scenarios — and amounts given as options are read with the data reader's care: one
/// number reader, the same header and row checks, duplicates refused, nothing dropped in silence.
@Suite struct SideFileTests {
    /// What an amount (a cost, a budget) accepts and refuses.
    @Test(arguments: [
        ("0", 0.0), ("1500", 1500), ("1,5", 1.5), ("1.5", 1.5), ("0.125", 0.125), ("0,500", 0.5), ("+7", 7),
        (" 12 ", 12), ("1e3", 1000), ("2.5e6", 2_500_000), ("1000000000000000", 1e15), ("12.3456", 12.3456),
    ])
    func amountsThatRead(text: String, value: Double) {
        #expect(CellParser.amount(text) == .value(value))
    }

    @Test(arguments: [
        ("500.000", "500000 written with a thousands separator, or 500"), ("10.000", "may be 10000"),
        ("1,500", "may be 1500"), ("1.234.567", "looks like 1234567"), ("1.234,5", "looks like 1234.5"),
        ("0x10", "expected a number of 0 or more"), ("1e308", "too large"), ("inf", "expected"), ("NaN", "expected"),
        ("-1", "expected a number of 0 or more"), ("5 000", "expected"), ("1e16", "too large"),
    ])
    func amountsThatAreRefused(text: String, message: String) {
        guard case .invalid(let reason) = CellParser.amount(text) else {
            Issue.record("\(text) was read")
            return
        }
        #expect(reason.contains(message), "\(reason)")
    }

    /// Whatever an amount accepts is a finite number from 0 to 10¹⁵, and never a number that may be thousands.
    @Test func everyAcceptedAmountIsFiniteAndUnambiguous() {
        var random = SplitMix64(seed: 17)
        let alphabet = Array("0123456789.,e+-x %")
        for _ in 0..<20_000 {
            let text = String(
                (0..<Int.random(in: 1...9, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            guard case .value(let value) = CellParser.amount(text) else { continue }
            #expect(value.isFinite && value >= 0 && value <= CellParser.sideNumberLimit, "\(text)")
            let cell = TextNormalization.key(text)
            #expect(!NumberHints.mayBeThousands(cell) || cell.hasPrefix("0") || cell.hasPrefix("+0"), "\(text)")
        }
    }

    static func plan(_ arguments: String...) -> (status: ExitCode, output: String, error: String) {
        chisoInEnglish(["plan", "--framework", "vn-2361-commune", communes] + arguments)
    }

    /// Every mistake of a cost file at once, each with its line, column and value.
    @Test func aCostFileIsCheckedLikeADataFile() throws {
        let costs = try temporaryFile(
            "costs.csv",
            "Unit_ID,Criterion,Per_Point,fixed,maximum\n,CQS.01,500.000,0,\n,CQS.03,0x10,,\n,CQS.04,1e308,,\n"
                + ",CQS.05,,,\n,CQS.06,\"1.234.567\",1,\n")
        let run = Self.plan("--costs", costs, "--target", "next")
        #expect(run.status == .dataError)
        for expected in [
            "costs.csv:1:5: error: \"maximum\": unknown column; did you mean max?",
            "costs.csv:2:3: error: per_point \"500.000\": 500.000 may be 500000 written with a thousands separator",
            "costs.csv:3:3: error: per_point \"0x10\": expected a number of 0 or more",
            "costs.csv:4:3: error: per_point \"1e308\": 1e308 is too large",
            "costs.csv:5:3: error: per_point \"\": no cost: per_point and fixed are both empty",
            "costs.csv:6:3: error: per_point \"1.234.567\"",
        ] {
            #expect(run.error.contains(expected), "\(expected)\n\(run.error)")
        }
        let misspelt = try temporaryFile("costs.csv", "unit,criterion,per_point\nH04-X02,CQS.11,1\n")
        #expect(
            Self.plan("--costs", misspelt, "--target", "next").error.contains("\"unit\": unknown column; did you mean"))
        let short = try temporaryFile("costs.csv", "unit_id,criterion,per_point\n,CQS.11,1,5\n")
        #expect(
            Self.plan("--costs", short, "--target", "next").error.contains("the row has 4 fields but the header has 3"))
        let twice = try temporaryFile("costs.csv", "unit_id,criterion,per_point,Per_Point\n,CQS.11,1,5\n")
        #expect(Self.plan("--costs", twice, "--target", "next").error.contains("per_point is named twice"))
        let noCost = try temporaryFile("costs.csv", "unit_id,criterion,max\n,CQS.11,\n")
        #expect(Self.plan("--costs", noCost, "--target", "next").error.contains("no per_point or fixed column"))
    }

    /// One cost sheet for the whole province serves a file of one district: rows for other units are reported and
    /// passed over; the plans are those of the units' own rows.
    @Test func costRowsForOtherUnitsArePassedOverWithAWarning() throws {
        let own = try temporaryFile("costs.csv", "unit_id,criterion,per_point,fixed,max\nH04-X02,CQS.11,1,5,\n")
        let province = try temporaryFile(
            "costs.csv",
            "unit_id,criterion,per_point,fixed,max\nH04-X02,CQS.11,1,5,\nH99-X01,CQS.11,1,5,\nH99-X02,CQS.01,1,5,\n")
        let plain = Self.plan("--costs", own, "--target", "next", "--unit", "H04-X02", "--format", "csv")
        let shared = Self.plan("--costs", province, "--target", "next", "--unit", "H04-X02", "--format", "csv")
        #expect(shared.status == .ok)
        #expect(shared.output == plain.output)
        #expect(
            shared.error.contains(
                "costs.csv:3: warning: unit_id: 2 rows for 2 units that the data file does not hold, passed over: "
                    + "H99-X01, H99-X02"))
    }

    /// Headers in any case, as data headers are.
    @Test func costHeadersAreReadInAnyCase() throws {
        let upper = try temporaryFile("costs.csv", "UNIT_ID,Criterion,PER_POINT,Fixed,MAX\n,CQS.11,1,5,\n")
        let lower = try temporaryFile("costs.csv", "unit_id,criterion,per_point,fixed,max\n,CQS.11,1,5,\n")
        let a = Self.plan("--costs", upper, "--target", "next", "--format", "csv")
        #expect(a.status == .ok)
        #expect(a.output == Self.plan("--costs", lower, "--target", "next", "--format", "csv").output)
    }

    /// `--budget` reads like a cost; `--objective` needs a budget and one of its names.
    @Test func budgetAndObjectiveOptions() throws {
        let costs = try PlanCommandTests.costs()
        let thousands = Self.plan("--costs", costs, "--target", "next", "--budget", "10.000")
        #expect(thousands.status == .usage)
        #expect(thousands.error.contains("10.000 may be 10000 written with a thousands separator"))
        #expect(Self.plan("--costs", costs, "--target", "next", "--budget", "0x10").status == .usage)
        #expect(Self.plan("--costs", costs, "--target", "next", "--budget", "1e308").status == .usage)
        #expect(Self.plan("--costs", costs, "--target", "next", "--budget", "10000").status == .ok)
        let alone = Self.plan("--costs", costs, "--target", "next", "--objective", "levels-gained", "--lang", "en")
        #expect(alone.status == .usage)
        #expect(alone.error.contains("--objective says what a budget buys: give --budget AMOUNT with it"))
        let unknown = Self.plan("--costs", costs, "--budget", "100", "--objective", "levels", "--lang", "en")
        #expect(unknown.status == .usage)
        #expect(unknown.error.contains("'levels' is not a valid value for '--objective'"))
    }

    static func whatif(_ arguments: String...) -> (status: ExitCode, output: String, error: String) {
        chisoInEnglish(["whatif", "--framework", "vn-2361-commune", communes] + arguments)
    }

    /// A scenario row with a field too many (an unquoted decimal comma) is an error, not dropped; a criterion set
    /// twice, in a file or with `--set`, is an error, not the last value; a misspelt header is named.
    @Test func aScenarioIsCheckedLikeADataFile() throws {
        let extra = try temporaryFile("s.csv", "unit_id,criterion,value\nH04-X02,CQS.11,40,5\nH04-X02,CQS.01,90\n")
        let run = Self.whatif("--scenario", extra)
        #expect(run.status == .dataError)
        #expect(run.error.contains("s.csv:2: error: the row has 4 fields but the header has 3"))
        let twice = try temporaryFile("s.csv", "unit_id,criterion,value\nH04-X02,CQS.11,40\nH04-X02,cqs.11 ,45\n")
        #expect(Self.whatif("--scenario", twice).status == .dataError)
        let set = Self.whatif("--unit", "H04-X02", "--set", "CQS.11=40", "--set", "CQS.11=50")
        #expect(set.status == .dataError)
        #expect(set.error.contains("CQS.11 of H04-X02 is set twice"))
        let header = try temporaryFile("s.csv", "unit,criterion,value\nH04-X02,CQS.11,40\n")
        let misspelt = Self.whatif("--scenario", header)
        #expect(misspelt.status == .dataError)
        #expect(misspelt.error.contains("\"unit\": unknown column; did you mean unit_id?"))
        #expect(misspelt.error.contains("no unit_id column"))
        let empty = try temporaryFile("s.csv", "unit_id,criterion,value\n")
        #expect(Self.whatif("--scenario", empty).error.contains("the scenario has no changes"))
        let value = try temporaryFile("s.csv", "unit_id,criterion,value\nH04-X02,CQS.11,40%%\n")
        let bad = Self.whatif("--scenario", value)
        #expect(bad.error.contains("s.csv:2: error: CQS.11 \"40%%\""), "\(bad.error)")
    }
}

/// A plan's CSV, applied with `whatif`, brings every unit it plans to the class it promises: numbers that stay above
/// their threshold, answers by value, communes' changes made in the commune (`via`).
@Suite struct PlanRoundTripTests {
    /// A cost file that prices every column of the framework's template the same.
    static func costs(for framework: String, perPoint: String = "1", fixed: String = "5") throws -> String {
        let header = chiso("template", "--framework", framework).output.split(separator: "\n")[0]
        let reserved: Set<Substring> = ["unit_id", "unit_name", "parent_id", "year", "registered_level", "group"]
        let columns = header.split(separator: ",").filter { !reserved.contains($0) }
        return try temporaryFile(
            "costs.csv",
            "unit_id,criterion,per_point,fixed,max\n" + columns.map { ",\($0),\(perPoint),\(fixed),\n" }.joined())
    }

    /// The class ordinal of each unit, from `plan --summary` (target) or `whatif` (after).
    static func classes(_ csv: String, column: String, framework: String) throws -> [String: Int] {
        let (framework, _) = try FrameworkCatalog.load(framework)
        let scheme = framework.scheme
        let (rows, _) = CSVReader.read(Array(csv.utf8), file: "out")
        let header = try #require(rows.first?.fields)
        let position = try #require(header.firstIndex(of: column))
        var result: [String: Int] = [:]
        for row in rows.dropFirst() where row.fields[1] != "yes" {
            let text = row.fields[position]
            let ordinal =
                Int(text)
                ?? (1...max(scheme.classes.count, 1)).first {
                    scheme.classes.count >= $0 && scheme.className($0).vi == text
                }
                ?? 0
            result[row.fields[0]] = ordinal
        }
        return result
    }

    @Test(arguments: [
        "vn-2361-commune", "example-province-district", "example-province-department", "example-province-commune",
        "vn-dti-1726-province", "vn-hue-3043", "vn-hue-3043-strict",
    ])
    func everyPlanReachesItsClassWhenApplied(framework: String) throws {
        for (seed, perPoint) in [("7", "1"), ("11", "3"), ("23", "0.37")] {
            let data = try temporaryFile(
                "data.csv", chiso("sample", "--framework", framework, "--units", "40", "--seed", seed).output)
            let costs = try Self.costs(for: framework, perPoint: perPoint)
            let common = ["--framework", framework, data]
            let plan = chiso(["plan"] + common + ["--costs", costs, "--target", "next", "--format", "csv"])
            #expect(plan.status == .ok, "\(plan.error)")
            let summary = chiso(
                ["plan"] + common + ["--costs", costs, "--target", "next", "--format", "csv", "--summary"])
            let targets = try Self.classes(summary.output, column: "target", framework: framework)
            let reachable = Set(
                CSVReader.read(Array(summary.output.utf8), file: "s").records.dropFirst().filter {
                    $0.fields[3] == "yes" && $0.fields[4] != "0"
                }.map { $0.fields[0] })
            guard !reachable.isEmpty else { continue }
            let scenario = try temporaryFile("plan.csv", plan.output)
            let whatif = chiso(["whatif"] + common + ["--scenario", scenario, "--format", "csv"])
            #expect(whatif.status == .ok, "\(whatif.error)")
            let after = try Self.classes(whatif.output, column: "after", framework: framework)
            for unit in reachable {
                #expect((after[unit] ?? -1) >= (targets[unit] ?? 99), "\(framework) seed \(seed): \(unit)")
            }
        }
    }

    /// An index target on a framework without tiers (DTI 922): every planned unit's index reaches it once applied.
    @Test func anIndexPlanReachesItsIndexWhenApplied() throws {
        let framework = "vn-dti-922-province"
        let data = try temporaryFile(
            "data.csv", chiso("sample", "--framework", framework, "--units", "30", "--seed", "5").output)
        let costs = try Self.costs(for: framework, perPoint: "0.37")
        let common = ["--framework", framework, data]
        let plan = chiso(["plan"] + common + ["--costs", costs, "--target", "0.47", "--format", "csv"])
        #expect(plan.status == .ok, "\(plan.error)")
        let planned = Set(CSVReader.read(Array(plan.output.utf8), file: "p").records.dropFirst().map { $0.fields[0] })
        #expect(planned.count >= 3)
        let whatif = chiso(
            ["whatif"] + common + ["--scenario", try temporaryFile("plan.csv", plan.output), "--format", "csv"])
        let (rows, _) = CSVReader.read(Array(whatif.output.utf8), file: "w")
        let header = try #require(rows.first?.fields)
        let score = try #require(header.firstIndex(of: "score_after"))
        for row in rows.dropFirst() where planned.contains(row.fields[0]) {
            #expect((Double(row.fields[score]) ?? 0) >= 470, "\(row.fields)")
        }
        #expect(rows.dropFirst().filter { planned.contains($0.fields[0]) }.count == planned.count)
    }

    /// A district plan that raises communes: `whatif` makes each change in the commune its `via` names, and every
    /// planned district reaches its level.
    @Test func aDistrictPlanAppliedThroughItsCommunes() throws {
        let costs = try Self.costs(for: "vn-2361-district")
        let childCosts = try Self.costs(for: "vn-2361-commune")
        let common = ["--framework", "vn-2361-district", districts, "--children", communes]
        let plan = chiso(
            ["plan"] + common + [
                "--costs", costs, "--children-costs", childCosts, "--target", "next", "--format", "csv",
            ])
        #expect(plan.status == .ok)
        #expect(plan.output.contains(",H04-X02,vn-2361-district\n"))
        let scenario = try temporaryFile("plan.csv", plan.output)
        let whatif = chiso(["whatif"] + common + ["--scenario", scenario, "--format", "csv"])
        #expect(whatif.status == .ok, "\(whatif.error)")
        let (rows, _) = CSVReader.read(Array(whatif.output.utf8), file: "out")
        let districtsChanged = rows.dropFirst().filter { $0.fields[1] == "no" }
        #expect(districtsChanged.count == 10)
        for row in districtsChanged { #expect((Int(row.fields[3]) ?? 0) > (Int(row.fields[2]) ?? 0), "\(row.fields)") }
        // The commune's value is changed in the commune, not written into the district.
        #expect(rows.contains { $0.fields[0] == "H04-X02" && $0.fields[1] == "yes" })
        // A `via` that is not a commune of the unit is refused.
        let wrong = try temporaryFile("s.csv", "unit_id,criterion,value,via\nH01,CQS.11,40,H04-X02\n")
        let refused = chisoInEnglish(["whatif"] + common + ["--scenario", wrong])
        #expect(refused.status == .dataError)
        #expect(refused.error.contains("H04-X02 is not a subordinate unit of H01"))
        let alone = chisoInEnglish(["whatif", "--framework", "vn-2361-district", districts, "--scenario", scenario])
        #expect(alone.error.contains("give the subordinate units' data with --children"))
    }

    /// DTI 1726's Nhóm 1 starts above 0.40: a plan to it must leave the index above 0.40 once applied, which a
    /// value rounded to six places down did not.
    @Test func plannedValuesAreRoundedAwayFromWhereTheyStart() throws {
        let measure = Measure(criterionID: "x", kind: .ratio)
        #expect(PlanReport.plannedValue(1.0 / 3, from: 0, measure: measure) == "0.333334")
        #expect(PlanReport.plannedValue(0.4675, from: 0.1, measure: measure) == "0.4675")
        #expect(PlanReport.plannedValue(0.46750000001, from: 0.1, measure: measure) == "0.467501")
        #expect(PlanReport.plannedValue(0.2, from: 0.5, measure: measure) == "0.2")
        #expect(PlanReport.plannedValue(1.0 / 3, from: 0.5, measure: measure) == "0.333333")
        var choice = Measure(criterionID: "c", kind: .choice)
        choice.categories = [
            MeasureCategory(value: "none", name: LocalizedText(vi: "Không", en: "None")),
            MeasureCategory(value: "some", name: LocalizedText(vi: "Một phần", en: "Some")),
        ]
        #expect(PlanReport.plannedValue(1, from: 0, measure: choice) == "some")
        #expect(PlanReport.answerText(0, measure: choice) == "none")
    }
}

/// Damaged cost files and scenarios never crash, and a plan that runs never costs an infinite or negative amount.
@Suite struct SideFileFuzzTests {
    @Test func damagedCostFilesAndScenariosNeverCrash() throws {
        let folder = try FuzzTests.directory()
        var random = SplitMix64(seed: 1726)
        let costs = try String(contentsOfFile: try PlanRoundTripTests.costs(for: "vn-2361-commune"), encoding: .utf8)
        let scenario = "unit_id,criterion,value\nH04-X02,CQS.11,40\nH04-X01,CQS.01,90\nH01-X03,KTS.01,55,5\n"
        for round in 0..<60 {
            let damagedCosts = try FuzzTests.write(
                FuzzTests.damaged(costs, using: &random), "costs-\(round).csv", in: folder)
            let run = chiso(
                "plan", "--framework", "vn-2361-commune", communes, "--costs", damagedCosts, "--target", "next",
                "--format", "csv", "--summary")
            #expect(FuzzTests.allowed.contains(run.status), "\(damagedCosts)")
            if run.status == .ok {
                for row in CSVReader.read(Array(run.output.utf8), file: "out").records.dropFirst() {
                    let cost = row.fields[4]
                    #expect(cost.isEmpty || (Double(cost).map { $0.isFinite && $0 >= 0 } ?? false), "\(damagedCosts)")
                }
            }
            let damagedScenario = try FuzzTests.write(
                FuzzTests.damaged(scenario, using: &random), "scenario-\(round).csv", in: folder)
            let whatif = chiso("whatif", "--framework", "vn-2361-commune", communes, "--scenario", damagedScenario)
            #expect(FuzzTests.allowed.contains(whatif.status), "\(damagedScenario)")
        }
    }
}

/// Small wrong results: a district without communes, a lone fraction, an empty share column, standard input named
/// twice.
@Suite struct SmallWrongResultsTests {
    /// A district whose communes are not in the file keeps its roll-up gap (it used to vanish).
    @Test func aDistrictWithoutCommunesKeepsItsRollUpGap() throws {
        let text = try String(contentsOfFile: districts, encoding: .utf8)
        let first = try #require(text.split(separator: "\n").dropFirst().first)
        let extra = "H99" + first.drop { $0 != "," }
        let data = try temporaryFile("districts.csv", text + extra + "\n")
        let run = chiso(
            "gap", "--framework", "vn-2361-district", data, "--children", communes, "--unit", "H99", "--format", "csv")
        #expect(run.status == .ok)
        #expect(run.output.contains("H99,1,CHUNG.01,no subordinate units,"))
    }

    /// `0,65` among percentages of 25–95 is a fraction written by mistake: an error of its row, not 0.65%; in a
    /// point framework too; `0,65%` says that 0.65% is meant.
    @Test(arguments: ["vn-2361-commune", "example-province-department"])
    func aLoneFractionInAPercentageColumnIsAnError(framework: String) throws {
        let sample = chiso("sample", "--framework", framework, "--units", "10", "--seed", "3").output
        let (records, _) = CSVReader.read(Array(sample.utf8), file: "s")
        let (loaded, _) = try FrameworkCatalog.load(framework)
        let percent = try #require(loaded.scheme.measures.first { $0.kind == .percent }?.key)
        let header = try #require(records.first?.fields)
        let column = try #require(header.firstIndex(of: percent))
        func file(_ value: String) throws -> String {
            var rows = records.map(\.fields)
            for row in 2..<rows.count where rows[row][column].isEmpty { rows[row][column] = "55" }
            rows[1][column] = value
            return try temporaryFile(
                "d.csv", rows.map { $0.map(CSVWriter.field).joined(separator: ",") + "\n" }.joined())
        }
        let run = chisoInEnglish("score", "--framework", framework, try file("0,65"))
        #expect(run.status == .dataError)
        #expect(run.error.contains("a fraction among percentage points"), "\(run.error)")
        #expect(chiso("score", "--framework", framework, try file("0,65%")).status == .ok)
        #expect(chiso("score", "--framework", framework, try file("65")).status == .ok)
    }

    /// A count given and its share left empty: the explanation names the empty column and what to enter.
    @Test func anEmptyShareColumnIsNamed() throws {
        let text = try String(contentsOfFile: communes, encoding: .utf8)
        var (records, _) = CSVReader.read(Array(text.utf8), file: "c")
        let column = try #require(records[0].fields.firstIndex(of: "KTS.04.share"))
        records[1].fields[column] = ""
        let data = try temporaryFile(
            "c.csv", records.map { $0.fields.map(CSVWriter.field).joined(separator: ",") + "\n" }.joined())
        let run = chiso(
            "explain", "--framework", "vn-2361-commune", data, "--unit", records[1].fields[0], "--lang", "en")
        #expect(
            run.output.contains(
                "KTS.04 (KTS.04.share is empty; give the share, 0 when the unit has none to count)"), "\(run.output)")
    }

    /// `gap` reads a tier as the tier does: DTI 1726 publishes its bands on the index to four decimals (0.32495 is
    /// 0.3250, Nhóm 2) and Nhóm 1 starts strictly above 0.40.
    @Test func gapReadsTiersAtTheirPublishedPrecisionAndStrictness() throws {
        let data = try temporaryFile("q.csv", "unit_id,CQS,KTS,XHS\nA,0.3249,0.3249,0.3249\nB,0.39,0.39,0.39\n")
        let run = chiso("gap", "--framework", "vn-dti-1726-province", data, "--format", "csv")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.contains("A,Nhóm 2,total,324.9,324.95,0.05,total,vn-dti-1726-province"), "\(run.output)")
        #expect(lines.contains("B,Nhóm 1,total,390,400.05,10.05,total,vn-dti-1726-province"), "\(run.output)")
        // The gap closed exactly reaches the tier, as whatif shows.
        let closed = chiso(
            "whatif", "--framework", "vn-dti-1726-province", data, "--unit", "A", "--set", "CQS=0.325125", "--format",
            "csv")
        #expect(closed.output.contains("\nA,no,Nhóm 3,Nhóm 2,"), "\(closed.output)")
        // A unit whose index rounds into the band stands in it: no gap on the total, as score and plan say; an index
        // target written at the published precision is read the same way.
        let edge = try temporaryFile("e.csv", "unit_id,CQS,KTS,XHS\nC,0.32495,0.32495,0.32495\nP,0.325,0.325,0.3249\n")
        let gap = chiso("gap", "--framework", "vn-dti-1726-province", edge, "--target", "Nhóm 2", "--format", "csv")
        #expect(!gap.output.contains(",total,"), "\(gap.output)")
        let costs = try PlanRoundTripTests.costs(for: "vn-dti-1726-province")
        let plan = chiso(
            "plan", "--framework", "vn-dti-1726-province", edge, "--costs", costs, "--target", "0.325", "--format",
            "csv", "--summary")
        #expect(
            plan.output.contains("\nP,chỉ số ≥ 0.325,chỉ số ≥ 0.325,yes,0,0,already at the target,"), "\(plan.output)")
    }

    /// A numerator above a denominator of 0 is an error even where 0/0 means "does not apply".
    @Test func aNumeratorOverAZeroDenominatorIsAnError() throws {
        let data = try temporaryFile("c.csv", "unit_id,KTS.01.num,KTS.01.den\nX1,0,0\nX2,1,0\n")
        let run = chisoInEnglish("score", "--framework", "vn-2361-commune", data)
        #expect(run.status == .dataError)
        #expect(run.error.contains("c.csv:3:2: error: KTS.01.num \"1\": KTS.01.num (1) is more than KTS.01.den (0)"))
        #expect(!run.error.contains("c.csv:2:"))
    }

    /// A unit ranked after a what-if but not before shows its new rank in the table, as in the CSV.
    @Test func whatifShowsARankGainedFromNone() throws {
        let data = try temporaryFile(
            "h.csv",
            "unit_id,group,NT,TC,HT,NTCQ,DL,HD,AT,NL\nU4,cap_huyen,5,3,6,35,3,8,3,1\nU5,cap_huyen,7,4,9,45,4,11,5,2\n")
        let run = chiso(
            "whatif", "--framework", "vn-hue-3043", data, "--unit", "U4", "--set", "NTCQ=37", "--set", "HD=12")
        #expect(run.output.contains("Không xếp hạng → Mức IV  64 → 70  – → 2"), "\(run.output)")
        // A unit displaced by another's rise is affected too, tiers or not.
        let three = try temporaryFile(
            "s.csv",
            "unit_id,group,NT,TC,HT,NTCQ,DL,HD,AT,NL\nS1,so,7.5,4.25,10,50.5,5,10.75,5.25,2\n"
                + "S2,so,5.5,3.25,6.75,40,3.5,9.75,3.5,1.5\nS3,so,4,2.5,7.25,28.5,2.75,8.25,4.25,1.25\n")
        let displaced = chiso("whatif", "--framework", "vn-hue-3043", three, "--unit", "S3", "--set", "NTCQ=50")
        #expect(
            displaced.output.contains("S2           Mức IV → Mức IV          73,75 → 73,75  2 → 3"),
            "\(displaced.output)"
        )
    }

    /// An unquoted decimal comma with an empty last cell gives one row a blank field beyond the header: the values
    /// after the comma would move one column right, so the row is refused — in data files and in cost files — unless
    /// every row is padded alike.
    @Test func aRowWithOneFieldTooManyIsRefusedEvenWhenItEndsBlank() throws {
        let shifted = try temporaryFile("d.csv", "unit_id,CQS.01,CQS.02,CQS.03\nX1,70,33,5,\nX2,70,40,50\n")
        let run = chisoInEnglish("score", "--framework", "vn-2361-commune", shifted)
        #expect(run.status == .dataError)
        #expect(run.error.contains("d.csv:2: error: the row has 5 fields but the header has 4"), "\(run.error)")
        let padded = try temporaryFile("p.csv", "unit_id,CQS.01,CQS.02,CQS.03\nX1,70,33,5,,\nX2,70,40,50,,\n")
        #expect(chisoInEnglish("score", "--framework", "vn-2361-commune", padded).status == .ok)
        let costs = try temporaryFile("c.csv", "unit_id,criterion,per_point,fixed\n,CQS.11,2,5,\n,CQS.01,1,0\n")
        let plan = SideFileTests.plan("--costs", costs, "--target", "next")
        #expect(plan.status == .dataError)
        #expect(plan.error.contains("c.csv:2: error: the row has 5 fields but the header has 4"), "\(plan.error)")
    }

    /// A fraction given for a percentage outside a data file (`--set`, a scenario, a cost's `max`) is refused as it
    /// is in a data file: `0,65` would be 0.65%.
    @Test func aFractionForAPercentageIsRefusedInSideValues() throws {
        let set = chiso(
            "whatif", "--framework", "vn-2361-commune", communes, "--unit", "H01-X01", "--set", "CQS.01=0,65")
        #expect(set.status == .dataError)
        #expect(
            set.error.contains("a fraction for a percentage: 0,65 would be read as 0.65%. Write 65 if 65% is meant"))
        #expect(
            chiso("whatif", "--framework", "vn-2361-commune", communes, "--unit", "H01-X01", "--set", "CQS.01=0,65%")
                .status == .ok)
        let costs = try temporaryFile("c.csv", "unit_id,criterion,per_point,fixed,max\n,CQS.01,10,100,\"0,95\"\n")
        let plan = SideFileTests.plan("--costs", costs, "--target", "next")
        #expect(plan.status == .dataError)
        #expect(plan.error.contains("max \"0,95\": a fraction for a percentage"), "\(plan.error)")
    }

    /// The plan's table writes planned values as its CSV does, so that a value typed back from it reaches the
    /// target too.
    @Test func thePlanTableWritesTheValuesOfItsCSV() throws {
        let framework = "example-province-district"
        let data = try temporaryFile(
            "d.csv", chiso("sample", "--framework", framework, "--units", "20", "--seed", "7").output)
        let costs = try PlanRoundTripTests.costs(for: framework, perPoint: "0.37")
        let csv = chiso("plan", "--framework", framework, data, "--costs", costs, "--target", "next", "--format", "csv")
        let table = chiso("plan", "--framework", framework, data, "--costs", costs, "--target", "next")
        let planned = CSVReader.read(Array(csv.output.utf8), file: "p").records.dropFirst().map {
            "\($0.fields[1]) \($0.fields[2].isEmpty ? "missing" : $0.fields[2])→\($0.fields[3])"
        }
        #expect(!planned.isEmpty)
        for change in planned.prefix(3) { #expect(table.output.contains(change), "\(change)\n\(table.output)") }
    }

    /// An ID with a line break stays on one line in sentences under tables, as in the tables.
    @Test func lineBreaksInIDsAreEscapedInSentencesToo() throws {
        let text = try String(contentsOfFile: communes, encoding: .utf8)
        let broken = text.replacingOccurrences(of: "\nH01-X01,", with: "\n\"H01\nX01\",")
        let a = try temporaryFile("a.csv", broken)
        let b = try temporaryFile("b.csv", text)
        let run = chiso("compare", a, b, "--framework", "vn-2361-commune")
        #expect(run.status == .ok, "\(run.error)")
        #expect(run.output.contains("H01\\nX01"), "\(run.output)")
        for line in run.output.split(separator: "\n") { #expect(line != "X01" && !line.hasPrefix("X01,")) }
    }

    /// Excel pads only its first lines with separators for empty trailing columns: a cost file or a scenario whose
    /// header is padded and whose later rows are not is read as it is.
    @Test func sideFilesPaddedOnlyInTheirFirstLinesAreRead() throws {
        let costs = try temporaryFile(
            "c.csv", "unit_id;criterion;per_point;fixed;max;;;\r\n;CQS.11;1;5;;;;\r\n;CQS.01;10;100;\r\n")
        let run = SideFileTests.plan("--costs", costs, "--target", "next", "--unit", "H04-X02", "--format", "csv")
        #expect(run.status == .ok, "\(run.error)")
        let scenario = try temporaryFile("s.csv", "unit_id,criterion,value,,\nH04-X02,CQS.11,60,,\nH04-X01,CQS.01,90\n")
        #expect(SideFileTests.whatif("--scenario", scenario).status == .ok)
    }

    /// Two plans joined into one scenario: the second header is passed over, and the changes both make are told as
    /// set twice.
    @Test func aRepeatedHeaderInASideFileIsPassedOver() throws {
        let plan = "unit_id,criterion,from,to,cost,framework\nH04-X02,CQS.11,,40,45,vn-2361-commune\n"
        let joined = try temporaryFile("j.csv", plan + plan)
        let run = SideFileTests.whatif("--scenario", joined)
        #expect(run.status == .dataError)
        #expect(run.error.contains("j.csv:4: error: CQS.11 \"40\": CQS.11 of H04-X02 is set twice; line 2 sets it"))
        #expect(!run.error.contains("framework \"framework\""))
    }

    /// A row of separators only, as a spreadsheet leaves it, is a blank row in every output read back too.
    @Test func rowsOfSeparatorsOnlyAreBlankInOutputsReadBack() throws {
        let costs = try PlanRoundTripTests.costs(for: "vn-2361-commune")
        let plan = chiso(
            "plan", "--framework", "vn-2361-commune", communes, "--costs", costs, "--target", "next", "--format", "csv",
            "--summary")
        let file = try temporaryFile("plan.csv", plan.output + ",,,,,,\n")
        let report = chiso("report", "--framework", "vn-2361-commune", communes, "--plan", file)
        #expect(report.status == .ok, "\(report.error)")
        let score = chiso("score", "--framework", "vn-2361-commune", communes, "--format", "csv").output
        let scored = try temporaryFile("s.csv", score + ",,,,,,,,,,,\n")
        #expect(chiso("compare", scored, scored, "--framework", "vn-2361-commune").status == .ok)
    }

    /// With `--years` on one file, a row whose year is empty is an error, not a unit silently missing on a side.
    @Test func anEmptyYearWithYearsIsAnError() throws {
        let score = chisoInEnglish("score", "--framework", "vn-2361-commune", communes, "--format", "csv").output
        var lines = score.split(separator: "\n").map(String.init)
        let next = lines.dropFirst().map { $0.replacingOccurrences(of: ",2025,", with: ",2026,") }
        lines += next
        lines[2] = lines[2].replacingOccurrences(of: ",2025,", with: ",,")
        let file = try temporaryFile("both.csv", lines.joined(separator: "\n") + "\n")
        let run = chisoInEnglish("compare", file, "--framework", "vn-2361-commune", "--years", "2025,2026")
        #expect(run.status == .dataError)
        #expect(run.error.contains("both.csv:3:4: error: year \"\": the year is empty"), "\(run.error)")
    }

    /// A data file that `score` reads with `--ignore-column`, `--extra-columns` or `--fractions` is read the same
    /// way by `gap`, `plan` and `whatif`, whose errors advise those options.
    @Test func gapPlanAndWhatifTakeTheReadingOptions() throws {
        let text = try String(contentsOfFile: communes, encoding: .utf8)
        let lines = text.split(separator: "\n")
        let noted = lines.enumerated().map { $0.offset == 0 ? "ghi_chu,\($0.element)" : "note,\($0.element)" }
        let data = try temporaryFile("noted.csv", noted.joined(separator: "\n") + "\n")
        let costs = try PlanRoundTripTests.costs(for: "vn-2361-commune")
        let common = ["--framework", "vn-2361-commune", data]
        for arguments in [
            ["gap"] + common, ["plan"] + common + ["--costs", costs, "--target", "next"],
            ["whatif"] + common + ["--unit", "H04-X02", "--set", "CQS.11=60"],
        ] {
            #expect(chiso(arguments).status == .dataError, "\(arguments[0])")
            #expect(chiso(arguments + ["--ignore-column", "ghi_chu"]).status == .ok, "\(arguments[0])")
            #expect(chiso(arguments + ["--extra-columns", "ignore"]).status == .ok, "\(arguments[0])")
        }
    }

    /// Standard input can be read once: two arguments naming `-` are a usage error, not "the file is empty".
    @Test func standardInputNamedTwiceIsAUsageError() {
        let run = chiso(
            "plan", "--framework", "vn-2361-commune", "-", "--costs", "-", "--target", "next", "--lang", "en")
        #expect(run.status == .usage)
        #expect(
            run.error.contains(
                "standard input (-) can be read only once; give '-' for one input file and a path for the others (the data file and --costs name it)"
            ))
    }
}
