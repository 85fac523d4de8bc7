package io.privacyinventory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rotating automatic backups: one a day at most, the newest N kept, whole inventories. */
class BackupsTest {
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @TempDir
    Path folder;

    private final Inventory sample = TestInventories.read(TestInventories.PRODUCT_SERVICES);

    private Path backups() {
        return folder.resolve("data").resolve("backups");
    }

    private Path inventoryFile(String name) throws Exception {
        Path file = folder.resolve(name);
        InventoryStore.create(file, sample).close();
        return file;
    }

    private static Clock day(int dayOfMonth, int hour) {
        return Clock.fixed(Instant.parse(String.format("2026-03-%02dT%02d:00:00Z", dayOfMonth, hour)), OSLO);
    }

    @Test
    void theFirstRotationOfADayWritesAWholeInventoryAndLaterOnesThatDayDoNot() throws Exception {
        Path file = inventoryFile("inventory.db");

        Optional<Path> first = Backups.rotate(file, backups(), 10, day(5, 8));
        Optional<Path> second = Backups.rotate(file, backups(), 10, day(5, 16));

        assertThat(first).get().satisfies(backup -> {
            assertThat(backup.getParent()).isEqualTo(backups());
            assertThat(backup.getFileName().toString()).matches("inventory-[0-9a-f]{8}\\.2026-03-05\\.db");
        });
        assertThat(second).isEmpty();
        assertThat(Backups.backupsOf(file, backups())).containsExactly(first.get());
        try (InventoryStore copy = InventoryStore.openReadOnly(first.get())) {
            assertThat(copy.load()).isEqualTo(sample);
            assertThat(copy.verifyHistory().intact()).isTrue();
        }
    }

    @Test
    void onlyTheNewestBackupsAreKept() throws Exception {
        Path file = inventoryFile("inventory.db");
        for (int day = 1; day <= 6; day++) {
            try (InventoryStore store = InventoryStore.open(file)) {
                store.apply(new Edit.SetField(EntityType.ORGANISATION, null, "phone", "+47 " + day + ""));
            }
            Backups.rotate(file, backups(), 3, day(day, 12));
        }

        List<Path> kept = Backups.backupsOf(file, backups());

        assertThat(kept)
                .extracting(path -> path.getFileName().toString().replaceAll("^.*\\.(.*)\\.db$", "$1"))
                .containsExactly("2026-03-06", "2026-03-05", "2026-03-04");
        try (InventoryStore newest = InventoryStore.openReadOnly(kept.get(0))) {
            assertThat(newest.load().organisation().phone()).isEqualTo("+47 6");
        }
        try (var files = Files.list(backups())) {
            assertThat(files).hasSize(3);
        }
    }

    @Test
    void aFileOpenForEditingIsBackedUpWithWhatItHoldsNow() throws Exception {
        Path file = inventoryFile("inventory.db");
        try (InventoryStore store = InventoryStore.open(file)) {
            store.apply(new Edit.SetField(EntityType.ORGANISATION, null, "phone", "+47 7"));

            Path backup = Backups.rotate(file, backups(), 5, day(7, 9)).orElseThrow();

            try (InventoryStore copy = InventoryStore.openReadOnly(backup)) {
                assertThat(copy.load()).isEqualTo(store.load());
            }
        }
    }

    @Test
    void filesWithTheSameNameInDifferentFoldersKeepTheirOwnBackups() throws Exception {
        Files.createDirectories(folder.resolve("a"));
        Files.createDirectories(folder.resolve("b"));
        Path a = inventoryFile("a/inventory.db");
        Path b = inventoryFile("b/inventory.db");

        for (int day = 1; day <= 3; day++) {
            Backups.rotate(a, backups(), 2, day(day, 12));
        }
        Backups.rotate(b, backups(), 2, day(3, 12));

        assertThat(Backups.backupsOf(a, backups())).hasSize(2);
        assertThat(Backups.backupsOf(b, backups())).hasSize(1);
    }

    @Test
    void aFileThatIsNotAnInventoryGetsNoBackup() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.db"), "not an inventory");

        assertThatThrownBy(() -> Backups.rotate(text, backups(), 3, day(1, 12)))
                .isInstanceOf(InventoryFileException.class)
                .hasMessageContaining("not a Privacy Inventory file");
        assertThat(Backups.backupsOf(text, backups())).isEmpty();
    }
}
