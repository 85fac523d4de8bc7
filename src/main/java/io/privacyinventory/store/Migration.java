package io.privacyinventory.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One step of the file layout: what takes a file from schema version {@code version - 1} to
 * {@code version}. Steps run inside the upgrade's one transaction, so a failing step leaves the
 * file as it was.
 */
record Migration(int version, Step step) {

    @FunctionalInterface
    interface Step {
        void apply(Connection connection) throws SQLException;
    }

    /** The bundled steps, V1__initial.sql and on: what this build knows. */
    static List<Migration> bundled() {
        return List.of(
                script(1, "V1__initial.sql"),
                script(2, "V2__format_version_2.sql"),
                script(3, "V3__published_notices.sql"));
    }

    /**
     * A step that runs the statements of a script in this package's resources, then checks every
     * foreign key: a step that rebuilds a table copies rows by hand, and a row that lost its
     * reference on the way must fail the upgrade (and roll it back), not surface at a later edit.
     */
    static Migration script(int version, String resource) {
        List<String> statements = statements(resource);
        return new Migration(version, connection -> {
            for (String statement : statements) {
                Database.execute(connection, statement);
            }
            requireForeignKeysHold(connection, resource);
        });
    }

    /** Fails naming the first row that refers to a missing row, if there is one; {@code resource} is what wrote them. */
    static void requireForeignKeysHold(Connection connection, String resource) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
            if (rows.next()) {
                throw new SQLException(resource + " left a broken reference in table " + rows.getString(1) + " (row "
                        + rows.getLong(2) + " refers to a missing row of " + rows.getString(3) + ")");
            }
        }
    }

    /** A step of plain statements, one per entry (tests build fake later versions with this). */
    static Migration of(int version, List<String> statements) {
        List<String> copy = List.copyOf(statements);
        return new Migration(version, connection -> {
            for (String statement : copy) {
                Database.execute(connection, statement);
            }
        });
    }

    /**
     * The statements of a script. The driver runs only the first statement of a multi-statement
     * string, so scripts separate statements by a line holding only ';'.
     */
    static List<String> statements(String resource) {
        String script;
        try (InputStream in = Migration.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing: " + resource);
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("migration script unreadable: " + resource, e);
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.strip().equals(";")) {
                if (!current.toString().isBlank()) {
                    statements.add(current.toString().strip());
                }
                current.setLength(0);
            } else if (!line.strip().startsWith("--")) {
                current.append(line).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException(resource + " ends without ';'");
        }
        return statements;
    }
}
