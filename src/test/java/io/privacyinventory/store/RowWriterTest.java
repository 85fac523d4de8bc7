package io.privacyinventory.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.generate.InventoryGenerator;
import io.privacyinventory.model.Inventory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole inventory written in batch mode (an insert's rows several to a statement) is the same rows,
 * of the same types, under the same row ids, as the inventory written one statement a row, as edits
 * write.
 */
class RowWriterTest {
    @TempDir
    Path folder;

    @Test
    void rowsSeveralToAStatementAreTheRowsWrittenOneAtATime() throws Exception {
        // 301 activities: the activities' and the lists' rows fill several statements and leave some over
        Inventory inventory = InventoryGenerator.generate(301, 11);

        Map<String, List<String>> oneAtATime = written(folder.resolve("single.db"), inventory, false);
        Map<String, List<String>> batched = written(folder.resolve("batched.db"), inventory, true);

        assertThat(batched).isEqualTo(oneAtATime);
        assertThat(batched.get("activity")).hasSize(301);
        assertThat(batched.get("activity_data_category").size()).isGreaterThan(RowWriter.ROWS_PER_INSERT * 3);
    }

    private static Map<String, List<String>> written(Path file, Inventory inventory, boolean batch) throws Exception {
        try (Connection connection = Database.create(file, Migration.bundled())) {
            Database.execute(connection, "BEGIN IMMEDIATE");
            Database.execute(connection, "PRAGMA defer_foreign_keys = ON");
            try (RowWriter rows = new RowWriter(connection, batch)) {
                rows.insertInventory(inventory);
                rows.flush();
            }
            Database.execute(connection, "COMMIT");
            return tables(connection);
        }
    }

    /** Every table's rows in row id order, each value quoted as SQLite quotes it (so that its type shows). */
    private static Map<String, List<String>> tables(Connection connection) throws Exception {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'change_log' ORDER BY name")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String name : names) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("SELECT name FROM pragma_table_info('" + name + "')")) {
                    while (rows.next()) {
                        columns.add("quote(" + rows.getString(1) + ")");
                    }
                }
                List<String> content = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery(
                        "SELECT rowid, " + String.join(", ", columns) + " FROM " + name + " ORDER BY rowid")) {
                    while (rows.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns.size() + 1; i++) {
                            row.append(rows.getString(i)).append('|');
                        }
                        content.add(row.toString());
                    }
                }
                tables.put(name, content);
            }
        }
        return tables;
    }

    @Test
    void onlyAnInsertOfPlaceholdersIsWrittenSeveralRowsAStatement() {
        assertThat(RowWriter.multiRowInsert("INSERT INTO t (a, b) VALUES (?, ?) ON CONFLICT DO NOTHING", 3))
                .isEqualTo("INSERT INTO t (a, b) VALUES (?, ?), (?, ?), (?, ?) ON CONFLICT DO NOTHING");
        assertThat(RowWriter.multiRowInsert("INSERT INTO t (a, b) VALUES (?, json(?))", 3))
                .isNull();
        assertThat(RowWriter.multiRowInsert("INSERT INTO t (a) VALUES (CAST(? AS TEXT))", 3))
                .isNull();
        assertThat(RowWriter.multiRowInsert("UPDATE t SET a = ? WHERE b = ?", 3))
                .isNull();
    }
}
