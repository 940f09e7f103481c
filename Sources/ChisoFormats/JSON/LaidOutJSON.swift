/// A JSON value together with the line breaks it is written with, for files laid out by hand and assembled from
/// parts (the JSON Schema of framework files): short objects stay on one line, long ones break, as their author
/// wrote them, and writing the value back gives the same text.
///
/// Read a value from text with ``parse(_:file:)``: an element starts a new line where it did in the text. Write it
/// with ``written()``: the lines inside a broken object or array are indented two spaces more than its opening line.
package indirect enum LaidOutJSON: Sendable {
    /// A string, number, boolean or null.
    case scalar(JSONNode.Value)
    /// An array's elements, in order.
    case array([Item])
    /// An object's members, in order.
    case object([Item])

    /// An element of an array or a member of an object.
    package struct Item: Sendable {
        /// The member's key; `nil` for an element of an array.
        package var key: String?
        /// The value.
        package var value: LaidOutJSON
        /// Whether the item starts a new line; the container breaks over lines when any of its items does.
        package var startsLine: Bool

        /// Creates an item.
        package init(key: String? = nil, _ value: LaidOutJSON, startsLine: Bool = false) {
            self.key = key
            self.value = value
            self.startsLine = startsLine
        }
    }
}

extension LaidOutJSON {
    /// Reads `text` (comments and trailing commas allowed), keeping where its elements start new lines.
    ///
    /// - Throws: ``InputError`` pointing at the line and column of a syntax error, naming `file`.
    package static func parse(_ text: String, file: String) throws(InputError) -> LaidOutJSON {
        LaidOutJSON(try ConfigReader.parse(text, file: file))
    }

    /// `node` with the line breaks of the text it was read from: an element starts a new line when it stands on a
    /// later line than the element before it (or than the opening bracket, for the first).
    package init(_ node: JSONNode) {
        var line = node.position.line
        func item(key: String?, at position: SourcePosition, _ value: JSONNode) -> Item {
            defer { line = position.line }
            return Item(key: key, LaidOutJSON(value), startsLine: position.line > line)
        }
        switch node.value {
        case .array(let elements): self = .array(elements.map { item(key: nil, at: $0.position, $0) })
        case .object(let members): self = .object(members.map { item(key: $0.key, at: $0.keyPosition, $0.value) })
        case let scalar: self = .scalar(scalar)
        }
    }

    /// An array of strings on one line.
    package static func strings(_ strings: [String]) -> LaidOutJSON {
        .array(strings.map { Item(.scalar(.string($0))) })
    }

    /// An object whose members are on one line, or each on its own line when `broken`.
    package static func object(_ members: KeyValuePairs<String, LaidOutJSON>, broken: Bool = false) -> LaidOutJSON {
        .object(members.map { Item(key: $0.key, $0.value, startsLine: broken) })
    }

    /// The items of an array or the members of an object; none for a scalar.
    package var items: [Item] {
        switch self {
        case .array(let items), .object(let items): items
        case .scalar: []
        }
    }

    /// The value of the member `key` of an object; setting it replaces the value of that member, which must exist.
    package subscript(key: String) -> LaidOutJSON? {
        get { items.first { $0.key == key }?.value }
        set {
            guard case .object(var members) = self, let newValue,
                let index = members.firstIndex(where: { $0.key == key })
            else { return }
            members[index].value = newValue
            self = .object(members)
        }
    }

    /// Adds `items` at the end of an array or an object.
    package mutating func append(contentsOf newItems: [Item]) {
        switch self {
        case .array(let items): self = .array(items + newItems)
        case .object(let items): self = .object(items + newItems)
        case .scalar: break
        }
    }

    /// The value as JSON text, ending in a line break.
    package func written() -> String {
        var text = ""
        append(to: &text, indent: 0)
        return text + "\n"
    }

    private func append(to text: inout String, indent: Int) {
        switch self {
        case .scalar(let value): JSONWriter.append(value, to: &text, indent: indent)
        case .array(let items): Self.append(items, between: ("[", "]"), to: &text, indent: indent)
        case .object(let items): Self.append(items, between: ("{", "}"), to: &text, indent: indent)
        }
    }

    private static func append(
        _ items: [Item], between brackets: (open: String, close: String), to text: inout String, indent: Int
    ) {
        let broken = items.contains(where: \.startsLine)
        let inner = broken ? indent + 2 : indent
        text += brackets.open
        for (index, item) in items.enumerated() {
            if item.startsLine {
                text += (index > 0 ? ",\n" : "\n") + String(repeating: " ", count: inner)
            } else if index > 0 {
                text += ", "
            }
            if let key = item.key {
                JSONWriter.appendString(key, to: &text)
                text += ": "
            }
            item.value.append(to: &text, indent: inner)
        }
        if broken { text += "\n" + String(repeating: " ", count: indent) }
        text += brackets.close
    }
}
