// Foundation: running the peer programs (Process) and finding them on PATH (FileManager). Tests only: no product
// depends on this target.
public import Foundation

/// Programs outside chiso that tests open its files with — Python with openpyxl or jsonschema, LibreOffice Calc
/// headless — found on `PATH`. A test that needs one is enabled only where it is found, and skipped, with the
/// reason, elsewhere; the toolkit itself never needs them.
public enum PeerTools {
    /// The path of an executable named `name` on `PATH`, if any.
    public static func executable(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `program` with `arguments`; its standard output, or `nil` when it cannot start or fails.
    public static func run(_ program: String, _ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }

    /// Python 3 itself, for checks that need only its standard library (its `json` module).
    public static let standardPython: String? = executable("python3")

    /// Python 3, when openpyxl imports in it.
    public static let python: String? = {
        guard let python = executable("python3"), run(python, ["-c", "import openpyxl"]) != nil else { return nil }
        return python
    }()

    /// Python 3, when jsonschema (a JSON Schema validator) imports in it.
    public static let jsonSchemaPython: String? = {
        guard let python = executable("python3"), run(python, ["-c", "import jsonschema"]) != nil else { return nil }
        return python
    }()

    /// LibreOffice's `soffice`.
    public static let soffice: String? = executable("soffice") ?? executable("libreoffice")

    /// A new empty directory for one test.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-peers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
