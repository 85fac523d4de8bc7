package io.privacyinventory.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Contact;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An edit of an activity writes again only the lists that changed; whatever changed, the file then
 * holds exactly the edited inventory, and undo brings back exactly the old one.
 */
class ActivityListEditsTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "name",
                "controllers",
                "dataSubjects",
                "dataCategories",
                "recipients",
                "purposes",
                "transfers",
                "retention",
                "everything"
            })
    void anEditOfOneFieldLeavesEveryOtherPartOfTheInventoryAsItWas(String field) throws Exception {
        Inventory original = TestInventories.read(TestInventories.CLINIC_GROUP);
        Activity activity = original.activities().stream()
                .filter(candidate -> candidate.transfers().size() > 1
                        && candidate.retention().size() > 1)
                .findFirst()
                .orElseThrow();
        List<String> everyone =
                original.dataSubjects().stream().map(subject -> subject.id()).toList();
        Activity edited = edit(field, everyone).apply(activity);
        assertThat(edited).isNotEqualTo(activity);

        try (InventoryStore store = InventoryStore.create(folder.resolve("clinic.db"), original)) {
            ChangeSet set = store.apply(new Edit.Update(EntityType.ACTIVITY, activity.id(), edited));

            assertThat(store.load()).isEqualTo(Inventories.replaced(original, activity.id(), edited));
            store.revert(set.id());
            assertThat(store.load()).isEqualTo(original);
        }
    }

    private static UnaryOperator<Activity> edit(String field, List<String> allSubjects) {
        return switch (field) {
            case "name" -> a -> a.withName(a.name().with("en", "Renamed"));
            case "controllers" ->
                a -> a.withControllers(List.of(new Contact("Partner AS", "privacy@partner.example", null, null)));
            case "dataSubjects" -> a -> a.withDataSubjects(allSubjects);
            case "dataCategories" ->
                a -> a.withDataCategories(a.dataCategories().subList(0, 1));
            case "recipients" -> a -> a.withRecipients(reversed(a.recipients()));
            case "purposes" -> a -> a.withPurposes(reversed(a.purposes()));
            case "transfers" -> a -> a.withTransfers(List.of());
            case "retention" ->
                a -> a.withRetention(
                        List.of(new RetentionRule(null, "P1Y", Text.of("en", "The end of the year"), null)));
            default ->
                a -> a.withName(a.name().with("en", "All new"))
                        .withDataSubjects(allSubjects)
                        .withPurposes(reversed(a.purposes()))
                        .withRetention(reversed(a.retention()))
                        .withControllers(List.of(new Contact("Partner AS", null, "+47 22 00 00 00", null)));
        };
    }

    private static <T> List<T> reversed(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.reverse(copy);
        return copy;
    }
}
