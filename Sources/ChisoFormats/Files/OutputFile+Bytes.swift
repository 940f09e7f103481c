import ChisoCore
// Foundation: creating the directory (FileManager), as OutputFile does.
import Foundation

extension OutputFile {
    /// Writes several binary files into a directory, each atomically, creating the directory if needed. With
    /// ``Existing/keep``, no file is written when any of them exists.
    ///
    /// - Throws: ``InputError`` `.cannotCreate` when the directory cannot be created, a file exists and `existing`
    ///   is ``Existing/keep``, or a file cannot be written.
    package static func write(
        bytes files: [(name: String, bytes: [UInt8])], into directory: String, inputs: [String],
        existing: Existing = .replace
    ) throws(InputError) {
        let paths = files.map { (directory.hasSuffix("/") ? directory : directory + "/") + $0.name }
        if existing == .keep {
            for path in paths {
                guard case .file(let target, let mode?) = try OutputDestination.resolve(path) else { continue }
                try checkReplaceable(path, target: target, mode: mode, existing: .keep)
            }
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw InputError(
                .cannotCreate, file: directory,
                FileMessage.cannotCreateDirectory(
                    reason: LocalizedText(vi: error.localizedDescription, en: error.localizedDescription)))
        }
        for (file, path) in zip(files, paths) {
            try write(bytes: file.bytes, to: path, inputs: inputs, existing: existing)
        }
    }
}
