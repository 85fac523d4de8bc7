package io.privacyinventory.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Child process: opens FILE for editing as the app does (holding its writer lock), starts a change
 * that holds SQLite's exclusive lock with a journal beside the file, says "writing", and stays in
 * the middle of it until killed: a live writer, not a crashed one.
 */
public final class ChangeInProgress {
    private ChangeInProgress() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        InventoryStore store = InventoryStore.open(file);
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        statement.execute("PRAGMA journal_mode = DELETE");
        statement.execute("BEGIN EXCLUSIVE");
        statement.execute("UPDATE organisation SET name = 'being written'");
        System.out.println("writing");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
        store.close();
    }
}
