package io.privacyinventory.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.RandomInventory;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.InventoryValidator;
import io.privacyinventory.store.ChangeSet;
import io.privacyinventory.store.InventoryStore;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RoundTripPropertyTest {

    @Provide
    Arbitrary<Inventory> inventories() {
        return Arbitraries.randomValue(RandomInventory::generate);
    }

    @Property(tries = 300)
    void generatedInventoriesAreValid(@ForAll("inventories") Inventory inventory) {
        assertThat(InventoryValidator.validate(inventory)).isEmpty();
    }

    @Property(tries = 300)
    void jsonRoundTripIsLosslessAndCanonical(@ForAll("inventories") Inventory inventory) throws Exception {
        byte[] json = InventoryJsonWriter.toBytes(inventory);

        Inventory read = InventoryJsonReader.read(new ByteArrayInputStream(json), "generated.json");

        assertThat(read).isEqualTo(inventory);
        assertThat(InventoryJsonWriter.toBytes(read)).isEqualTo(json);
    }

    @Property(tries = 60)
    void databaseRoundTripIsLossless(@ForAll("inventories") Inventory inventory) throws Exception {
        Path folder = Files.createTempDirectory("round-trip");
        try (InventoryStore store = InventoryStore.create(folder.resolve("inventory.db"), inventory)) {
            assertThat(store.load()).isEqualTo(inventory);
        } finally {
            delete(folder);
        }
    }

    @Property(tries = 40)
    void replacingAnActivityAndUndoingRestoresTheInventory(
            @ForAll("inventories") Inventory inventory, @ForAll("inventories") Inventory other) throws Exception {
        if (inventory.activities().isEmpty()) {
            return;
        }
        Path folder = Files.createTempDirectory("undo");
        try (InventoryStore store = InventoryStore.create(folder.resolve("inventory.db"), inventory)) {
            Activity target = inventory.activities().get(0);
            Activity stripped = Activity.draft(target.id(), target.name());

            ChangeSet set = store.apply(new Edit.Update(EntityType.ACTIVITY, target.id(), stripped));
            store.revert(set.id());

            assertThat(store.load()).isEqualTo(inventory);
            assertThat(store.verifyHistory().intact()).isTrue();
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) throws Exception {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
