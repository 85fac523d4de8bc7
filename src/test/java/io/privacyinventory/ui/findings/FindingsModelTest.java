package io.privacyinventory.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.findings.Finding;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.TaskRunner;
import io.privacyinventory.ui.document.InventoryDocument;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsModelTest {
    @TempDir
    Path folder;

    @Test
    void findingsAboutAnItemAreThoseOnItsPathOrBelowInTheirOrder() throws Exception {
        Inventory clinic = TestInventories.read(TestInventories.CLINIC_GROUP);
        try (InventoryStore store = InventoryStore.create(folder.resolve("clinic.db"), clinic)) {
            InventoryDocument document = new InventoryDocument(store, clinic, TaskRunner.direct());
            FindingsModel model = new FindingsModel(
                    document,
                    TaskRunner.direct(),
                    Locale.ENGLISH,
                    Clock.fixed(Instant.parse("2027-06-01T00:00:00Z"), ZoneOffset.UTC));
            List<Finding> all = List.copyOf(model.findings());
            assertThat(all).isNotEmpty();

            Set<String> prefixes =
                    new LinkedHashSet<>(List.of("activities", "activities/", "activities/nothing", "organisation"));
            for (Finding finding : all) {
                String[] parts = finding.path().split("/");
                for (int i = 1; i <= parts.length; i++) {
                    prefixes.add(String.join("/", List.of(parts).subList(0, i)));
                }
            }
            for (String prefix : prefixes) {
                List<Finding> expected = all.stream()
                        .filter(finding ->
                                finding.path().equals(prefix) || finding.path().startsWith(prefix + "/"))
                        .toList();
                assertThat(model.about(prefix)).as(prefix).isEqualTo(expected);
            }
            // the table's per-row look-up by id gives the same lists, and none for an id without findings
            List<String> ids = new java.util.ArrayList<>(
                    clinic.activities().stream().map(a -> a.id()).toList());
            ids.add("nothing");
            int withFindings = 0;
            for (String id : ids) {
                List<Finding> expected = all.stream()
                        .filter(finding -> finding.path().startsWith("activities/" + id + "/")
                                || finding.path().equals("activities/" + id))
                        .toList();
                assertThat(model.aboutActivity(id)).as(id).isEqualTo(expected);
                withFindings += expected.isEmpty() ? 0 : 1;
            }
            assertThat(withFindings).isPositive();
            assertThat(model.errorCountProperty().get()
                            + model.warningCountProperty().get())
                    .isEqualTo(all.size());
            assertThat(model.errorCountProperty().get())
                    .isEqualTo((int) all.stream().filter(Finding::isError).count());
        }
    }
}
