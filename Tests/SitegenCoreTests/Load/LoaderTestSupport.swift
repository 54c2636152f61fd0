import Testing
@testable import SitegenCore

// Both Testing and SitegenCore declare `SourceLocation`; in the loader tests the bare name is
// always the one in the content files.
typealias ContentLocation = SitegenCore.SourceLocation

/// Small YAML files for the loader tests. Every test writes the part it is about inline, so the
/// line and column numbers it asserts can be read off the test itself.
enum Fixture {
    static let sitePath = "content/site.yaml"
    static let activitiesPath = "content/activities.yaml"
    static let recipientsPath = "content/recipients.yaml"
    static let cookiesPath = "content/cookies.yaml"
    static let registerPath = "content/register.yaml"

    /// A valid site.yaml with Dutch as the default language.
    static let site = """
        base_url: https://example.nl
        languages: [nl, en]
        title: {nl: Privacyverklaring, en: Privacy statement}
        """

    /// Two recipients for activities to refer to.
    static let recipients = """
        recipients:
          - id: mailchimp
            name: Mailchimp
          - id: hosting
            name: Hosting B.V.
        """

    /// One valid activity, for tests that need an activity to exist but are about something else.
    static let activity = """
        activities:
          - id: contact
            name: {nl: Contact, en: Contact}
        """

    /// `activities:` with one activity `contact` whose name is given, followed by `lines` as
    /// further keys of that activity. The first of `lines` is line 4 of the file, at column 5.
    static func activity(with lines: String) -> String {
        let indented = lines.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
        return """
            activities:
              - id: contact
                name: {nl: Contact, en: Contact}

            """ + indented.joined(separator: "\n")
    }

    /// site.yaml, recipients.yaml, and the given activities.yaml.
    static func withActivities(_ activities: String) -> [ContentFiles.File] {
        [
            .init(path: sitePath, text: site),
            .init(path: recipientsPath, text: recipients),
            .init(path: activitiesPath, text: activities),
        ]
    }

    /// site.yaml and the given recipients.yaml.
    static func withRecipients(_ recipients: String) -> [ContentFiles.File] {
        [.init(path: sitePath, text: site), .init(path: recipientsPath, text: recipients)]
    }

    /// The given site.yaml alone.
    static func withSite(_ site: String) -> [ContentFiles.File] {
        [.init(path: sitePath, text: site)]
    }
}

/// Loads the files and returns the content, recording an issue (with every diagnostic) when
/// loading fails.
func loadContent(
    _ files: [ContentFiles.File],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> Content {
    do {
        return try ContentLoader.load(ContentFiles(files))
    } catch {
        Issue.record("expected the content to load, but got:\n\(error)", sourceLocation: sourceLocation)
        throw error
    }
}

/// Loads the files expecting them to fail, and returns the diagnostics in file order. Records an
/// issue when they load.
func loadProblems(
    _ files: [ContentFiles.File],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> [Diagnostic] {
    do {
        _ = try ContentLoader.load(ContentFiles(files))
        Issue.record("expected diagnostics, but the content loaded", sourceLocation: sourceLocation)
        return []
    } catch {
        return error.sorted
    }
}

/// Loads the files expecting exactly one diagnostic, and returns it. Records an issue listing
/// every diagnostic otherwise.
func loadProblem(
    _ files: [ContentFiles.File],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> Diagnostic {
    let problems = loadProblems(files, sourceLocation: sourceLocation)
    guard problems.count == 1 else {
        let listed = problems.map(\.description).joined(separator: "\n")
        Issue.record("expected exactly one diagnostic, got \(problems.count):\n\(listed)", sourceLocation: sourceLocation)
        throw LoaderTestFailure.wrongNumberOfDiagnostics
    }
    return problems[0]
}

enum LoaderTestFailure: Error {
    case wrongNumberOfDiagnostics
}

extension Diagnostic {
    /// `file:line:column`, or `-` without a location, for compact assertions.
    var place: String { location?.description ?? "-" }
}
