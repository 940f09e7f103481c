package import ChisoCore
// Foundation: listing a folder of forms (FileManager), as OutputFile creates folders.
import Foundation

/// Many filled forms — per-unit workbooks, a workbook of one sheet per unit, a folder of them — and wide tables read
/// together as one assessment, every problem told at its own file, sheet and cell.
package struct FormInput: Sendable {
    /// The forms and tables joined.
    package var assembly: TableAssembly
    /// What was found while reading the files: their cells' problems, sheets passed over, how many forms were read.
    package var problems: [Diagnostic] = []

    /// The extensions of the files a folder is read for.
    static let extensions = ["xlsx", "xlsm", "csv"]

    /// The forms and tables of `files` (name and bytes), or `nil` when they hold none.
    ///
    /// - Parameters:
    ///   - name: What the files are called together, for the notice of how many forms were read.
    ///   - sheet: The only sheet to read in each workbook (`--sheet`), or `nil` for every sheet.
    ///   - known: Column names a table's header may have, lowercased (to find the header of a wide sheet).
    ///   - keepsEvidence: Whether evidence and notes become columns (`--extra-columns keep`).
    package static func assembled(
        _ files: [(name: String, bytes: [UInt8])], name: String, sheet: String?, known: Set<String>,
        keepsEvidence: Bool
    ) -> FormInput? {
        var input = FormInput(assembly: TableAssembly(keepsEvidence: keepsEvidence))
        var forms = 0
        var (passedOver, passedOverFiles): ([String], Set<String>) = ([], [])
        for (file, bytes) in files {
            guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
                let table = TableReader.read(bytes, file: file, knownColumns: known)
                if let form = FormSheet(records: table.records) {
                    input.assembly.add(form, file: file, sheet: nil)
                    forms += 1
                } else {
                    input.assembly.add(wide: table.records, file: file, sheet: nil)
                }
                input.problems += table.problems
                continue
            }
            let (sheets, problems) = WorkbookSheets.read(bytes, file: file)
            input.problems += problems
            for entry in sheets where sheet.map({ WorkbookTable.position(of: $0, in: [entry.name]) != nil }) ?? true {
                if let form = FormSheet(records: entry.records) {
                    input.assembly.add(form, file: file, sheet: entry.name)
                    input.problems += entry.problems
                    forms += 1
                } else if entry.records.contains(where: { $0.fields.contains { isUnitColumn($0) } }) {
                    let table = TableReader.read(bytes, file: file, knownColumns: known, sheet: entry.name)
                    input.assembly.add(wide: table.records, file: file, sheet: entry.name)
                    input.problems += table.problems
                } else if entry.isVisible, !entry.records.isEmpty {
                    if !passedOver.contains(entry.name) { passedOver.append(entry.name) }
                    passedOverFiles.insert(file)
                }
            }
        }
        guard forms > 0 || !input.assembly.rows.isEmpty else { return nil }
        if !passedOver.isEmpty {
            // Sheets such as the instructions of chiso's own forms: one notice for all files.
            input.problems.append(
                Diagnostic(
                    .notice, file: name, FormMessage.sheetsPassedOver(sheets: passedOver, files: passedOverFiles.count))
            )
        }
        input.problems += input.assembly.problems
        if forms > 0 {
            input.problems.insert(
                Diagnostic(.notice, file: name, FormMessage.formsRead(forms: forms, files: files.count)), at: 0)
        }
        return input
    }

    /// Whether `text` names the unit ID column.
    static func isUnitColumn(_ text: String) -> Bool { FormSheet.role(ofLabel: text) == "unit_id" }

    /// `table`, read from ``assembly``'s records under `name`, with its problems told at the forms' own places and
    /// the reading's problems added.
    package func finish(_ table: AssessmentTable, name: String) -> AssessmentTable {
        var table = table
        table.diagnostics = problems + assembly.relocate(table.diagnostics, assembled: name)
        return table
    }

    /// Whether `path` names a folder.
    package static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return path != InputFile.standardInputName
            && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The files to read for `paths`: each file as it is, each folder's `.xlsx`, `.xlsm` and `.csv` files in name
    /// order (Excel's lock files `~$…` and hidden files left out).
    ///
    /// - Throws: ``InputError`` `.noInput` when a folder cannot be listed or holds no such file.
    package static func files(_ paths: [String]) throws(InputError) -> [String] {
        var files: [String] = []
        for path in paths {
            guard isFolder(path) else {
                files.append(path)
                continue
            }
            let names: [String]
            do { names = try FileManager.default.contentsOfDirectory(atPath: path) } catch {
                throw InputError(.noInput, file: path, FileMessage.cannotRead(reason: SystemError.text(of: EACCES)))
            }
            let chosen = names.filter { name in
                !name.hasPrefix("~$") && !name.hasPrefix(".")
                    && extensions.contains(name.split(separator: ".").last.map { $0.lowercased() } ?? "")
            }.sorted()
            guard !chosen.isEmpty else { throw InputError(.noInput, file: path, FormMessage.emptyFolder) }
            files += chosen.map { (path.hasSuffix("/") ? path : path + "/") + $0 }
        }
        return files
    }

    /// Reads `paths` (files and folders) as one assessment.
    ///
    /// - Throws: ``InputError`` when a file cannot be read, or the files hold neither a form nor a table.
    package static func load(
        paths: [String], measures: [Measure], levelCount: Int?, computed: [String: String] = [:],
        options: ReadingOptions = ReadingOptions(), framework: Framework? = nil
    ) throws(InputError) -> AssessmentTable {
        let name = paths.joined(separator: " ")
        var read: [(name: String, bytes: [UInt8])] = []
        for file in try files(paths) { read.append((file, try InputFile.readBytes(file))) }
        let known = Set(
            (AssessmentLoader.reservedColumns + measures.map(\.key) + computed.keys.sorted()).map { $0.lowercased() })
        guard
            let input = assembled(
                read, name: name, sheet: options.sheet, known: known, keepsEvidence: options.extraColumns == .keep)
        else {
            throw InputError(.data, file: name, FormMessage.noForms)
        }
        let table = AssessmentLoader.load(
            records: input.assembly.records, problems: [], file: name, measures: measures, levelCount: levelCount,
            computed: computed, options: options, framework: framework)
        return input.finish(table, name: name)
    }
}
