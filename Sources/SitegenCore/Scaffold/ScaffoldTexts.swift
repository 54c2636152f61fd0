/// The hand-written files of a new project. The register is a complete, commented example that
/// builds as it is, so a new user changes text rather than learning the format from nothing.
enum ScaffoldTexts {
    static func site(date: StatementDate) -> String {
        """
        # yaml-language-server: $schema=../schemas/site.schema.json
        # Settings of the privacy statement site. Every other *.yaml file in this folder holds a
        # part of the register of processing activities; see register.yaml.
        #
        #   base_url   (required) the address the site is published at, starting with https://
        #   languages  (required) the languages of the statement; the first is the default
        #   title      (required) the title of the statement, in every language
        #   date       the date the statement takes effect (YYYY-MM-DD). Once you publish dated
        #              revisions with `sitegen revise`, each revision carries its own date.

        base_url: https://privacy.example.org/
        languages: [nl, en]
        title:
          nl: "Privacyverklaring van Voorbeeld B.V."
          en: "Privacy statement of Voorbeeld B.V."
        date: \(date.iso)

        """
    }

    static let register = """
        # yaml-language-server: $schema=../schemas/register.schema.json
        # The register of processing activities (GDPR Art. 30), from which sitegen writes the privacy
        # statement. Replace the example with your own organisation. Editors with the YAML language
        # server (e.g. VS Code with the YAML extension) complete keys and flag mistakes as you type.
        #
        # Every human text is given in every language: {nl: "…", en: "…"}. Leave a key out when it is
        # not known yet; write `none` when there really is nothing (no recipients, no decisions).
        # You may split this file into one file per part (controller.yaml, activities.yaml, …).

        # Who is responsible for the processing (Art. 13(1)(a)-(b)).
        controller:
          name: Voorbeeld B.V.
          address:
            street: Voorbeeldstraat 1
            postcode: 1234 AB
            city: Utrecht
            country: NL
          email: privacy@example.org
          website: https://www.example.org/
          kvk: "12345678"          # Chamber of Commerce number: 8 digits, in quotes
          # dpo: {name: …, email: …} when you have a data protection officer

        # Everyone outside your organisation who receives personal data. Activities refer to them by id.
        recipients:
          - id: mail-host
            name: Voorbeeld Hosting B.V.
            role: processor        # processor (the default), recipient or joint-controller
            service:
              nl: "Host onze e-mail en de berichten van het contactformulier."
              en: "Hosts our e-mail and the messages of the contact form."
            country: NL            # outside the EEA, also give `safeguard`: adequacy, dpf, scc or bcr
            agreement: yes         # a data processing agreement is in place
            privacy_url: https://www.example.org/hosting-privacy

        # One entry per processing activity; each becomes a section of the statement.
        activities:
          - id: contact-form       # lower-case letters, digits, - and _
            name:
              nl: "Contactformulier"
              en: "Contact form"
            purpose:
              nl: "Uw vraag beantwoorden."
              en: "To answer your question."
            # consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests
            legal_basis: legitimate-interests
            legitimate_interest:
              nl: "Vragen van klanten en andere belangstellenden snel beantwoorden."
              en: "Answering questions from customers and other interested people quickly."
            people: [website-visitors]       # built-in keys, or {nl: …, en: …}
            data: [name, email, message-content]
            recipients: [mail-host]          # ids from `recipients`, or `none`
            retention: 6 months              # or {period: …, note: {nl, en}}, or the criteria {nl, en}
            required:
              by: no                         # no, contract or law
              otherwise:
                nl: "Zonder naam en e-mailadres kunnen we uw vraag niet beantwoorden."
                en: "Without your name and e-mail address we cannot answer your question."
            automated_decisions: none

        # How you protect personal data (Art. 32), in general terms.
        security:
          - nl: "Onze website en systemen zijn alleen via een versleutelde verbinding bereikbaar."
            en: "Our website and systems can only be reached over an encrypted connection."
          - nl: "Medewerkers loggen in met tweestapsverificatie."
            en: "Staff sign in with two-factor authentication."

        """

    static let gitignore = """
        # Built by `sitegen build`; deploy it, do not commit it.
        /site/
        # Its staging folders and build cache (.site.cache/, which CI may keep), and the same for
        # any other --output folder.
        /.*.cache/
        /.*.staging-*/
        /.*.previous-*/
        .build/

        """

    static func workflow(check: Bool) -> String {
        let checkStep = check ? """
                  - name: Check the register
                    run: sitegen check --strict --format github

            """ : ""
        return """
            # Builds the privacy statement on every pull request, so a change that breaks the register
            # is caught in review. The built site is kept as an artifact of the run.
            name: Privacy statement

            on:
              pull_request:
              push:
                branches: [main]

            jobs:
              build:
                runs-on: ubuntu-latest
                container: swift:6.3
                env:
                  # Where sitegen's source lives, and which branch or tag to build.
                  SITEGEN_REPOSITORY: https://github.com/your-organisation/sitegen.git
                  SITEGEN_REF: main
                steps:
                  - uses: actions/checkout@v4
                  - name: Install sitegen
                    run: |
                      apt-get update
                      apt-get install -y --no-install-recommends git pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev
                      git clone --depth 1 --branch "$SITEGEN_REF" "$SITEGEN_REPOSITORY" /tmp/sitegen
                      swift build -c release --package-path /tmp/sitegen --product sitegen
                      echo /tmp/sitegen/.build/release >> "$GITHUB_PATH"
            \(checkStep)      # Published revisions never change: their pages, the changelog and the parsed
                  # manifests are kept between runs, keyed by their content and sitegen's build ID,
                  # so a restored cache never serves a stale page.
                  - uses: actions/cache@v4
                    with:
                      path: |
                        .site.cache
                        !.site.cache/spare
                        !.site.cache/preview
                      key: sitegen-${{ github.sha }}
                      restore-keys: sitegen-
                  - name: Build the site
                    run: sitegen build --output site
                  - uses: actions/upload-artifact@v4
                    with:
                      name: privacy-statement
                      path: site

            """
    }
}
