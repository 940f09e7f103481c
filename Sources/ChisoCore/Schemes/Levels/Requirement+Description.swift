extension Requirement {
    /// The requirement in a short readable form: `≥70%`, `≥2`, `yes`, `≥3 or share ≥100%`, `n/a`, or for a
    /// roll-up `all ≥L2, ≥50% ≥L3`.
    ///
    /// - Parameters:
    ///   - kind: How the criterion's main measure is read, to mark percentages with `%`.
    ///   - secondKinds: How each second measure is read, by suffix.
    /// - Returns: The text.
    public func summary(kind: MeasureKind?, secondKinds: [String: MeasureKind] = [:]) -> String {
        switch self {
        case .notApplicable:
            return "n/a"
        case .atLeast(let threshold, let measure):
            let measureKind = measure.map { secondKinds[$0] } ?? kind
            let percent = measureKind == .percent ? "%" : ""
            return "\(measure.map { "\($0) " } ?? "")≥\(NumberText.shortest(threshold))\(percent)"
        case .yes(let measure):
            return measure.map { "\($0) yes" } ?? "yes"
        case .anyOf(let alternatives):
            return alternatives.map { $0.summary(kind: kind, secondKinds: secondKinds) }.joined(separator: " or ")
        case .childLevels(let rule):
            var text = "all ≥L\(rule.allAtLeast)"
            if let shareLevel = rule.shareLevel {
                text += ", ≥\(NumberText.shortest(rule.sharePercent))% ≥L\(shareLevel)"
            }
            return text
        }
    }
}
