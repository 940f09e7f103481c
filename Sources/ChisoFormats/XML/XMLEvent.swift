/// What ``XMLScanner`` reads next: a start tag, an end tag, or character data.
package enum XMLEvent: Hashable, Sendable {
    /// A start tag or an empty-element tag (an empty element is followed by its ``end(_:)`` at once).
    case start(XMLStartTag)
    /// An end tag, with the element's qualified name as written.
    case end(String)
    /// Character data with references decoded and line ends normalised, exactly as written otherwise (not NFC).
    case text(String)
}

/// A start tag: the element's qualified name as written (`x:c`) and its attributes in document order.
package struct XMLStartTag: Hashable, Sendable {
    /// The qualified name, prefix kept: `c`, `x:c`.
    package var name: String
    /// The attributes in the order written, values decoded.
    package var attributes: [XMLAttribute]
    /// Whether it was written `<name/>`.
    package var isEmptyElement: Bool

    /// Creates a start tag.
    package init(name: String, attributes: [XMLAttribute] = [], isEmptyElement: Bool = false) {
        self.name = name
        self.attributes = attributes
        self.isEmptyElement = isEmptyElement
    }

    /// The name without its namespace prefix: `c` for `x:c`.
    package var localName: Substring { Self.local(name) }

    /// The value of the attribute whose qualified name is `name` (`r`, `r:id`, `xml:space`).
    ///
    /// - Complexity: O(*a*) in the number of attributes.
    package subscript(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The value of the first attribute with a namespace prefix whose local name is `localName` (`r:id`, whatever
    /// the prefix the producer chose).
    ///
    /// - Complexity: O(*a*) in the number of attributes.
    package func prefixedAttribute(_ localName: String) -> String? {
        attributes.first { $0.name.utf8.contains(UInt8(ascii: ":")) && Self.local($0.name) == localName }?.value
    }

    /// `name` without its prefix.
    static func local(_ name: String) -> Substring {
        guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return name[...] }
        return name[name.utf8.index(after: colon)...]
    }
}

/// An attribute of a start tag: its qualified name as written and its decoded value.
package struct XMLAttribute: Hashable, Sendable {
    /// The qualified name, prefix kept.
    package var name: String
    /// The value with references decoded and white space normalised as XML requires (not NFC).
    package var value: String

    /// Creates an attribute.
    package init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
