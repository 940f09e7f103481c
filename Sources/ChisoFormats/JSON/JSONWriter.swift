import ChisoCore

/// Writes JSON with keys in the order given and locale-independent numbers, so output is byte-for-byte stable.
package enum JSONWriter {
    /// `value` as indented JSON text, ending in a line break.
    package static func write(_ value: JSONNode.Value) -> String {
        var text = ""
        append(value, to: &text, indent: 0)
        return text + "\n"
    }

    /// Appends `value` as JSON to `text`; the lines inside an object or an array (other than an array of scalars,
    /// which stays on one line) are indented by `indent` + 2 spaces, the closing bracket by `indent`.
    static func append(_ value: JSONNode.Value, to text: inout String, indent: Int) {
        switch value {
        case .null: text += "null"
        case .bool(let flag): text += flag ? "true" : "false"
        case .number(let number): text += numberText(number)
        case .string(let string): appendString(string, to: &text)
        case .array(let elements):
            guard !elements.isEmpty else {
                text += "[]"
                return
            }
            let scalarsOnly = elements.allSatisfy {
                switch $0.value {
                case .array, .object: false
                default: true
                }
            }
            if scalarsOnly {
                text += "["
                for (index, element) in elements.enumerated() {
                    if index > 0 { text += ", " }
                    append(element.value, to: &text, indent: indent)
                }
                text += "]"
                return
            }
            text += "[\n"
            for (index, element) in elements.enumerated() {
                text += String(repeating: " ", count: indent + 2)
                append(element.value, to: &text, indent: indent + 2)
                text += index == elements.count - 1 ? "\n" : ",\n"
            }
            text += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else {
                text += "{}"
                return
            }
            text += "{\n"
            for (index, member) in members.enumerated() {
                text += String(repeating: " ", count: indent + 2)
                appendString(member.key, to: &text)
                text += ": "
                append(member.value.value, to: &text, indent: indent + 2)
                text += index == members.count - 1 ? "\n" : ",\n"
            }
            text += String(repeating: " ", count: indent) + "}"
        }
    }

    /// `number` as JSON: the shortest text that reads back as it, or `null` when it is not finite (JSON has no
    /// NaN or infinity).
    static func numberText(_ number: Double) -> String {
        number.isFinite ? NumberText.shortest(number) : "null"
    }

    /// Appends `string` to `text` as a JSON string: quoted, with quotes, backslashes and control characters escaped,
    /// and, for JSON inside an HTML `<script>` element, `<` written `\u003c` so that no text can close the element.
    package static func appendString(_ string: String, to text: inout String, forHTMLScript: Bool = false) {
        if !string.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || (forHTMLScript && $0 == 0x3C) }) {
            text += "\""
            text += string
            text += "\""
            return
        }
        text += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "<" where forHTMLScript: text += "\\u003c"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}

/// Builds ordered JSON values tersely.
package struct JSONObjectBuilder {
    package private(set) var members: [(key: String, keyPosition: SourcePosition, value: JSONNode)] = []

    package init() {}

    package mutating func add(_ key: String, _ value: JSONNode.Value) {
        members.append((key, SourcePosition(line: 0, column: 0), JSONNode(value)))
    }

    package mutating func add(_ key: String, _ string: String?) {
        add(key, string.map { .string($0) } ?? .null)
    }

    package mutating func add(_ key: String, _ number: Double?) {
        add(key, number.map { .number($0) } ?? .null)
    }

    package mutating func add(_ key: String, _ number: Int?) {
        add(key, number.map { .number(Double($0)) } ?? .null)
    }

    package mutating func add(_ key: String, _ flag: Bool?) {
        add(key, flag.map { .bool($0) } ?? .null)
    }

    package mutating func add(_ key: String, strings: [String]) {
        add(key, .array(strings.map { JSONNode(.string($0)) }))
    }

    package var value: JSONNode.Value { .object(members) }

    /// A row of tidy output as members: numbers where the column is numeric and the cell reads as one, text
    /// elsewhere, and nothing for an empty cell.
    package mutating func add(row: [String], columns: [String], numeric: (String) -> Bool) {
        for (column, value) in zip(columns, row) {
            if numeric(column), let number = Double(value) {
                add(column, number)
            } else {
                add(column, value.isEmpty ? nil : value)
            }
        }
    }
}

extension JSONNode.Value {
    package static func array(_ values: [JSONNode.Value]) -> JSONNode.Value {
        .array(values.map { JSONNode($0) })
    }

    /// An array of objects, one per item, each filled in by `fill`.
    package static func objects<Item>(
        _ items: some Sequence<Item>,
        _ fill: (Item, inout JSONObjectBuilder) -> Void
    ) -> JSONNode.Value {
        .array(
            items.map { item in
                var object = JSONObjectBuilder()
                fill(item, &object)
                return object.value
            }
        )
    }
}
