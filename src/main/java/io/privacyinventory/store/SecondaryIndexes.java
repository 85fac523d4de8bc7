package io.privacyinventory.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The indexes of a file's schema that SQLite does not make for a key ({@code CREATE INDEX} in the
 * migrations), as statements. Inserting a whole inventory into empty tables, they are dropped first
 * and made again after the last row: SQLite then builds each from its rows sorted, instead of
 * inserting a million entries one by one at places all over the index. Made again in the order they
 * had in the schema, from the very statements the schema holds, they are the same indexes under the
 * same names and text; only their entries in {@code sqlite_schema} come after the tables'.
 */
final class SecondaryIndexes {
    /** One index: its name, the table it is on, and the statement that makes it. */
    private record Index(String name, String table, String statement) {}

    private final Connection connection;
    private final List<Index> indexes;

    private SecondaryIndexes(Connection connection, List<Index> indexes) {
        this.connection = connection;
        this.indexes = indexes;
    }

    /** The indexes of the file's schema as it is now, in their order there. */
    static SecondaryIndexes of(Connection connection) throws SQLException {
        List<Index> indexes = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name, tbl_name, sql FROM sqlite_schema"
                        + " WHERE type = 'index' AND sql IS NOT NULL ORDER BY rowid")) {
            while (rows.next()) {
                indexes.add(new Index(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        return new SecondaryIndexes(connection, List.copyOf(indexes));
    }

    void drop() throws SQLException {
        for (Index index : indexes) {
            Database.execute(connection, "DROP INDEX \"" + index.name().replace("\"", "\"\"") + "\"");
        }
    }

    /**
     * Makes the indexes that come before the first index on {@code table} (all of them if it has none), in
     * their order; returns how many, for {@link #createFrom} to make the rest.
     */
    int createBefore(String table) throws SQLException {
        int end = 0;
        while (end < indexes.size() && !indexes.get(end).table().equals(table)) {
            end++;
        }
        for (int i = 0; i < end; i++) {
            Database.execute(connection, indexes.get(i).statement());
        }
        return end;
    }

    /** Makes the indexes from the {@code from}-th on, in their order. */
    void createFrom(int from) throws SQLException {
        for (int i = from; i < indexes.size(); i++) {
            Database.execute(connection, indexes.get(i).statement());
        }
    }
}
