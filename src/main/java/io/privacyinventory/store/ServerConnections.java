package io.privacyinventory.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Connecting to a team server, and its refusals in words a user can act on. */
final class ServerConnections {
    private ServerConnections() {}

    static Connection connect(ServerAddress address, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", address.user());
        if (password != null) {
            properties.setProperty("password", password);
        } else if (System.getenv("PGPASSWORD") != null) {
            properties.setProperty("password", System.getenv("PGPASSWORD"));
        }
        properties.setProperty("ApplicationName", "Privacy Inventory");
        properties.setProperty("connectTimeout", "10");
        try {
            return DriverManager.getConnection(address.jdbcUrl(), properties);
        } catch (SQLException e) {
            throw passwordProblem(address, e).orElseGet(() -> failure(address, "cannot be reached", e));
        }
    }

    /**
     * A refusal for want of the right password, told apart from a server that is away: the driver
     * says "no password was provided" (08004) when it had none, the server 28P01 for a wrong one.
     */
    private static java.util.Optional<StoreException> passwordProblem(ServerAddress address, SQLException e) {
        String state = state(e);
        String message = e.getMessage() == null ? "" : e.getMessage();
        if ("28P01".equals(state)) {
            return java.util.Optional.of(new ServerPasswordException(
                    address + ": the server refused the password of user " + address.user() + "; nothing was opened",
                    false,
                    e));
        }
        if ("08004".equals(state) && message.contains("no password was provided")) {
            return java.util.Optional.of(new ServerPasswordException(
                    address + ": the server wants a password for user " + address.user()
                            + " and there is none in PGPASSWORD or ~/.pgpass",
                    true,
                    e));
        }
        return java.util.Optional.empty();
    }

    /** The server's own words for a refusal, without the driver's "ERROR:" and position lines. */
    static String serverMessage(SQLException e) {
        for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
            if (cause instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null) {
                return psql.getServerErrorMessage().getMessage();
            }
        }
        return e.getMessage();
    }

    /** The SQLSTATE of the server's refusal, also when it came inside a batch. */
    static String state(SQLException e) {
        for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
            if (cause instanceof org.postgresql.util.PSQLException
                    && cause.getSQLState() != null
                    && !cause.getSQLState().isEmpty()) {
                return cause.getSQLState();
            }
        }
        return e.getSQLState();
    }

    static StoreException failure(ServerAddress address, String what, Exception e) {
        String reason = e instanceof SQLException sql ? serverMessage(sql) : e.getMessage();
        return new StoreException(address + ": " + what + " (" + reason + ")", e);
    }
}
