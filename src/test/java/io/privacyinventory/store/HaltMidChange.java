package io.privacyinventory.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Child process: starts a large change to FILE the way any writer would, makes sure part of it
 * has reached the file (a tiny page cache spills), and stops dead without committing, as on kill -9
 * or a power cut. What it leaves is a hot journal.
 */
public final class HaltMidChange {
    private HaltMidChange() {}

    public static void main(String[] args) throws Exception {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
        Statement statement = connection.createStatement();
        statement.execute("PRAGMA journal_mode = DELETE");
        statement.execute("PRAGMA cache_size = 2");
        statement.execute("BEGIN IMMEDIATE");
        statement.execute("UPDATE organisation SET name = 'half-written'");
        statement.execute("CREATE TABLE filler (x BLOB)");
        for (int i = 0; i < 2000; i++) {
            statement.execute("INSERT INTO filler VALUES (randomblob(500))");
        }
        System.out.println("halting");
        System.out.flush();
        Runtime.getRuntime().halt(9);
    }
}
