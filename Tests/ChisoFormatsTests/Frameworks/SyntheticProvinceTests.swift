import ChisoCore
import ChisoFormats
import Testing

@Suite struct SyntheticProvinceTests {
    @Test(arguments: 0...5)
    func valuesReachExactlyTheTargetLevel(target: Int) throws {
        let (_, commune) = try Support.builtIn("vn-2361-commune")
        var random = SplitMix64(seed: UInt64(target))
        for _ in 0..<50 {
            let values = SyntheticProvince.values(for: commune, target: target, missingRate: 0, using: &random)
            let result = commune.score(Assessment(unit: UnitInfo(id: "X"), values: values))
            #expect(result.standing.ordinal == target)
        }
    }

    @Test func sameSeedSameProvince() throws {
        let (_, commune) = try Support.builtIn("vn-2361-commune")
        let (_, district) = try Support.builtIn("vn-2361-district")
        let first = SyntheticProvince.generate(
            district: district, commune: commune, districtCount: 3, communeCount: 10, seed: 7)
        let second = SyntheticProvince.generate(
            district: district, commune: commune, districtCount: 3, communeCount: 10, seed: 7)
        let other = SyntheticProvince.generate(
            district: district, commune: commune, districtCount: 3, communeCount: 10, seed: 8)
        #expect(first.communes == second.communes)
        #expect(first.districts == second.districts)
        #expect(first.communes != other.communes)
        #expect(first.communes.count == 10)
        #expect(Set(first.communes.compactMap(\.unit.parentID)) == Set(first.districts.map(\.unit.id)))
    }

    @Test func writtenCSVReadsBackTheSameValues() throws {
        let (_, commune) = try Support.builtIn("vn-2361-commune")
        let (_, district) = try Support.builtIn("vn-2361-district")
        let province = SyntheticProvince.generate(
            district: district, commune: commune, districtCount: 2, communeCount: 20, seed: 1)
        let csv = AssessmentWriter.csv(province.communes, measures: commune.measures)
        let table = Support.load(csv, measures: commune.measures)
        #expect(table.diagnostics.isEmpty)
        #expect(table.assessments == province.communes)
    }
}
