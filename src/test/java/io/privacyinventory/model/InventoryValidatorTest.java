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
}
