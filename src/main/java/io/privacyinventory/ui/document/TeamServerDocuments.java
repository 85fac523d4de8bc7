package io.privacyinventory.ui.document;

import io.privacyinventory.store.ServerAddress;
import io.privacyinventory.store.ServerStore;
import io.privacyinventory.ui.TaskRunner;

/**
 * Opening a team's record on a PostgreSQL server as a document: the editor's side of
 * {@code postgresql://host[:port]/database[?schema=NAME]}. The password is used for the connection
 * only and never kept; without one, the driver takes it from {@code PGPASSWORD} or {@code ~/.pgpass}.
 * Slow (it connects and reads the whole record): callers run it on a background worker.
 */
public final class TeamServerDocuments {
    private TeamServerDocuments() {}

    /** Whether a recent-list entry or argument names a team server rather than a file. */
    public static boolean isServer(String location) {
        return location != null && ServerAddress.isServer(location);
    }

    /**
     * The address as it goes in the recent list: {@code url} with {@code user} (blank: the one in
     * the URL, or the system's) and never a password. Throws IllegalArgumentException naming the
     * expected shape when the URL is not one.
     */
    public static String address(String url, String user) {
        ServerAddress address = ServerAddress.parse(url.strip());
        return (user == null || user.isBlank() ? address : address.withUser(user.strip())).toString();
    }

    /** The database user an address (from the recent list) names. */
    public static String user(String address) {
        return ServerAddress.parse(address).user();
    }

    /** The address without its user, as the dialog's URL field shows it. */
    public static String withoutUser(String address) {
        ServerAddress parsed = ServerAddress.parse(address);
        return parsed.toString().replaceFirst("//" + java.util.regex.Pattern.quote(parsed.user()) + "@", "//");
    }

    /**
     * Whether connecting failed only because the server wants a password and none was given or found
     * in PGPASSWORD or ~/.pgpass: the editor then asks for one.
     */
    public static boolean needsPassword(Throwable failure) {
        return failure instanceof io.privacyinventory.store.ServerPasswordException refused && refused.missing();
    }

    /**
     * Connects, reads the record and follows others' changes from then on (they reload the document
     * within seconds). {@code password} null or empty: from PGPASSWORD or ~/.pgpass.
     */
    public static InventoryDocument open(String address, char[] password, TaskRunner runner) {
        String secret = password == null || password.length == 0 ? null : new String(password);
        ServerStore store = ServerStore.open(ServerAddress.parse(address), secret);
        try {
            InventoryDocument document = new InventoryDocument(store, store.load(), runner);
            document.listenTo(store);
            return document;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
