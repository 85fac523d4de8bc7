package io.privacyinventory.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.privacyinventory.TestInventories;
import io.privacyinventory.exchange.InventoryJsonReader;
import io.privacyinventory.generate.InventoryGenerator;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.NoticeFact;
import io.privacyinventory.model.findings.Finding;
import io.privacyinventory.model.findings.FindingCode;
import io.privacyinventory.model.findings.InventoryChecker;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code check} is the gate before publishing: a record whose check reports nothing about a notice
 * fact gives a notice without a marker for it, and a marker always has a finding of its kind beside
 * it. Run on the samples, generated records of several sizes and seeds, and the clinic sample made
 * incomplete on purpose, once for every kind of marker ({@link NoticeFact}): a new kind of marker
 * without an incomplete record here, or without its finding, fails the test.
 */
class CheckIsTheGateTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The clinic's first activity: approved, the organisation's own, data from the patients themselves. */
    private static final int PATIENT_CARE = 0;
    /** The clinic's recruitment, in review, which uses police certificates (Art. 10). */
    private static final int RECRUITMENT = 3;

    /** The clinic sample with one gap made on purpose, for each kind of marker. */
    private static Map<NoticeFact, Consumer<ObjectNode>> gaps() {
        Map<NoticeFact, Consumer<ObjectNode>> gaps = new LinkedHashMap<>();
        gaps.put(NoticeFact.EFFECTIVE_DATE, doc -> ((ObjectNode) doc.get("notice")).remove("effectiveDate"));
        gaps.put(
                NoticeFact.CONTACT,
                doc -> ((ObjectNode) doc.get("organisation")).remove(List.of("email", "phone", "address")));
        gaps.put(
                NoticeFact.SUPERVISORY_AUTHORITY,
                doc -> ((ObjectNode) doc.get("organisation")).remove("supervisoryAuthority"));
        gaps.put(
                NoticeFact.JOINT_CONTROLLERS,
                doc -> activity(doc, PATIENT_CARE)
                        .put("role", "joint-controller")
                        .putArray("controllers"));
        gaps.put(
                NoticeFact.JOINT_CONTROLLER_NAME,
                doc -> activity(doc, PATIENT_CARE)
                        .put("role", "joint-controller")
                        .putArray("controllers")
                        .addObject()
                        .put("email", "partner@example.no"));
        gaps.put(
                NoticeFact.SOURCE,
                doc -> ((ObjectNode) doc.get("dataCategories").get(0)).remove("source"));
        gaps.put(NoticeFact.PURPOSES, doc -> activity(doc, PATIENT_CARE).putArray("purposes"));
        gaps.put(NoticeFact.LEGAL_BASIS, doc -> firstPurpose(doc).remove("legalBasis"));
        gaps.put(
                NoticeFact.LEGITIMATE_INTEREST,
                doc -> firstPurpose(doc)
                        .put("legalBasis", "legitimate-interests")
                        .remove("legitimateInterest"));
        gaps.put(
                NoticeFact.LEGAL_OBLIGATION,
                doc -> firstPurpose(doc).put("legalBasis", "legal-obligation").remove("legalBasisReference"));
        gaps.put(
                NoticeFact.SPECIAL_CONDITION,
                doc -> activity(doc, PATIENT_CARE)
                        .get("purposes")
                        .forEach(use -> ((ObjectNode) use).remove("specialCategoryCondition")));
        gaps.put(
                NoticeFact.CRIMINAL_AUTHORITY,
                doc -> activity(doc, RECRUITMENT)
                        .put("status", "approved")
                        .get("purposes")
                        .forEach(use -> ((ObjectNode) use).remove("criminalOffenceAuthority")));
        gaps.put(
                NoticeFact.OPT_OUT,
                doc -> doc.get("recipients").forEach(recipient -> {
                    if (recipient.path("tracking").asBoolean()) {
                        ((ObjectNode) recipient).remove("optOutUrl");
                    }
                }));
        gaps.put(NoticeFact.TRANSFER, doc -> {
            activity(doc, PATIENT_CARE).putArray("transfers");
            ((ArrayNode) activity(doc, PATIENT_CARE).get("recipients")).add("hireflow");
        });
        gaps.put(NoticeFact.SAFEGUARD, doc -> transferOnly(doc, "IN", "kaveri", null));
        gaps.put(NoticeFact.SAFEGUARD_CONDITIONAL, doc -> transferOnly(doc, "US", "hireflow", null));
        gaps.put(NoticeFact.ADEQUACY, doc -> transferOnly(doc, "IN", "kaveri", "adequacy-decision"));
        gaps.put(NoticeFact.RETENTION, doc -> activity(doc, PATIENT_CARE).putArray("retention"));
        gaps.put(
                NoticeFact.RETENTION_EMPTY,
                doc -> activity(doc, PATIENT_CARE).putArray("retention").addObject());
        gaps.put(
                NoticeFact.AUTOMATED_LOGIC,
                doc -> activity(doc, PATIENT_CARE)
                        .putObject("automatedDecisions")
                        .put("used", true));
        gaps.put(
                NoticeFact.STATUTORY_REQUIREMENT,
                doc -> activity(doc, PATIENT_CARE).remove("statutoryRequirement"));
        return gaps;
    }

    private static ObjectNode activity(ObjectNode doc, int index) {
        return (ObjectNode) doc.get("activities").get(index);
    }

    private static ObjectNode firstPurpose(ObjectNode doc) {
        return (ObjectNode) activity(doc, PATIENT_CARE).get("purposes").get(0);
    }

    private static void transferOnly(ObjectNode doc, String country, String recipient, String safeguard) {
        ObjectNode transfer = activity(doc, PATIENT_CARE)
                .putArray("transfers")
                .addObject()
                .put("country", country)
                .put("recipient", recipient);
        if (safeguard != null) {
            transfer.put("safeguard", safeguard);
        }
        ((ArrayNode) activity(doc, PATIENT_CARE).get("recipients")).add(recipient);
    }

    private static Inventory withGap(Consumer<ObjectNode> gap) throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(Files.readString(TestInventories.CLINIC_GROUP));
        gap.accept(doc);
        byte[] bytes = JSON.writeValueAsBytes(doc);
        return InventoryJsonReader.read(new ByteArrayInputStream(bytes), "clinic with a gap");
    }

    private static List<Inventory> complete() {
        List<Inventory> records = new ArrayList<>();
        TestInventories.SAMPLES.forEach(sample -> records.add(TestInventories.read(sample)));
        for (int size : List.of(20, 120)) {
            for (long seed : List.of(1L, 2L, 3L)) {
                records.add(InventoryGenerator.generate(size, seed));
            }
        }
        return records;
    }

    @Test
    void everyKindOfMarkerHasAFindingCode() {
        Set<String> codes =
                Arrays.stream(FindingCode.values()).map(FindingCode::code).collect(Collectors.toSet());
        for (NoticeFact fact : NoticeFact.values()) {
            assertThat(codes).as(fact + " names a finding that exists").contains(fact.findingCode());
        }
    }

    @Test
    void eachGapMadeOnPurposeShowsItsMarkerAndItsFinding() throws Exception {
        Map<NoticeFact, Consumer<ObjectNode>> gaps = gaps();
        assertThat(gaps.keySet())
                .as("an incomplete record for every kind of marker")
                .containsExactlyInAnyOrder(NoticeFact.values());
        for (Map.Entry<NoticeFact, Consumer<ObjectNode>> gap : gaps.entrySet()) {
            Inventory record = withGap(gap.getValue());
            for (NoticeLanguage language : NoticeLanguage.values()) {
                assertThat(kinds(NoticeComposer.compose(record, language)))
                        .as(gap.getKey() + " in " + language)
                        .contains(gap.getKey());
            }
            assertThat(codes(record, Locale.ENGLISH))
                    .as(gap.getKey() + " is reported")
                    .contains(gap.getKey().findingCode());
            assertGate(record, gap.getKey().toString());
        }
    }

    @Test
    void samplesAndGeneratedRecordsPassTheGate() {
        for (Inventory record : complete()) {
            assertGate(record, record.organisation().name());
        }
    }

    /**
     * The gate, for one record, every kind of marker, both notice languages and every output format:
     * no finding of a kind, no marker of it; a marker, a finding of its kind; no notice findings at
     * all, no marker anywhere in the rendered notice.
     */
    private static void assertGate(Inventory record, String what) {
        Set<String> codes = codes(record, Locale.ENGLISH);
        assertThat(codes(record, Locale.forLanguageTag("nb")))
                .as("findings do not depend on the message language")
                .isEqualTo(codes);
        boolean noticeFindings =
                Arrays.stream(NoticeFact.values()).anyMatch(fact -> codes.contains(fact.findingCode()));
        // the whole organisation's notice (null) and each audience's notice
        List<String> audiences = new ArrayList<>();
        audiences.add(null);
        record.notice().audiences().forEach(audience -> audiences.add(audience.id()));
        for (String audience : audiences) {
            for (NoticeLanguage language : NoticeLanguage.values()) {
                assertGate(
                        record,
                        codes,
                        noticeFindings,
                        language,
                        audience,
                        what + (audience == null ? "" : " (" + audience + ")"));
            }
        }
    }

    private static void assertGate(
            Inventory record,
            Set<String> codes,
            boolean noticeFindings,
            NoticeLanguage language,
            String audience,
            String what) {
        NoticeDraft draft = NoticeComposer.compose(record, language, audience);
        Set<NoticeFact> kinds = kinds(draft);
        for (NoticeFact fact : NoticeFact.values()) {
            boolean found = codes.contains(fact.findingCode());
            boolean marked = kinds.contains(fact);
            if (marked) {
                assertThat(found)
                        .as(what + " " + language + ": a " + fact + " marker has its finding " + fact.findingCode())
                        .isTrue();
            }
        }
        String marker = language == NoticeLanguage.EN ? "MISSING:" : "MANGLER:";
        for (NoticeFormat format : NoticeFormat.values()) {
            String rendered = draft.render(format);
            if (!noticeFindings) {
                assertThat(rendered)
                        .as(what + " " + language + " " + format + ": no notice findings, no marker")
                        .doesNotContain(marker);
            }
            if (!draft.missingFacts().isEmpty()) {
                assertThat(rendered)
                        .as(what + " " + language + " " + format + ": markers are shown")
                        .contains(marker);
            }
        }
    }

    private static Set<NoticeFact> kinds(NoticeDraft draft) {
        Set<NoticeFact> kinds = EnumSet.noneOf(NoticeFact.class);
        draft.missingFacts().forEach(fact -> kinds.add(fact.fact()));
        return kinds;
    }

    private static Set<String> codes(Inventory record, Locale locale) {
        return InventoryChecker.check(record, TODAY, locale).stream()
                .map(Finding::code)
                .collect(Collectors.toSet());
    }
}
