package io.privacyinventory.model.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.privacyinventory.TestInventories;
import io.privacyinventory.exchange.InventoryJsonReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample inventories as a privacy officer would meet them: sound apart from the warnings the
 * clinic sample carries on purpose, and each kind of mistake planted into a copy of a sample
 * document, read back through the JSON reader, gives exactly its one finding.
 */
class SampleFindingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path folder;

    /** A mistake made in a copy of a sample, and the one finding (severity, code, path) it must cause. */
    record PlantedMistake(String description, Path sample, Consumer<ObjectNode> plant, String expected) {
        @Override
        public String toString() {
            return description;
        }
    }

    static Stream<PlantedMistake> mistakes() {
        Path clinic = TestInventories.CLINIC_GROUP;
        Path products = TestInventories.PRODUCT_SERVICES;
        return Stream.of(
                new PlantedMistake(
                        "organisation name erased",
                        clinic,
                        root -> organisation(root).put("name", ""),
                        "error organisation-without-name organisation/name"),
                new PlantedMistake(
                        "organisation contact details erased",
                        clinic,
                        root -> organisation(root).remove(List.of("address", "email", "phone", "website")),
                        "error organisation-without-contact organisation/email"),
                new PlantedMistake(
                        "activity's purposes removed",
                        clinic,
                        root -> activity(root, "booking-billing").putArray("purposes"),
                        "error activity-without-purpose activities/booking-billing/purposes"),
                new PlantedMistake(
                        "legal basis removed",
                        clinic,
                        root -> purpose(root, "booking-billing", 1).remove("legalBasis"),
                        "error purpose-without-legal-basis activities/booking-billing/purposes/1/legalBasis"),
                new PlantedMistake(
                        "legitimate interests without the interest",
                        clinic,
                        root -> purpose(root, "booking-billing", 0).put("legalBasis", "legitimate-interests"),
                        "error legitimate-interest-not-stated activities/booking-billing/purposes/0/legitimateInterest"),
                new PlantedMistake(
                        "outcome scores without an Art. 9(2) condition",
                        clinic,
                        root -> purpose(root, "outcome-register", 0).remove("specialCategoryCondition"),
                        "error special-category-without-condition activities/outcome-register/purposes"),
                new PlantedMistake(
                        "police certificate without its Art. 10 authority",
                        clinic,
                        root -> purpose(root, "recruitment", 1).remove("criminalOffenceAuthority"),
                        "error criminal-data-without-authority activities/recruitment/purposes"),
                new PlantedMistake(
                        "police certificate given an Art. 9(2) condition",
                        clinic,
                        root -> purpose(root, "recruitment", 1)
                                .put("specialCategoryCondition", "employment-social-security"),
                        "warning special-condition-without-special-data activities/recruitment/purposes/1/specialCategoryCondition"),
                new PlantedMistake(
                        "website analytics moved from consent to contract",
                        clinic,
                        root -> purpose(root, "website-analytics", 0).put("legalBasis", "contract"),
                        "warning tracking-without-consent activities/website-analytics/recipients/0"),
                new PlantedMistake(
                        "organisation established in the USA",
                        clinic,
                        root -> organisation(root).put("country", "US"),
                        "warning representative-missing organisation/representative"),
                new PlantedMistake(
                        "next review date of an approved activity removed",
                        clinic,
                        root -> activity(root, "booking-billing").remove("reviewDue"),
                        "warning review-date-missing activities/booking-billing/reviewDue"),
                new PlantedMistake(
                        "two DPIA screening criteria without a DPIA",
                        clinic,
                        root -> activity(root, "booking-billing")
                                .putArray("dpiaScreening")
                                .add("evaluation-scoring")
                                .add("matching-combining"),
                        "warning dpia-likely-required activities/booking-billing/dpia/status"),
                new PlantedMistake(
                        "retention period without its starting point",
                        clinic,
                        root -> ((ObjectNode) activity(root, "booking-billing")
                                        .get("retention")
                                        .get(0))
                                .remove("trigger"),
                        "warning retention-without-trigger activities/booking-billing/retention/0/trigger"),
                new PlantedMistake(
                        "kind of the auditor removed",
                        clinic,
                        root -> find(root, "recipients", "auditor").remove("kind"),
                        "warning recipient-without-kind recipients/auditor/kind"),
                new PlantedMistake(
                        "country of a recipient abroad removed",
                        clinic,
                        root -> find(root, "recipients", "hireflow").remove("country"),
                        "warning recipient-without-country recipients/hireflow/country"),
                new PlantedMistake(
                        "transfer names a recipient the activity does not use",
                        clinic,
                        root -> transfer(root, "employment-administration", 0).put("recipient", "hireflow"),
                        "warning transfer-recipient-not-used activities/employment-administration/transfers/0/recipient"),
                new PlantedMistake(
                        "recipient of a transfer moved to another country",
                        clinic,
                        root -> find(root, "recipients", "sendly").put("country", "SE"),
                        "warning transfer-country-differs activities/booking-billing/transfers/0/country"),
                new PlantedMistake(
                        "processor of a sub-processor removed from the activity",
                        clinic,
                        root -> ((ArrayNode) activity(root, "booking-billing").get("recipients")).remove(0),
                        "warning sub-processor-without-processor activities/booking-billing/recipients/0"),
                new PlantedMistake(
                        "statutory requirement of an approved activity removed",
                        clinic,
                        root -> activity(root, "booking-billing").remove("statutoryRequirement"),
                        "warning statutory-requirement-missing activities/booking-billing/statutoryRequirement"),
                new PlantedMistake(
                        "organisation e-mail mistyped",
                        clinic,
                        root -> organisation(root).put("email", "post at fjellvikhelse.example"),
                        "warning contact-not-valid organisation/email"),
                new PlantedMistake(
                        "transfer to India without safeguard",
                        clinic,
                        root -> transfer(root, "employment-administration", 1).remove("safeguard"),
                        "error transfer-without-safeguard activities/employment-administration/transfers/1/safeguard"),
                new PlantedMistake(
                        "transfer to India on an adequacy decision",
                        clinic,
                        root -> transfer(root, "employment-administration", 1).put("safeguard", "adequacy-decision"),
                        "error no-adequacy-decision activities/employment-administration/transfers/1/safeguard"),
                new PlantedMistake(
                        "transfer to the UK removed",
                        clinic,
                        root -> activity(root, "booking-billing").putArray("transfers"),
                        "error recipient-abroad-without-transfer activities/booking-billing/recipients/1"),
                new PlantedMistake(
                        "default retention rule removed",
                        clinic,
                        root -> ((ArrayNode) activity(root, "booking-billing").get("retention")).remove(2),
                        "warning retention-missing activities/booking-billing/dataCategories/0"),
                new PlantedMistake(
                        "security measures removed",
                        clinic,
                        root -> activity(root, "patient-care").remove("securityMeasures"),
                        "warning security-measures-missing activities/patient-care/securityMeasures"),
                new PlantedMistake(
                        "review date passed",
                        clinic,
                        root -> activity(root, "patient-care").put("reviewDue", "2026-11-30"),
                        "warning review-overdue activities/patient-care/reviewDue"),
                new PlantedMistake(
                        "English name of a purpose removed",
                        products,
                        root -> ((ObjectNode) find(root, "purposes", "support-requests")
                                        .get("name"))
                                .remove("en"),
                        "warning translation-missing purposes/support-requests/name"),
                new PlantedMistake(
                        "opt-out link of the statistics cookie removed",
                        clinic,
                        root -> find(root, "recipients", "statly").remove("optOutUrl"),
                        "warning tracking-without-opt-out recipients/statly/optOutUrl"),
                new PlantedMistake(
                        "data subjects of an approved activity removed",
                        clinic,
                        root -> activity(root, "booking-billing").putArray("dataSubjects"),
                        "warning approved-without-data-subjects activities/booking-billing/dataSubjects"),
                new PlantedMistake(
                        "data categories of an approved activity removed",
                        clinic,
                        root -> activity(root, "booking-billing").putArray("dataCategories"),
                        "warning approved-without-data-categories activities/booking-billing/dataCategories"),
                new PlantedMistake(
                        "DPIA required but not done",
                        clinic,
                        root -> ((ObjectNode) activity(root, "patient-care").get("dpia")).put("status", "required"),
                        "warning dpia-not-completed activities/patient-care/dpia/status"),
                new PlantedMistake(
                        "client companies of the processor activity removed",
                        clinic,
                        root -> activity(root, "occupational-health-registers").putArray("controllers"),
                        "warning controllers-not-named activities/occupational-health-registers/controllers"),
                new PlantedMistake(
                        "transfer to the USA on the adequacy decision",
                        clinic,
                        root -> transfer(root, "recruitment", 0).put("safeguard", "adequacy-decision"),
                        "warning adequacy-condition-to-confirm activities/recruitment/transfers/0/safeguard"),
                new PlantedMistake(
                        "notice's effective date removed",
                        clinic,
                        root -> ((ObjectNode) root.get("notice")).remove("effectiveDate"),
                        "warning notice-effective-date-missing notice/effectiveDate"),
                new PlantedMistake(
                        "supervisory authority removed",
                        clinic,
                        root -> organisation(root).remove("supervisoryAuthority"),
                        "warning supervisory-authority-missing organisation/supervisoryAuthority/name"),
                new PlantedMistake(
                        "joint controller's name erased",
                        clinic,
                        root -> ((ObjectNode) activity(root, "outcome-register")
                                        .get("controllers")
                                        .get(0))
                                .remove("name"),
                        "warning joint-controller-without-name activities/outcome-register/controllers/0/name"),
                new PlantedMistake(
                        "source of patients' contact details removed",
                        clinic,
                        root -> find(root, "dataCategories", "identity-contact").remove("source"),
                        "warning data-category-without-source dataCategories/identity-contact/source"),
                new PlantedMistake(
                        "law behind the bookkeeping obligation removed",
                        clinic,
                        root -> purpose(root, "booking-billing", 2).remove("legalBasisReference"),
                        "warning legal-obligation-without-reference activities/booking-billing/purposes/2/legalBasisReference"),
                new PlantedMistake(
                        "retention rule that says nothing added",
                        clinic,
                        root -> ((ArrayNode) activity(root, "patient-care").get("retention"))
                                .addObject()
                                .putArray("dataCategories")
                                .add("identity-contact"),
                        "warning retention-rule-empty activities/patient-care/retention/2"),
                new PlantedMistake(
                        "automated decisions used without their logic",
                        clinic,
                        root -> activity(root, "patient-care")
                                .putObject("automatedDecisions")
                                .put("used", true),
                        "warning automated-decisions-without-logic activities/patient-care/automatedDecisions/logic"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void plantedMistakeGivesItsFinding(PlantedMistake mistake) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(mistake.sample().toFile());
        List<String> before = found(mistake.sample());

        mistake.plant().accept(root);
        Path copy = folder.resolve(mistake.sample().getFileName());
        JSON.writerWithDefaultPrettyPrinter().writeValue(copy.toFile(), root);
        List<String> after = found(copy);

        List<String> added = new ArrayList<>(after);
        before.forEach(added::remove);
        assertThat(added).containsExactly(mistake.expected());
        assertThat(after).containsAll(before);
    }

    @Test
    void plantedMistakesCoverEveryCode() {
        assertThat(mistakes().map(mistake -> mistake.expected().split(" ")[1]).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(FindingCode.values())
                        .map(FindingCode::code)
                        .toList());
    }

    @Test
    void samplesHaveNoErrorsInEitherLanguage() {
        for (Path sample : TestInventories.SAMPLES) {
            for (String language : List.of("en", "nb")) {
                assertThat(InventoryChecker.check(
                                TestInventories.read(sample), LocalDate.now(), Locale.forLanguageTag(language)))
                        .as(sample + " " + language)
                        .noneMatch(Finding::isError);
            }
        }
    }

    @Test
    void clinicSampleHasItsDeliberateWarnings() throws Exception {
        assertThat(found(TestInventories.CLINIC_GROUP))
                .containsExactly(
                        "warning dpia-not-completed activities/recruitment/dpia/status",
                        "warning review-overdue activities/employment-administration/reviewDue",
                        "warning security-measures-missing activities/newsletter/securityMeasures");
    }

    /** The product sample's analytics and session recording rest on legitimate interests, and the record says so. */
    @Test
    void productSampleShowsItsTrackingWithoutConsentAndOverdueReviews() throws Exception {
        assertThat(found(TestInventories.PRODUCT_SERVICES))
                .containsExactly(
                        "warning tracking-without-consent activities/usage-data/recipients/2",
                        "warning tracking-without-consent activities/usage-data/recipients/3",
                        "warning review-overdue activities/usage-data/reviewDue",
                        "warning review-overdue activities/service-operations/reviewDue",
                        "warning review-overdue activities/support/reviewDue",
                        "warning review-overdue activities/customer-content/reviewDue");
    }

    private static List<String> found(Path document) throws Exception {
        return InventoryChecker.check(InventoryJsonReader.read(document), TODAY, Locale.ENGLISH).stream()
                .map(finding -> finding.severity().code() + " " + finding.code() + " " + finding.path())
                .toList();
    }

    private static ObjectNode organisation(ObjectNode root) {
        return (ObjectNode) root.get("organisation");
    }

    private static ObjectNode activity(ObjectNode root, String id) {
        return find(root, "activities", id);
    }

    private static ObjectNode purpose(ObjectNode root, String activity, int index) {
        return (ObjectNode) activity(root, activity).get("purposes").get(index);
    }

    private static ObjectNode transfer(ObjectNode root, String activity, int index) {
        return (ObjectNode) activity(root, activity).get("transfers").get(index);
    }

    private static ObjectNode find(ObjectNode root, String list, String id) {
        for (JsonNode item : root.get(list)) {
            if (item.get("id").asText().equals(id)) {
                return (ObjectNode) item;
            }
        }
        throw new AssertionError("no " + id + " in " + list);
    }
}
