package import ChisoCore

/// Reads typed values out of a parsed JSON config, collecting every problem with its path and position instead
/// of stopping at the first. Unknown keys are problems too: a misspelt key must not pass silently.
package final class ConfigReader {
    package let file: String
    package private(set) var diagnostics: [Diagnostic] = []

    package init(file: String) {
        self.file = file
    }

    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Parses a config file's text (JSON with comments and trailing commas), or throws one error at the position
    /// where it stops being JSON.
    package static func parse(_ text: String, file: String) throws(InputError) -> JSONNode {
        do {
            return try JSONParser.parse(text)
        } catch {
            throw InputError(
                .data,
                [
                    Diagnostic(
                        file: file, line: error.position.line, column: error.position.column,
                        ConfigMessage.notJSON(error.problem))
                ])
        }
    }

    /// Reports `message` at `node` (its line and column), for the key at `path`.
    package func problem(
        _ message: some DiagnosticMessage,
        at node: JSONNode?,
        path: String,
        severity: Diagnostic.Severity = .error
    ) {
        diagnostics.append(
            Diagnostic(
                severity,
                file: file,
                line: node?.position.line,
                column: node?.position.column,
                field: path.isEmpty ? nil : path,
                message
            )
        )
    }

    /// The members of an object, after reporting keys that are not in `allowed` (with the nearest allowed key).
    /// Keys starting with `$` (`$schema`, `$comment`) are always allowed.
    ///
    /// - Parameters:
    ///   - node: The object.
    ///   - path: The object's path, for messages.
    ///   - allowed: The keys the object may have.
    ///   - misplaced: Keys that are not allowed here but have a meaning elsewhere, each with the message to report
    ///     instead of "unknown key" (a key of the other scheme in a framework file).
    /// - Returns: The allowed members by key, or `nil` when `node` is not an object.
    package func object(
        _ node: JSONNode,
        path: String,
        allowed: [String],
        misplaced: [String: any DiagnosticMessage] = [:]
    ) -> Members? {
        guard case .object(let members) = node.value else {
            problem(ConfigMessage.wrongType(expected: .object, found: .init(node)), at: node, path: path)
            return nil
        }
        var seen: [String: SourcePosition] = [:]
        var byKey: [String: JSONNode] = [:]
        for member in members {
            let memberPath = Self.join(path, member.key)
            let keyNode = JSONNode(.string(member.key), at: member.keyPosition)
            if let first = seen[member.key] {
                problem(ConfigMessage.duplicateKey(firstLine: first.line), at: keyNode, path: memberPath)
                continue
            }
            seen[member.key] = member.keyPosition
            if !member.key.hasPrefix("$"), !allowed.contains(member.key) {
                let message =
                    misplaced[member.key]
                    ?? ConfigMessage.unknownKey(
                        suggestion: NearestMatch.suggestion(for: member.key, among: allowed), allowed: allowed)
                problem(message, at: keyNode, path: memberPath)
                continue
            }
            byKey[member.key] = member.value
        }
        return Members(reader: self, node: node, path: path, members: byKey)
    }

    package func array(_ node: JSONNode, path: String) -> [JSONNode]? {
        guard case .array(let elements) = node.value else {
            problem(ConfigMessage.wrongType(expected: .array, found: .init(node)), at: node, path: path)
            return nil
        }
        return elements
    }

    package func string(_ node: JSONNode, path: String) -> String? {
        guard case .string(let text) = node.value else {
            problem(ConfigMessage.wrongType(expected: .string, found: .init(node)), at: node, path: path)
            return nil
        }
        return text
    }

    package func number(_ node: JSONNode, path: String) -> Double? {
        guard case .number(let value) = node.value else {
            problem(ConfigMessage.wrongType(expected: .number, found: .init(node)), at: node, path: path)
            return nil
        }
        return value
    }

    package func integer(_ node: JSONNode, path: String) -> Int? {
        guard let value = number(node, path: path) else { return nil }
        guard value == value.rounded(), abs(value) < 1e9 else {
            problem(ConfigMessage.notWholeNumber(found: value), at: node, path: path)
            return nil
        }
        return Int(value)
    }

    package func bool(_ node: JSONNode, path: String) -> Bool? {
        guard case .bool(let value) = node.value else {
            problem(ConfigMessage.wrongType(expected: .boolean, found: .init(node)), at: node, path: path)
            return nil
        }
        return value
    }

    package func localized(_ node: JSONNode, path: String) -> LocalizedText? {
        guard let members = object(node, path: path, allowed: ["vi", "en"]) else { return nil }
        guard let vi = members.string("vi"), let en = members.string("en") else { return nil }
        return LocalizedText(vi: vi, en: en)
    }

    package static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    /// The members of one object, read by key.
    package struct Members {
        package let reader: ConfigReader
        package let node: JSONNode
        package let path: String
        package let members: [String: JSONNode]

        package subscript(key: String) -> JSONNode? { members[key] }

        package func path(_ key: String) -> String { ConfigReader.join(path, key) }

        /// The member `key`, reporting it as missing when required.
        package func node(_ key: String, required: Bool = true) -> JSONNode? {
            if let value = members[key] { return value }
            if required { reader.problem(ConfigMessage.missingKey(key), at: node, path: path(key)) }
            return nil
        }

        package func string(_ key: String, required: Bool = true) -> String? {
            node(key, required: required).flatMap { reader.string($0, path: path(key)) }
        }

        package func number(_ key: String, required: Bool = true) -> Double? {
            node(key, required: required).flatMap { reader.number($0, path: path(key)) }
        }

        package func integer(_ key: String, required: Bool = true) -> Int? {
            node(key, required: required).flatMap { reader.integer($0, path: path(key)) }
        }

        package func bool(_ key: String, required: Bool = true) -> Bool? {
            node(key, required: required).flatMap { reader.bool($0, path: path(key)) }
        }

        package func localized(_ key: String, required: Bool = true) -> LocalizedText? {
            node(key, required: required).flatMap { reader.localized($0, path: path(key)) }
        }

        package func array(_ key: String, required: Bool = true) -> [JSONNode]? {
            node(key, required: required).flatMap { reader.array($0, path: path(key)) }
        }

        package func strings(_ key: String, required: Bool = true) -> [String]? {
            guard let elements = array(key, required: required) else { return nil }
            return elements.enumerated().compactMap { reader.string($1, path: "\(path(key))[\($0)]") }
        }
    }
}
