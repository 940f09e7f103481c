package import ChisoCore

extension PointScheme: SchemeTemplating {
    package var formDetailHeadings: [LocalizedText] {
        [TemplateWords.maximumPoints.text, TemplateWords.scoring.text]
    }

    package var registrableClasses: ClosedRange<Int>? { nil }

    package func formEntries() -> [FormEntry] {
        measures.map { measure in
            guard let entry = nodes.first(where: { $0.node.id == measure.criterionID }) else {
                return GenericTemplating(measures: [measure]).formEntries()[0]
            }
            let node = entry.node
            let maximum =
                PointScheme.effectiveMaximum(node).map { value in Numerals.localizedText { $0.points(value) } }
                ?? FrameworkWords.unknown.text
            return FormEntry(
                measure: measure, name: node.name, unit: TemplateWords.kindUnit(measure.kind),
                details: [maximum, FrameworkWords.nodeRule(node)])
        }
    }
}
