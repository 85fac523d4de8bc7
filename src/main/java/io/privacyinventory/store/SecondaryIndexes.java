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
    private final Connection connection;
    private final List<String> names;
    private final List<String> statements;

    private SecondaryIndexes(Connection connection, List<String> names, List<String> statements) {
        this.connection = connection;
        this.names = names;
        this.statements = statements;
    }

    /** The indexes of the file's schema as it is now, in their order there. */
    static SecondaryIndexes of(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY rowid")) {
            while (rows.next()) {
                names.add(rows.getString(1));
                statements.add(rows.getString(2));
            }
        }
        return new SecondaryIndexes(connection, List.copyOf(names), List.copyOf(statements));
    }

    void drop() throws SQLException {
        for (String name : names) {
            Database.execute(connection, "DROP INDEX \"" + name.replace("\"", "\"\"") + "\"");
        }
    }

    void create() throws SQLException {
        for (String statement : statements) {
            Database.execute(connection, statement);
        }
    }
}
