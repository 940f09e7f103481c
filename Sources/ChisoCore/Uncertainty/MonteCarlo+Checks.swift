extension MonteCarlo {
    /// A noise that swamps a column: an absolute amount at least the column's whole range (±2 on a ratio of 0–1),
    /// or a relative amount of ±100% or more. Most of its draws are clipped to the column's ends, so the analysis
    /// says more about the noise than about the data.
    public struct WideNoise: Hashable, Sendable {
        /// The noise entry, by index in the spec's noise.
        public var noise: Int
        /// The column, by index in the scheme's measures.
        public var measure: Int
        /// The amount: absolute in the column's unit, or relative.
        public var amount: Double
        /// Whether the amount is relative (a share of the value).
        public var isRelative: Bool
    }

    /// Whether one run can differ from another: some noise with an amount that moves a column it names (numbers
    /// by `absolute`, `relative` or, for counts, `countStep`; yes/no answers by `flip`), more than one reading of
    /// missing values where some are missing, weight noise on a weighted framework, or more than one framework.
    /// When nothing varies, every run is the same run and every probability is 0 or 1.
    public var varies: Bool {
        let measures = scheme.measures
        let noisy = spec.noise.contains { entry in
            let moves = (entry.absolute ?? 0) > 0 || (entry.relative ?? 0) > 0
            return entry.measures.contains { measure in
                guard measure >= 0, measure < measures.count else { return false }
                switch measures[measure].kind {
                case .choice: return false
                case .yesNo: return (entry.flip ?? 0) > 0
                case .count: return moves || (entry.countStep ?? 0) > 0
                default: return moves
                }
            }
        }
        let hasMissing =
            assessments.contains { $0.values.contains(nil) }
            || (subordinates?.assessments.contains { $0.values.contains(nil) } ?? false)
        let weighted = !weightDepths.isEmpty && ([scheme] + spec.alternatives).contains { $0 is any WeightedScheme }
        return noisy || (Set(spec.missing).count > 1 && hasMissing) || weighted || spec.alternatives.count > 1
    }

    /// The noises that swamp a column they name (``WideNoise``), in spec order then column order.
    public var wideNoise: [WideNoise] {
        let measures = scheme.measures
        var found: [WideNoise] = []
        for (position, entry) in spec.noise.enumerated() {
            for measure in entry.measures where measure >= 0 && measure < measures.count {
                let kind = measures[measure].kind
                guard kind != .yesNo, kind != .choice else { continue }
                if let absolute = entry.absolute, let range = measures[measure].validRange,
                    range.upperBound < Double.greatestFiniteMagnitude, range.upperBound > range.lowerBound,
                    absolute >= range.upperBound - range.lowerBound
                {
                    found.append(WideNoise(noise: position, measure: measure, amount: absolute, isRelative: false))
                } else if let relative = entry.relative, relative >= 1 {
                    found.append(WideNoise(noise: position, measure: measure, amount: relative, isRelative: true))
                }
            }
        }
        return found
    }
}
