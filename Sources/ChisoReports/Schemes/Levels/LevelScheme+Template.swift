package import ChisoCore

extension LevelScheme: SchemeTemplating {
    package var formDetailHeadings: [LocalizedText] {
        levels.indices.map {
            LocalizedText(vi: "Mức \($0 + 1) — \(levels[$0].vi)", en: "Level \($0 + 1) — \(levels[$0].en)")
        }
    }

    package var registrableClasses: ClosedRange<Int>? { levels.isEmpty ? nil : 1...levels.count }

    package func formEntries() -> [FormEntry] {
        measures.map { measure in
            guard let index = criteria.firstIndex(where: { $0.id == measure.criterionID }) else {
                return GenericTemplating(measures: [measure]).formEntries()[0]
            }
            let criterion = criteria[index]
            let details = levels.indices.map {
                let text = ConditionWords.requirement(requirement(of: index, forClass: $0 + 1), measures: measures)
                return text.vi.isEmpty ? TemplateWords.notRequired.text : text
            }
            guard let suffix = measure.suffix else {
                return FormEntry(
                    measure: measure, name: criterion.name, unit: criterion.measurementUnit, details: details)
            }
            let second = criterion.secondMeasures.first { $0.suffix == suffix }
            let name = LocalizedText(
                vi: criterion.name.vi + " — " + (second?.name.vi ?? suffix),
                en: criterion.name.en + " — " + (second?.name.en ?? suffix))
            return FormEntry(measure: measure, name: name, unit: TemplateWords.kindUnit(measure.kind), details: details)
        }
    }
}
