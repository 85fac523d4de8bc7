package io.privacyinventory.store;

import io.privacyinventory.model.Edit;
import io.privacyinventory.TestInventories;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Opening a file of an older layout for editing upgrades it: first a backup beside it through
 * SQLite's backup API, then the missing migrations in one transaction. Schema 1 is the only real
 * layout so far, so these tests run a fake version 2 on real files.
 */
class SchemaUpgradeTest {
    @TempDir
    Path folder;

    private final Inventory sample = TestInventories.read(TestInventories.CLINIC_GROUP);

    private static List<Migration> withVersion2(String... statements) {
        List<Migration> migrations = new ArrayList<>(Migration.bundled());
        migrations.add(Migration.of(2, List.of(statements)));
        return migrations;
    }

    private Path version1File() throws Exception {
        Path file = folder.resolve("inventory.db");
        InventoryStore.create(file, sample).close();
        return file;
    }

    @Test
    void upgradeWritesABackupOfTheOldFileBesideItAndSaysSo() throws Exception {
        Path file = version1File();
        byte[] version1 = Files.readAllBytes(file);

        try (InventoryStore store = InventoryStore.open(file, withVersion2(
                "CREATE TABLE attachment (id INTEGER PRIMARY KEY, activity_id INTEGER REFERENCES activity (id))"))) {
            SchemaUpgrade upgrade = store.upgrade().orElseThrow();
            Path backup = folder.resolve("inventory.v1.bak.db");

            assertThat(upgrade).isEqualTo(new SchemaUpgrade(file, 1, 2, backup));
            assertThat(upgrade.message()).isEqualTo(file + " was upgraded from file layout 1 to 2 for this version "
                    + "of Privacy Inventory; a copy of the file as it was is in " + backup);
            assertThat(store.load()).isEqualTo(sample);
            store.apply(new Edit.SetField(EntityType.ORGANISATION, null, "phone", "+47 9"));

            try (InventoryStore old = InventoryStore.openReadOnly(backup)) {
                assertThat(old.load()).isEqualTo(sample);
                assertThat(old.history(0)).hasSize(1);
            }
            assertThat(userVersion(backup)).isEqualTo(1);
        }
        assertThat(userVersion(file)).isEqualTo(2);
        assertThat(Files.readAllBytes(file)).isNotEqualTo(version1);

        try (InventoryStore again = InventoryStore.open(file, withVersion2("CREATE TABLE attachment (id INTEGER)"))) {
            assertThat(again.upgrade()).as("an upgraded file is not upgraded again").isEmpty();
        }
    }

    @Test
    void failedUpgradeRollsBackAndLeavesTheFileAsItWas() throws Exception {
        Path file = version1File();
        byte[] version1 = Files.readAllBytes(file);

        assertThatThrownBy(() -> InventoryStore.open(file, withVersion2(
                "CREATE TABLE attachment (id INTEGER)", "ALTER TABLE no_such_table ADD COLUMN x TEXT")))
                .isInstanceOf(InventoryFileException.class)
                .hasMessageStartingWith(file + ": could not be upgraded from file layout 1 to 2 (")
                .hasMessageEndingWith("the file was left as it was, and a copy is in "
                        + folder.resolve("inventory.v1.bak.db"));

        assertThat(Files.readAllBytes(file)).isEqualTo(version1);
        assertThat(Database.journalOf(file)).doesNotExist();
        try (InventoryStore store = InventoryStore.open(file)) {
            assertThat(store.upgrade()).isEmpty();
            assertThat(store.load()).isEqualTo(sample);
        }
    }

    @Test
    void anEarlierBackupIsNeverOverwritten() throws Exception {
        Path file = version1File();
        Path earlier = Files.writeString(folder.resolve("inventory.v1.bak.db"), "an earlier backup");

        try (InventoryStore store = InventoryStore.open(file, withVersion2("CREATE TABLE attachment (id INTEGER)"))) {
            assertThat(store.upgrade().orElseThrow().backup()).isEqualTo(folder.resolve("inventory.v1.bak-2.db"));
        }
        assertThat(Files.readString(earlier)).isEqualTo("an earlier backup");
    }

    @Test
    void anOlderFileIsNotUpgradedByReadingAndAFileNewerThanTheMigrationsIsRefused() throws Exception {
        Path file = version1File();
        try (InventoryStore store = InventoryStore.open(file, withVersion2("CREATE TABLE attachment (id INTEGER)"))) {
            assertThat(store.upgrade()).isPresent();
        }
        byte[] version2 = Files.readAllBytes(file);

        assertThatThrownBy(() -> InventoryStore.open(file)).isInstanceOf(InventoryFileException.class)
                .hasMessage(file + ": was made by a newer version of Privacy Inventory (schema 2; this version "
                        + "knows up to 1)");
        assertThat(Files.readAllBytes(file)).isEqualTo(version2);
    }

    private static int userVersion(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return Database.pragmaInt(connection, "user_version");
        }
    }
}
