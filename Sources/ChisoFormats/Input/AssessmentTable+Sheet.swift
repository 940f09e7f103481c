extension AssessmentTable {
    /// `diagnostics` with those about `file` placed on the sheet this table was read from, so that a problem found
    /// after reading (a parent that does not exist, a unit given twice) is located as Excel names the cell;
    /// unchanged when the file is a CSV file.
    public func placed(_ diagnostics: [Diagnostic], file: String) -> [Diagnostic] {
        guard let sheet else { return diagnostics }
        return diagnostics.map { $0.placed(onSheet: sheet, of: file) }
    }

    /// `error` with its problems about `file` placed on the sheet this table was read from.
    public func placed(_ error: InputError, file: String) -> InputError {
        InputError(error.kind, placed(error.diagnostics, file: file))
    }
}
