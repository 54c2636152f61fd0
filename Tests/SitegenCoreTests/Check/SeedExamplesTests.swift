import Foundation
import Testing
@testable import SitegenCore

/// The two seed statements in `examples/`: every fact of each seed reaches the Dutch page, the
/// English page has every section, and `check` reports exactly the gaps the seeds left open.
@Suite struct SeedExamplesTests {
    struct Seed: Sendable, CustomStringConvertible {
        let folder: String
        let facts: [String]
        let expectedRules: Set<String>
        var description: String { folder }
    }

    static let twistedBytes = Seed(
        folder: "examples/twisted-bytes",
        facts: [
            "Twisted Bytes B.V.", "Pijpenstraat 11a", "Enschede", "+31 85 - 401 9626", "12 juni 2018",
            "Twisted Bytes verwerkt persoonsgegevens", "zorgvuldig en conform de huidige privacywetgeving",
            "het factureren van onze diensten aan die klanten",
            "Twisted Bytes vraagt alleen om gegevens die wij nodig hebben voor onze dienstverlening",
            "mensen die ons e-mailen", "naam, e-mailadres en mogelijk andere gegevens die in de e-mail staan",
            "De e-mail die wij ontvangen archiveren wij",
            "Wanneer er gevoelige gegevens worden uitgewisseld, verwijderen wij die wanneer die niet meer noodzakelijk zijn voor het betreffende doel",
            "formulier voor het aanvragen van een demo account", "naam, e-mailadres en telefoonnummer",
            "contact te maken met de aanvrager en het demo account beschikbaar te stellen aan de aanvrager",
            "Wij maken van diverse applicaties gebruik voor het uitvoeren van onze dienstverlening",
            "Deze applicaties ontvangen alleen gegevens die Twisted Bytes daarin plaatst",
            "Google Analytics", "Analyseren hoe bezoekers onze website gebruiken", "ervaring van gebruikers mogelijk verbeterd",
            "14 maanden", "in onze overeenkomst met Google",
            "geen goedkeuring gegeven voor het gebruik van de gegevens door Google zelf",
            "geen controle over wat Google echt met de gegevens doet",
            "logging aanstaan", "bezochte pagina's en IP-adres", "minimale analyse in geval van problemen",
            "verder verwerken wij deze gegevens niet", "12 dagen", "De logbestanden kunnen in een backup staan",
            "maximaal 2 maanden", "Twisted Bytes maakt backups van gegevens", "AWS S3", "geëncrypt",
            "Twisted Bytes beheert servers en applicaties van klanten", "expliciet niet verantwoordelijk",
            "de privacyverklaring van die websites en/of applicaties te raadplegen",
            "Wij behouden het recht om deze verklaring te wijzigen",
            "De datum van de laatste wijziging staat aan het begin van de verklaring",
        ],
        expectedRules: [
            "activity-missing-purpose", "activity-missing-legal-basis", "activity-missing-retention",
            "activity-vague-retention", "activity-missing-recipients", "activity-missing-requirement",
            "activity-missing-data", "activity-missing-people", "recipient-missing-country",
            "recipient-missing-agreement", "cookie-without-consent", "controller-missing-email", "wording-reserve-right",
        ])

    static let cyberBrain = Seed(
        folder: "examples/cyberbrain",
        facts: [
            "Privacyverklaring - CyberBrain IT Services", "CyberBrain IT Services", "info@cyberbrain.nl",
            "https://www.cyberbrain.nl/", "16 april 2018",
            "E-mailberichten", "Vragen beantwoorden en informatie en documenten over lopende opdrachten ontvangen",
            "verwijderd naar de prullenbak", "gedurende langere periode bewaard om op een later moment te raadplegen",
            "Contactformulier website", "per e-mail verzonden naar info@cyberbrain.nl",
            "Webhosting contract", "Ingevulde webhostingcontracten worden opgeslagen in het administratiesysteem",
            "domeinnamen te registreren en op naam te zetten", "een account aan te maken in de webhostingomgeving (Plesk)",
            "Facturatie", "Bij afspraken op locatie, of bij het verlenen van diensten",
            "in het administratiesysteem en in de digitale agenda", "Een kopie van verzonden facturen wordt bewaard als e-mailbericht",
            "Statistieken", "Google Analytics", "Bij het bezoeken van de website wordt daarvoor een cookie geplaatst",
            "bezoekgegevens, volledig anoniem bewaard en niet te herleiden tot een gebruiker",
            "De website (www.cyberbrain.nl) is beveiligd middels een HTTPS-verbinding en sterke inloggegevens",
            "Het administratiesysteem is beveiligd middels een HTTPS-verbinding en sterke inloggegevens",
            "De webhostingomgeving (Plesk) is beveiligd middels een HTTPS-verbinding, sterke inloggegevens en 2-factor authenticatie voor beheerdersdoeleinden",
            "De digitale agenda is beveiligd middels een HTTPS-verbinding, sterke inloggegevens en 2-factor authenticatie om in te loggen",
            "Opvragen gegevens", "U kunt te allen tijde een kopie opvragen van alle gegevens die over u beschikbaar zijn",
            "een e-mail te sturen naar info@cyberbrain.nl", "op korte termijn een kopie van alle gegevens",
            "zoveel mogelijk direct bruikbaar (bijvoorbeeld als Word- of Excel-bestand)",
        ],
        expectedRules: [
            "activity-missing-legal-basis", "activity-missing-retention", "activity-vague-retention",
            "activity-missing-recipients", "activity-missing-requirement", "activity-missing-data",
            "activity-missing-people", "recipient-missing-country", "cookie-without-consent", "controller-missing-address",
        ])

    static func load(_ seed: Seed) throws -> (SiteRenderer, CheckReport) {
        let content = try ContentLoader.load(folder: Project.root.appendingPathComponent(seed.folder).path)
        let sources = try TemplateSources.read(folder: Project.templates)
        let templates = try Templates.load(sources, languages: content.site.languages)
        let renderer = SiteRenderer(content: content, templates: templates, date: content.site.date!)
        let report = Checker.check(CheckInput(content: content, strings: TemplateString.read(from: sources)))
        return (renderer, report)
    }

    /// A page's words as a reader sees them: no tags, entities decoded, single spaces.
    static func text(of page: String) -> String {
        let main = InlineSite.main(of: page)
        // Inline tags (such as the links cmark-gfm adds to www.…) join their words; block tags separate them.
        let noTags = main.replacing(/<\/?(a|strong|em|code)\b[^>]*>/, with: "").replacing(/<[^>]+>/, with: " ")
        let decoded = noTags.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
        return decoded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: [twistedBytes, cyberBrain])
    func everyFactIsOnTheDutchPage(seed: Seed) throws {
        let (renderer, _) = try Self.load(seed)
        let page = try #require(try renderer.render().first { $0.path == "nl/index.html" })
        let text = Self.text(of: String(decoding: page.data, as: UTF8.self))
        for fact in seed.facts {
            let found = text.contains(fact)
            #expect(found, "missing from the Dutch page: \(fact)")
        }
    }

    @Test func googlesAddressAndAgreementAreKept() throws {
        let (tb, _) = try Self.load(Self.twistedBytes)
        #expect(try tb.statementMarkdown(.nl).contains("[Google](<https://policies.google.com/privacy?hl=nl>)"))
        // CyberBrain signed a processing agreement with Google; Twisted Bytes does not say, so its cell stays empty.
        let (cb, _) = try Self.load(Self.cyberBrain)
        #expect(try cb.statementMarkdown(.nl).contains("| Google (verwerker) | Google Analytics: houdt statistieken bij over het gebruik van de website. |  | ja |"))
        #expect(try tb.statementMarkdown(.nl).contains("Wij hebben echter geen controle over wat Google echt met de gegevens doet; zie daarvoor de privacyverklaring van Google. |  |  |"))
    }

    /// The English page has a heading for every heading of the Dutch page, and no Dutch text of the register.
    @Test(arguments: [twistedBytes, cyberBrain])
    func theEnglishPageHasEverySection(seed: Seed) throws {
        let (renderer, _) = try Self.load(seed)
        let dutch = try renderer.statementMarkdown(.nl), english = try renderer.statementMarkdown(.en)
        let headings = { (markdown: String) in markdown.split(separator: "\n").filter { $0.hasPrefix("#") }.map { $0.prefix { $0 == "#" } } }
        #expect(headings(english) == headings(dutch))
        #expect(!headings(english).isEmpty)
        let register = renderer.content.register
        let titles = (register.activities ?? []).map { $0.name[.en] } + (register.sections ?? []).map { $0.title[.en] }
        for title in titles {
            #expect(english.contains("# \(title)"), "no English heading \(title)")
        }
        for measure in register.security ?? [] {
            #expect(english.contains(measure[.en]))
        }
    }

    @Test(arguments: [twistedBytes, cyberBrain])
    func checkReportsExactlyTheGapsTheSeedLeftOpen(seed: Seed) throws {
        let (_, report) = try Self.load(seed)
        #expect(report.ruleIDs == seed.expectedRules)
        #expect(report.suppressed == 0)
        #expect(report.failed(strict: false))
    }

    /// The lists that never follow "Van deze applicaties maken wij gebruik …:" and "tenzij:" are
    /// recipients not stated, not "none".
    @Test func twistedBytesListsThatNeverFollowAreNotStated() throws {
        let (_, report) = try Self.load(Self.twistedBytes)
        let subjects = report.findings.filter { $0.rule == "activity-missing-recipients" }.compactMap(\.subject?.id)
        #expect(subjects == ["email", "demo-account", "customers"])
    }

    @Test func cyberBrainsLongerPeriodIsVague() throws {
        let (_, report) = try Self.load(Self.cyberBrain)
        let vague = report.findings.filter { $0.rule == "activity-vague-retention" }
        #expect(vague.compactMap(\.subject?.id) == ["email", "contact-form", "invoicing"])
        #expect(vague[0].message.contains("\"langere periode\""))
    }

    @Test func theDemoPassesStrictCheck() throws {
        let content = try ContentLoader.load(folder: Project.content)
        let strings = TemplateString.read(from: try TemplateSources.read(folder: Project.templates))
        let report = Checker.check(CheckInput(content: content, strings: strings))
        #expect(report.findings.isEmpty, "\(HumanFormat.render(report, strict: true, colour: false))")
        #expect(!report.failed(strict: true))
    }
}
