extension Art30Record {
    public static let formatName = "sitegen-art30"
    public static let formatVersion = 1

    /// The same record as JSON: the columns with their labels, then one object per activity,
    /// keyed by column in column order.
    public func json() -> String {
        let document: JSONValue = [
            "format": .string(Self.formatName),
            "version": .int(Self.formatVersion),
            "language": .string(language.rawValue),
            "columns": .array(Self.columns.map { ["key": .string($0.key), "label": .string($0.label[language])] }),
            "records": .array(rows.map { row in
                .object(zip(Self.columns, row).map { ($0.key, .string($1)) })
            }),
        ]
        return document.text()
    }

    public func csv() -> String {
        CSV.text([header] + rows)
    }
}
