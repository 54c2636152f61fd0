import Testing
@testable import SitegenCore

@Suite struct ZZScratch {
    static let site = """
        base_url: https://example.nl
        languages: [nl, en]
        title: {nl: Privacyverklaring, en: Privacy statement}
        """
    func run(_ name: String, _ files: [(String, String)]) {
        do {
            _ = try ContentLoader.load(ContentFiles(files.map { .init(path: $0.0, text: $0.1) }))
            print("### \(name): LOADED")
        } catch {
            print("### \(name):\n\(error)")
        }
    }
    @Test func scratch() {
        run("badindent", [("content/site.yaml", Self.site), ("content/activities.yaml", """
            activities:
              - id: contact
                 name: {nl: a, en: b}
            """)])
        run("badindent2", [("content/site.yaml", Self.site), ("content/activities.yaml", """
            activities:
              - id: contact
                name: {nl: a, en: b}
               purpose: x
            """)])
        run("unclosed", [("content/site.yaml", Self.site), ("content/activities.yaml", """
            activities:
              - id: contact
                name: {nl: "Contact, en: b}
                purpose: x
            """)])
        run("unclosed2", [("content/site.yaml", Self.site), ("content/activities.yaml", """
            activities:
              - id: contact
                name:
                  nl: "Contact
                  en: Contact
              - id: other
                name: {nl: a, en: b}
            """)])
        run("dupkey", [("content/site.yaml", Self.site), ("content/activities.yaml", """
            activities:
              - id: contact
                name: {nl: a, en: b}
                purpose: {nl: a, en: b}
                purpose: {nl: c, en: d}
            """)])
        run("dupsite", [("content/site.yaml", Self.site + "\ntitle: x\n")])
        run("monts", [("content/site.yaml", Self.site), ("content/activities.yaml", """
            activities:
              - id: contact
                name: {nl: a, en: b}
                retention: 14 monts
              - id: b
                name: {nl: a, en: b}
                retention: 1 mnth
              - id: c
                name: {nl: a, en: b}
                retention: 2 yaers
              - id: d
                name: {nl: a, en: b}
                retention: 3 dagn
            """)])
        run("tab", [("content/site.yaml", Self.site), ("content/activities.yaml", "activities:\n\t- id: x\n")])
        run("twodocs", [("content/site.yaml", Self.site + "\n---\nx: 1\n")])
        run("badsite_and_register", [("content/site.yaml", """
            base_url: ftp://example.nl
            languages: [nl, en]
            title: {nl: a, en: b}
            """), ("content/activities.yaml", """
            activities:
              - id: Contact
            """)])
        run("emptylang", [("content/site.yaml", """
            base_url: https://example.nl
            languages: []
            titel: {nl: a, en: b}
            """)])
        run("country", [("content/site.yaml", Self.site), ("content/recipients.yaml", """
            recipients:
              - id: a
                name: A
                country: UK
              - id: b
                name: B
                country: XX
              - id: c
                name: C
                country: Netherlands
            """)])
    }
}
