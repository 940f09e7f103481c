/// How a framework's outcome sits on the 0–1 scale that every framework shares, so that results of different
/// schemes can stand in one table. The ordinal scale is the standing itself (``Standing/ordinal``: 0 below the
/// lowest class, up to the number of classes).
public enum CommonScale: String, Hashable, Sendable, CaseIterable {
    /// The class's position over the number of classes: a Decision 2361 level *L* is *L*/5; Huế's Mức II (ordinal
    /// 3 of 4 tiers) is 0.75; a band likewise.
    case classes
    /// The index itself (points over the maximum, 0–1), as the DTI publishes it.
    case index

    /// The scale a framework uses when its file does not say: its classes when it has any, else its index.
    public static func standard(for scheme: any ScoringScheme) -> CommonScale {
        scheme.classes.isEmpty ? .index : .classes
    }

    /// Whether a scheme can be placed on this scale: classes need classes; an index needs a scheme that computes
    /// one (its results' detail gives ``ResultDetail/commonIndex``).
    public func fits(_ scheme: any ScoringScheme) -> Bool {
        switch self {
        case .classes: !scheme.classes.isEmpty
        case .index: scheme is any IndexScheme
        }
    }

    /// A result on this scale, from 0 to 1.
    ///
    /// - Parameters:
    ///   - result: The unit's result.
    ///   - classCount: The number of classes of its scheme.
    /// - Returns: The value; `nil` when the result has no index on the index scale.
    public func value(of result: UnitResult, classCount: Int) -> Double? {
        switch self {
        case .classes: classCount > 0 ? Double(result.standing.ordinal) / Double(classCount) : nil
        case .index: result.detail.commonIndex
        }
    }

    /// What the scale means, in words.
    public var explanation: String {
        switch self {
        case .classes: "the class reached over the number of classes, 0 when none is reached"
        case .index: "the index, points over the maximum"
        }
    }
}

/// A scheme whose results carry an index from 0 to 1 (points over the maximum).
public protocol IndexScheme: ScoringScheme {}
