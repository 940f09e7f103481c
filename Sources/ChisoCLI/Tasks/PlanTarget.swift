package import ChisoCore
package import ChisoFormats
import ChisoReports

/// What `plan` and `gap` aim at, read from `--target`: the next class, a class (a number or a name in either
/// language), or for a framework that computes an index, an index such as 0.70.
package struct PlanTarget: Sendable {
    /// The scheme whose classes the ordinals name: the framework's, or for an index target one with two classes,
    /// below the index (1) and at or above it (2).
    package var scheme: any ScoringScheme
    /// The class aimed at; `nil` for the next class above each unit's.
    package var ordinal: Int?
    /// The index aimed at, for an index target.
    package var index: Double?

    /// Reads a target.
    ///
    /// - Parameters:
    ///   - text: The target as given: `next`, a class number or name, or an index from 0 to 1.
    ///   - framework: The framework.
    ///   - file: Where the framework came from, for messages.
    /// - Throws: ``InputError`` (usage) for a target the framework does not have: a class of a framework without
    ///   tiers, an index of a framework without one, an unknown name — each with what is accepted.
    package static func read(_ text: String, framework: Framework, file: String) throws(InputError) -> PlanTarget {
        let scheme = framework.scheme
        let key = TextNormalization.key(text)
        let indexed = (scheme as? any IndexTargeting).flatMap { $0.indexMaximum.map { ($0 > 0 ? $0 : nil) } } ?? nil
        let number = Double(key) ?? (key.filter { $0 == "," }.count == 1 ? Double(key.replacing(",", with: ".")) : nil)
        let classes = scheme.classes
        if let number, number.isFinite, key.contains(where: { $0 == "." || $0 == "," }) || classes.isEmpty {
            guard let indexed, let targeting = scheme as? any IndexTargeting else {
                throw InputError(
                    .usage, file: file,
                    PlanMessage.indexTargetWithoutIndex(target: key, framework: framework.id, classes: classes))
            }
            guard (0...1).contains(number) else {
                throw InputError(
                    .usage, file: file,
                    PlanMessage.indexTargetOutOfRange(
                        target: key, maximum: indexed, suggestion: number > 1 && number <= 100 ? number / 100 : nil))
            }
            let shown = NumberText.shortest(number)
            guard
                let aiming = targeting.aiming(
                    atIndex: number,
                    names: (
                        below: LocalizedText(vi: "chỉ số < \(shown)", en: "index < \(shown)"),
                        reached: LocalizedText(vi: "chỉ số ≥ \(shown)", en: "index ≥ \(shown)")
                    ))
            else {
                throw InputError(.usage, file: file, PlanMessage.noIndexToAimAt(framework: framework.id))
            }
            return PlanTarget(scheme: aiming, ordinal: 2, index: number)
        }
        guard !classes.isEmpty else {
            throw InputError(
                .usage, file: file,
                PlanMessage.noTiers(target: key, framework: framework.id, maximum: indexed))
        }
        if key.lowercased() == "next" { return PlanTarget(scheme: scheme, ordinal: nil, index: nil) }
        if let number = Int(key), (1...classes.count).contains(number) {
            return PlanTarget(scheme: scheme, ordinal: number, index: nil)
        }
        let folded = TextNormalization.folded(key)
        for (index, name) in classes.enumerated()
        where TextNormalization.folded(name.vi) == folded || TextNormalization.folded(name.en) == folded {
            return PlanTarget(scheme: scheme, ordinal: index + 1, index: nil)
        }
        throw InputError(
            .usage, file: file,
            PlanMessage.unknownTarget(target: key, classes: classes, maximum: indexed))
    }

    /// A unit's class under ``scheme``: as scored, or for an index target whether its index reaches it.
    func standing(of result: UnitResult) -> Int {
        guard index != nil else { return result.standing.ordinal }
        return scheme.score(Assessment(unit: result.unit, values: result.values), subordinates: nil).standing.ordinal
    }
}
