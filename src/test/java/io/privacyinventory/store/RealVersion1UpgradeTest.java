package io.privacyinventory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.privacyinventory.exchange.InventoryJsonWriter;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.DpiaCriterion;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.PurposeUse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files of the first release (schema 1), made by that release's own {@code import} from the
 * samples as they were then (src/test/resources/v1-files, with that release's {@code export json}
 * of each): opened for editing today, they are upgraded to schema 2 after a backup beside them,
 * and hold the same inventory as before.
 */
class RealVersion1UpgradeTest {
    private static final Path FILES = Path.of("src", "test", "resources", "v1-files");

    @TempDir
    Path folder;

    private Path copyOf(String name) throws Exception {
        Path file = folder.resolve(name + ".db");
        Files.copy(FILES.resolve(name + ".v1.db"), file);
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"clinic-group", "product-services"})
    void aFirstReleaseFileIsUpgradedWithABackupAndExportsWhatItExportedThen(String name) throws Exception {
        Path file = copyOf(name);
        String exportedThen = Files.readString(FILES.resolve(name + ".v1.json"));
        assertThat(userVersion(file)).isEqualTo(1);

        try (InventoryStore store = InventoryStore.open(file)) {
            SchemaUpgrade upgrade = store.upgrade().orElseThrow();
            Path backup = folder.resolve(name + ".v1.bak.db");
            assertThat(upgrade).isEqualTo(new SchemaUpgrade(file, 1, Database.SCHEMA_VERSION, backup));
            assertThat(contents(backup))
                    .as("the backup holds the file as it was")
                    .isEqualTo(contents(FILES.resolve(name + ".v1.db")));
            assertThat(userVersion(backup)).isEqualTo(1);

            String exportedNow = InventoryJsonWriter.toString(store.load());
            assertThat(exportedNow).isEqualTo(exportedThen.replace("\"formatVersion\": 1,", "\"formatVersion\": 2,"));
            assertThat(store.verifyHistory().intact()).isTrue();
        }
        assertThat(userVersion(file)).isEqualTo(Database.SCHEMA_VERSION);
        try (InventoryStore again = InventoryStore.open(file)) {
            assertThat(again.upgrade())
                    .as("an upgraded file is not upgraded again")
                    .isEmpty();
        }
    }

    @Test
    void anUpgradedFileTakesAPurposeOnASecondLegalBasisAndTheNewFields() throws Exception {
        Path file = copyOf("clinic-group");
        try (InventoryStore store = InventoryStore.open(file)) {
            Activity before = store.load().activities().get(0);
            PurposeUse first = before.purposes().get(0);
            LegalBasis other = first.legalBasis() == LegalBasis.LEGAL_OBLIGATION
                    ? LegalBasis.CONTRACT
                    : LegalBasis.LEGAL_OBLIGATION;
            List<PurposeUse> uses = new ArrayList<>(before.purposes());
            uses.add(new PurposeUse(first.purpose(), other, null, null, null));
            store.apply(new Edit.Update(EntityType.ACTIVITY, before.id(), before.withPurposes(uses)));
            store.apply(
                    new Edit.SetField(EntityType.ORGANISATION, null, "country", "NO"),
                    new Edit.SetField(
                            EntityType.ACTIVITY,
                            before.id(),
                            "dpiaScreening",
                            List.of(DpiaCriterion.SENSITIVE_DATA, DpiaCriterion.LARGE_SCALE)));

            Inventory after = store.load();
            assertThat(after.activities().get(0).purposes()).hasSize(uses.size());
            assertThat(after.activities().get(0).purposes().get(uses.size() - 1).legalBasis())
                    .isEqualTo(other);
            assertThat(after.organisation().country()).isEqualTo("NO");
            assertThat(after.activities().get(0).dpiaScreening()).hasSize(2);
        }
    }

    @Test
    void aFailureAfterTheRealStepRollsBackEverythingAndLeavesTheFirstReleaseFileAsItWas() throws Exception {
        Path file = copyOf("product-services");
        byte[] original = Files.readAllBytes(file);
        List<Migration> migrations = new ArrayList<>(Migration.bundled());
        migrations.add(
                Migration.of(Database.SCHEMA_VERSION + 1, List.of("ALTER TABLE no_such_table ADD COLUMN x TEXT")));

        assertThatThrownBy(() -> InventoryStore.open(file, migrations))
                .isInstanceOf(InventoryFileException.class)
                .hasMessageContaining("could not be upgraded from file layout 1 to " + (Database.SCHEMA_VERSION + 1));

        assertThat(Arrays.equals(Files.readAllBytes(file), original))
                .as("the file is byte for byte as it was")
                .isTrue();
        assertThat(userVersion(file)).isEqualTo(1);
        try (InventoryStore store = InventoryStore.open(file)) {
            assertThat(store.upgrade()).isPresent();
            assertThat(InventoryJsonWriter.toString(store.load()))
                    .isEqualTo(Files.readString(FILES.resolve("product-services.v1.json"))
                            .replace("\"formatVersion\": 1,", "\"formatVersion\": 2,"));
        }
    }

    /** Every table's definition and rows, in a stable order. */
    private static String contents(Path file) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows =
                    statement.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                    out.append(rows.getString(2)).append('\n');
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            out.append(rows.getString(i)).append('|');
                        }
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    private static int userVersion(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return Database.pragmaInt(connection, "user_version");
        }
    }
}
