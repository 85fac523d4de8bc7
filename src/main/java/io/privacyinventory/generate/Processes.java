package io.privacyinventory.generate;

import static io.privacyinventory.generate.Vocabulary.t;

import io.privacyinventory.generate.Vocabulary.Mode;
import io.privacyinventory.generate.Vocabulary.Process;
import io.privacyinventory.generate.Vocabulary.RetentionSpec;
import io.privacyinventory.model.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The processes a synthetic activity is an instance of. Recipients are named by the key of a
 * {@link Vocabulary.RecipientBase}, or as {@code authority:N}, {@code internal:N} (an index into
 * {@link Vocabulary#AUTHORITIES} or {@link Vocabulary#INTERNAL}) or {@code affiliate}.
 * Descriptions may hold {@code {unit}} and {@code {system}}.
 */
final class Processes {
    private Processes() {}

    static final List<Process> ALL = List.of(
            process(
                            "payroll",
                            "Lønnskjøring",
                            "Payroll",
                            "Månedlig lønnskjøring for ansatte i {unit} i {system}, med innrapportering til a-ordningen.",
                            "Monthly payroll for the staff of {unit} in {system}, with reporting to the A-scheme.",
                            "HR og lønn",
                            "HR and payroll")
                    .subjects("employees", "former-employees")
                    .categories("identity", "national-id", "employment", "payroll", "bank-account")
                    .optional("union", "sick-leave")
                    .purposes("payroll", "tax-reporting")
                    .optionalPurposes("union-dues", "pension", "accounting")
                    .recipients(
                            "payroll-provider", "authority:0", "authority:1", "bank", "pension-provider", "internal:2")
                    .retain(
                            List.of("payroll", "bank-account"),
                            "P5Y",
                            "Utgangen av regnskapsåret",
                            "The end of the financial year",
                            "Bokføringsloven § 13 krever at lønnsbilag oppbevares i fem år.",
                            "The Bookkeeping Act § 13 requires payroll records to be kept for five years.")
                    .retain(null, "P3Y", "Arbeidsforholdet avsluttes", "The employment ends", null, null)
                    .systems("SAP", "Visma", "Workday", "Unit4")
                    .statutory(
                            "Vi må ha fødselsnummer og kontonummer for å betale lønn og rapportere til myndighetene.",
                            "We need your national identity number and bank account to pay your salary and report to the authorities.")
                    .build(),
            process(
                            "recruitment",
                            "Rekruttering",
                            "Recruitment",
                            "Utlysning, mottak og vurdering av søknader til stillinger i {unit}, gjennom {system}.",
                            "Advertising positions in {unit} and receiving and assessing applications through {system}.",
                            "HR og lønn",
                            "HR and payroll")
                    .subjects("applicants")
                    .categories("contact", "cv", "references")
                    .optional("identity", "social-media")
                    .purposes("recruitment")
                    .optionalPurposes("suitability-check")
                    .recipients("recruiting", "hr-saas", "internal:0")
                    .retain(
                            null,
                            "P6M",
                            "Stillingen er besatt",
                            "The position is filled",
                            "Søkere kan be om at vi beholder søknaden lenger for senere stillinger.",
                            "Applicants may ask us to keep their application longer for later vacancies.")
                    .systems("Webcruiter", "Workday", "Cornerstone")
                    .build(),
            process(
                            "background-checks",
                            "Vandelskontroll ved ansettelse",
                            "Pre-employment background checks",
                            "Innhenting av politiattest for stillinger i {unit} der loven krever det.",
                            "Obtaining police certificates for positions in {unit} where the law requires it.",
                            "HR og lønn",
                            "HR and payroll")
                    .subjects("applicants", "employees")
                    .categories("identity", "police-certificate")
                    .purposes("suitability-check")
                    .recipients("authority:2", "internal:0")
                    .retain(
                            List.of("police-certificate"),
                            "P3M",
                            "Vurderingen er gjort",
                            "The assessment is made",
                            "Vi noterer bare at attesten er vist; selve attesten leveres tilbake.",
                            "We only note that the certificate was shown; the certificate itself is returned.")
                    .retain(null, "P3Y", "Arbeidsforholdet avsluttes", "The employment ends", null, null)
                    .systems("Workday", "Sharepoint")
                    .dpia()
                    .build(),
            process(
                            "sick-leave",
                            "Oppfølging av sykefravær",
                            "Sickness absence follow-up",
                            "Registrering av fravær og oppfølgingsplaner for sykmeldte i {unit}, i {system}.",
                            "Recording absence and follow-up plans for staff on sick leave in {unit}, in {system}.",
                            "HR og lønn",
                            "HR and payroll")
                    .subjects("employees")
                    .categories("identity", "employment", "sick-leave")
                    .purposes("sick-leave-follow-up")
                    .optionalPurposes("payroll")
                    .recipients("hr-saas", "authority:1", "occupational-health")
                    .retain(
                            List.of("sick-leave"),
                            "P1Y",
                            "Fraværet er avsluttet",
                            "The absence ends",
                            "Oppfølgingsplaner slettes ett år etter siste sykmelding.",
                            "Follow-up plans are deleted one year after the last sick note.")
                    .retain(null, "P3Y", "Arbeidsforholdet avsluttes", "The employment ends", null, null)
                    .systems("Visma", "Workday", "SAP")
                    .dpia()
                    .build(),
            process(
                            "appraisals",
                            "Medarbeidersamtaler og kompetanse",
                            "Appraisals and skills",
                            "Årlige medarbeidersamtaler, mål og kursoversikt for ansatte i {unit}, i {system}.",
                            "Annual appraisals, goals and training records for staff in {unit}, in {system}.",
                            "HR og lønn",
                            "HR and payroll")
                    .subjects("employees")
                    .categories("employment", "performance", "training")
                    .purposes("competence", "employment-contract")
                    .recipients("hr-saas")
                    .retain(null, "P2Y", "Arbeidsforholdet avsluttes", "The employment ends", null, null)
                    .systems("Cornerstone", "Workday")
                    .build(),
            process(
                            "occupational-health",
                            "Bedriftshelsetjeneste",
                            "Occupational health",
                            "Helsekontroller og arbeidsmiljøoppfølging for ansatte i {unit} med særlig eksponering.",
                            "Health checks and working environment follow-up for staff in {unit} with particular exposure.",
                            "HMS",
                            "Health, safety and environment")
                    .subjects("employees")
                    .categories("identity", "health", "employment")
                    .purposes("occupational-health")
                    .recipients("occupational-health", "authority:3")
                    .retain(
                            List.of("health"),
                            "P10Y",
                            "Siste journalføring",
                            "The last record entry",
                            "Journaler i bedriftshelsetjenesten følger pasientjournalforskriften.",
                            "Occupational health records follow the Patient Records Regulation.")
                    .retain(null, "P3Y", "Arbeidsforholdet avsluttes", "The employment ends", null, null)
                    .systems("DIPS")
                    .dpia()
                    .build(),
            process(
                            "emergency-contacts",
                            "Pårørendeliste",
                            "Emergency contacts",
                            "Liste over nærmeste pårørende til ansatte i {unit}, brukt ved ulykker.",
                            "A list of next of kin of staff in {unit}, used in accidents.",
                            "HMS",
                            "Health, safety and environment")
                    .subjects("employees", "next-of-kin")
                    .categories("contact", "next-of-kin-details")
                    .purposes("emergency-contact")
                    .recipients("internal:0")
                    .retain(
                            null,
                            "P0D",
                            "Arbeidsforholdet avsluttes",
                            "The employment ends",
                            "Slettes samme dag som den ansatte slutter.",
                            "Deleted on the day the employee leaves.")
                    .systems("Workday", "Visma")
                    .build(),
            process(
                            "travel-expenses",
                            "Reiser og utlegg",
                            "Travel and expenses",
                            "Bestilling av tjenestereiser og behandling av reiseregninger for {unit}, i {system}.",
                            "Booking business trips and processing expense claims for {unit}, in {system}.",
                            "Økonomi",
                            "Finance")
                    .subjects("employees", "contractors")
                    .categories("identity", "travel", "bank-account", "payment")
                    .purposes("travel-expenses", "accounting")
                    .recipients("travel-agency", "airline", "authority:0", "internal:2")
                    .retain(
                            List.of("payment", "bank-account"),
                            "P5Y",
                            "Utgangen av regnskapsåret",
                            "The end of the financial year",
                            null,
                            null)
                    .retain(null, "P1Y", "Reisen er gjennomført", "The trip is completed", null, null)
                    .systems("Unit4", "SAP", "Amadeus")
                    .build(),
            process(
                            "fleet",
                            "Firmabiler og kjørebok",
                            "Company cars and trip logs",
                            "Tildeling av firmabiler og elektronisk kjørebok for {unit}.",
                            "Allocating company cars and keeping electronic trip logs for {unit}.",
                            "Innkjøp og drift",
                            "Procurement and facilities")
                    .subjects("employees", "drivers")
                    .categories("identity", "vehicle", "location")
                    .optional("payroll")
                    .purposes("fleet", "tax-reporting")
                    .recipients("insurer", "authority:0", "internal:2")
                    .retain(
                            List.of("location"),
                            "P3M",
                            "Turen er registrert",
                            "The trip is logged",
                            "Posisjonsdata brukes bare til kjøreboken og slettes etter tre måneder.",
                            "Position data is used only for the trip log and deleted after three months.")
                    .retain(null, "P5Y", "Utgangen av inntektsåret", "The end of the income year", null, null)
                    .systems("SAP", "Dynamics 365")
                    .build(),
            process(
                            "access-control",
                            "Adgangskontroll",
                            "Access control",
                            "Adgangskort og fingeravtrykkslesere ved inngangene til lokalene til {unit}.",
                            "Access cards and fingerprint readers at the entrances to the premises of {unit}.",
                            "Eiendom og sikkerhet",
                            "Property and security")
                    .subjects("employees", "contractors", "visitors")
                    .categories("identity", "access-logs")
                    .optional("biometric")
                    .purposes("premises-security")
                    .optionalPurposes("access-control")
                    .recipients("security-company")
                    .retain(
                            List.of("access-logs"),
                            "P3M",
                            "Passeringen",
                            "The passage",
                            "Logger hentes bare ut ved hendelser.",
                            "Logs are only retrieved after incidents.")
                    .retain(null, "P1M", "Adgangskortet sperres", "The access card is blocked", null, null)
                    .systems("Milestone", "Okta")
                    .build(),
            process(
                            "cctv",
                            "Kameraovervåking",
                            "CCTV",
                            "Kameraovervåking av innganger og kasseområder hos {unit}, med skilting.",
                            "CCTV of entrances and till areas at {unit}, with signs.",
                            "Eiendom og sikkerhet",
                            "Property and security")
                    .subjects("customers", "employees", "visitors")
                    .categories("cctv")
                    .optional("offences")
                    .purposes("premises-security")
                    .optionalPurposes("legal-claims")
                    .recipients("security-company", "authority:2")
                    .retain(
                            null,
                            "P7D",
                            "Opptaket",
                            "The recording",
                            "Opptak slettes etter sju dager med mindre de utleveres til politiet.",
                            "Recordings are deleted after seven days unless handed to the police.")
                    .systems("Milestone")
                    .dpia()
                    .build(),
            process(
                            "it-security",
                            "Sikkerhetslogging og hendelseshåndtering",
                            "Security logging and incident response",
                            "Innsamling og analyse av logger fra systemene til {unit} i {system} for å oppdage angrep.",
                            "Collecting and analysing logs from the systems of {unit} in {system} to detect attacks.",
                            "IT-sikkerhet",
                            "IT security")
                    .subjects("employees", "contractors", "customers")
                    .categories("logs", "device")
                    .optional("access-logs")
                    .purposes("it-security")
                    .recipients("security-monitoring", "cloud-hosting")
                    .retain(null, "P1Y", "Hendelsen logges", "The event is logged", null, null)
                    .systems("Splunk", "Okta", "ServiceNow")
                    .build(),
            process(
                            "it-support",
                            "Brukerstøtte",
                            "IT service desk",
                            "Brukerstøtte og tilgangsstyring for ansatte i {unit}, med saker i {system}.",
                            "IT support and access management for staff in {unit}, with tickets in {system}.",
                            "IT-drift",
                            "IT operations")
                    .subjects("employees", "contractors")
                    .categories("contact", "employment", "support-cases", "device")
                    .purposes("employment-contract", "it-security")
                    .recipients("it-support", "cloud-hosting")
                    .retain(null, "P2Y", "Saken lukkes", "The ticket is closed", null, null)
                    .systems("ServiceNow", "Jira")
                    .build(),
            process(
                            "whistleblowing",
                            "Varsling",
                            "Whistleblowing",
                            "Mottak og undersøkelse av varsler om kritikkverdige forhold i {unit}.",
                            "Receiving and investigating reports of wrongdoing in {unit}.",
                            "Compliance",
                            "Compliance")
                    .subjects("whistleblowers", "employees")
                    .categories("contact", "reports")
                    .optional("offences")
                    .purposes("whistleblowing")
                    .optionalPurposes("legal-claims")
                    .recipients("law-firm", "internal:1", "authority:2")
                    .retain(
                            null,
                            "P2Y",
                            "Saken avsluttes",
                            "The case is closed",
                            "Varsler som ikke fører til tiltak, slettes tidligere.",
                            "Reports that lead to no action are deleted sooner.")
                    .systems("Sharepoint")
                    .dpia()
                    .build(),
            process(
                            "customer-accounts",
                            "Kundeforhold",
                            "Customer accounts",
                            "Opprettelse og drift av kundeforhold hos {unit}, med kundeopplysninger i {system}.",
                            "Opening and running customer accounts at {unit}, with customer data in {system}.",
                            "Kundeservice",
                            "Customer service")
                    .subjects("customers")
                    .categories("contact", "identity", "customer-account", "preferences")
                    .purposes("customer-agreement")
                    .optionalPurposes("invoicing", "customer-service")
                    .recipients("crm", "cloud-hosting", "email")
                    .retain(
                            null,
                            "P3Y",
                            "Kundeforholdet avsluttes",
                            "The customer relationship ends",
                            "Opplysninger som kan trengs ved klager eller krav, beholdes til foreldelse.",
                            "Data that may be needed for complaints or claims is kept until they are time-barred.")
                    .systems("Salesforce", "Dynamics 365", "Lime CRM")
                    .statutory(
                            "Du må gi oss kontaktopplysninger for at vi skal kunne inngå og oppfylle avtalen.",
                            "You must give us your contact details for us to enter into and perform the agreement.")
                    .build(),
            process(
                            "orders",
                            "Netthandel og levering",
                            "Online orders and delivery",
                            "Behandling av bestillinger i nettbutikken til {unit} ({system}), betaling og levering.",
                            "Handling orders in the online shop of {unit} ({system}), payment and delivery.",
                            "Netthandel",
                            "E-commerce")
                    .subjects("customers")
                    .categories("contact", "orders", "payment")
                    .purposes("order-handling", "accounting")
                    .optionalPurposes("invoicing")
                    .recipients("payment", "courier", "cloud-hosting", "email")
                    .retain(
                            List.of("orders", "payment"),
                            "P5Y",
                            "Utgangen av regnskapsåret",
                            "The end of the financial year",
                            "Salgsdokumentasjon oppbevares etter bokføringsloven.",
                            "Sales records are kept under the Bookkeeping Act.")
                    .retain(null, "P2Y", "Siste kjøp", "The last purchase", null, null)
                    .systems("Magento", "Episerver")
                    .build(),
            process(
                            "customer-service",
                            "Kundeservice",
                            "Customer service",
                            "Besvarelse av henvendelser på telefon, chat og e-post til {unit}, i {system}.",
                            "Answering calls, chats and e-mails to {unit}, in {system}.",
                            "Kundeservice",
                            "Customer service")
                    .subjects("customers", "prospects")
                    .categories("contact", "correspondence", "support-cases")
                    .optional("call-recordings")
                    .purposes("customer-service")
                    .optionalPurposes("service-quality", "complaints")
                    .recipients("contact-centre", "crm", "survey")
                    .retain(List.of("call-recordings"), "P90D", "Samtalen", "The call", null, null)
                    .retain(null, "P2Y", "Saken lukkes", "The case is closed", null, null)
                    .systems("Zendesk", "Genesys", "Salesforce")
                    .build(),
            process(
                            "complaints",
                            "Klagebehandling",
                            "Complaints",
                            "Registrering og behandling av klager på produkter og tjenester fra {unit}.",
                            "Recording and handling complaints about products and services of {unit}.",
                            "Juridisk",
                            "Legal")
                    .subjects("complainants", "customers")
                    .categories("contact", "correspondence", "customer-account")
                    .purposes("complaints")
                    .optionalPurposes("legal-claims")
                    .recipients("law-firm", "authority:11")
                    .retain(null, "P3Y", "Klagen er avgjort", "The complaint is decided", null, null)
                    .systems("Zendesk", "Sharepoint")
                    .build(),
            process(
                            "newsletter",
                            "Nyhetsbrev",
                            "Newsletters",
                            "Utsendelse av nyhetsbrev og tilbud fra {unit} til dem som har meldt seg på, gjennom {system}.",
                            "Sending newsletters and offers from {unit} to those who have signed up, through {system}.",
                            "Markedsføring",
                            "Marketing")
                    .subjects("subscribers", "customers")
                    .categories("contact", "preferences")
                    .optional("usage")
                    .purposes("newsletter")
                    .optionalPurposes("direct-marketing")
                    .recipients("email")
                    .retain(
                            null,
                            "P0D",
                            "Abonnenten melder seg av",
                            "The subscriber unsubscribes",
                            "Samtykkeloggen beholdes i tre år som dokumentasjon.",
                            "The consent log is kept for three years as evidence.")
                    .systems("Mailchimp", "HubSpot")
                    .build(),
            process(
                            "web-analytics",
                            "Nettstatistikk og informasjonskapsler",
                            "Web analytics and cookies",
                            "Måling av bruk av nettsidene og appene til {unit}, og annonsering der brukeren samtykker.",
                            "Measuring the use of the websites and apps of {unit}, and advertising where the user consents.",
                            "Markedsføring",
                            "Marketing")
                    .subjects("website-visitors", "app-users")
                    .categories("cookies", "device", "usage")
                    .optional("location")
                    .purposes("web-analytics")
                    .optionalPurposes("personalised-ads")
                    .recipients("analytics", "ads")
                    .retain(null, "P13M", "Informasjonskapselen settes", "The cookie is set", null, null)
                    .systems("Adobe Analytics", "Episerver")
                    .dpia()
                    .build(),
            process(
                            "loyalty",
                            "Kundeprogram",
                            "Loyalty programme",
                            "Medlemskap, poeng og fordeler i kundeprogrammet til {unit}.",
                            "Membership, points and benefits in the loyalty programme of {unit}.",
                            "Markedsføring",
                            "Marketing")
                    .subjects("members")
                    .categories("contact", "orders", "preferences")
                    .purposes("loyalty")
                    .optionalPurposes("customer-analysis", "direct-marketing")
                    .recipients("crm", "email")
                    .retain(null, "P2Y", "Medlemskapet avsluttes", "The membership ends", null, null)
                    .systems("Salesforce", "HubSpot")
                    .build(),
            process(
                            "customer-analysis",
                            "Kundeanalyse",
                            "Customer analytics",
                            "Analyse av kjøps- og bruksmønstre hos kundene til {unit} i datavarehuset ({system}).",
                            "Analysing purchase and usage patterns of the customers of {unit} in the data warehouse ({system}).",
                            "Analyse",
                            "Analytics")
                    .subjects("customers", "members")
                    .categories("orders", "usage", "customer-account")
                    .purposes("customer-analysis")
                    .optionalPurposes("product-development")
                    .recipients("cloud-hosting", "dev-partner")
                    .retain(
                            null,
                            "P2Y",
                            "Opplysningene registreres",
                            "The data is recorded",
                            "Eldre data aggregeres slik at det ikke kan knyttes til personer.",
                            "Older data is aggregated so it cannot be linked to people.")
                    .systems("Snowflake", "Power BI")
                    .build(),
            process(
                            "credit",
                            "Kredittvurdering og lån",
                            "Credit assessment and loans",
                            "Vurdering av lånesøknader og oppfølging av lån i {unit}, i {system}.",
                            "Assessing loan applications and managing loans in {unit}, in {system}.",
                            "Kreditt",
                            "Credit")
                    .subjects("loan-applicants", "customers")
                    .categories("identity", "national-id", "loan", "credit", "payroll")
                    .purposes("credit-assessment", "anti-money-laundering")
                    .recipients("credit-bureau", "esignature", "debt-collector", "authority:4")
                    .retain(List.of("credit"), "P6M", "Søknaden er avgjort", "The application is decided", null, null)
                    .retain(
                            null,
                            "P10Y",
                            "Lånet er innfridd",
                            "The loan is repaid",
                            "Låneavtaler oppbevares til kravene er foreldet.",
                            "Loan agreements are kept until claims are time-barred.")
                    .systems("Temenos", "SAP")
                    .automated(
                            "Søknader under en fastsatt grense avgjøres automatisk ut fra betjeningsevne og betalingsanmerkninger; du kan be om manuell behandling.",
                            "Applications below a set limit are decided automatically from affordability and payment remarks; you may ask for a manual review.")
                    .dpia()
                    .build(),
            process(
                            "aml",
                            "Kundekontroll mot hvitvasking",
                            "Anti-money laundering checks",
                            "Legitimasjonskontroll, kundetiltak og transaksjonsovervåking i {unit}.",
                            "Identity checks, customer due diligence and transaction monitoring in {unit}.",
                            "Compliance",
                            "Compliance")
                    .subjects("customers", "business-contacts")
                    .categories("identity", "national-id", "payment", "public-registers")
                    .optional("offences")
                    .purposes("anti-money-laundering")
                    .optionalPurposes("fraud-prevention")
                    .recipients("authority:5", "cloud-hosting")
                    .retain(
                            null,
                            "P5Y",
                            "Kundeforholdet avsluttes",
                            "The customer relationship ends",
                            "Hvitvaskingsloven § 30 krever fem års oppbevaring.",
                            "The Anti-Money Laundering Act § 30 requires five years.")
                    .systems("Temenos", "Snowflake")
                    .dpia()
                    .build(),
            process(
                            "fraud",
                            "Svindelforebygging",
                            "Fraud prevention",
                            "Overvåking av betalinger og bestillinger hos {unit} for å stanse svindel.",
                            "Monitoring payments and orders at {unit} to stop fraud.",
                            "Compliance",
                            "Compliance")
                    .subjects("customers")
                    .categories("payment", "logs", "device")
                    .optional("offences")
                    .purposes("fraud-prevention")
                    .recipients("payment", "authority:2")
                    .retain(null, "P1Y", "Transaksjonen", "The transaction", null, null)
                    .systems("Splunk", "Snowflake")
                    .build(),
            process(
                            "insurance",
                            "Forsikringsavtaler",
                            "Insurance policies",
                            "Tilbud, tegning og fornyelse av forsikringer hos {unit}, i {system}.",
                            "Quoting, writing and renewing insurance at {unit}, in {system}.",
                            "Forsikring",
                            "Insurance")
                    .subjects("policyholders")
                    .categories("contact", "identity", "insurance", "payment")
                    .optional("health")
                    .purposes("customer-agreement", "underwriting")
                    .optionalPurposes("invoicing")
                    .recipients("insurer", "print", "cloud-hosting")
                    .retain(
                            null,
                            "P10Y",
                            "Avtalen opphører",
                            "The policy ends",
                            "Opplysningene beholdes til krav etter avtalen er foreldet.",
                            "The data is kept until claims under the policy are time-barred.")
                    .systems("Guidewire")
                    .build(),
            process(
                            "claims",
                            "Skadeoppgjør",
                            "Claims handling",
                            "Behandling av skademeldinger og utbetalinger hos {unit}, i {system}.",
                            "Handling claims and payouts at {unit}, in {system}.",
                            "Forsikring",
                            "Insurance")
                    .subjects("policyholders", "customers")
                    .categories("contact", "claims", "bank-account")
                    .optional("health", "offences")
                    .purposes("claims-handling")
                    .optionalPurposes("fraud-prevention", "legal-claims")
                    .recipients("insurer", "law-firm", "bank")
                    .retain(null, "P10Y", "Saken avsluttes", "The claim is closed", null, null)
                    .systems("Guidewire")
                    .dpia()
                    .build(),
            process(
                            "patient-care",
                            "Pasientbehandling og journal",
                            "Patient care and records",
                            "Undersøkelse, behandling og journalføring ved klinikkene til {unit}, i {system}.",
                            "Examination, treatment and record keeping at the clinics of {unit}, in {system}.",
                            "Helsetjenester",
                            "Health services")
                    .subjects("patients", "next-of-kin")
                    .categories("identity", "national-id", "health", "contact")
                    .optional("next-of-kin-details")
                    .purposes("healthcare", "patient-records")
                    .recipients("health-records", "sub-hosting", "authority:6")
                    .retain(
                            List.of("health"),
                            "P10Y",
                            "Siste journalføring",
                            "The last record entry",
                            "Pasientjournalforskriften krever minst ti år.",
                            "The Patient Records Regulation requires at least ten years.")
                    .retain(null, "P10Y", "Siste journalføring", "The last record entry", null, null)
                    .systems("DIPS")
                    .statutory(
                            "Vi er pålagt å føre journal. Uten helseopplysninger kan vi ikke gi forsvarlig behandling.",
                            "We are required to keep records. Without health information we cannot treat you safely.")
                    .dpia()
                    .build(),
            process(
                            "bookings",
                            "Reisebestillinger",
                            "Travel bookings",
                            "Bestilling, betaling og gjennomføring av reiser hos {unit}, i {system}.",
                            "Booking, paying for and carrying out trips with {unit}, in {system}.",
                            "Reiser",
                            "Travel")
                    .subjects("travellers", "customers")
                    .categories("contact", "identity", "travel", "payment")
                    .optional("health")
                    .purposes("bookings", "passenger-data")
                    .optionalPurposes("assistance")
                    .recipients("airline", "payment", "authority:9")
                    .retain(null, "P3Y", "Reisen er avsluttet", "The trip ends", null, null)
                    .systems("Amadeus")
                    .build(),
            process(
                            "tenancy",
                            "Utleie",
                            "Lettings",
                            "Utleie av boliger og lokaler fra {unit}, med kontrakter i {system}.",
                            "Letting homes and premises of {unit}, with leases in {system}.",
                            "Eiendom og sikkerhet",
                            "Property and security")
                    .subjects("tenants")
                    .categories("contact", "identity", "tenancy", "credit")
                    .purposes("tenancy-management")
                    .optionalPurposes("invoicing", "credit-assessment")
                    .recipients("credit-bureau", "debt-collector", "esignature")
                    .retain(null, "P3Y", "Leieforholdet avsluttes", "The tenancy ends", null, null)
                    .systems("Yardi")
                    .build(),
            process(
                            "metering",
                            "Måling og avregning",
                            "Metering and billing",
                            "Innsamling av måleverdier og avregning for nettkundene til {unit}.",
                            "Collecting meter readings and billing the grid customers of {unit}.",
                            "Energi",
                            "Energy")
                    .subjects("customers")
                    .categories("contact", "energy-usage", "payment")
                    .purposes("metering", "grid-operation")
                    .optionalPurposes("invoicing")
                    .recipients("energy-data-hub", "print")
                    .retain(
                            null,
                            "P10Y",
                            "Avregningsperioden",
                            "The billing period",
                            "Avregningsforskriften krever at måleverdier lagres i ti år.",
                            "The Settlement Regulations require readings to be kept for ten years.")
                    .systems("SAP")
                    .build(),
            process(
                            "events",
                            "Kurs og arrangementer",
                            "Courses and events",
                            "Påmelding og gjennomføring av kurs og kundearrangementer i regi av {unit}.",
                            "Registration for and running courses and customer events organised by {unit}.",
                            "Kommunikasjon",
                            "Communications")
                    .subjects("course-participants", "business-contacts")
                    .categories("contact", "preferences")
                    .purposes("events")
                    .recipients("survey", "email")
                    .retain(null, "P1Y", "Arrangementet er holdt", "The event is held", null, null)
                    .systems("HubSpot")
                    .build(),
            process(
                            "suppliers",
                            "Leverandøroppfølging",
                            "Supplier management",
                            "Avtaler, bestillinger og kontaktpersoner hos leverandørene til {unit}, i {system}.",
                            "Agreements, purchases and contact persons at the suppliers of {unit}, in {system}.",
                            "Innkjøp og drift",
                            "Procurement and facilities")
                    .subjects("supplier-contacts")
                    .categories("contact", "public-registers")
                    .purposes("supplier-management", "accounting")
                    .recipients("internal:2", "auditor")
                    .retain(null, "P5Y", "Avtalen utløper", "The agreement expires", null, null)
                    .systems("SAP", "Unit4")
                    .build(),
            process(
                            "b2b",
                            "Bedriftskunder",
                            "Business customers",
                            "Oppfølging av kontaktpersoner hos bedriftskundene til {unit} i {system}.",
                            "Keeping in touch with contact persons at the business customers of {unit} in {system}.",
                            "Salg",
                            "Sales")
                    .subjects("business-contacts")
                    .categories("contact", "correspondence")
                    .purposes("b2b-relationship")
                    .optionalPurposes("invoicing", "events")
                    .recipients("crm", "email")
                    .retain(null, "P2Y", "Siste kontakt", "The last contact", null, null)
                    .systems("Salesforce", "Dynamics 365", "HubSpot")
                    .build(),
            process(
                            "governance",
                            "Styre og aksjonærer",
                            "Board and shareholders",
                            "Aksjeeierbok, generalforsamling og styreprotokoller for {unit}.",
                            "The share register, general meetings and board minutes of {unit}.",
                            "Juridisk",
                            "Legal")
                    .subjects("board-members", "shareholders")
                    .categories("contact", "identity", "public-registers")
                    .purposes("corporate-governance")
                    .recipients("auditor", "law-firm")
                    .retain(null, "P10Y", "Vedtaket", "The resolution", null, null)
                    .systems("Sharepoint")
                    .build(),
            process(
                            "group-reporting",
                            "Konsernrapportering",
                            "Group reporting",
                            "Rapportering av nøkkeltall og personalstatistikk fra {unit} til konsernet.",
                            "Reporting key figures and staff statistics from {unit} to the group.",
                            "Økonomi",
                            "Finance")
                    .subjects("employees")
                    .categories("employment", "payroll")
                    .purposes("accounting", "statistics")
                    .recipients("affiliate", "authority:7", "auditor")
                    .retain(null, "P5Y", "Utgangen av regnskapsåret", "The end of the financial year", null, null)
                    .systems("Power BI", "SAP")
                    .build(),
            joint(process(
                            "partner-campaign",
                            "Felles kampanje med partner",
                            "Joint campaign with a partner",
                            "Kampanje som {unit} og en samarbeidspartner planlegger og gjennomfører sammen.",
                            "A campaign that {unit} and a partner plan and run together.",
                            "Markedsføring",
                            "Marketing")
                    .subjects("customers", "members")
                    .categories("contact", "preferences")
                    .purposes("direct-marketing")
                    .optionalPurposes("newsletter")
                    .recipients("email")
                    .retain(null, "P6M", "Kampanjen avsluttes", "The campaign ends", null, null)
                    .systems("HubSpot")),
            processor(process(
                            "hosted-services",
                            "Drift av tjenester for bedriftskunder",
                            "Hosted services for business customers",
                            "Lagring og drift av kundenes data i tjenestene til {unit} ({system}), på kundenes vegne.",
                            "Storing and running customers' data in the services of {unit} ({system}), on the customers' behalf.",
                            "IT-drift",
                            "IT operations")
                    .subjects("end-users")
                    .categories("customer-content", "logs")
                    .purposes("service-delivery")
                    .recipients("cloud-hosting", "sub-hosting", "it-support")
                    .retain(
                            null,
                            "P30D",
                            "Avtalen med kunden opphører",
                            "The customer agreement ends",
                            "Data slettes eller leveres tilbake etter kundens instruks.",
                            "Data is deleted or returned as the customer instructs.")
                    .systems("ServiceNow", "Snowflake")),
            processor(process(
                            "payroll-services",
                            "Lønnstjenester for kunder",
                            "Payroll services for clients",
                            "Lønnskjøring som {unit} utfører for bedriftskunder etter databehandleravtale.",
                            "Payroll that {unit} runs for business customers under a data processing agreement.",
                            "Økonomi",
                            "Finance")
                    .subjects("end-users")
                    .categories("identity", "payroll", "bank-account")
                    .purposes("service-delivery")
                    .recipients("payroll-provider", "cloud-hosting")
                    .retain(null, "P3M", "Avtalen med kunden opphører", "The customer agreement ends", null, null)
                    .systems("Visma", "Tripletex")));

    private static Builder process(
            String key,
            String nb,
            String en,
            String descriptionNb,
            String descriptionEn,
            String ownerNb,
            String ownerEn) {
        return new Builder(key, t(nb, en), t(descriptionNb, descriptionEn), t(ownerNb, ownerEn));
    }

    private static Process joint(Builder builder) {
        builder.mode = Mode.JOINT;
        return builder.build();
    }

    private static Process processor(Builder builder) {
        builder.mode = Mode.PROCESSOR;
        return builder.build();
    }

    private static final class Builder {
        private final String key;
        private final Text name;
        private final Text description;
        private final Text owner;
        private Mode mode = Mode.CONTROLLER;
        private List<String> subjects = List.of();
        private List<String> categories = List.of();
        private List<String> optionalCategories = List.of();
        private List<String> purposes = List.of();
        private List<String> optionalPurposes = List.of();
        private List<String> recipients = List.of();
        private final List<RetentionSpec> retention = new ArrayList<>();
        private List<String> systems = List.of();
        private Text statutory;
        private Text automated;
        private boolean dpia;

        Builder(String key, Text name, Text description, Text owner) {
            this.key = key;
            this.name = name;
            this.description = description;
            this.owner = owner;
        }

        Builder subjects(String... keys) {
            subjects = List.of(keys);
            return this;
        }

        Builder categories(String... keys) {
            categories = List.of(keys);
            return this;
        }

        Builder optional(String... keys) {
            optionalCategories = List.of(keys);
            return this;
        }

        Builder purposes(String... keys) {
            purposes = List.of(keys);
            return this;
        }

        Builder optionalPurposes(String... keys) {
            optionalPurposes = List.of(keys);
            return this;
        }

        Builder recipients(String... keys) {
            recipients = List.of(keys);
            return this;
        }

        Builder retain(
                List<String> categoryKeys,
                String period,
                String triggerNb,
                String triggerEn,
                String descriptionNb,
                String descriptionEn) {
            retention.add(new RetentionSpec(
                    categoryKeys,
                    period,
                    t(triggerNb, triggerEn),
                    descriptionNb == null ? null : t(descriptionNb, descriptionEn)));
            return this;
        }

        Builder systems(String... names) {
            systems = List.of(names);
            return this;
        }

        Builder statutory(String nb, String en) {
            statutory = t(nb, en);
            return this;
        }

        Builder automated(String nb, String en) {
            automated = t(nb, en);
            return this;
        }

        Builder dpia() {
            dpia = true;
            return this;
        }

        Process build() {
            return new Process(
                    key,
                    name,
                    description,
                    owner,
                    mode,
                    subjects,
                    categories,
                    optionalCategories,
                    purposes,
                    optionalPurposes,
                    recipients,
                    List.copyOf(retention),
                    systems,
                    statutory,
                    automated,
                    dpia);
        }
    }
}
