import ChisoFormats

/// Which units get a section of their own in a report (`chiso report --units all|none|ID[,ID…]`): every unit of a
/// small cohort by default, and for a larger one only the compact index of units, one line per unit.
public enum UnitSelection: Sendable, Hashable {
    /// A section per unit up to ``HTMLReport/unitSectionLimit`` units; above, the index alone.
    case automatic
    /// A section per unit, however many there are.
    case all
    /// No section: the index alone.
    case none
    /// A section for each of these units (IDs as given, normalised).
    case named([String])

    /// The word of `--units` that takes every unit.
    public static let allWord = "all"
    /// The word of `--units` that takes no unit.
    public static let noneWord = "none"

    /// Reads the values of `--units` and of its synonym `--unit`: each a unit ID, several IDs separated by commas,
    /// or one of the words `all` and `none` (in any case) given alone.
    ///
    /// - Parameter values: The values, in the order given.
    /// - Returns: The selection, or the word (`all`, `none`) that was given beside other values.
    /// - Complexity: O(*n*) in the total length of the values.
    public static func read(_ values: [String]) -> Result<UnitSelection, MixedWord> {
        let items = values.flatMap { $0.split(separator: ",") }.map { TextNormalization.key(String($0)) }.filter {
            !$0.isEmpty
        }
        guard !items.isEmpty else { return .success(.automatic) }
        let words = items.filter { [allWord, noneWord].contains($0.lowercased()) }
        guard let word = words.first?.lowercased() else { return .success(.named(items)) }
        guard items.count == 1 else { return .failure(MixedWord(word: word)) }
        return .success(word == allWord ? .all : .none)
    }

    /// `all` or `none` given beside unit IDs or beside each other, which says nothing clear.
    public struct MixedWord: Error, Hashable, Sendable {
        /// The word, lowercased.
        public var word: String
    }

    /// Which of `ids` (a cohort's units, in order) get a section.
    ///
    /// - Complexity: O(*n*) in the number of units.
    public func explained(among ids: [String]) -> Set<String> {
        switch self {
        case .automatic: ids.count <= HTMLReport.unitSectionLimit ? Set(ids) : []
        case .all: Set(ids)
        case .none: []
        case .named(let named): Set(named)
        }
    }
}
