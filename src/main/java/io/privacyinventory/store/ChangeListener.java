package io.privacyinventory.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.LongConsumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on a connection of its own for the NOTIFY each committed change sends, and passes the
 * newest row's seq on. Notifications of one commit or of several close together arrive as one call.
 */
final class ChangeListener implements AutoCloseable {
    private static final int POLL_MILLIS = 500;

    private final Connection connection;
    private final Thread thread;
    private volatile boolean open = true;

    private ChangeListener(Connection connection, ServerAddress address, LongConsumer onChange) {
        this.connection = connection;
        this.thread = new Thread(() -> run(onChange), "changes of " + address);
        this.thread.setDaemon(true);
    }

    static ChangeListener start(Connection connection, ServerAddress address, LongConsumer onChange) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + ServerSchema.quoted(address.channel()));
        } catch (SQLException e) {
            Database.closeQuietly(connection);
            throw ServerConnections.failure(address, "cannot listen for changes", e);
        }
        ChangeListener listener = new ChangeListener(connection, address, onChange);
        listener.thread.start();
        return listener;
    }

    private void run(LongConsumer onChange) {
        PGConnection notifications;
        try {
            notifications = connection.unwrap(PGConnection.class);
        } catch (SQLException e) {
            return;
        }
        while (open) {
            try {
                PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
                long newest = -1;
                if (received != null) {
                    for (PGNotification notification : received) {
                        newest = Math.max(newest, parse(notification.getParameter()));
                    }
                }
                if (newest >= 0) {
                    onChange.accept(newest);
                }
            } catch (SQLException e) {
                // the connection is gone (closed, or the server restarted): the views keep what they show
                return;
            }
        }
    }

    private static long parse(String payload) {
        try {
            return Long.parseLong(payload);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        open = false;
        Database.closeQuietly(connection);
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
