public import ChisoCore
// Foundation: the identity of a framework file (URL, with links resolved).
import Foundation

/// Checks of a framework file that decoding the file alone cannot make: the framework its `childFramework` names, and
/// an ID that a built-in framework already has.
extension FrameworkCatalog {
    /// The deepest chain of `childFramework` links followed before giving up.
    static let maximumChildDepth = 16

    /// Whether `reference` names a built-in framework rather than a file.
    public static func isBuiltIn(_ reference: String) -> Bool {
        builtIn.contains { $0.id == reference }
    }

    /// How `childFramework` is found: a built-in ID as it is, anything else as a file beside the framework's own
    /// file (`ID.json`, or the name as written when it ends in `.json`).
    ///
    /// - Parameters:
    ///   - child: The value of `childFramework`.
    ///   - reference: How the framework that names it was named: an ID or a path.
    /// - Returns: A built-in ID or a path.
    package static func childReference(_ child: String, of reference: String) -> String {
        if isBuiltIn(child) { return child }
        let name = child.hasSuffix(".json") ? child : "\(child).json"
        let directory = isBuiltIn(reference) ? "." : OutputDestination.directory(of: reference)
        return directory == "." ? name : (directory == "/" ? "" : directory) + "/" + name
    }

    /// Loads a framework and checks what `chiso frameworks validate` checks beyond the file itself: that its
    /// `childFramework` exists (a built-in or a file beside it), is a level framework, is not the framework itself,
    /// and leads to no cycle of frameworks that roll each other up. ``load(_:)`` checks the same for every file;
    /// this checks a built-in's chain too.
    ///
    /// - Parameter reference: A built-in ID or the path of a framework file.
    /// - Returns: The framework and its warnings.
    /// - Throws: ``InputError``: what ``load(_:)`` throws; `.data` with every problem of the `childFramework`.
    public static func validate(_ reference: String) throws(InputError) -> (Framework, [Diagnostic]) {
        let (framework, warnings) = try loadAlone(reference)
        let problems = childFrameworkProblems(of: framework, reference: reference)
        guard problems.isEmpty else { throw InputError(.data, problems + warnings) }
        return (framework, warnings)
    }

    /// The problems of the chain of `childFramework` links that starts at `framework`, each pointing at the
    /// `childFramework` of the file named by `reference`.
    static func childFrameworkProblems(of framework: Framework, reference: String) -> [Diagnostic] {
        guard let child = framework.childFramework else { return [] }
        let position = memberPosition("childFramework", in: reference)
        func problem(_ message: FrameworkMessage) -> [Diagnostic] {
            [
                Diagnostic(
                    file: displayName(reference), line: position?.line, column: position?.column,
                    field: "childFramework", value: child, message)
            ]
        }
        if child == framework.id {
            return problem(.childIsSelf)
        }
        var chain = [(id: framework.id, identity: identity(of: reference))]
        var current = (framework: framework, reference: reference)
        while let next = current.framework.childFramework, chain.count <= maximumChildDepth {
            let nextReference = childReference(next, of: current.reference)
            let nextIdentity = identity(of: nextReference)
            if let start = chain.firstIndex(where: { $0.identity == nextIdentity || $0.id == next }) {
                let cycle = chain[start...].map(\.id) + [next]
                return problem(.childCycle(cycle))
            }
            let loaded: Framework
            do {
                loaded = try loadAlone(nextReference).0
            } catch {
                if error.kind == .noInput {
                    return problem(
                        .childNotFound(
                            path: nextReference,
                            suggestion: NearestMatch.suggestion(for: next, among: builtIn.map(\.id))))
                }
                return problem(.childUnusable(path: nextReference, problems: error.diagnostics.count))
            }
            guard let format = declaredScheme(of: nextReference).flatMap(SchemeFormat.named),
                format.scoresSubordinateUnits
            else {
                return problem(
                    .childNotLevelFramework(
                        id: loaded.id, schemes: SchemeFormat.registered.filter(\.scoresSubordinateUnits).map(\.name)))
            }
            chain.append((loaded.id, nextIdentity))
            current = (loaded, nextReference)
        }
        return []
    }

    /// A warning when a framework file reuses the ID of a built-in framework but differs from it: its results would
    /// carry the ID of the official framework.
    static func builtInIDWarning(_ framework: Framework, file: String, text: String) -> Diagnostic? {
        guard isBuiltIn(framework.id), let official = try? loadAlone(framework.id).0, official != framework else {
            return nil
        }
        let position = memberPosition("id", inText: text)
        return Diagnostic(
            .warning, file: file, line: position?.line, column: position?.column, field: "id", value: framework.id,
            FrameworkMessage.builtInIDReused(id: framework.id))
    }

    /// How messages name a framework: a built-in ID as built-ins are named, a file by its path.
    static func displayName(_ reference: String) -> String {
        isBuiltIn(reference) ? "\(reference) (built-in)" : reference
    }

    /// What identifies a framework: a built-in's ID, or a file's absolute path with links resolved.
    private static func identity(of reference: String) -> String {
        isBuiltIn(reference)
            ? "built-in:\(reference)"
            : URL(fileURLWithPath: reference).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The text of a framework: a built-in's embedded text or a file's contents, if it can be read.
    private static func text(of reference: String) -> String? {
        if let entry = builtIn.first(where: { $0.id == reference }) { return entry.text }
        return try? InputFile.readText(reference)
    }

    /// The `"scheme"` a framework's file declares.
    private static func declaredScheme(of reference: String) -> String? {
        guard let text = text(of: reference), let root = try? JSONParser.parse(text),
            case .object(let members) = root.value,
            case .string(let scheme)? = members.first(where: { $0.key == "scheme" })?.value.value
        else { return nil }
        return scheme
    }

    /// Where a top-level member's value stands in a framework's file.
    private static func memberPosition(_ key: String, in reference: String) -> SourcePosition? {
        text(of: reference).flatMap { memberPosition(key, inText: $0) }
    }

    private static func memberPosition(_ key: String, inText text: String) -> SourcePosition? {
        guard let root = try? JSONParser.parse(text), case .object(let members) = root.value else { return nil }
        return members.first { $0.key == key }?.value.position
    }
}
