/// Revisions: a published version never changes, and the register is what was published.
enum RevisionRules: RuleGroup {
    static let edited = Rule("revision-edited", .error,
                             "A published revision under `revisions/` is unchanged since `sitegen revise` froze it.")
    static let unpublished = Rule("revision-unpublished", .warning,
                                  "The register gives the statement of the newest revision; changes are published with `sitegen revise`.")

    static let rules = [edited, unpublished]

    static func check(_ input: CheckInput, into findings: inout Findings) {
        for problem in input.revisionProblems {
            findings.add(edited, Subject(.site), at: problem.location, problem.message, hint: problem.hint)
        }
        if let problem = input.unpublishedChange {
            findings.add(unpublished, Subject(.site), at: problem.location, problem.message, hint: problem.hint)
        }
    }
}
