#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The schema file beside a framework file: framework files name their schema by a relative name, `"$schema":
/// "chiso-framework.schema.json"`, which an editor looks for in the framework file's own directory, with no network.
extension FrameworkSchema {
    /// What became of the schema file beside a framework file.
    package enum Placement: Equatable, Sendable {
        /// The schema was written to this path.
        case wrote(String)
        /// The file at this path already holds this schema.
        case current(String)
        /// The file at this path differs from this schema and was kept (no `--force`).
        case keptDifferent(String)
        /// The framework file is not a file in a directory (standard output, a device) or is itself named as the
        /// schema file, so nothing was written.
        case notAFile
    }

    /// The path of the schema file beside the framework file at `path`: in the same directory.
    package static func path(beside path: String) -> String {
        let directory = OutputDestination.directory(of: path)
        return directory == "." && !path.hasPrefix("./") ? fileName : directory + "/" + fileName
    }

    /// Where `chiso frameworks schema --output OUTPUT` writes: `OUTPUT`, or the schema file in it when `OUTPUT` is
    /// a directory, so that `--output DIR` puts the schema beside the framework files in `DIR`.
    package static func destination(forOutput output: String) -> String {
        var info = stat()
        guard stat(output, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return output }
        return (output.hasSuffix("/") ? output : output + "/") + fileName
    }

    /// Writes `schema` beside the framework file at `framework`; a file already there is replaced only when
    /// `replacing`, and is otherwise read only to say whether it holds this schema.
    ///
    /// - Parameters:
    ///   - schema: The schema's text (``text(for:)``).
    ///   - framework: The path the framework file was written to.
    ///   - replacing: Whether a schema file that differs may be replaced (`--force`).
    /// - Returns: What became of the schema file.
    /// - Throws: ``InputError`` when the schema file cannot be read or written.
    package static func write(_ schema: String, beside framework: String, replacing: Bool) throws(InputError)
        -> Placement
    {
        guard OutputDestination.name(of: framework) != fileName, case .file = try OutputDestination.resolve(framework)
        else { return .notAFile }
        let target = path(beside: framework)
        guard case .file(_, let mode) = try OutputDestination.resolve(target) else { return .notAFile }
        if mode != nil, !replacing {
            return (try? InputFile.readText(target)) == schema ? .current(target) : .keptDifferent(target)
        }
        try OutputFile.write(schema, to: target, inputs: [framework], existing: .replace)
        return .wrote(target)
    }
}
