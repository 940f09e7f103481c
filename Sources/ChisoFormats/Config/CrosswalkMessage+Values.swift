import ChisoCore

extension CrosswalkMessage {
    /// The words of the problems of what a mapping makes of the values it carries.
    var valueText: LocalizedText {
        switch self {
        case .mixedKinds(let first, let firstKind, let other, let otherKind):
            LocalizedText(
                vi:
                    "\(first) là cột loại \(firstKind) còn \(other) là cột loại \(otherKind): các cột nguồn của một ánh "
                    + "xạ phải cùng một loại, nếu không phép gộp chẳng có nghĩa gì (một cột có/không lấy trung bình với "
                    + "một số đếm)",
                en:
                    "\(first) is a \(firstKind) column and \(other) a \(otherKind) one: the sources of one mapping must "
                    + "be of one kind, or their combination means nothing (a yes/no averaged with a count)")
        case .answersMisfit:
            LocalizedText(
                vi: "cột câu trả lời (choice) chỉ chuyển sang một cột câu trả lời có cùng các câu trả lời, từ một cột "
                    + "nguồn, không đổi giá trị",
                en: "answer columns (choice) carry only to an answer column with the same answers, one source, no "
                    + "conversion")
        case .differentAnswers(let source, let goal, let framework, let from, let to):
            LocalizedText(
                vi: "\(source) và \(goal) của \(framework) liệt kê các câu trả lời khác nhau "
                    + "(\(from.joined(separator: ", ")) so với \(to.joined(separator: ", "))), nên vị trí của một câu "
                    + "trả lời sẽ thành một câu trả lời khác",
                en: "\(source) and \(goal) of \(framework) list different answers (\(from.joined(separator: ", ")) "
                    + "against \(to.joined(separator: ", "))), so an answer's position means another answer")
        case .notYesNoAggregation(let rule, let column, let kind, let instead):
            LocalizedText(
                vi: "\(rule) gộp các cột có/không, mà \(column) là cột loại \(kind) (mọi giá trị từ 1 trở lên sẽ "
                    + "thành có): hãy dùng \(instead) với {\"atLeast\": …}",
                en: "\(rule) combines yes/no columns, and \(column) is a \(kind) column (any value of 1 or more would "
                    + "count as yes): use \(instead) with {\"atLeast\": …} instead")
        case .constantConversion(let rule, let threshold, let always, let range):
            constantText(rule, threshold, always, range)
        case .percentOfNotCount(let column, let kind, let combined):
            LocalizedText(
                vi: "percentOf lấy tỷ lệ của một số đếm, mà \(column) là cột loại \(kind)"
                    + (combined ? " được gộp thành giá trị không nguyên" : ""),
                en: "percentOf makes a share of a count, and \(column) is a \(kind) column"
                    + (combined ? " combined into non-whole values" : ""))
        case .scaleZero:
            LocalizedText(vi: "scale 0 biến mọi giá trị thành 0", en: "scale 0 makes every value 0")
        case .misfit(let misfit, let goal, let framework, let made):
            misfitText(misfit, goal: LocalizedText(vi: "\(goal) của \(framework)", en: "\(goal) of \(framework)"), made)
        default: LocalizedText(vi: "", en: "")
        }
    }

    private func constantText(_ rule: String, _ threshold: Double, _ always: Bool, _ range: ValueRange)
        -> LocalizedText
    {
        let reached =
            rule == "above"
            ? LocalizedText(vi: always ? "luôn bị vượt" : "không bao giờ bị vượt", en: always ? "always" : "never")
            : LocalizedText(vi: always ? "luôn đạt" : "không bao giờ đạt", en: always ? "always" : "never")
        return LocalizedText(
            vi: "\(rule) \(NumberText.shortest(threshold)) \(reached.vi) với các giá trị \(range.words.vi), nên mọi "
                + "đơn vị sẽ nhận cùng một câu trả lời",
            en: "\(rule) \(NumberText.shortest(threshold)) is \(reached.en) "
                + "\(rule == "above" ? "exceeded" : "reached") by values of \(range.words.en), so every unit would get "
                + "the same answer")
    }

    private func misfitText(_ misfit: Misfit, goal: LocalizedText, _ made: Values) -> LocalizedText {
        switch misfit {
        case .yesNo:
            LocalizedText(
                vi: "\(goal.vi) là cột có/không, mà ánh xạ này tạo ra \(made.words.vi): hãy ghi {\"atLeast\": …} hoặc "
                    + "{\"above\": …}",
                en: "\(goal.en) is a yes/no column, and this mapping makes \(made.words.en): give {\"atLeast\": …} or "
                    + "{\"above\": …}")
        case .count(let mean):
            LocalizedText(
                vi: "\(goal.vi) là số đếm (số nguyên từ 0 trở lên), mà ánh xạ này tạo ra \(made.words.vi)"
                    + (mean
                        ? ": trung bình của các số đếm không phải số đếm (1,5 người); hãy dùng sum, min hoặc max" : ""),
                en: "\(goal.en) is a count (a whole number of 0 or more), and this mapping makes \(made.words.en)"
                    + (mean ? ": a mean of counts is no count (1.5 staff); use sum, min or max" : ""))
        case .kind(let kind):
            LocalizedText(
                vi: "\(goal.vi) là cột loại \(kind), mà ánh xạ này tạo ra \(made.words.vi): hãy ghi một phép đổi "
                    + "(atLeast, above, percentOf hoặc scale)",
                en: "\(goal.en) is a \(kind) column, and this mapping makes \(made.words.en): give a conversion "
                    + "(atLeast, above, percentOf or scale)")
        case .points(let from, let to):
            LocalizedText(
                vi: "ánh xạ này tạo ra điểm trên thang \(NumberText.shortest(from)), mà \(goal.vi) giữ điểm trên thang "
                    + "\(NumberText.shortest(to)): hãy ghi {\"scale\": \(NumberText.shortest(to / from))} nếu hai cột "
                    + "đo cùng một điều",
                en: "this mapping makes points out of \(NumberText.shortest(from)), and \(goal.en) holds points out of "
                    + "\(NumberText.shortest(to)): give {\"scale\": \(NumberText.shortest(to / from))} if the two "
                    + "measure the same")
        case .range(let allowed, let sum, let scale):
            LocalizedText(
                vi: "ánh xạ này tạo ra giá trị \(made.range.words.vi), mà \(goal.vi) chỉ nhận \(allowed.words.vi)"
                    + (sum ? " (tổng của các tỷ lệ có thể vượt quá toàn phần)" : "")
                    + (scale ? ": hãy kiểm tra hệ số scale" : ""),
                en: "this mapping makes values of \(made.range.words.en), and \(goal.en) holds \(allowed.words.en)"
                    + (sum ? " (a sum of shares or ratios can pass the whole)" : "")
                    + (scale ? ": check the scale factor" : ""))
        }
    }
}

extension CrosswalkMessage.ValueRange {
    /// "0–100", "0 or more", "any number".
    var words: LocalizedText {
        switch self {
        case .any: return LocalizedText(vi: "bất kỳ số nào", en: "any number")
        case .from(let lower):
            return LocalizedText(
                vi: "từ \(NumberText.shortest(lower)) trở lên", en: "\(NumberText.shortest(lower)) or more")
        case .between(let lower, let upper):
            let text = "\(NumberText.shortest(lower))–\(NumberText.shortest(upper))"
            return LocalizedText(vi: "từ \(text)", en: text)
        }
    }
}

extension CrosswalkMessage.Values {
    /// "count values (0 or more)", "scaled values (any number, not whole)".
    var words: LocalizedText {
        let range = range.words
        return LocalizedText(
            vi: (kind.map { "giá trị loại \($0)" } ?? "giá trị đã nhân hệ số") + " (\(range.vi)"
                + (notWhole ? ", không nguyên" : "") + ")",
            en: (kind.map { "\($0) values" } ?? "scaled values") + " (\(range.en)" + (notWhole ? ", not whole" : "")
                + ")")
    }
}
