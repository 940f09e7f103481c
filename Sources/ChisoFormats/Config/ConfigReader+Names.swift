package import ChisoCore

/// Checks of the names and IDs of a framework file that data files and options later match against: class names
/// (levels, tiers) that `--target` and results must tell apart, and IDs that must not be taken for a column every
/// data file has.
extension ConfigReader {
    /// Reports each class (a level or a tier) whose name reads like the name of an earlier class, or like the name
    /// results give a unit that reaches no class.
    ///
    /// Names are compared as `--target` and data cells match them (``TextNormalization/folded(_:)``: after NFC,
    /// regardless of case and diacritics), in both languages and across them: `Mức II` and `mức ii`, or one tier's
    /// Vietnamese name and another's English one, are the same name to a reader of the results.
    ///
    /// - Parameters:
    ///   - classes: The classes as the file lists them, each with the node and path of its name.
    ///   - below: What results call a unit that reaches no class (the scheme's `className(0)`).
    ///   - what: What kind of class they are, as messages call it: a level, a tier.
    /// - Complexity: O(*n*) in the number of classes.
    package func checkDistinctNames(
        _ classes: [(name: LocalizedText, node: JSONNode?, path: String)], below: LocalizedText,
        what: ConfigMessage.ClassKind
    ) {
        var seen: [String: (text: String, path: String?)] = [:]
        for text in [below.vi, below.en] { seen[TextNormalization.folded(text)] = (text, nil) }
        for item in classes {
            for text in [item.name.vi, item.name.en] {
                let folded = TextNormalization.folded(text)
                guard let first = seen[folded], first.path != item.path else {
                    seen[folded] = (text, item.path)
                    continue
                }
                problem(
                    ConfigMessage.sameClassName(what, name: text, other: first.text, otherPath: first.path),
                    at: item.node, path: item.path)
                break
            }
        }
    }

    /// Reports every data column two measures would share, compared as headers are matched (after NFC and regardless
    /// of case): a criterion `CQS.01.num` beside the count columns of the share `CQS.01`, or criteria `a` and `A`.
    /// A data file could not say which of the two such a column fills.
    ///
    /// - Parameters:
    ///   - measures: The scheme's measures.
    ///   - node: Where to point: the list of criteria or nodes.
    ///   - path: The list's path.
    /// - Complexity: O(*n*) in the number of measures.
    package func checkDistinctColumns(_ measures: [Measure], at node: JSONNode?, path: String) {
        var owners: [String: (owner: ConfigMessage.ColumnOwner, measure: String)] = [:]
        var reported: Set<[String]> = []
        for measure in measures {
            let columns =
                [(measure.key, ConfigMessage.ColumnOwner.measure(measure.key))]
                + FractionColumns.columns(of: measure).map { ($0, .countOf(measure.key)) }
            for (column, owner) in columns {
                let key = TextNormalization.key(column).lowercased()
                guard let first = owners[key] else {
                    owners[key] = (owner, measure.key)
                    continue
                }
                // An ID given twice is reported where it is decoded; each other pair of measures once.
                guard first.measure != measure.key, reported.insert([first.measure, measure.key]).inserted else {
                    continue
                }
                problem(
                    ConfigMessage.sharedColumn(column: column, first: first.owner, second: owner), at: node, path: path)
            }
        }
    }

    /// Reports an ID that is also the name of a column every assessment file may have
    /// (``AssessmentLoader/reservedColumns``), compared as headers are matched: after NFC and regardless of case.
    /// Such an ID would be read as that column, or make a template with two columns of one name.
    ///
    /// - Parameters:
    ///   - id: The ID of a criterion or node.
    ///   - what: What has the ID: a criterion, a node.
    ///   - node: The ID's node, for its position.
    ///   - path: The ID's path.
    package func checkNotReservedColumn(_ id: String, what: ConfigMessage.IDHolder, at node: JSONNode?, path: String) {
        let key = TextNormalization.key(id).lowercased()
        guard let column = AssessmentLoader.reservedColumns.first(where: { $0.lowercased() == key }) else { return }
        problem(
            ConfigMessage.reservedColumnID(
                id: id, column: column, reserved: AssessmentLoader.reservedColumns, holder: what),
            at: node, path: path)
    }
}
