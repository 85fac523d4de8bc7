package io.privacyinventory.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.RandomInventory;
import io.privacyinventory.exchange.EntityCodec;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Text;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new file's first change-log row, the whole inventory as JSON, is stored and hashed from its
 * UTF-8 bytes: it must be the same text, of type text, with the same hash as a row written from the
 * JSON string, so that history, replay and the hash chain read it as before.
 */
class NewFileFirstRowTest {
    private static final Instant TIME = Instant.parse("2026-12-01T06:30:00.250Z");

    @TempDir
    Path folder;

    @Test
    void theFirstRowIsTheInventorysJsonAsTextWithTheHashOfThatString() throws Exception {
        List<Inventory> inventories = new ArrayList<>();
        for (int seed = 1; seed <= 12; seed++) {
            inventories.add(RandomInventory.generate(new Random(seed)));
        }
        inventories.add(withLoneSurrogate(RandomInventory.generate(new Random(99))));

        for (int i = 0; i < inventories.size(); i++) {
            Inventory inventory = inventories.get(i);
            Path file = folder.resolve("new-" + i + ".db");
            ClockedStores.create(file, inventory, new ClockedStores.SettableClock(TIME))
                    .close();
            String json = new EntityCodec(inventory.languages()).toJson(inventory);
            // what a string with a lone surrogate becomes in UTF-8, as it always did when bound as a string
            String stored = new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);

            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery(
                            "SELECT typeof(after), after, hash, user, count(*) OVER () FROM change_log")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getInt(5)).isEqualTo(1);
                assertThat(row.getString(1)).isEqualTo("text");
                assertThat(row.getString(2)).isEqualTo(stored);
                ChangeLogEntry fromString = new ChangeLogEntry(
                        1, 1, null, TIME, row.getString(4), EntityType.INVENTORY, null, null, null, null, json);
                assertThat(row.getString(3)).isEqualTo(ChangeLog.hash(ChangeLog.GENESIS_HASH, fromString));
            }
            try (InventoryStore store = InventoryStore.open(file)) {
                assertThat(store.verifyHistory().intact()).isTrue();
                assertThat(store.history(0)).singleElement().satisfies(entry -> {
                    assertThat(entry.after()).isEqualTo(stored);
                    assertThat(entry.before()).isNull();
                    assertThat(entry.time()).isEqualTo(TIME);
                });
            }
        }
    }

    private static Inventory withLoneSurrogate(Inventory inventory) {
        List<DataSubject> subjects = new ArrayList<>(inventory.dataSubjects());
        DataSubject first = subjects.get(0);
        subjects.set(
                0, new DataSubject(first.id(), Text.of(inventory.languages().get(0), "half \ud83d pair"), null));
        return new Inventory(
                inventory.languages(),
                inventory.organisation(),
                inventory.notice(),
                subjects,
                inventory.dataCategories(),
                inventory.purposes(),
                inventory.recipients(),
                inventory.activities(),
                inventory.publishedNotices());
    }
}
