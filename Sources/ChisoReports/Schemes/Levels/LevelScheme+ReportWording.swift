package import ChisoCore
import ChisoFormats

extension LevelScheme: ReportWording {
    package var classNoun: LocalizedText { LocalizedText(vi: "mức", en: "level") }

    package func classHeading(_ ordinal: Int, name: String, words: ReportWords) -> String {
        "\(words.classAbbreviation(ordinal)) \(name)"
    }

    package func figureName(_ figure: Figure) -> LocalizedText {
        ReportWords.figureName(figure, conditions: conditions)
    }

    package func sentences(_ explanation: Explanation, words: ReportWords) -> [String] {
        guard words.language == .vi else { return sentences(explanation) }
        return explanation.findings.compactMap { finding in
            switch finding {
            case .nextClassNotReached(let next, let blockers):
                let names = ReportText.ids(blockers, in: self).joined(separator: ", ")
                return "Chưa đạt Mức \(next) (\(className(next).vi)): \(words.numbers.integer(blockers.count)) "
                    + "tiêu chí chưa đạt: \(names)."
            case .highestClassReached(let level):
                return "Mức \(level) là mức cao nhất; mọi tiêu chí đều đạt."
            case .missingValues(let missing):
                return "Giá trị còn thiếu được tính là chưa đạt: "
                    + "\(ReportText.ids(missing, in: self).joined(separator: ", ")). Bổ sung để đánh giá đầy đủ."
            case .noSubordinates:
                return "Không có đơn vị cấp dưới nào có parent_id \(explanation.unit.id), nên tiêu chí tổng hợp "
                    + "chưa đạt."
            case .unreadableSubordinates(let ids):
                return "Không đọc được các đơn vị cấp dưới \(ids.joined(separator: ", ")) (dòng dữ liệu có lỗi), nên "
                    + "tiêu chí tổng hợp được tính là thiếu ở những mức mà mức của chúng có thể làm thay đổi kết quả."
            case .registered(let level, let reached):
                return "Đơn vị đăng ký Mức \(level) và \(reached ? "đạt" : "chưa đạt") mức này."
            case .extendedShortfall(let level, let met, let applicable, let needed):
                let share = words.numbers.percent(extendedMinimum[level - 1])
                return "Mức \(level) cần \(share) trong số \(applicable) tiêu chí mở rộng (\(needed)); đã đạt \(met), "
                    + "còn thiếu \(needed - met)."
            case .levelRule(.perLevel):
                return "Quy tắc xác định mức: đạt một mức khi đạt 100% tiêu chí của chính mức đó, không phụ thuộc các "
                    + "mức thấp hơn (perLevel, như Quyết định 2361, mục II.1.c)."
            case .levelRule(.cumulative):
                return "Quy tắc xác định mức: đạt một mức khi đạt mọi tiêu chí của mức đó và của mọi mức thấp hơn "
                    + "(cumulative)."
            case .view:
                return nil
            }
        }
    }
}
