package import ChisoCore
import ChisoFormats

/// The sentence under a table whose values were carried from another framework by a crosswalk that is an
/// approximation, in Vietnamese and English (the English is ``OutputOrigin/approximationSentence(_:)``'s).
package enum ApproximationNotice {
    /// The sentence for the reason `why` (the crosswalk's own words, quoted as the file gives them; in Vietnamese, a
    /// built-in crosswalk's reason is quoted in Vietnamese, ``BuiltInApproximations``).
    package static func sentence(_ why: String) -> LocalizedText {
        LocalizedText(
            vi: "GẦN ĐÚNG: các giá trị này được chuyển từ một khung đánh giá khác qua một bảng quy đổi gần đúng; chúng "
                + "không phải số liệu của chính khung đánh giá này, nên điểm, xếp loại và thứ hạng cũng không phải của "
                + "nó: " + BuiltInApproximations.text(why, in: .vi),
            en: OutputOrigin.approximationSentence(why))
    }
}
