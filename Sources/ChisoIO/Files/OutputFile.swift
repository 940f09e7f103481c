// Foundation: file identity (FileManager attributes), atomic writes (Data.write(options: .atomic)).
import Foundation

/// Writes command output to a file atomically (to a temporary file beside it, then renamed over it), refusing to
/// write over any input of the command.
public enum OutputFile {
    /// Writes `text` to `path`.
    ///
    /// - Parameters:
    ///   - text: The contents.
    ///   - path: Where to write.
    ///   - inputs: The paths of the command's inputs, none of which may be overwritten.
    /// - Throws: ``InputError`` `.usage` when `path` names an input, `.noInput` when it cannot be written.
    public static func write(_ text: String, to path: String, inputs: [String]) throws(InputError) {
        let target = identity(of: path)
        for input in inputs where identity(of: input) == target {
            throw InputError(
                .usage,
                file: path,
                message: "is also an input of this command (\(input)); choose another --output file so that no "
                    + "input is lost"
            )
        }
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw InputError(.usage, file: path, message: "is a directory; --output takes a file name")
        }
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw InputError(
                .cannotCreate,
                file: path,
                message: "cannot be written (\(error.localizedDescription)); check that its directory exists and "
                    + "is writable"
            )
        }
    }

    /// Writes several files into a directory, each atomically, creating the directory if needed.
    public static func write(_ files: [(name: String, text: String)], into directory: String) throws(InputError) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw InputError(
                .cannotCreate, file: directory, message: "cannot create the directory (\(error.localizedDescription))")
        }
        for file in files {
            try write(file.text, to: URL(fileURLWithPath: directory).appendingPathComponent(file.name).path, inputs: [])
        }
    }

    /// What identifies a file: device and inode when it exists (so links and `./a` vs `a` match), else its
    /// absolute, standardised path.
    private static func identity(of path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        if let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
            let device = attributes[.systemNumber],
            let inode = attributes[.systemFileNumber]
        {
            return "\(device):\(inode)"
        }
        return url.path
    }
}
