public import ChisoCore
// Foundation: reading files (FileManager, String(contentsOf:)).
import Foundation
import Synchronization

/// Finds frameworks: the built-in ones by ID, embedded in the binary at build time from `frameworks/*.json`, or
/// any framework file by path.
public enum FrameworkCatalog {
    /// A built-in framework file.
    public struct Entry: Sendable {
        /// The framework ID, the file name without `.json`.
        public var id: String
        /// The file's text.
        public var text: String
    }

    /// The built-in framework files, sorted by ID (the JSON Schema file is not among them).
    public static let builtIn: [Entry] = EmbeddedFrameworks.files
        .filter {
            $0.name.hasSuffix(".json") && !$0.name.hasSuffix(".schema.json") && !$0.name.hasSuffix(".crosswalk.json")
        }
        .map { Entry(id: String($0.name.dropLast(".json".count)), text: $0.contents) }

    /// The built-in frameworks decoded so far, by ID, each with the warnings its file raised or the error it threw.
    /// The `static let` is created once per process, on first use, even when several threads reach it together.
    private static let decodedBuiltIns = Mutex<[String: Result<(Framework, [Diagnostic]), InputError>]>([:])

    /// A built-in framework, decoded at its first load and never again in this process. The lock is held while it
    /// is decoded, so that two threads loading it together do not both decode it; decoding does not come back here.
    private static func decoded(_ entry: Entry) -> Result<(Framework, [Diagnostic]), InputError> {
        decodedBuiltIns.withLock { decoded in
            if let result = decoded[entry.id] { return result }
            let result = Result { () throws(InputError) in
                try FrameworkDecoder.decode(entry.text, file: "\(entry.id) (built-in)")
            }
            decoded[entry.id] = result
            return result
        }
    }

    /// The names of every embedded file: frameworks, schemas, crosswalks, unit maps.
    public static var embeddedNames: [String] { EmbeddedFrameworks.files.map(\.name) }

    /// The text of an embedded file that is not a framework (the JSON Schema), by file name.
    public static func embeddedFile(named name: String) -> String? {
        EmbeddedFrameworks.files.first { $0.name == name }?.contents
    }

    /// Loads a framework named by its built-in ID or by the path of a framework file. A built-in is decoded once per
    /// process and then served from memory, with the same warnings or error; a file is read and decoded at every
    /// call, as it may have changed.
    ///
    /// Every command loads its frameworks here, so each runs the checks `chiso frameworks validate` runs on a file:
    /// the file itself, and the chain of `childFramework` links it starts (that each exists, is a level framework and
    /// leads to no cycle).
    ///
    /// - Parameter reference: A built-in ID such as `vn-2361-commune`, or a path.
    /// - Returns: The framework and the warnings its file raised, among them one when a file reuses the ID of a
    ///   built-in framework but differs from it.
    /// - Throws: ``InputError``: `.usage` for an unknown ID (with the nearest one suggested), `.noInput` for a file
    ///   that cannot be read, `.data` for a file with problems or a `childFramework` that cannot be used, listing
    ///   them all.
    public static func load(_ reference: String) throws(InputError) -> (Framework, [Diagnostic]) {
        let (framework, warnings) = try loadAlone(reference)
        // A built-in's chain is fixed when chiso is built, and checked by its tests and by `validate`.
        if isBuiltIn(reference) { return (framework, warnings) }
        let problems = childFrameworkProblems(of: framework, reference: reference)
        guard problems.isEmpty else { throw InputError(.data, problems + warnings) }
        return (framework, warnings)
    }

    /// Loads a framework without following its `childFramework`: what ``load(_:)`` does before its checks of the
    /// chain, which load each framework of the chain this way.
    static func loadAlone(_ reference: String) throws(InputError) -> (Framework, [Diagnostic]) {
        if let entry = builtIn.first(where: { $0.id == reference }) {
            return try decoded(entry).get()
        }
        let isTable = FrameworkTable.isTableFile(reference)
        let looksLikePath = reference.contains("/") || reference.hasSuffix(".json") || isTable
        guard looksLikePath || FileManager.default.fileExists(atPath: reference) else {
            let ids = builtIn.map(\.id)
            throw InputError(
                .usage, file: reference,
                FrameworkMessage.unknownFramework(
                    reference, suggestion: NearestMatch.suggestion(for: reference, among: ids), builtIn: ids))
        }
        if isTable {
            // The second file format: a decision's annex table, read as `frameworks import` reads it.
            let outcome = FrameworkTableImport.read(try InputFile.readBytes(reference), file: reference)
            guard let framework = outcome.framework else { throw InputError(.data, outcome.problems) }
            return (framework, outcome.problems.filter { $0.severity != .notice })
        }
        let text = try InputFile.readText(reference)
        var (framework, warnings) = try FrameworkDecoder.decode(text, file: reference)
        if let reuse = builtInIDWarning(framework, file: reference, text: text) { warnings.insert(reuse, at: 0) }
        return (framework, warnings)
    }

    /// Loads the framework that scores the subordinate units of `framework`, looking for a built-in ID first and
    /// then for a file named `ID.json` beside the framework's own file.
    ///
    /// - Parameters:
    ///   - framework: A framework with a `childFramework`.
    ///   - reference: How `framework` was named: an ID or a path.
    /// - Throws: ``InputError`` when the child framework cannot be found or loaded.
    public static func loadChild(of framework: Framework, reference: String) throws(InputError) -> (
        Framework, [Diagnostic]
    )? {
        guard let child = framework.childFramework else { return nil }
        return try load(childReference(child, of: reference))
    }
}
