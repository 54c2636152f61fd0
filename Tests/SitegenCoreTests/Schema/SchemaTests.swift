import Foundation
import Testing
@testable import SitegenCore

@Suite struct SchemaTests {
    static let schemasFolder = Project.root.appendingPathComponent("schemas")

    static var schemas: [String: JSONValue] {
        [
            SchemaGenerator.siteSchema: SchemaGenerator().schema(for: ContentShapes.site, title: "sitegen site.yaml"),
            SchemaGenerator.registerSchema: SchemaGenerator().schema(for: ContentShapes.register, title: "sitegen register file"),
            SchemaGenerator.revisionSchema: SchemaGenerator().schema(for: ContentShapes.revision, title: "sitegen revision.yaml"),
        ]
    }

    @Test func committedSchemasAreTheGeneratedOnes() throws {
        let files = SchemaGenerator().files()
        #expect(files.map(\.name) == [SchemaGenerator.siteSchema, SchemaGenerator.registerSchema, SchemaGenerator.revisionSchema])
        for file in files {
            let committed = try? String(contentsOf: Self.schemasFolder.appendingPathComponent(file.name), encoding: .utf8)
            #expect(committed == file.text, "schemas/\(file.name) is out of date: run `swift run sitegen schema`")
        }
    }

    @Test func schemasListEveryChoiceOfTheSwiftEnumsAndVocabularies() throws {
        let register = try #require(SchemaGenerator().files().first { $0.name == SchemaGenerator.registerSchema }).text
        for basis in LegalBasis.allCases { #expect(register.contains("\"\(basis.rawValue)\"")) }
        for safeguard in TransferSafeguard.allCases { #expect(register.contains("\"\(safeguard.rawValue)\"")) }
        for key in Vocabulary.dataCategories.keys + Vocabulary.peopleCategories.keys { #expect(register.contains("\"\(key)\"")) }
    }

    /// Content files name their schema on the first line, by a path that exists from where they are.
    @Test func demoContentFilesDeclareTheirSchema() throws {
        let content = URL(fileURLWithPath: Project.content)
        let names = try FileManager.default.contentsOfDirectory(atPath: content.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(!names.isEmpty)
        for name in names {
            let text = try String(contentsOf: content.appendingPathComponent(name), encoding: .utf8)
            let schema = name == "site.yaml" ? SchemaGenerator.siteSchema : SchemaGenerator.registerSchema
            let firstLine = text.split(separator: "\n", maxSplits: 1).first.map(String.init)
            #expect(firstLine == "# yaml-language-server: $schema=../schemas/\(schema)", "\(name)")
            #expect(FileManager.default.fileExists(atPath: content.appendingPathComponent("../schemas/\(schema)").standardized.path))
        }
    }

    // MARK: The loader and the schema agree

    /// A register variant with the one recipient that ids in activities and cookies refer to,
    /// unless the variant is about the recipients themselves.
    static func registerDocument(_ variant: JSONValue) -> JSONValue {
        guard case .object(let members) = variant, !members.contains(where: { $0.0 == "recipients" }) else { return variant }
        return .object(members + [("recipients", [["id": "sample", "name": "Sample recipient"]])])
    }

    static let site: JSONValue = ["base_url": "https://example.org/", "languages": ["nl", "en"], "title": ["nl": "Privacy", "en": "Privacy"]]

    static var cases: [(schema: String, label: String, document: JSONValue, valid: Bool)] {
        ShapeSamples.variants(ContentShapes.site).map { (SchemaGenerator.siteSchema, "site.yaml: \($0.label)", $0.value, $0.valid) }
            + ShapeSamples.variants(ContentShapes.register).map {
                (SchemaGenerator.registerSchema, "register: \($0.label)", registerDocument($0.value), $0.valid)
            }
    }

    /// Every sample the shapes describe as valid loads, and every wrong one is reported.
    @Test func theLoaderAcceptsExactlyTheValidSamples() {
        #expect(Self.cases.count > 250)
        for sample in Self.cases {
            let files: [ContentFiles.File] = sample.schema == SchemaGenerator.siteSchema
                ? [.init(path: "site.yaml", text: sample.document.text())]
                : [.init(path: "site.yaml", text: Self.site.text()), .init(path: "register.yaml", text: sample.document.text())]
            var problems: [String] = []
            do { _ = try ContentLoader.load(ContentFiles(files)) } catch { problems = error.items.map(\.description) }
            #expect(problems.isEmpty == sample.valid,
                    "\(sample.label): loader says \(problems.isEmpty ? "valid" : problems.joined(separator: "; "))\n\(sample.document.text())")
        }
    }

    @Test(.enabled(if: PythonJSONSchema.available, "needs python3 with the jsonschema and yaml modules"))
    func theSchemaAcceptsExactlyTheValidSamples() throws {
        let cases = Self.cases
        let results = try PythonJSONSchema.validate(cases.map { ($0.schema, .json($0.document)) }, schemas: Self.schemas)
        for (sample, problems) in zip(cases, results) {
            #expect(problems.isEmpty == sample.valid,
                    "\(sample.label): schema says \(problems.isEmpty ? "valid" : problems.joined(separator: "; "))\n\(sample.document.text())")
        }
    }

    // MARK: Real files

    /// The demo, its frozen revisions and any examples, as editors would check them.
    @Test(.enabled(if: PythonJSONSchema.available, "needs python3 with the jsonschema and yaml modules"))
    func demoRevisionsAndExamplesValidate() throws {
        var documents: [(schema: String, document: PythonJSONSchema.Document)] = []
        for folder in ["content", "examples"] {
            let base = Project.root.appendingPathComponent(folder)
            for path in (FileManager.default.enumerator(atPath: base.path)?.allObjects as? [String] ?? []).sorted()
            where path.hasSuffix(".yaml") {
                let name = (path as NSString).lastPathComponent
                let schema = name == "site.yaml" ? SchemaGenerator.siteSchema
                    : name == RevisionStore.manifestName ? SchemaGenerator.revisionSchema : SchemaGenerator.registerSchema
                documents.append((schema, .yamlFile(base.appendingPathComponent(path).path)))
            }
        }
        #expect(documents.count > 20)
        let results = try PythonJSONSchema.validate(documents, schemas: Self.schemas)
        for (job, problems) in zip(documents, results) {
            #expect(problems.isEmpty, "\(job.document): \(problems.joined(separator: "; "))")
        }
    }

    @Test(.enabled(if: PythonJSONSchema.available, "needs python3 with the jsonschema and yaml modules"))
    func aBadRegisterFileIsRejectedWhereItIsWrong() throws {
        let folder = try Project.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("activities.yaml")
        try """
            # yaml-language-server: $schema=../schemas/register.schema.json
            activities:
              - id: contact-form
                name: {nl: Contactformulier, en: Contact form}
                purpse: {nl: Vragen beantwoorden., en: To answer questions.}
                legal_basis: legitimate-interest
                retention: 6 maands
                data: [name, emial]
            """.write(to: file, atomically: true, encoding: .utf8)
        let problems = try PythonJSONSchema.validate([(SchemaGenerator.registerSchema, .yamlFile(file.path))], schemas: Self.schemas)[0]
        let text = problems.joined(separator: "\n")
        #expect(text.contains("activities/0: Additional properties are not allowed ('purpse' was unexpected)"))
        #expect(text.contains("activities/0/legal_basis: 'legitimate-interest' is not one of"))
        #expect(text.contains("activities/0/retention"))
        #expect(text.contains("activities/0/data/1"))
        #expect(problems.count == 4)
    }
}
