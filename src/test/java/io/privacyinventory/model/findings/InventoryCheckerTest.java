package io.privacyinventory.model.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.privacyinventory.exchange.InventoryJsonReader;
import io.privacyinventory.model.Inventory;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Each rule on a small inventory that starts out sound: the rule fires once the mistake is made,
 * and stays quiet on the nearest case that is right.
 */
class InventoryCheckerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static final String SOUND = """
            {
              "format": "privacy-inventory",
              "formatVersion": 2,
              "languages": ["en", "nb"],
              "organisation": {"name": "Example AS", "email": "privacy@example.no",
                               "supervisoryAuthority": {"name": "Datatilsynet"}},
              "notice": {"title": {"en": "Privacy notice", "nb": "Personvernerklæring"}, "effectiveDate": "2026-01-01"},
              "dataSubjects": [{"id": "customers", "name": {"en": "Customers", "nb": "Kunder"}}],
              "dataCategories": [
                {"id": "contact", "name": {"en": "Contact details", "nb": "Kontaktopplysninger"}, "source": "data-subject"},
                {"id": "health", "name": {"en": "Health data", "nb": "Helseopplysninger"}, "source": "data-subject",
                 "special": true}
              ],
              "purposes": [
                {"id": "support", "name": {"en": "Support", "nb": "Kundestøtte"}},
                {"id": "care", "name": {"en": "Care", "nb": "Behandling"}}
              ],
              "recipients": [
                {"id": "crm", "name": {"en": "CRM supplier", "nb": "CRM-leverandør"}, "kind": "processor", "country": "US"},
                {"id": "stats", "name": {"en": "Statistics tool", "nb": "Statistikkverktøy"}, "kind": "processor",
                 "country": "SE", "tracking": true, "optOutUrl": "https://stats.example/opt-out", "strictlyNecessary": true}
              ],
              "activities": [
                {
                  "id": "support",
                  "name": {"en": "Customer support", "nb": "Kundestøtte"},
                  "role": "controller",
                  "status": "approved",
                  "dataSubjects": ["customers"],
                  "dataCategories": ["contact", "health"],
                  "recipients": ["crm", "stats"],
                  "purposes": [
                    {"purpose": "support", "legalBasis": "legitimate-interests",
                     "legitimateInterest": {"en": "Helping our customers", "nb": "Å hjelpe kundene våre"}},
                    {"purpose": "care", "legalBasis": "contract", "specialCategoryCondition": "health-social-care"}
                  ],
                  "transfers": [{"country": "US", "recipient": "crm", "safeguard": "standard-contractual-clauses"}],
                  "retention": [{"dataCategories": ["health"], "period": "P10Y", "trigger": {"en": "the last visit", "nb": "siste besøk"}},
                                {"period": "P2Y", "trigger": {"en": "the last contact", "nb": "siste kontakt"}}],
                  "securityMeasures": {"en": "Access control and logging", "nb": "Tilgangskontroll og logging"},
                  "statutoryRequirement": {"en": "Needed to answer you", "nb": "Nødvendig for å svare deg"},
                  "dpia": {"status": "completed"},
                  "reviewDue": "2027-01-01"
                }
              ]
            }
            """;

    private final ObjectNode document = (ObjectNode) parse(SOUND);

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private ObjectNode activity() {
        return (ObjectNode) document.at("/activities/0");
    }

    private ObjectNode purpose(int index) {
        return (ObjectNode) activity().at("/purposes/" + index);
    }

    private ArrayNode transfers() {
        return (ArrayNode) activity().get("transfers");
    }

    private ObjectNode recipient(int index) {
        return (ObjectNode) document.at("/recipients/" + index);
    }

    private Inventory inventory() {
        try {
            return InventoryJsonReader.read(
                    new ByteArrayInputStream(JSON.writeValueAsBytes(document)), "inventory.json");
        } catch (Exception e) {
            throw new AssertionError("the test inventory does not load: " + e.getMessage(), e);
        }
    }

    private List<Finding> findings() {
        return InventoryChecker.check(inventory(), TODAY, Locale.ENGLISH);
    }

    /** Findings as "severity code path", which is what most tests are about. */
    private List<String> found() {
        return findings().stream()
                .map(f -> f.severity().code() + " " + f.code() + " " + f.path())
                .toList();
    }

    private Finding only(String code) {
        return findings().stream()
                .filter(f -> f.code().equals(code))
                .reduce((a, b) -> {
                    throw new AssertionError("more than one " + code);
                })
                .orElseThrow(() -> new AssertionError("no " + code + " in " + found()));
    }

    @Test
    void soundInventoryHasNoFindings() {
        assertThat(findings()).isEmpty();
        assertThat(InventoryChecker.check(inventory(), TODAY, Locale.forLanguageTag("nb")))
                .isEmpty();
    }

    @Test
    void organisationNeedsAName() {
        ((ObjectNode) document.get("organisation")).put("name", " ");

        assertThat(found()).containsExactly("error organisation-without-name organisation/name");
        assertThat(only("organisation-without-name").message()).contains("has no name");
    }

    @Test
    void organisationNeedsOneWayToBeReached() {
        ObjectNode organisation = (ObjectNode) document.get("organisation");
        organisation.remove("email");

        assertThat(found()).containsExactly("error organisation-without-contact organisation/email");

        for (String field : List.of("phone", "address")) {
            ObjectNode withOne = organisation.deepCopy();
            withOne.put(field, "something");
            document.set("organisation", withOne);
            assertThat(findings()).as(field).isEmpty();
        }
        // the notice's contact section lists e-mail, phone and post: a website alone leaves it empty
        ObjectNode websiteOnly = organisation.deepCopy();
        websiteOnly.put("website", "https://example.no");
        document.set("organisation", websiteOnly);
        assertThat(found()).containsExactly("error organisation-without-contact organisation/email");
    }

    @Test
    void activityWithoutPurposeIsAnErrorAndItsSpecialDataIsReportedThereToo() {
        activity().putArray("purposes");

        assertThat(found())
                .containsExactly(
                        "error activity-without-purpose activities/support/purposes",
                        "error special-category-without-condition activities/support/purposes");
    }

    @Test
    void purposeNeedsALegalBasis() {
        purpose(1).remove("legalBasis");

        assertThat(found())
                .containsExactly("error purpose-without-legal-basis activities/support/purposes/1/legalBasis");
        assertThat(only("purpose-without-legal-basis").message())
                .isEqualTo("Purpose \"Care\" of activity \"Customer support\" has no legal basis. "
                        + "Choose the Art. 6(1) basis the processing rests on.");
    }

    @Test
    void legitimateInterestsNeedTheInterestStated() {
        purpose(0).remove("legitimateInterest");
        assertThat(found())
                .containsExactly(
                        "error legitimate-interest-not-stated activities/support/purposes/0/legitimateInterest");

        purpose(0).putObject("legitimateInterest").put("en", " ");
        assertThat(found())
                .containsExactly(
                        "error legitimate-interest-not-stated activities/support/purposes/0/legitimateInterest");

        purpose(0).remove("legitimateInterest");
        purpose(0).put("legalBasis", "consent");
        assertThat(findings()).as("other bases need no statement").isEmpty();
    }

    @Test
    void specialCategoryDataNeedsAnArt9ConditionOnSomePurpose() {
        assertThat(purpose(0).has("specialCategoryCondition"))
                .as("one purpose with a condition is enough")
                .isFalse();

        purpose(1).remove("specialCategoryCondition");

        assertThat(found()).containsExactly("error special-category-without-condition activities/support/purposes");
        assertThat(only("special-category-without-condition").message()).contains("(\"Health data\")");
    }

    @Test
    void criminalOffenceDataNeedsItsLegalAuthorityNotAnArt9Condition() {
        purpose(1).remove("specialCategoryCondition");
        ObjectNode health = (ObjectNode) document.at("/dataCategories/1");
        health.put("special", false);
        assertThat(findings()).as("ordinary data needs no condition").isEmpty();

        health.put("criminal", true);
        assertThat(found()).containsExactly("error criminal-data-without-authority activities/support/purposes");

        purpose(1).put("specialCategoryCondition", "employment-social-security");
        assertThat(found())
                .as("an Art. 9(2) condition does not authorise criminal-offence data")
                .containsExactly(
                        "error criminal-data-without-authority activities/support/purposes",
                        "warning special-condition-without-special-data activities/support/purposes/1/specialCategoryCondition");

        purpose(1).remove("specialCategoryCondition");
        purpose(1)
                .putObject("criminalOffenceAuthority")
                .put("en", "Personal Data Act section 11")
                .put("nb", "personopplysningsloven § 11");
        assertThat(findings()).isEmpty();
    }

    @Test
    void transferToAThirdCountryNeedsASafeguard() {
        transfers().addObject().put("country", "IN");

        assertThat(found())
                .containsExactly("error transfer-without-safeguard activities/support/transfers/1/safeguard");
        assertThat(only("transfer-without-safeguard").message()).startsWith("The transfer to India in activity");
    }

    @Test
    void transfersInsideTheEeaOrToAnAdequateCountryNeedNoSafeguard() {
        transfers().addObject().put("country", "SE");
        transfers().addObject().put("country", "JP");
        transfers().addObject().put("country", "GB").put("safeguard", "adequacy-decision");

        assertThat(findings()).isEmpty();
    }

    @Test
    void adequacyDecisionMustExistForTheCountry() {
        transfers().addObject().put("country", "IN").put("safeguard", "adequacy-decision");

        assertThat(found()).containsExactly("error no-adequacy-decision activities/support/transfers/1/safeguard");
        assertThat(only("no-adequacy-decision").message()).contains("has made none for India");
    }

    @Test
    void conditionalAdequacyDecisionAsksToConfirmTheCondition() {
        ((ObjectNode) transfers().get(0)).put("safeguard", "adequacy-decision");

        assertThat(found())
                .containsExactly("warning adequacy-condition-to-confirm activities/support/transfers/0/safeguard");
        assertThat(only("adequacy-condition-to-confirm").message())
                .contains("United States")
                .contains("certified under the EU-US Data Privacy Framework");
        assertThat(InventoryChecker.check(inventory(), TODAY, Locale.forLanguageTag("nb")))
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("sertifisert etter EU–US Data Privacy Framework");

        ((ObjectNode) transfers().get(0)).remove("safeguard");
        assertThat(found())
                .as("no safeguard: the transfer can only rest on the decision")
                .containsExactly("warning adequacy-condition-to-confirm activities/support/transfers/0/safeguard");
    }

    @Test
    void recipientOutsideTheEeaNeedsATransferToItsCountry() {
        activity().putArray("transfers");

        assertThat(found()).containsExactly("error recipient-abroad-without-transfer activities/support/recipients/0");
        assertThat(only("recipient-abroad-without-transfer").message())
                .contains("\"CRM supplier\"")
                .contains("is in United States, outside the EEA");
    }

    @Test
    void recipientInAnAdequateCountryStillNeedsItsTransferDeclared() {
        recipient(1).put("country", "GB");
        assertThat(found()).containsExactly("error recipient-abroad-without-transfer activities/support/recipients/1");

        transfers().addObject().put("country", "GB").put("safeguard", "adequacy-decision");
        assertThat(findings())
                .as("a transfer to the country, with or without naming the recipient")
                .isEmpty();
    }

    @Test
    void recipientWithoutACountryIsNotJudged() {
        recipient(0).remove("country");
        activity().putArray("transfers");

        assertThat(findings()).isEmpty();
    }

    @Test
    void everyDataCategoryNeedsARetentionRule() {
        ((ArrayNode) activity().get("retention")).remove(1);

        assertThat(found()).containsExactly("warning retention-missing activities/support/dataCategories/0");
        assertThat(only("retention-missing").message()).contains("covers \"Contact details\"");

        activity().putArray("retention");
        assertThat(found())
                .containsExactly(
                        "warning retention-missing activities/support/dataCategories/0",
                        "warning retention-missing activities/support/dataCategories/1");
    }

    @Test
    void securityMeasuresMustBeDescribed() {
        activity().remove("securityMeasures");
        assertThat(found()).containsExactly("warning security-measures-missing activities/support/securityMeasures");

        activity().putObject("securityMeasures").put("en", "").put("nb", "  ");
        assertThat(found()).containsExactly("warning security-measures-missing activities/support/securityMeasures");
    }

    @Test
    void reviewIsOverdueOnlyOnceItsDateHasPassed() {
        activity().put("reviewDue", TODAY.toString());
        assertThat(findings()).as("due today").isEmpty();

        activity().put("reviewDue", TODAY.minusDays(1).toString());
        assertThat(found()).containsExactly("warning review-overdue activities/support/reviewDue");
        assertThat(only("review-overdue").message()).contains("was due for review on 2026-05-31");
    }

    @Test
    void missingTranslationIsReportedOnTheFieldWithTheMissingLanguages() {
        document.putArray("languages").add("en").add("nb").add("de");
        document.set(
                "purposes",
                parse(
                        "[{\"id\": \"support\", \"name\": \"Support\"},"
                                + " {\"id\": \"care\", \"name\": {\"en\": \"Care\", \"nb\": \"Behandling\", \"de\": \"Pflege\"}}]"));

        List<Finding> findings = findings().stream()
                .filter(f -> f.path().startsWith("purposes/"))
                .toList();

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.code()).isEqualTo("translation-missing");
            assertThat(finding.path()).isEqualTo("purposes/support/name");
            assertThat(finding.message())
                    .startsWith(
                            "Missing translation into Norwegian Bokmål (nb), German (de): the name of purpose \"Support\".");
        });
    }

    @Test
    void translationsAreCheckedWhereverTheNoticeShowsText() {
        activity().putObject("description").put("en", "Helping customers");
        purpose(1).put("legalBasisReference", "The customer agreement");
        ((ObjectNode) transfers().get(0)).put("description", "Stored in the USA");
        ((ObjectNode) activity().at("/retention/1")).put("trigger", "The end of the customer relationship");
        activity().put("statutoryRequirement", "Voluntary");
        activity().putObject("automatedDecisions").put("used", true).put("logic", "Scores tickets");
        ((ObjectNode) document.get("notice")).put("scope", "All customers");
        recipient(1).putObject("description").put("nb", "Bare norsk");

        assertThat(found())
                .containsExactly(
                        "warning translation-missing notice/scope",
                        "warning translation-missing recipients/stats/description",
                        "warning translation-missing activities/support/description",
                        "warning translation-missing activities/support/purposes/1/legalBasisReference",
                        "warning translation-missing activities/support/transfers/0/description",
                        "warning translation-missing activities/support/retention/1/trigger",
                        "warning translation-missing activities/support/statutoryRequirement",
                        "warning translation-missing activities/support/automatedDecisions/logic");
        assertThat(findings().get(1).message())
                .startsWith("Missing translation into English (en): the description of "
                        + "recipient \"Statistics tool\".");
    }

    @Test
    void textsTheNoticeNeverShowsNeedNoTranslation() {
        activity().put("notes", "Internal only");
        activity().put("securityMeasures", "Only in English");
        ((ArrayNode) document.get("purposes")).addObject().put("id", "unused").put("name", "Not used by any activity");

        assertThat(findings()).isEmpty();
    }

    @Test
    void aDataSubjectsNameIsTranslatedButARecipientsNameIsAProperName() {
        ((ObjectNode) document.at("/dataSubjects/0")).put("name", "Customers");
        recipient(0).put("name", "Salesforce");

        assertThat(found()).containsExactly("warning translation-missing dataSubjects/customers/name");
        assertThat(findings().get(0).message())
                .isEqualTo(
                        "Missing translation into Norwegian Bokmål (nb): the name "
                                + "of data subject \"Customers\". The notice in that language would show this text in another language.");
    }

    @Test
    void trackingRecipientNeedsAnOptOutLink() {
        recipient(1).remove("optOutUrl");
        assertThat(found()).containsExactly("warning tracking-without-opt-out recipients/stats/optOutUrl");

        recipient(1).put("tracking", false);
        assertThat(findings()).isEmpty();
    }

    @Test
    void trackingRecipientThatNoLiveActivityUsesIsNotInTheNotice() {
        recipient(1).remove("optOutUrl");
        activity().putArray("recipients").add("crm");

        assertThat(findings()).isEmpty();
    }

    @Test
    void approvedActivityNamesItsDataSubjectsAndCategories() {
        activity().putArray("dataSubjects");
        activity().putArray("dataCategories");
        activity().putArray("retention");

        assertThat(found())
                .containsExactly(
                        "warning approved-without-data-subjects activities/support/dataSubjects",
                        "warning approved-without-data-categories activities/support/dataCategories",
                        "warning special-condition-without-special-data activities/support/purposes/1/specialCategoryCondition");

        activity().put("status", "in-review");
        assertThat(found())
                .as("a draft may still be filled in")
                .containsExactly(
                        "warning special-condition-without-special-data activities/support/purposes/1/specialCategoryCondition");
    }

    @Test
    void requiredDpiaMustBeCompleted() {
        ((ObjectNode) activity().get("dpia")).put("status", "required");
        assertThat(found()).containsExactly("warning dpia-not-completed activities/support/dpia/status");

        for (String status : List.of("not-required", "not-assessed", "completed")) {
            ((ObjectNode) activity().get("dpia")).put("status", status);
            assertThat(findings()).as(status).isEmpty();
        }
    }

    @Test
    void processorAndJointControllerActivitiesNameTheOtherControllers() {
        activity().put("role", "processor");
        assertThat(found()).containsExactly("warning controllers-not-named activities/support/controllers");
        assertThat(only("controllers-not-named").message())
                .contains("as processor")
                .contains("Art. 30(2)(a)");

        activity().put("role", "joint-controller");
        assertThat(found()).containsExactly("warning controllers-not-named activities/support/controllers");
        assertThat(only("controllers-not-named").message()).contains("joint control");

        activity()
                .putArray("controllers")
                .addObject()
                .put("name", "Customer AS")
                .put("email", "dpo@customer.example");
        assertThat(findings()).isEmpty();
    }

    @Test
    void processorActivityIsNotAskedForTheControllersLegalBasis() {
        activity().put("role", "processor");
        activity()
                .putArray("controllers")
                .addObject()
                .put("name", "Customer AS")
                .put("email", "dpo@customer.example");
        purpose(0).remove("legitimateInterest");
        purpose(1).remove("legalBasis");
        purpose(1).remove("specialCategoryCondition");
        assertThat(findings()).isEmpty();

        activity().putArray("purposes");
        assertThat(found())
                .as("what it does for the controller must still be said")
                .containsExactly("error activity-without-purpose activities/support/purposes");
    }

    @Test
    void retiredActivityKeepsItsErrorsButGetsNoWarnings() {
        activity().put("status", "retired");
        activity().remove("securityMeasures");
        activity().put("reviewDue", "2020-01-01");
        ((ObjectNode) activity().get("dpia")).put("status", "required");
        activity().putArray("retention");
        activity().put("role", "joint-controller");
        ((ObjectNode) transfers().get(0)).put("safeguard", "adequacy-decision");
        activity().putObject("description").put("en", "Only English");
        recipient(1).remove("optOutUrl");
        purpose(1).remove("legalBasis");

        assertThat(found())
                .containsExactly("error purpose-without-legal-basis activities/support/purposes/1/legalBasis");
    }

    @Test
    void findingsAreInInventoryOrderThenByCode() {
        document.putArray("languages").add("en").add("nb");
        ObjectNode organisation = (ObjectNode) document.get("organisation");
        organisation.put("name", "");
        organisation.remove("email");
        ((ObjectNode) document.get("notice")).put("title", "English only");
        recipient(1).remove("optOutUrl");
        ObjectNode second = activity().deepCopy();
        second.put("id", "second");
        ((ArrayNode) document.get("activities")).add(second);
        activity().putArray("purposes");
        activity().put("reviewDue", "2020-01-01");
        activity().remove("securityMeasures");
        second.putArray("transfers");
        ((ObjectNode) second.at("/purposes/0")).remove("legalBasis");

        assertThat(found())
                .containsExactly(
                        "error organisation-without-name organisation/name",
                        "error organisation-without-contact organisation/email",
                        "warning translation-missing notice/title",
                        "warning tracking-without-opt-out recipients/stats/optOutUrl",
                        "error activity-without-purpose activities/support/purposes",
                        "error special-category-without-condition activities/support/purposes",
                        "warning security-measures-missing activities/support/securityMeasures",
                        "warning review-overdue activities/support/reviewDue",
                        "error recipient-abroad-without-transfer activities/second/recipients/0",
                        "error purpose-without-legal-basis activities/second/purposes/0/legalBasis");
    }

    @Test
    void messagesAreInTheRequestedLanguageWithTheInventorysNamesInIt() {
        purpose(1).remove("legalBasis");

        List<Finding> norwegian = InventoryChecker.check(inventory(), TODAY, Locale.forLanguageTag("nb"));

        assertThat(norwegian)
                .singleElement()
                .extracting(Finding::message)
                .isEqualTo("Formålet «Behandling» i behandlingsaktiviteten «Kundestøtte» mangler behandlingsgrunnlag. "
                        + "Velg grunnlaget etter art. 6 nr. 1 som behandlingen bygger på.");
    }

    @Test
    void namesMissingInTheMessageLanguageFallBackToTheInventorysDefaultLanguage() {
        purpose(1).remove("legalBasis");
        ((ObjectNode) document.at("/purposes/1")).putObject("name").put("en", "Care");

        List<Finding> norwegian = InventoryChecker.check(inventory(), TODAY, Locale.forLanguageTag("nb"));

        assertThat(norwegian)
                .filteredOn(finding -> finding.code().equals("purpose-without-legal-basis"))
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .startsWith("Formålet «Care» i behandlingsaktiviteten «Kundestøtte» mangler behandlingsgrunnlag.");
    }

    @Test
    void englishStaysEnglishOnANorwegianWorkstation() {
        purpose(1).remove("legalBasis");
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("nb-NO"));
        try {
            assertThat(findings())
                    .singleElement()
                    .extracting(Finding::message)
                    .asString()
                    .startsWith("Purpose \"Care\"");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void noticeNeedsItsEffectiveDate() {
        ((ObjectNode) document.get("notice")).remove("effectiveDate");

        assertThat(found()).containsExactly("warning notice-effective-date-missing notice/effectiveDate");
        assertThat(only("notice-effective-date-missing").message()).contains("takes effect");
    }

    @Test
    void organisationNamesTheSupervisoryAuthority() {
        ((ObjectNode) document.at("/organisation/supervisoryAuthority")).put("name", " ");

        assertThat(found())
                .containsExactly("warning supervisory-authority-missing organisation/supervisoryAuthority/name");
        ((ObjectNode) document.get("organisation")).remove("supervisoryAuthority");
        assertThat(found())
                .containsExactly("warning supervisory-authority-missing organisation/supervisoryAuthority/name");
    }

    @Test
    void jointControllersNeedNames() {
        activity().put("role", "joint-controller");
        ArrayNode controllers = activity().putArray("controllers");
        controllers.addObject().put("name", "Partner AS");
        controllers.addObject().put("email", "dpo@other.example");

        assertThat(found())
                .containsExactly("warning joint-controller-without-name activities/support/controllers/1/name");
        assertThat(only("joint-controller-without-name").message()).contains("\"Customer support\"", "2");

        ((ObjectNode) controllers.get(1)).put("name", "Other AS");
        assertThat(findings()).isEmpty();
    }

    @Test
    void dataCategoryOfAnApprovedActivityNeedsASource() {
        ((ObjectNode) document.at("/dataCategories/0")).remove("source");

        assertThat(found()).containsExactly("warning data-category-without-source dataCategories/contact/source");

        activity().put("status", "draft");
        assertThat(found())
                .as("a draft is not in the notice")
                .doesNotContain("warning data-category-without-source dataCategories/contact/source");
    }

    @Test
    void legalObligationNamesItsLaw() {
        purpose(1).put("legalBasis", "legal-obligation");

        assertThat(found())
                .containsExactly(
                        "warning legal-obligation-without-reference activities/support/purposes/1/legalBasisReference");

        purpose(1)
                .putObject("legalBasisReference")
                .put("en", "Bookkeeping Act § 13")
                .put("nb", "Bokføringsloven § 13");
        assertThat(findings()).isEmpty();
    }

    @Test
    void retentionRuleMustSaySomething() {
        ((ArrayNode) activity().get("retention"))
                .addObject()
                .putArray("dataCategories")
                .add("contact");

        assertThat(found()).containsExactly("warning retention-rule-empty activities/support/retention/2");

        ((ObjectNode) activity().at("/retention/2"))
                .putObject("description")
                .put("en", "Deleted when the case closes")
                .put("nb", "Slettes når saken lukkes");
        assertThat(findings()).isEmpty();
    }

    @Test
    void automatedDecisionsDescribeTheirLogic() {
        activity().putObject("automatedDecisions").put("used", true);

        assertThat(found())
                .containsExactly(
                        "warning automated-decisions-without-logic activities/support/automatedDecisions/logic");

        activity().putObject("automatedDecisions").put("used", false);
        assertThat(findings()).isEmpty();
    }
}
