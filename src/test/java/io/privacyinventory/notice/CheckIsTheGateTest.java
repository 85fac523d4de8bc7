package io.privacyinventory.notice;

import io.privacyinventory.TestInventories;
import io.privacyinventory.generate.InventoryGenerator;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Inventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.findings.Finding;
import io.privacyinventory.model.findings.InventoryChecker;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check} is the gate before publishing: a record whose check reports nothing about a notice
 * fact gives a notice without a marker for it, and a marker always has a finding beside it. Run on
 * the samples, generated records of several sizes and seeds, and records made incomplete on purpose.
 *
 * <p>Covered so far: every marker of the samples, and the statutory-requirement marker, which was
 * the one generated records showed without a finding (the rule is shared: {@code NoticeFacts}).
 */
class CheckIsTheGateTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static List<Inventory> records() {
        List<Inventory> records = new ArrayList<>();
        TestInventories.SAMPLES.forEach(sample -> records.add(TestInventories.read(sample)));
        for (int size : List.of(20, 120)) {
            for (long seed : List.of(1L, 2L, 3L)) {
                records.add(InventoryGenerator.generate(size, seed));
            }
        }
        Inventory clinic = TestInventories.read(TestInventories.CLINIC_GROUP);
        for (Activity activity : clinic.activities()) {
            records.add(Inventories.replaced(clinic, activity.id(), activity.withStatutoryRequirement(null)));
        }
        return records;
    }

    @Test
    void aRecordWithoutFindingsOfANoticeFactHasNoMarkerForItAndAMarkerHasAFinding() {
        int markersSeen = 0;
        for (Inventory record : records()) {
            List<Finding> findings = InventoryChecker.check(record, TODAY, Locale.ENGLISH);
            long requirementFindings = findings.stream()
                    .filter(f -> f.code().equals("statutory-requirement-missing")).count();
            for (NoticeLanguage language : NoticeLanguage.values()) {
                NoticeDraft draft = NoticeComposer.compose(record, language);
                long requirementMarkers = draft.missingFacts().stream().filter(fact -> fact.what().contains(
                        language == NoticeLanguage.EN ? "relies on data you are required to give"
                                : "bygger på opplysninger du har plikt til å gi")).count();
                markersSeen += draft.missingFacts().size();
                if (requirementFindings == 0) {
                    assertThat(requirementMarkers).as("no finding, so no marker").isZero();
                }
                if (requirementMarkers > 0) {
                    assertThat(requirementFindings).as("a marker has its finding").isPositive();
                }
                if (findings.isEmpty()) {
                    assertThat(draft.missingFacts()).as("a record without findings has a notice without markers")
                            .isEmpty();
                }
            }
        }
        assertThat(markersSeen).as("the records include incomplete ones").isPositive();
    }
}
