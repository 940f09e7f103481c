import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// Seeded mutations of the workbook parts: every reader either reads the part or throws an ``XMLError`` — no
/// crash, no hang — and an error always points inside the part.
@Suite struct XMLFuzzTests {
    static let parts: [(name: String, bytes: [UInt8])] = {
        let names = [
            "openpyxl/xl/worksheets/sheet1.xml", "libreoffice/xl/worksheets/sheet1.xml",
            "libreoffice/xl/sharedStrings.xml", "libreoffice/xl/styles.xml", "libreoffice/xl/workbook.xml",
            "libreoffice/xl/_rels/workbook.xml.rels", "openpyxl/[Content_Types].xml",
        ]
        return names.compactMap { name in
            FileManager.default.contents(atPath: Support.fixture("xlsx-parts/\(name)")).map { (name, Array($0)) }
        }
    }()

    /// Bytes that make mutations interesting: markup, quotes, references, UTF-8 lead and continuation bytes.
    static let alphabet: [UInt8] = Array("<>/=\"'&;#x![]-?:".utf8) + [0x00, 0x0D, 0xC3, 0xA1, 0xE1, 0xBA, 0xFF]

    /// `bytes` with a few random bytes replaced, inserted, deleted, or a span duplicated or cut.
    static func mutate(_ bytes: [UInt8], using rng: inout some RandomNumberGenerator) -> [UInt8] {
        var result = bytes
        for _ in 0..<Int.random(in: 1...4, using: &rng) where !result.isEmpty {
            let at = Int.random(in: 0..<result.count, using: &rng)
            let byte = alphabet.randomElement(using: &rng) ?? 0
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: result[at] = byte
            case 1: result.insert(byte, at: at)
            case 2: result.remove(at: at)
            case 3:
                let end = min(result.count, at + Int.random(in: 1...64, using: &rng))
                result.insert(contentsOf: result[at..<end], at: at)
            default: result.removeSubrange(at..<min(result.count, at + Int.random(in: 1...256, using: &rng)))
            }
        }
        return result
    }

    /// Runs the reader of `name`'s kind on `bytes`; returns the error it threw, if any.
    static func read(_ name: String, _ bytes: [UInt8]) -> XMLError? {
        do throws(XMLError) {
            switch name {
            case let name where name.contains("worksheets"): _ = try XLSXWorksheet(parsing: bytes)
            case let name where name.hasSuffix("sharedStrings.xml"): _ = try XLSXSharedStrings(parsing: bytes)
            case let name where name.hasSuffix("styles.xml"): _ = try XLSXStyles(parsing: bytes)
            case let name where name.hasSuffix("workbook.xml"): _ = try XLSXWorkbook(parsing: bytes)
            case let name where name.hasSuffix(".rels"): _ = try XLSXRelationships(parsing: bytes)
            default: _ = try XLSXContentTypes(parsing: bytes)
            }
            return nil
        } catch {
            return error
        }
    }

    @Test func theFixturesThemselvesRead() {
        #expect(Self.parts.count == 7)
        for part in Self.parts { #expect(Self.read(part.name, part.bytes) == nil, "\(part.name)") }
    }

    @Test func mutatedPartsReadOrFailWithAPosition() {
        var rng = SplitMix64(seed: 21)
        var refused = 0
        let cases = Support.fuzzCases(standard: 3_000)
        for round in 0..<cases {
            let part = Self.parts[round % Self.parts.count]
            let bytes = Self.mutate(part.bytes, using: &rng)
            guard let error = Self.read(part.name, bytes) else { continue }
            refused += 1
            #expect((0...bytes.count).contains(error.offset), "\(part.name) round \(round): \(error)")
            #expect(error.line >= 1 && error.column >= 1)
        }
        // Most mutations break the markup; some land in text and still read.
        #expect(refused > cases / 3 && refused < cases, "\(refused) of \(cases) refused")
    }

    @Test func truncatedPartsAreAlwaysRefused() {
        for part in Self.parts {
            for cut in stride(from: 0, to: part.bytes.count - 1, by: max(1, part.bytes.count / 200)) {
                #expect(Self.read(part.name, Array(part.bytes[..<cut])) != nil, "\(part.name) cut at \(cut)")
            }
        }
    }
}
