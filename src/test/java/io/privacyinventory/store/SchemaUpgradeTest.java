package io.privacyinventory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a file of an older layout for editing upgrades it: first a backup beside it through
 * SQLite's backup API, then the missing migrations in one transaction. These tests run a fake next
 * version on files of the current layout; {@link RealVersion1UpgradeTest} upgrades real files of the
 * first release.
 */
class SchemaUpgradeTest {
    @TempDir
    Path folder;

    private final Inventory sample = TestInventories.read(TestInventories.CLINIC_GROUP);

    private static final int CURRENT = Database.SCHEMA_VERSION;
    private static final int NEXT = CURRENT + 1;

    private static List<Migration> withNextVersion(String... statements) {
        List<Migration> migrations = new ArrayList<>(Migration.bundled());
        migrations.add(Migration.of(NEXT, List.of(statements)));
        return migrations;
    }

    private Path currentFile() throws Exception {
        Path file = folder.resolve("inventory.db");
        InventoryStore.create(file, sample).close();
        return file;
    }

    @Test
    void upgradeWritesABackupOfTheOldFileBesideItAndSaysSo() throws Exception {
        Path file = currentFile();
        byte[] version1 = Files.readAllBytes(file);

        try (InventoryStore store = InventoryStore.open(
                file,
                withNextVersion(
                        "CREATE TABLE attachment (id INTEGER PRIMARY KEY, activity_id INTEGER REFERENCES activity (id))"))) {
            SchemaUpgrade upgrade = store.upgrade().orElseThrow();
            Path backup = folder.resolve("inventory.v" + CURRENT + ".bak.db");

            assertThat(upgrade).isEqualTo(new SchemaUpgrade(file, CURRENT, NEXT, backup));
            assertThat(upgrade.message())
                    .isEqualTo(file + " was upgraded from file layout " + CURRENT + " to " + NEXT
                            + " for this version "
                            + "of Privacy Inventory; a copy of the file as it was is in " + backup);
            assertThat(store.load()).isEqualTo(sample);
            store.apply(new Edit.SetField(EntityType.ORGANISATION, null, "phone", "+47 9"));

            try (InventoryStore old = InventoryStore.openReadOnly(backup)) {
                assertThat(old.load()).isEqualTo(sample);
                assertThat(old.history(0)).hasSize(1);
            }
            assertThat(userVersion(backup)).isEqualTo(CURRENT);
        }
        assertThat(userVersion(file)).isEqualTo(NEXT);
        assertThat(Files.readAllBytes(file)).isNotEqualTo(version1);

        try (InventoryStore again =
                InventoryStore.open(file, withNextVersion("CREATE TABLE attachment (id INTEGER)"))) {
            assertThat(again.upgrade())
                    .as("an upgraded file is not upgraded again")
                    .isEmpty();
        }
    }

    @Test
    void failedUpgradeRollsBackAndLeavesTheFileAsItWas() throws Exception {
        Path file = currentFile();
        byte[] version1 = Files.readAllBytes(file);

        assertThatThrownBy(() -> InventoryStore.open(
                        file,
                        withNextVersion(
                                "CREATE TABLE attachment (id INTEGER)", "ALTER TABLE no_such_table ADD COLUMN x TEXT")))
                .isInstanceOf(InventoryFileException.class)
                .hasMessageStartingWith(
                        file + ": could not be upgraded from file layout " + CURRENT + " to " + NEXT + " (")
                .hasMessageEndingWith("the file was left as it was, and a copy is in "
                        + folder.resolve("inventory.v" + CURRENT + ".bak.db"));

        assertThat(Files.readAllBytes(file)).isEqualTo(version1);
        assertThat(Database.journalOf(file)).doesNotExist();
        try (InventoryStore store = InventoryStore.open(file)) {
            assertThat(store.upgrade()).isEmpty();
            assertThat(store.load()).isEqualTo(sample);
        }
    }

    @Test
    void anEarlierBackupIsNeverOverwritten() throws Exception {
        Path file = currentFile();
        Path earlier = Files.writeString(folder.resolve("inventory.v" + CURRENT + ".bak.db"), "an earlier backup");

        try (InventoryStore store =
                InventoryStore.open(file, withNextVersion("CREATE TABLE attachment (id INTEGER)"))) {
            assertThat(store.upgrade().orElseThrow().backup())
                    .isEqualTo(folder.resolve("inventory.v" + CURRENT + ".bak-2.db"));
        }
        assertThat(Files.readString(earlier)).isEqualTo("an earlier backup");
    }

    @Test
    void anOlderFileIsNotUpgradedByReadingAndAFileNewerThanTheMigrationsIsRefused() throws Exception {
        Path file = currentFile();
        try (InventoryStore store =
                InventoryStore.open(file, withNextVersion("CREATE TABLE attachment (id INTEGER)"))) {
            assertThat(store.upgrade()).isPresent();
        }
        byte[] upgraded = Files.readAllBytes(file);

        assertThatThrownBy(() -> InventoryStore.open(file))
                .isInstanceOf(InventoryFileException.class)
                .hasMessage(file + ": was made by a newer version of Privacy Inventory (schema " + NEXT
                        + "; this version knows up to " + CURRENT + ")");
        assertThat(Files.readAllBytes(file)).isEqualTo(upgraded);
    }

    private static int userVersion(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return Database.pragmaInt(connection, "user_version");
        }
    }
}
