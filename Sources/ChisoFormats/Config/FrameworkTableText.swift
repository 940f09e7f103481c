import ChisoCore

/// The framework file an import writes: the framework's JSON, laid out as ``FrameworkEncoder`` lays it out, with
/// comment lines heading the file and standing before the objects they are about. It places the decoder's
/// problems, which point into this text, back on the table's rows.
struct FrameworkTableText {
    /// The file's lines.
    let lines: [String]
    /// The lines (from 1) from each object's `"id"` member to its closing brace, with the ID, in file order.
    let objects: [(lines: ClosedRange<Int>, id: String)]

    /// Lays out `root` with `heading` above it and each `comments[id]` before the `"id"` member of the first
    /// object with that ID.
    init(root: JSONNode.Value, comments: [String: [String]], heading: [String]) {
        var lines = heading.map { "// " + $0 }
        var objects: [(lines: ClosedRange<Int>, id: String)] = []
        var open: [(line: Int, indent: Int, id: String)] = []
        var pending = comments
        for line in JSONWriter.write(root).split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop(while: { $0 == " " })
            if let id = Self.objectID(trimmed) {
                let indent = String(line.prefix(line.count - trimmed.count))
                for comment in pending.removeValue(forKey: id) ?? [] {
                    for part in comment.split(separator: "\n", omittingEmptySubsequences: false) {
                        lines.append(indent + "// " + part)
                    }
                }
                open.append((lines.count + 1, indent.count, id))
            } else if trimmed.hasPrefix("}"), let last = open.last, line.count - trimmed.count == last.indent - 2 {
                open.removeLast()
                objects.append((last.line...(lines.count + 1), last.id))
            }
            lines.append(String(line))
        }
        self.lines = lines
        self.objects = objects
    }

    /// The file's text.
    var text: String { lines.joined(separator: "\n") + (lines.last?.isEmpty == false ? "\n" : "") }

    /// The ID of a `"id": "…"` member line (trimmed at its start), or `nil`.
    static func objectID(_ line: Substring) -> String? {
        let prefix = "\"id\": "
        guard line.hasPrefix(prefix) else { return nil }
        var value = line.dropFirst(prefix.count)
        if value.hasSuffix(",") { value = value.dropLast() }
        guard let node = try? JSONParser.parse(String(value)), case .string(let id) = node.value else { return nil }
        return id
    }

    /// `diagnostics` about this text placed on the table: a problem inside the object read from a row of `rows`
    /// is put on that row (of `sheet`), its JSON path kept as its field; one outside every row's object keeps no
    /// line.
    func placing(_ diagnostics: [Diagnostic], rows: [AnnexRow], sheet: String?) -> [Diagnostic] {
        let rowLine = Dictionary(rows.map { ($0.id, $0.line) }, uniquingKeysWith: { first, _ in first })
        return diagnostics.map { diagnostic in
            var placed = diagnostic
            let object = diagnostic.line.flatMap { line in
                objects.filter { $0.lines.contains(line) }.min { $0.lines.count < $1.lines.count }
            }
            placed.line = object.flatMap { rowLine[$0.id] }
            placed.column = nil
            return placed.line == nil ? placed : placed.placed(onSheet: sheet, of: placed.file)
        }
    }
}
