import Foundation
import Testing

/// The folders inside each module form a graph without cycles, as the modules do: a file in folder A that names a
/// type declared in folder B of the same module is an edge A → B, and no chain of edges leads back to where it began.
/// The compiler cannot enforce this inside a module, so this test scans `Sources/` for it.
@Suite struct FolderCycleTests {
    @Test func noFolderCycleInsideAModule() throws {
        let graph = try FolderGraph(sources: repository.appendingPathComponent("Sources"))
        #expect(graph.files.count > 100, "the scan found too few source files to mean anything")
        #expect(graph.edges.count > 20, "the scan found too few edges between folders to mean anything")
        let cycles = graph.cycles()
        #expect(cycles.isEmpty, "folder cycles:\n\(cycles.map(graph.describe).joined(separator: "\n"))")
    }

    @Test func aCycleIsFoundAndNamedWithItsEdges() {
        let graph = FolderGraph(files: [
            "M/A/Alpha.swift": "public struct Alpha { var beta: Beta? }",
            "M/B/Beta.swift": "struct Beta { var gamma: Gamma }",
            "M/C/Gamma.swift": "enum Gamma { case a(Alpha) }",
            "M/D/Delta.swift": "struct Delta { var alpha: Alpha }",
        ])
        let cycles = graph.cycles()
        #expect(cycles == [["M/A", "M/B", "M/C"]])
        #expect(
            graph.describe(cycles[0])
                == """
                M/A → M/B → M/C → M/A
                    M/A → M/B: Alpha.swift names Beta
                    M/B → M/C: Beta.swift names Gamma
                    M/C → M/A: Gamma.swift names Alpha
                """)
    }

    @Test func commentsStringsAndOtherModulesMakeNoEdge() {
        let graph = FolderGraph(files: [
            "M/A/Alpha.swift": """
            /// Unlike ``Beta``, /* a Beta */ it is alone.
            struct Alpha {
                let text = "a Beta \\(1) \\"Beta\\""
                let raw = #"Beta "Beta""#
                let long = \"""
                    Beta
                    \"""
            }
            """,
            "M/B/Beta.swift": "struct Beta { var alpha: Alpha }",
            "N/C/Gamma.swift": "struct Gamma { var beta: Beta }",
        ])
        #expect(graph.edges.keys.sorted() == [FolderGraph.Edge(from: "M/B", to: "M/A")])
        #expect(graph.cycles().isEmpty)
    }

    @Test func aTypeNamedInAnInterpolationMakesAnEdge() {
        let graph = FolderGraph(files: [
            "M/A/Alpha.swift": #"let text = "size \(Beta.size) and \("quoted \(Gamma.x)")""#,
            "M/B/Beta.swift": "enum Beta {}",
            "M/C/Gamma.swift": "enum Gamma {}",
        ])
        #expect(
            graph.edges.keys.sorted() == [
                FolderGraph.Edge(from: "M/A", to: "M/B"), FolderGraph.Edge(from: "M/A", to: "M/C"),
            ])
    }
}

/// The folders of the modules under `Sources/` and the edges between them: folder A → folder B when a file in A
/// names a type declared at the top level of a file in B, in the same module. A name declared in more than one place
/// makes no edge. Comments and the text of string literals are ignored; the code in interpolations is not.
struct FolderGraph {
    /// An edge between two folders, given as paths below `Sources/` (`ChisoCore/Schemes/Levels`).
    struct Edge: Hashable, Comparable {
        var from: String
        var to: String

        static func < (lhs: Edge, rhs: Edge) -> Bool { (lhs.from, lhs.to) < (rhs.from, rhs.to) }
    }

    /// The source of each file, by path below `Sources/`.
    let files: [String: String]
    /// Each edge, with the references that make it (`File.swift names Type`), sorted.
    let edges: [Edge: [String]]

    /// Reads every `.swift` file below `sources`.
    init(sources: URL) throws {
        var files: [String: String] = [:]
        let paths = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        for path in paths where path.hasSuffix(".swift") {
            files[path] = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
        }
        self.init(files: files)
    }

    /// Builds the graph of `files`, source by path below `Sources/`.
    init(files: [String: String]) {
        self.files = files
        let code = files.mapValues(SwiftCode.stripped)
        var declared: [String: [String]] = [:]
        for (path, text) in code {
            for name in SwiftCode.topLevelTypes(in: text) { declared[name, default: []].append(path) }
        }
        var edges: [Edge: Set<String>] = [:]
        for (path, text) in code {
            let from = Self.folder(of: path)
            for name in SwiftCode.capitalisedIdentifiers(in: text) {
                guard let places = declared[name], places.count == 1 else { continue }
                let to = Self.folder(of: places[0])
                guard to != from, Self.module(of: to) == Self.module(of: from) else { continue }
                let file = path.split(separator: "/").last.map(String.init) ?? path
                edges[Edge(from: from, to: to), default: []].insert("\(file) names \(name)")
            }
        }
        self.edges = edges.mapValues { $0.sorted() }
    }

    static func folder(of path: String) -> String { path.split(separator: "/").dropLast().joined(separator: "/") }
    static func module(of folder: String) -> String { folder.split(separator: "/").first.map(String.init) ?? "" }

    /// The folders that lie on a cycle, one sorted list per strongly connected set of more than one folder.
    func cycles() -> [[String]] {
        let next = Dictionary(grouping: edges.keys, by: \.from).mapValues { $0.map(\.to).sorted() }
        let folders = Set(edges.keys.flatMap { [$0.from, $0.to] }).sorted()
        let reach = folders.map { (folder: $0, reached: reachable(from: $0, next: next)) }
        var seen: Set<String> = []
        var cycles: [[String]] = []
        for (folder, reached) in reach where !seen.contains(folder) {
            let set = reach.filter { reached.contains($0.folder) && $0.reached.contains(folder) }.map(\.folder)
            seen.formUnion(set)
            if set.count > 1 { cycles.append(set.sorted()) }
        }
        return cycles
    }

    /// The folders reachable from `start` by one edge or more.
    private func reachable(from start: String, next: [String: [String]]) -> Set<String> {
        var reached: Set<String> = []
        var queue = next[start] ?? []
        while let folder = queue.popLast() {
            guard reached.insert(folder).inserted else { continue }
            queue += next[folder] ?? []
        }
        return reached
    }

    /// A cycle through the folders of `set` (a shortest way back to the first), then every edge inside the set.
    func describe(_ set: [String]) -> String {
        let inside = edges.filter { set.contains($0.key.from) && set.contains($0.key.to) }
        var lines = [loop(in: set, edges: Array(inside.keys)).joined(separator: " → ")]
        for (edge, references) in inside.sorted(by: { $0.key < $1.key }) {
            lines.append("    \(edge.from) → \(edge.to): \(references.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n")
    }

    /// A shortest path from the first folder of `set` back to itself, by breadth-first search.
    private func loop(in set: [String], edges: [Edge]) -> [String] {
        guard let start = set.first else { return [] }
        let next = Dictionary(grouping: edges, by: \.from).mapValues { $0.map(\.to).sorted() }
        var paths = [[start]]
        var visited: Set<String> = []
        while !paths.isEmpty {
            var longer: [[String]] = []
            for path in paths {
                for folder in next[path[path.count - 1]] ?? [] {
                    if folder == start { return path + [start] }
                    if visited.insert(folder).inserted { longer.append(path + [folder]) }
                }
            }
            paths = longer
        }
        return set
    }
}

/// Just enough of Swift's lexical structure to find type names in code.
enum SwiftCode {
    /// `text` without comments, and with the text of every string literal removed (its interpolations kept).
    static func stripped(_ text: String) -> String {
        var scanner = Scanner(characters: Array(text))
        return String(scanner.code(untilParenthesis: false))
    }

    /// The names of the types (struct, enum, class, protocol, actor, typealias) declared at the start of a line.
    static func topLevelTypes(in code: String) -> [String] {
        let modifiers: Set<String> = ["public", "package", "internal", "private", "fileprivate", "final", "indirect"]
        let kinds: Set<String> = ["struct", "enum", "class", "protocol", "actor", "typealias"]
        var names: [String] = []
        for line in code.split(separator: "\n") where line.first?.isLetter == true {
            let words = line.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init)
            let rest = words.drop(while: { modifiers.contains($0) })
            if let kind = rest.first, kinds.contains(kind), rest.count > 1 { names.append(rest[rest.startIndex + 1]) }
        }
        return names
    }

    /// The identifiers in `code` that begin with a capital letter.
    static func capitalisedIdentifiers(in code: String) -> Set<String> {
        let words = code.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") })
        return Set(words.filter { $0.first?.isUppercase == true }.map(String.init))
    }

    /// Walks Swift source, keeping code and dropping comments and the text of string literals.
    private struct Scanner {
        let characters: [Character]
        var index = 0

        init(characters: [Character]) { self.characters = characters }

        func peek(_ text: String, at offset: Int = 0) -> Bool {
            var position = index + offset
            for character in text {
                guard position < characters.count, characters[position] == character else { return false }
                position += 1
            }
            return true
        }

        /// Code up to the end, or up to the `)` that closes an interpolation.
        mutating func code(untilParenthesis: Bool) -> [Character] {
            var kept: [Character] = []
            var depth = 0
            while index < characters.count {
                let character = characters[index]
                if peek("//") {
                    while index < characters.count, characters[index] != "\n" { index += 1 }
                } else if peek("/*") {
                    skipBlockComment()
                } else if let interpolations = skipString() {
                    kept += [" "] + interpolations + [" "]
                } else {
                    if untilParenthesis, character == "(" { depth += 1 }
                    if untilParenthesis, character == ")" {
                        if depth == 0 { return kept }
                        depth -= 1
                    }
                    kept.append(character)
                    index += 1
                }
            }
            return kept
        }

        mutating func skipBlockComment() {
            var depth = 0
            while index < characters.count {
                if peek("/*") {
                    depth += 1
                    index += 2
                } else if peek("*/") {
                    depth -= 1
                    index += 2
                    if depth == 0 { return }
                } else {
                    index += 1
                }
            }
        }

        /// Skips a string literal starting here (raw or not, one line or many) and returns the code of its
        /// interpolations; nil, skipping nothing, when no string starts here.
        mutating func skipString() -> [Character]? {
            var hashes = 0
            while peek("#", at: hashes) { hashes += 1 }
            guard peek("\"", at: hashes) else { return nil }
            let quote = peek("\"\"\"", at: hashes) ? "\"\"\"" : "\""
            let close = quote + String(repeating: "#", count: hashes)
            let interpolation = "\\" + String(repeating: "#", count: hashes) + "("
            var interpolations: [Character] = []
            index += hashes + quote.count
            while index < characters.count {
                if peek(close) {
                    index += close.count
                    return interpolations
                } else if peek(interpolation) {
                    index += interpolation.count
                    interpolations += code(untilParenthesis: true) + [" "]
                    index += 1
                } else {
                    index += hashes == 0 && characters[index] == "\\" ? 2 : 1
                }
            }
            return interpolations
        }
    }
}
