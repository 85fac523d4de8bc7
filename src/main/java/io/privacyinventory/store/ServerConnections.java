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
            throw failure(address, "cannot be reached", e);
        }
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
