/// Where a command writes: standard output and standard error, collected so tests can read them.
public struct Console: Sendable {
    /// What was written to standard output.
    public var output = ""
    /// What was written to standard error.
    public var error = ""

    /// Creates an empty console.
    public init() {}

    mutating func print(_ text: String) {
        output += text.hasSuffix("\n") || text.isEmpty ? text : text + "\n"
    }

    mutating func printError(_ text: String) {
        error += text.hasSuffix("\n") ? text : text + "\n"
    }
}
