package io.privacyinventory.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.generate.InventoryGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who uses a catalogue item: the activities that removing the item would change, counted once each. */
class ReferencesTest {
    private static final List<EntityType> CATALOGUES =
            List.of(EntityType.DATA_SUBJECT, EntityType.DATA_CATEGORY, EntityType.PURPOSE, EntityType.RECIPIENT);

    @Test
    void usersAndTheirCountsAreTheActivitiesThatRemovingTheItemWouldChange() {
        List<Inventory> inventories = new ArrayList<>();
        TestInventories.SAMPLES.forEach(sample -> inventories.add(TestInventories.read(sample)));
        inventories.add(InventoryGenerator.generate(300, 5));

        for (Inventory inventory : inventories) {
            for (EntityType type : CATALOGUES) {
                Map<String, Integer> counts = References.usageCounts(inventory, type);
                for (Entity item : Inventories.items(inventory, type)) {
                    List<Activity> changed = inventory.activities().stream()
                            .filter(activity -> !References.withoutReference(activity, type, item.id())
                                    .equals(activity))
                            .toList();

                    assertThat(References.users(inventory, type, item.id())).isEqualTo(changed);
                    assertThat(counts.getOrDefault(item.id(), 0))
                            .as(type + " " + item.id())
                            .isEqualTo(changed.size());
                }
            }
        }
    }
}
