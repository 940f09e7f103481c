// Foundation: reading files and their identity (FileManager, Data, stat).
import Foundation

/// Reads input files, turning every way of failing into an ``InputError`` that names the file.
public enum InputFile {
    /// The bytes of a file.
    ///
    /// - Throws: ``InputError`` `.noInput` when the file does not exist, is a directory or cannot be read.
    public static func readBytes(_ path: String) throws(InputError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(.noInput, file: path, message: "no such file; check the path")
        }
        guard !isDirectory.boolValue else {
            throw InputError(.noInput, file: path, message: "is a directory; expected a file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(.noInput, file: path, message: "cannot be read; check its permissions")
        }
        return [UInt8](data)
    }

    /// The text of a UTF-8 file (a leading byte-order mark is dropped).
    ///
    /// - Throws: ``InputError`` `.noInput` when unreadable, `.data` when not valid UTF-8 (with the line).
    public static func readText(_ path: String) throws(InputError) -> String {
        var bytes = try readBytes(path)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = UTF8Validation.invalidPositions(in: bytes, limit: 1).first {
            throw InputError(
                .data,
                [
                    Diagnostic(
                        file: path, line: bad.line, column: bad.column,
                        message: "not valid UTF-8; save the file as UTF-8")
                ]
            )
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
