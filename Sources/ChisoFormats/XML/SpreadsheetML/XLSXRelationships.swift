/// A relationships part (`_rels/.rels`, `xl/_rels/workbook.xml.rels`): relationship IDs and their targets.
package struct XLSXRelationships: Hashable, Sendable {
    /// One relationship: from the part the relationships belong to, to a target part or address.
    package struct Relationship: Hashable, Sendable {
        /// The ID other parts use, `rId1`.
        package var id: String
        /// The relationship type, a URI ending in `/worksheet`, `/sharedStrings`, `/styles`, `/officeDocument`, ….
        package var type: String
        /// The target as written: relative to the source part's folder, or absolute from the package root with `/`.
        package var target: String
        /// Whether the target lies outside the package (`TargetMode="External"`).
        package var isExternal: Bool
    }

    /// The relationships in document order.
    package var relationships: [Relationship]

    /// Creates the part from its relationships.
    package init(relationships: [Relationship]) { self.relationships = relationships }

    /// Reads a relationships part.
    ///
    /// - Throws: ``XMLError`` when the part is not well-formed, not `<Relationships>`, or a relationship lacks its
    ///   `Id`, `Type` or `Target`.
    /// - Complexity: O(*n*) in the size of the part.
    package init(parsing bytes: [UInt8]) throws(XMLError) {
        var scanner = try SpreadsheetPart.open(bytes, root: "Relationships")
        relationships = []
        while let event = try scanner.next() {
            guard case .start(let tag) = event, tag.localName == "Relationship" else { continue }
            relationships.append(
                Relationship(
                    id: try SpreadsheetPart.required("Id", of: tag, in: scanner),
                    type: try SpreadsheetPart.required("Type", of: tag, in: scanner),
                    target: try SpreadsheetPart.required("Target", of: tag, in: scanner),
                    isExternal: tag["TargetMode"] == "External"))
        }
    }

    /// The relationship with ID `id`.
    ///
    /// - Complexity: O(*n*) in the number of relationships.
    package subscript(id id: String) -> Relationship? { relationships.first { $0.id == id } }

    /// The first relationship whose type ends in `/kind` (`officeDocument`, `sharedStrings`, `styles`).
    ///
    /// - Complexity: O(*n*) in the number of relationships.
    package func first(ofKind kind: String) -> Relationship? {
        relationships.first { $0.type.hasSuffix("/" + kind) }
    }

    /// The part name (without a leading `/`) that `target` names from the part `source` (`""` for the package
    /// root, as `_rels/.rels` does): `worksheets/sheet1.xml` from `xl/workbook.xml` is `xl/worksheets/sheet1.xml`;
    /// `..` and `.` segments are resolved, never above the root.
    package static func resolve(_ target: String, from source: String) -> String {
        var segments: [Substring] = []
        if !target.hasPrefix("/") {
            segments = source.split(separator: "/", omittingEmptySubsequences: false).dropLast().filter { !$0.isEmpty }
        }
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}

/// The `[Content_Types].xml` part: the content type of each part, by extension or by name.
package struct XLSXContentTypes: Hashable, Sendable {
    /// Content types by file extension, lowercased, without the dot.
    package var defaults: [String: String]
    /// Content types by part name, without the leading `/`.
    package var overrides: [String: String]

    /// Reads the content types part.
    ///
    /// - Throws: ``XMLError`` when the part is not well-formed, not `<Types>`, or an entry lacks an attribute.
    /// - Complexity: O(*n*) in the size of the part.
    package init(parsing bytes: [UInt8]) throws(XMLError) {
        var scanner = try SpreadsheetPart.open(bytes, root: "Types")
        defaults = [:]
        overrides = [:]
        while let event = try scanner.next() {
            guard case .start(let tag) = event else { continue }
            if tag.localName == "Default" {
                let fileExtension = try SpreadsheetPart.required("Extension", of: tag, in: scanner)
                defaults[fileExtension.lowercased()] = try SpreadsheetPart.required("ContentType", of: tag, in: scanner)
            } else if tag.localName == "Override" {
                let name = try SpreadsheetPart.required("PartName", of: tag, in: scanner)
                overrides[String(name.drop { $0 == "/" })] = try SpreadsheetPart.required(
                    "ContentType", of: tag, in: scanner)
            }
        }
    }

    /// The content type of the part `name` (without a leading `/`): its override, else its extension's default.
    package func contentType(ofPart name: String) -> String? {
        if let type = overrides[name] { return type }
        guard let dot = name.lastIndex(of: ".") else { return nil }
        return defaults[name[name.index(after: dot)...].lowercased()]
    }
}
