package import ChisoCore

/// How one scoring scheme is written in framework files: the value of `"scheme"` that names it, the top-level keys
/// it reads, its decoder and encoder, and the starter file `chiso frameworks new` writes. Each scheme's format lives
/// in its own folder (`Schemes/Levels/`, `Schemes/Points/`); the framework decoder and encoder, `frameworks new`,
/// the JSON Schema (``FrameworkSchema``) and the conformance tests iterate ``registered`` and never name a scheme.
package struct SchemeFormat: Sendable {
    /// The scheme's name, the value of `"scheme"` in a framework file.
    package var name: String
    /// What frameworks of this scheme are called in messages: `level frameworks` ("khung theo mức").
    package var frameworks: LocalizedText
    /// The top-level keys only this scheme reads.
    package var keys: [String]
    /// For keys of other schemes, the fix to offer when one turns up in a framework of this scheme.
    package var foreignKeyHints: [String: LocalizedText]
    /// Whether a framework of this scheme may be named by a `childFramework`: a roll-up counts the levels that the
    /// subordinate units reach, so only a scheme whose classes are levels qualifies.
    package var scoresSubordinateUnits: Bool
    /// A commented starter file for `chiso frameworks new`, valid and ready to edit.
    package var starter: String
    /// The scheme's part of the JSON Schema of framework files (draft-07), as JSON text: an object with a
    /// `description` (how the schema's description names the scheme), `properties` (exactly the scheme's ``keys``),
    /// `definitions` (the definitions they refer to, as `#/definitions/NAME`) and, optionally, `required` (the keys
    /// a framework of the scheme must have) and `allOf` (conditions on its keys, such as a key that needs another).
    /// ``FrameworkSchema`` adds it to the part every framework shares.
    package var schema: String
    /// Reads the scheme from the framework's top-level members, reporting every problem to the reader; `nil` when
    /// the scheme cannot be built.
    package var decode: @Sendable (_ top: ConfigReader.Members, _ reader: ConfigReader) -> (any ScoringScheme)?
    /// Writes the scheme's top-level keys, in file order, when the scheme is this format's; returns whether it was.
    package var encode: @Sendable (_ scheme: any ScoringScheme, _ root: inout JSONObjectBuilder) -> Bool
    /// How the scheme is written as a decision's annex table (``FrameworkTable``), `nil` when it is not.
    package var table: SchemeTableFormat?

    /// Creates a scheme format.
    package init(
        name: String, frameworks: LocalizedText, keys: [String], foreignKeyHints: [String: LocalizedText] = [:],
        scoresSubordinateUnits: Bool = false, starter: String, schema: String,
        decode: @escaping @Sendable (_ top: ConfigReader.Members, _ reader: ConfigReader) -> (any ScoringScheme)?,
        encode: @escaping @Sendable (_ scheme: any ScoringScheme, _ root: inout JSONObjectBuilder) -> Bool,
        table: SchemeTableFormat? = nil
    ) {
        self.name = name
        self.frameworks = frameworks
        self.keys = keys
        self.foreignKeyHints = foreignKeyHints
        self.scoresSubordinateUnits = scoresSubordinateUnits
        self.starter = starter
        self.schema = schema
        self.decode = decode
        self.encode = encode
        self.table = table
    }
}

extension SchemeFormat {
    /// The schemes chiso reads and writes, in the order messages and `frameworks new` list them.
    package static let builtIn = [LevelScheme.format, PointScheme.format]

    /// The schemes framework files may name where this is read: ``builtIn``, unless a caller registers more for the
    /// work it does (`SchemeFormat.$registered.withValue(SchemeFormat.builtIn + [format]) { … }`), as a test of a
    /// scheme defined outside chiso does.
    @TaskLocal package static var registered: [SchemeFormat] = builtIn

    /// The registered format named `name`, if any.
    package static func named(_ name: String) -> SchemeFormat? {
        registered.first { $0.name == name }
    }

    /// The registered format that writes `scheme`, if any.
    package static func writing(_ scheme: any ScoringScheme, into root: inout JSONObjectBuilder) -> SchemeFormat? {
        registered.first { $0.encode(scheme, &root) }
    }
}
