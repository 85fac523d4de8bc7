package io.privacyinventory.store;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a team's inventory lives on a PostgreSQL server:
 * {@code postgresql://[user@]host[:port]/database[?schema=NAME]}. The password is never part of
 * it: the driver takes it from {@code PGPASSWORD} or {@code ~/.pgpass}, or the editor asks for it.
 */
public record ServerAddress(String user, String host, int port, String database, String schema) {
    public static final String PREFIX = "postgresql://";
    public static final String DEFAULT_SCHEMA = "inventory";
    public static final int DEFAULT_PORT = 5432;

    /** {@code user@} is optional; so are the port and the schema. A file path never matches (it has no scheme). */
    private static final Pattern SHAPE = Pattern.compile(
            "postgresql:/{1,2}(?:([^@/?]+)@)?([^:/?@]+)(?::(\\d{1,5}))?/([^/?]+)(?:\\?schema=([A-Za-z_][A-Za-z0-9_]*))?");

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,40}");

    public ServerAddress {
        if (!IDENTIFIER.matcher(schema).matches()) {
            throw new IllegalArgumentException("schema \"" + schema + "\": use lower-case letters, digits and _ "
                    + "(at most 41), starting with a letter");
        }
    }

    /**
     * Whether an INVENTORY argument names a server rather than a file. A path-typed argument has lost
     * one slash of {@code //} on its way through {@code Path}, so one slash is accepted too.
     */
    public static boolean isServer(String argument) {
        return argument != null && argument.toLowerCase(Locale.ROOT).startsWith("postgresql:/");
    }

    /** Reads an address; an unclear one is refused with a message that shows the expected shape. */
    public static ServerAddress parse(String argument) {
        Matcher matcher = SHAPE.matcher(argument);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(argument + ": not a server address; expected "
                    + "postgresql://[user@]host[:port]/database[?schema=NAME]");
        }
        String user = matcher.group(1) != null ? matcher.group(1) : defaultUser();
        int port = matcher.group(3) != null ? Integer.parseInt(matcher.group(3)) : DEFAULT_PORT;
        String schema = matcher.group(5) != null ? matcher.group(5) : DEFAULT_SCHEMA;
        return new ServerAddress(user, matcher.group(2), port, matcher.group(4), schema);
    }

    private static String defaultUser() {
        String user = System.getenv("PGUSER");
        return user != null && !user.isBlank() ? user : System.getProperty("user.name", "postgres");
    }

    public ServerAddress withUser(String otherUser) {
        return new ServerAddress(otherUser, host, port, database, schema);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The name of one of the schema's three roles: {@code NAME_viewer}, {@code NAME_editor}, {@code NAME_approver}. */
    String role(TeamRole role) {
        return schema + "_" + role.code();
    }

    /** The channel LISTEN/NOTIFY tells of new changes on. */
    String channel() {
        return schema + "_changes";
    }

    /** As the user typed it, with the user: for titles, recent lists and messages. */
    @Override
    public String toString() {
        return PREFIX + user + "@" + host + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database
                + (DEFAULT_SCHEMA.equals(schema) ? "" : "?schema=" + schema);
    }
}
