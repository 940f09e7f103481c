/// Subordinate units and their parents scored together — communes and the districts they belong to — so that a
/// parent's roll-up condition (district `CHUNG.01`) always reflects its children's current results.
///
/// It keeps every child result, knows which children exist but could not be read (their parent's roll-up is then
/// missing rather than computed without them), and rescoring after a change to one child or one parent touches only
/// that unit and its parent.
public struct LinkedScoring: Sendable {
    /// A subordinate unit that exists in the input but could not be read.
    public struct UnreadableChild: Hashable, Sendable {
        /// The unit's ID, as far as it could be read.
        public var id: String
        /// The ID of the parent it names, if it could be read.
        public var parentID: String?

        /// Creates a record of an unreadable child.
        public init(id: String, parentID: String?) {
            self.id = id
            self.parentID = parentID
        }
    }

    /// The scheme of the parents.
    public let parentScheme: any ScoringScheme
    /// The scheme of the children.
    public let childScheme: any ScoringScheme
    /// The parents' assessments, in input order.
    public private(set) var parents: [Assessment]
    /// The children's assessments, in input order.
    public private(set) var children: [Assessment]
    /// The children that could not be read.
    public let unreadableChildren: [UnreadableChild]
    /// One result per child, in the order of ``children``.
    public private(set) var childResults: [UnitResult]
    /// One result per parent, in the order of ``parents``.
    public private(set) var parentResults: [UnitResult]
    /// For each parent, the indices in ``children`` of its children.
    public let childrenOfParent: [[Int]]
    private let parentIndex: [String: Int]

    /// Scores children, then parents with their children's classes rolled up.
    ///
    /// - Parameters:
    ///   - parents: The parents' assessments.
    ///   - parentScheme: The scheme that scores parents.
    ///   - children: The children's assessments; each names its parent in `unit.parentID`.
    ///   - childScheme: The scheme that scores children.
    ///   - unreadable: Children that exist but could not be read.
    /// - Complexity: O((*p* + *c*) × *m*) for *p* parents, *c* children and *m* measures.
    public init(
        parents: [Assessment],
        scheme parentScheme: any ScoringScheme,
        children: [Assessment],
        scheme childScheme: any ScoringScheme,
        unreadable: [UnreadableChild] = []
    ) {
        self.parentScheme = parentScheme
        self.childScheme = childScheme
        self.parents = parents
        self.children = children
        self.unreadableChildren = unreadable
        var parentIndex: [String: Int] = [:]
        for (index, parent) in parents.enumerated() where parentIndex[parent.unit.id] == nil {
            parentIndex[parent.unit.id] = index
        }
        self.parentIndex = parentIndex
        var grouped = Array(repeating: [Int](), count: parents.count)
        for (index, child) in children.enumerated() {
            if let parent = child.unit.parentID.flatMap({ parentIndex[$0] }) { grouped[parent].append(index) }
        }
        self.childrenOfParent = grouped
        self.childResults = childScheme.score(children)
        self.parentResults = []
        self.parentResults = parents.indices.map { parentScheme.score(parents[$0], subordinates: summary(of: $0)) }
    }

    /// The summary of one parent's children: their classes, and those that could not be read.
    ///
    /// - Parameter parent: An index into ``parents``.
    /// - Complexity: O(*k*) in the number of the parent's children, plus the unreadable children.
    public func summary(of parent: Int) -> ChildLevelSummary {
        var summary = ChildLevelSummary(
            levels: childrenOfParent[parent].map { childResults[$0].standing.ordinal },
            maximumLevel: childScheme.classes.count
        )
        let id = parents[parent].unit.id
        for child in unreadableChildren where child.parentID == id { summary.addUnreadable(child.id) }
        return summary
    }

    /// The index of a parent by ID.
    public func parent(withID id: String) -> Int? { parentIndex[id] }

    /// Replaces one child's assessment and rescores it and its parent (or both parents, if it moved).
    ///
    /// - Parameters:
    ///   - index: An index into ``children``.
    ///   - assessment: The new assessment; it must keep the child's parent.
    /// - Complexity: O(*m* + *k*) for *m* measures and *k* children of the parent.
    public mutating func replaceChild(at index: Int, with assessment: Assessment) {
        children[index] = assessment
        childResults[index] = childScheme.score(assessment)
        if let parent = assessment.unit.parentID.flatMap({ parentIndex[$0] }) { rescoreParent(parent) }
    }

    /// Replaces one parent's assessment and rescores it.
    ///
    /// - Parameters:
    ///   - index: An index into ``parents``.
    ///   - assessment: The new assessment.
    /// - Complexity: O(*m* + *k*) for *m* measures and *k* children of the parent.
    public mutating func replaceParent(at index: Int, with assessment: Assessment) {
        parents[index] = assessment
        rescoreParent(index)
    }

    private mutating func rescoreParent(_ index: Int) {
        parentResults[index] = parentScheme.score(parents[index], subordinates: summary(of: index))
    }
}

extension ScoringScheme {
    /// Scores one unit with no subordinate units given.
    public func score(_ assessment: Assessment) -> UnitResult {
        score(assessment, subordinates: nil)
    }
}
