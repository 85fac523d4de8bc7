package io.privacyinventory.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryValidatorTest {
    @Test
    void anInventoryFoundValidStaysValidAndAnInvalidOneIsStillCaughtAfterIt() {
        Inventory valid = TestInventories.read(TestInventories.CLINIC_GROUP);
        List<Activity> activities = new ArrayList<>(valid.activities());
        activities.add(activities.get(0));
        Inventory duplicate = new Inventory(
                valid.languages(),
                valid.organisation(),
                valid.notice(),
                valid.dataSubjects(),
                valid.dataCategories(),
                valid.purposes(),
                valid.recipients(),
                activities);

        assertThat(InventoryValidator.validate(valid)).isEmpty();
        assertThat(InventoryValidator.validate(valid)).isEmpty();
        assertThat(InventoryValidator.validate(duplicate))
                .extracting(Problem::toString)
                .anyMatch(problem -> problem.contains("duplicate id"));
        assertThat(InventoryValidator.validate(duplicate)).isNotEmpty();
        assertThat(InventoryValidator.validate(valid)).isEmpty();
    }

    /**
     * An edit's check looks only at what the edit can have broken, and finds there what the whole
     * check finds: a changed activity naming an unknown item, an item removed while an activity or an
     * audience still names it.
     */
    @Test
    void theEditedItemsCheckFindsTheSameDanglingReferenceAsTheWholeCheck() {
        Inventory valid = TestInventories.read(TestInventories.PRODUCT_SERVICES);
        Activity support = valid.activities().stream()
                .filter(activity -> activity.id().equals("support"))
                .findFirst()
                .orElseThrow();
        Inventory unknownCategory = Inventories.apply(
                valid,
                new Edit.SetField(EntityType.ACTIVITY, "support", "dataCategories", List.of("no-such-category")));
        assertThat(InventoryValidator.validateEdited(unknownCategory, java.util.Set.of("support"), false, false))
                .isNotEmpty()
                .isEqualTo(InventoryValidator.validate(unknownCategory));

        String used = support.dataCategories().get(0);
        Inventory removedWhileUsed = Inventories.removed(valid, EntityType.DATA_CATEGORY, used);
        assertThat(InventoryValidator.validateEdited(removedWhileUsed, java.util.Set.of(), true, false))
                .isNotEmpty()
                .isEqualTo(InventoryValidator.validate(removedWhileUsed));

        String named = valid.dataSubjects().get(0).id();
        Inventory withAudience = Inventories.apply(
                valid,
                new Edit.SetField(
                        EntityType.NOTICE,
                        null,
                        "audiences",
                        List.of(new Audience("staff", Text.of("en", "Staff"), List.of(named), null))));
        assertThat(InventoryValidator.validate(withAudience)).isEmpty();
        Inventory subjectRemoved = Inventories.removed(withAudience, EntityType.DATA_SUBJECT, named);
        assertThat(InventoryValidator.validateEdited(subjectRemoved, java.util.Set.of(), true, false))
                .isNotEmpty()
                .isEqualTo(InventoryValidator.validate(subjectRemoved));

        assertThat(InventoryValidator.validateEdited(valid, java.util.Set.of("support"), true, true))
                .isEmpty();
    }
}
