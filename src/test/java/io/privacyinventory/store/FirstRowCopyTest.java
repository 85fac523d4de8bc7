package io.privacyinventory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.privacyinventory.RandomInventory;
import io.privacyinventory.model.Inventory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first change-log row of an import, made in a database of its own in memory and copied into the new
 * file (decision 0033): the stored row is the one a direct insert stores, and SQLite copies it whole.
 */
class FirstRowCopyTest {
    private static final Instant TIME = Instant.parse("2026-12-02T08:15:00.125Z");

    @TempDir
    Path folder;

    @Test
    void theCopiedRowIsTheRowADirectInsertStores() throws Exception {
        Inventory inventory = RandomInventory.generate(new Random(7));
        ChangeLog.FirstRow row = ChangeLog.firstRow(TIME, "dpo", inventory);
        Path copied = folder.resolve("copied.db");
        Path inserted = folder.resolve("inserted.db");

        try (Connection connection = Database.create(copied, Migration.bundled());
                FirstRowCopy copy = FirstRowCopy.of(changeLogTable(connection), row)) {
            ChangeLog log = new ChangeLog(connection);
            log.appendFirstRow(log.nextChangeSet(), TIME, copy);
        }
        try (Connection connection = Database.create(inserted, Migration.bundled())) {
            ChangeLog log = new ChangeLog(connection);
            log.appendFirstRow(log.nextChangeSet(), TIME, row);
        }

        List<String> copiedRows = changeLog(copied);
        assertThat(copiedRows).hasSize(1).isEqualTo(changeLog(inserted));
        assertThat(copiedRows.get(0)).startsWith("1|1|null|2026-12-02T08:15:00.125Z|dpo|inventory|");
        assertThat(copiedRows.get(0)).contains("|text|" + row.hash());
    }

    /**
     * SQLite copies the row's pages as they are only when the two tables are alike and the new file's
     * has no row and no index yet; otherwise it decodes the row and builds it again, which takes as long as
     * inserting it. The plan of the copy shows which: a migration that changed the change log's table so
     * that it no longer fits would turn this test red, not just make imports slower.
     */
    @Test
    void theNewFilesEmptyChangeLogWithoutIndexesTakesTheRowWholeAndOneWithIndexesDoesNot() throws Exception {
        ChangeLog.FirstRow row = ChangeLog.firstRow(TIME, "dpo", RandomInventory.generate(new Random(8)));
        try (Connection connection = Database.create(folder.resolve("new.db"), Migration.bundled());
                FirstRowCopy copy = FirstRowCopy.of(changeLogTable(connection), row)) {
            SecondaryIndexes indexes = SecondaryIndexes.of(connection);
            Database.execute(connection, "BEGIN IMMEDIATE");
            indexes.drop();
            int made = indexes.createBefore("change_log");
            copy.copyInto(connection, "change_log");
            Database.execute(connection, "DELETE FROM change_log");

            assertThat(plan(connection)).contains("RowCell");

            indexes.createFrom(made);
            assertThat(plan(connection)).doesNotContain("RowCell");
            Database.execute(connection, "ROLLBACK");
        }
    }

    @Test
    void theMemoryDatabaseIsGoneOnceItsConnectionsAreClosed() throws Exception {
        ChangeLog.FirstRow row = ChangeLog.firstRow(TIME, "dpo", RandomInventory.generate(new Random(9)));
        String uri;
        try (Connection connection = Database.create(folder.resolve("new.db"), Migration.bundled())) {
            FirstRowCopy copy = FirstRowCopy.of(changeLogTable(connection), row);
            copy.copyInto(connection, "change_log");
            uri = copy.uri();
            copy.close();
            // still there while the writer's connection has it attached
            assertThat(count(connection, FirstRowCopy.SCHEMA + ".change_log")).isEqualTo(1);
        }
        assertThat(uri).contains("mode=memory");
        try (Connection other = Database.connectToMemory(uri)) {
            assertThatThrownBy(() -> count(other, "change_log"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("no such table");
        }
    }

    private static String changeLogTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT sql FROM sqlite_schema WHERE name = 'change_log'")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static List<String> changeLog(Path file) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = Database.connectToRead(file);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT seq, change_set, reverts, time, user, entity_type,"
                        + " entity_id, field, position, before, after, typeof(after), hash FROM change_log")) {
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= 13; column++) {
                    row.append(column > 1 ? "|" : "").append(result.getString(column));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static String plan(Connection connection) throws SQLException {
        StringBuilder opcodes = new StringBuilder();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "EXPLAIN INSERT INTO main.change_log SELECT * FROM " + FirstRowCopy.SCHEMA + ".change_log")) {
            while (rows.next()) {
                opcodes.append(rows.getString("opcode")).append(' ');
            }
        }
        return opcodes.toString();
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
