import Foundation
import Testing

@testable import ChisoCLI

/// Every command that reads a data file takes the same inputs, parsed once (issue 19, point 4): it applies each of
/// them, or refuses it with a usage error that says why; none is silently ignored.
@Suite struct ScoringInputsTests {
    /// The commands that read a data file, from the one command list.
    static var dataCommands: [any DataCommand.Type] { Chiso.commands.compactMap { $0 as? any DataCommand.Type } }
    static let names = dataCommands.map { $0.spec.name }

    static func command(_ name: String) -> any DataCommand.Type {
        dataCommands.first { $0.spec.name == name } ?? ScoreCommand.self
    }

    @Test func theCommandListKnowsEveryCommandThatReadsData() {
        #expect(
            Self.names == [
                "score", "explain", "gap", "plan", "whatif", "compare", "regroup", "crosswalk", "uncertainty",
                "sensitivity", "report",
            ])
        // Dispatch and help come from the same list: every command in it is listed and runs its own help.
        let help = chiso("--help").output
        for command in Chiso.commands {
            #expect(help.contains("\n  \(command.spec.name) "), "\(command.spec.name)")
            #expect(
                chiso(command.spec.name, "--help", "--lang", "en").output.hasPrefix(
                    "OVERVIEW: \(command.spec.abstract.en)"))
        }
    }

    @Test(arguments: names)
    func everyDataCommandListsEveryInputOption(name: String) {
        let listed = Set(Self.command(name).spec.options.map(\.name))
        for option in ScoringInputs.options() {
            #expect(listed.contains(option.name), "\(name) does not take --\(option.name)")
        }
        // --help lists them too.
        let help = ConsistencyTests.options([name])
        for option in ScoringInputs.options() {
            #expect(help.contains("--\(option.name)"), "\(name) --help")
        }
    }

    /// `--help` never offers an input the command turns down: the option's line says it is not taken, and why.
    @Test(arguments: names)
    func theHelpOfAnInputACommandRefusesSaysSo(name: String) {
        let command = Self.command(name)
        let help = command.spec.help(path: "chiso \(name)", language: .en)
        for input in ScoringInputs.Input.allCases {
            let line = help.split(separator: "\n").first { $0.hasPrefix("  --\(input.optionName) ") } ?? ""
            let says = line.contains("Not taken by \(name):") || line.contains("Not 'keep' here:")
            #expect(says == (command.refusedInputs[input] != nil), "\(name) --help: \(line)")
        }
    }

    /// A run of each data command on the bundled samples, without the inputs under test.
    static func sample(_ name: String) throws -> [String] {
        let framework = ["--framework", "vn-2361-commune"]
        switch name {
        case "explain": return [name, communes, "--unit", "H01-X01"] + framework
        case "plan":
            let costs = try temporaryFile("costs.csv", "unit_id,criterion,per_point,fixed,max\n,CQS.01,1,0,\n")
            return [name, communes, "--costs", costs, "--target", "next"] + framework
        case "whatif": return [name, communes, "--unit", "H01-X01", "--set", "CQS.01=90"] + framework
        case "compare": return [name, communes, communes] + framework
        case "regroup":
            let rows = try String(contentsOfFile: communes, encoding: .utf8).split(separator: "\n").dropFirst()
            let map = rows.map { $0.split(separator: ",", omittingEmptySubsequences: false) }.map {
                "\($0[0]),\($0[2])"
            }
            let file = try temporaryFile("map.csv", "old_unit,new_unit\n" + map.joined(separator: "\n") + "\n")
            return [name, communes, "--map", file] + framework
        case "crosswalk": return [name, communes, "--map", "vn-2361-commune-to-district"] + framework
        case "uncertainty": return [name, communes, "--noise-absolute", "2", "--runs", "5"] + framework
        case "sensitivity":
            return [name, communes, "--noise-absolute", "2", "--samples", "4", "--bootstrap", "0"] + framework
        default: return [name, communes] + framework
        }
    }

    /// The inputs of the group that `name` applies, given all at once.
    static func applied(_ name: String) -> [String] {
        let refused = command(name).refusedInputs
        var options = ["--ignore-column", "ghi_chu", "--fractions", "--lang", "en", "--extra-columns", "ignore"]
        if refused[.skipInvalid] == nil { options.append("--skip-invalid") }
        return options
    }

    @Test(arguments: names)
    func everyDataCommandRunsOnTheSamplesWithTheSharedInputs(name: String) throws {
        let plain = chiso(try Self.sample(name))
        #expect(plain.status == .ok, "\(name): \(plain.error)")
        let run = chiso(try Self.sample(name) + Self.applied(name))
        #expect(run.status == .ok, "\(name): \(run.error)")
        #expect(!run.error.contains("Error:"), "\(name): \(run.error)")
        // Nothing in the sample is a share, and the column left out is not there: the results are the same.
        #expect(run.output.isEmpty == plain.output.isEmpty)
        if name != "regroup", name != "crosswalk" {
            #expect(run.error.contains("ghi_chu"), "\(name) says nothing of the column it was asked to leave out")
        }
    }

    /// `--children` wherever it is taken: the districts scored with their communes, as `score` scores them.
    @Test(arguments: names)
    func everyDataCommandThatTakesChildrenRunsOnTheSampleDistricts(name: String) throws {
        guard Self.command(name).refusedInputs[.children] == nil else { return }
        let arguments = try Self.sample(name).map {
            switch $0 {
            case communes: districts
            case "vn-2361-commune": "vn-2361-district"
            case "H01-X01": "H01"
            default: $0
            }
        }
        let run = chiso(arguments + ["--children", communes] + Self.applied(name))
        #expect(run.status == .ok, "\(name): \(run.error)")
        #expect(!run.output.isEmpty)
        // Without the communes, CHUNG.01 counts as missing, and the command says so.
        let alone = chisoInEnglish(arguments)
        #expect(alone.error.contains("no --children file is given"), "\(name): \(alone.error)")
    }

    @Test(arguments: names)
    func anInputACommandCannotUseIsRefusedWithTheReason(name: String) throws {
        let refused = Self.command(name).refusedInputs
        for (input, why) in refused {
            let given: [String]
            switch input {
            case .children: given = ["--children", districts]
            case .childLevels: given = ["--children-levels", districts]
            case .skipInvalid: given = ["--skip-invalid"]
            case .keptColumns: given = ["--extra-columns", "keep"]
            }
            let run = chiso(try Self.sample(name) + given + ["--lang", "en"])
            #expect(run.status == .usage, "\(name) \(input.option)")
            #expect(run.error.hasPrefix("Error: \(name) cannot take \(input.option): \(why.en)\n"), "\(run.error)")
            let vietnamese = chiso(try Self.sample(name) + given)
            #expect(vietnamese.error.hasPrefix("Lỗi: lệnh \(name) không nhận \(input.option): \(why.vi)\n"))
            #expect(run.output.isEmpty)
        }
    }

    @Test func everyUsageProblemIsReportedAtOnce() {
        let run = chiso(
            "plan", communes, "--framework", "vn-2361-commune", "--costs", communes, "--budget", "lots",
            "--extra-columns", "keep", "--children", districts, "--children-levels", districts, "--lang", "en")
        #expect(run.status == .usage)
        let errors = run.error.split(separator: "\n").filter { $0.hasPrefix("Error: ") }
        #expect(
            errors == [
                "Error: give either --children (the subordinate units' data, scored here) or --children-levels (their recognised levels), not both: the two sources cannot be mixed in one run",
                "Error: plan cannot take --children-levels: a district's plan prices its communes' changes, which needs their data; give --children",
                "Error: plan cannot take --extra-columns keep: it passes the data's other columns through to the per-unit CSV of 'chiso score', and plan writes none; give --extra-columns ignore to leave them out",
                "Error: --budget takes an amount of 0 or more, e.g. --budget 5000000; got 'lots': expected a number of 0 or more",
                "Error: give --target CLASS (or next, or an index such as 0.70); with --budget, --objective levels-gained or --unit need none",
            ], "\(run.error)")
        #expect(run.error.hasSuffix("\n  See 'chiso plan --help' for more information.\n"))
    }

    @Test func aCrosswalkRefusesAFrameworkThatIsNotItsSource() {
        let run = chiso(
            "crosswalk", communes, "--map", "vn-2361-commune-to-district", "--framework", "vn-2361-district", "--lang",
            "en")
        #expect(run.status == .usage)
        #expect(
            run.error.hasPrefix(
                "Error: --framework vn-2361-district is vn-2361-district, and the crosswalk vn-2361-commune-to-district "
                    + "reads data of vn-2361-commune; give --framework vn-2361-commune, or leave it out\n"))
    }

    @Test(arguments: ["gap", "uncertainty", "report"])
    func skipInvalidAppliesWhereItWasNotTakenBefore(name: String) throws {
        var lines = try String(contentsOfFile: communes, encoding: .utf8).split(separator: "\n").map(String.init)
        var fields = lines[2].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[5] = "lots"
        lines[2] = fields.joined(separator: ",")
        let data = try temporaryFile("invalid.csv", lines.joined(separator: "\n") + "\n")
        let arguments = try Self.sample(name).map { $0 == communes ? data : $0 }
        let refused = chiso(arguments)
        #expect(refused.status == .dataError)
        #expect(refused.output.isEmpty)
        let skipped = chisoInEnglish(arguments + ["--skip-invalid"])
        #expect(skipped.status == .dataError)
        #expect(!skipped.output.isEmpty)
        #expect(skipped.error.contains("skipped 1 invalid row (listed above); the other rows were scored"))
    }
}
