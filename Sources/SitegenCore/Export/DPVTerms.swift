/// Where the register's keys meet the W3C Data Privacy Vocabulary (DPV 2.x, https://w3id.org/dpv#)
/// and its personal data extension (https://w3id.org/dpv/pd#). Only real terms, checked against
/// DPV 2.2; a category without a fitting term is exported as a plain label instead of a guess.
public enum DPVTerms {
    public static let legalBases: [LegalBasis: String] = [
        .consent: "dpv:Consent",
        .contract: "dpv:Contract",
        .legalObligation: "dpv:LegalObligation",
        .vitalInterests: "dpv:VitalInterest",
        // Art. 6(1)(e): DPV calls the task carried out in the public interest `PublicInterest`.
        .publicTask: "dpv:PublicInterest",
        .legitimateInterests: "dpv:LegitimateInterest",
    ]

    public static let recipientRoles: [RecipientRole: String] = [
        .processor: "dpv:DataProcessor",
        .recipient: "dpv:Recipient",
        // A joint controller is a controller in its own right; `JointDataControllers` names the group.
        .jointController: "dpv:DataController",
    ]

    /// Keys of `Vocabulary.peopleCategories`.
    public static let dataSubjects: [String: String] = [
        "customers": "dpv:Customer",
        "website-visitors": "dpv:Visitor",
        "visitors": "dpv:Visitor",
        "end-users": "dpv:User",
        "app-users": "dpv:User",
        "users-of-customer-applications": "dpv:User",
        "newsletter-subscribers": "dpv:Subscriber",
        "members": "dpv:Member",
        "event-attendees": "dpv:Participant",
        "employees": "dpv:Employee",
        "job-applicants": "dpv:JobApplicant",
        "children": "dpv:Child",
    ]

    /// Keys of `Vocabulary.dataCategories`.
    public static let personalData: [String: String] = [
        "name": "pd:Name",
        "email": "pd:EmailAddress",
        "phone": "pd:TelephoneNumber",
        "address": "pd:PhysicalAddress",
        "job-title": "pd:Job",
        "date-of-birth": "pd:BirthDate",
        "gender": "pd:Gender",
        "nationality": "pd:Nationality",
        "photos": "pd:Picture",
        "social-media-profile": "pd:SocialMedia",
        "national-id-number": "pd:OfficialID",
        "id-document": "pd:OfficialID",
        "ip-address": "pd:IPAddress",
        "browser-details": "pd:UserAgent",
        "pages-visited": "pd:BrowsingBehaviour",
        "referrer": "pd:BrowsingReferral",
        "location-approximate": "pd:Location",
        "email-content": "pd:EmailContent",
        "bank-account": "pd:BankAccount",
        "salary-details": "pd:Salary",
        "health": "pd:Health",
        "racial-or-ethnic-origin": "pd:EthnicOrigin",
        "political-opinions": "pd:PoliticalOpinion",
        "religious-beliefs": "pd:ReligiousBelief",
        "trade-union-membership": "pd:TradeUnionMembership",
        "genetic-data": "pd:Genetic",
        "biometric-data": "pd:Biometric",
        "sex-life-or-orientation": "pd:Sexual",
        "criminal-records": "pd:Criminal",
    ]
}
