import Foundation
import Testing

/// House rules checked on the sources of `Sources/ChisoFormats/Zip`: short functions and computed properties,
/// documented declarations.
struct ZipSourceTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../Sources/ChisoFormats/Zip").standardizedFileURL

    static func sources() throws -> [(String, [Substring])] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        return try names.sorted().map { name in
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            return (name, text.split(separator: "\n", omittingEmptySubsequences: false))
        }
    }

    /// The change in brace depth over `line`, braces inside string literals left out.
    static func braceBalance(_ line: Substring) -> Int {
        var (balance, inString, escaped) = (0, false, false)
        for character in line {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                inString.toggle()
            } else if !inString {
                balance += character == "{" ? 1 : character == "}" ? -1 : 0
            }
        }
        return balance
    }

    @Test func noFunctionIsLongerThanSixtyLines() throws {
        let start = try Regex(#"^\s*(@\w+\s+)*(\w+\s+)*(func \w|init[(<?]|var \w+: [^=]*\{\s*$)"#)
        let sources = try Self.sources()
        #expect(sources.count >= 10)
        for (name, lines) in sources {
            for (index, line) in lines.enumerated() where line.firstMatch(of: start) != nil {
                var (depth, opened, end) = (0, false, index)
                while end < lines.count {
                    depth += Self.braceBalance(lines[end])
                    opened = opened || lines[end].contains("{")
                    if opened && depth <= 0 { break }
                    end += 1
                }
                #expect(end - index + 1 <= 60, "\(name):\(index + 1) is \(end - index + 1) lines long")
            }
        }
    }

    @Test func everyPackageAndPublicDeclarationIsDocumented() throws {
        let declaration = try Regex(#"^\s*(public|package) (?!import)"#)
        for (name, lines) in try Self.sources() {
            for (index, line) in lines.enumerated() where line.firstMatch(of: declaration) != nil {
                var above = index - 1
                while above >= 0 && lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("@") { above -= 1 }
                let isDocumented = above >= 0 && lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("///")
                #expect(isDocumented, "\(name):\(index + 1) \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
    }
}
