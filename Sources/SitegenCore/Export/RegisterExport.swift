/// `sitegen export`: the register in a format other tools read.
public enum RegisterExport {
    public enum Format: String, Sendable, CaseIterable {
        /// The Art. 30(1) record, one row per activity (RFC 4180).
        case csv
        /// The same record as JSON.
        case json
        /// The register as JSON-LD in the W3C Data Privacy Vocabulary.
        case jsonld
    }

    /// The export of `content` in `format`; `language` names the CSV and JSON columns and phrases
    /// their cells (JSON-LD carries every language of the site).
    public static func text(_ content: Content, format: Format, language: Language) -> String {
        switch format {
        case .csv: Art30Record(register: content.register, language: language).csv()
        case .json: Art30Record(register: content.register, language: language).json()
        case .jsonld: DPVExport.document(content).text()
        }
    }
}
