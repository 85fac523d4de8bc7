package io.privacyinventory.store;

import io.privacyinventory.exchange.EntityCodec;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.InventoryValidator;
import io.privacyinventory.model.Problem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * A team's record in a schema on a PostgreSQL server. Edits are made as on a file
 * ({@link EditRows}: the same checks, the same change-log rows and hash chain), one transaction each,
 * writers taking turns through a transaction lock so the chain stays one line.
 *
 * <p>Several people edit at once. This client remembers the newest change-log row it has read
 * ({@link #load}); an edit that would change a field someone else changed after that row is refused
 * with an {@link EditConflictException} naming them, while edits of other fields, even of the same
 * activity, go through. Others' changes are announced with NOTIFY ({@link #listen}).
 */
public final class ServerStore implements RecordStore {
    private final ServerAddress address;
    private final Connection connection;
    private final Clock clock;
    private final String user;
    private final boolean readOnly;
    private final ServerTables tables;
    private final ServerChangeLog log;
    private final String password;
    /** The newest log row this client has read the record at: its edits are checked against later rows. */
    private long seenSeq;

    private final Set<Long> ownChangeSets = new HashSet<>();
    /** The record as of {@link #cachedSeq}: a write starts from it when nobody wrote in between. */
    private Inventory cache;

    private long cachedSeq = -1;

    private ServerStore(ServerAddress address, Connection connection, String password, Clock clock)
            throws SQLException {
        this.address = address;
        this.connection = connection;
        this.password = password;
        this.clock = clock;
        this.tables = new ServerTables(connection, address.schema());
        this.log = new ServerChangeLog(connection, address.schema());
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT session_user, has_table_privilege("
                        + quotedLiteral(ServerSchema.quoted(address.schema()) + ".change_log") + ", 'INSERT')")) {
            rows.next();
            this.user = rows.getString(1);
            this.readOnly = !rows.getBoolean(2);
        }
        connection.setAutoCommit(false);
        this.seenSeq = log.head().rows();
        connection.commit();
    }

    /**
     * Connects to a schema {@code admin init} made. {@code password} null: the driver takes it from
     * {@code PGPASSWORD} or {@code ~/.pgpass}. Never stored.
     */
    public static ServerStore open(ServerAddress address, String password) {
        return open(address, password, Clock.systemUTC());
    }

    static ServerStore open(ServerAddress address, String password, Clock clock) {
        Connection connection = ServerConnections.connect(address, password);
        try {
            if (!ServerSchema.exists(connection, address)) {
                throw new StoreException(
                        address + ": there is no inventory in schema \"" + address.schema()
                                + "\" (or this login may not see it); an administrator makes one with: admin init "
                                + address,
                        null);
            }
            return new ServerStore(address, connection, password, clock);
        } catch (SQLException | RuntimeException e) {
            Database.closeQuietly(connection);
            throw e instanceof StoreException store ? store : ServerConnections.failure(address, "cannot be read", e);
        }
    }

    /** {@code admin init}: creates the schema, its append-only change log and its three roles. */
    public static void initialise(ServerAddress address, String password) {
        try (Connection connection = ServerConnections.connect(address, password)) {
            if (ServerSchema.exists(connection, address)) {
                throw new StoreException(
                        address + ": schema \"" + address.schema() + "\" holds an inventory already", null);
            }
            ServerSchema.create(connection, address);
        } catch (SQLException e) {
            throw ServerConnections.failure(address, "cannot be set up", e);
        }
    }

    /** {@code admin grant}: makes {@code login} a viewer, editor or approver of the schema. */
    public static void grant(ServerAddress address, String password, String login, TeamRole role) {
        try (Connection connection = ServerConnections.connect(address, password)) {
            ServerSchema.grant(connection, address, login, role);
        } catch (SQLException e) {
            throw ServerConnections.failure(address, "cannot grant " + role.code() + " to " + login, e);
        }
    }

    public ServerAddress address() {
        return address;
    }

    /** The database user this client works as: the name the change log records. */
    public String user() {
        return user;
    }

    @Override
    public String location() {
        return address.toString();
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    /** Whether nothing has been stored in the schema yet (fresh from {@code admin init}). */
    public boolean isEmpty() {
        return read(() -> log.head().rows() == 0 && tables.read() == null);
    }

    @Override
    public Inventory load() {
        Inventory inventory = read(() -> {
            Inventory state = tables.read();
            long head = log.head().rows();
            cache = state;
            cachedSeq = head;
            seenSeq = head;
            return state;
        });
        if (inventory == null) {
            throw new StoreException(address + ": holds no inventory yet; import one first", null);
        }
        List<Problem> problems = InventoryValidator.validate(inventory);
        if (!problems.isEmpty()) {
            throw new StoreException(address + ": holds an inventory that is not valid: " + problems.get(0), null);
        }
        return inventory;
    }

    /**
     * Stores a first inventory in an empty schema, logged as a file's creation is (one row holding the
     * whole document), so that the history starts from it.
     */
    public ChangeSet initialContent(Inventory initial) throws EditRejectedException {
        List<Problem> problems = InventoryValidator.validate(initial);
        if (!problems.isEmpty()) {
            throw new EditRejectedException("the inventory is not valid: " + problems.get(0));
        }
        return write(null, (state, rows) -> {
            if (state != null) {
                throw new EditRejectedException(address + " holds an inventory already");
            }
            rows.add(new EditRows.Row(
                    EntityType.INVENTORY,
                    null,
                    null,
                    null,
                    null,
                    new EntityCodec(initial.languages()).toJson(initial)));
            return initial;
        });
    }

    /**
     * Carries a file's record over into an empty schema with its whole change log, row for row with
     * the same hashes, so that {@code history --verify} on the server holds. Only the schema's owner
     * may (the log names the file's users, not the one connected).
     */
    public void carryOver(Inventory inventory, List<ChangeLogEntry> oldestFirst) {
        transaction(
                () -> {
                    lock();
                    if (log.head().rows() != 0 || tables.read() != null) {
                        throw new StoreException(address + ": holds an inventory already; nothing was imported", null);
                    }
                    tables.write(null, inventory);
                    log.copy(oldestFirst);
                    notifyChange(
                            oldestFirst.isEmpty()
                                    ? 0
                                    : oldestFirst.get(oldestFirst.size() - 1).seq());
                    return null;
                },
                "cannot be imported into");
    }

    @Override
    public ChangeSet apply(List<Edit> edits) throws EditRejectedException {
        return write(null, (state, rows) -> {
            EditRows edit = new EditRows(requireContent(state));
            for (Edit one : edits) {
                edit.apply(one);
            }
            edit.requireValid();
            rows.addAll(edit.rows());
            return edit.state();
        });
    }

    @Override
    public ChangeSet revert(long changeSetId) throws EditRejectedException {
        List<ChangeLogEntry> entries = changeSet(changeSetId);
        if (entries.isEmpty()) {
            throw new EditRejectedException("there is no change set " + changeSetId);
        }
        List<ChangeLogEntry> newestFirst = new ArrayList<>(entries);
        Collections.reverse(newestFirst);
        return write(changeSetId, (state, rows) -> {
            EditRows edit = new EditRows(requireContent(state));
            for (ChangeLogEntry entry : newestFirst) {
                edit.revert(entry);
            }
            edit.requireValid();
            rows.addAll(edit.rows());
            return edit.state();
        });
    }

    @Override
    public List<ChangeLogEntry> history(int limit, int offset) {
        return read(() -> log.newestFirst(limit, offset));
    }

    @Override
    public List<ChangeLogEntry> changeSet(long id) {
        return read(() -> log.changeSet(id));
    }

    /** Rows others (or this client) wrote after {@code seq}: what a view that has read up to it is missing. */
    public List<ChangeLogEntry> changesAfter(long seq) {
        return read(() -> log.after(seq));
    }

    @Override
    public HistoryVerification verifyHistory(String expectedHead) {
        return read(() -> ServerHistoryCheck.verify(log, tables, expectedHead));
    }

    @Override
    public HistoryHead historyHead() {
        return read(log::head);
    }

    @Override
    public Inventory replayAsOf(Instant moment) throws ChangeLogReplay.ReplayException {
        return ServerHistoryCheck.asOf(read(() -> log.oldestFirst(Long.MAX_VALUE)), moment);
    }

    /**
     * Calls {@code onChange} with the newest row's seq, on a thread of its own, within about a second
     * of any client committing a change to this schema (this one included). Close to stop listening.
     */
    public AutoCloseable listen(LongConsumer onChange) {
        return ChangeListener.start(ServerConnections.connect(address, password), address, onChange);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw ServerConnections.failure(address, "cannot be closed", e);
        }
    }

    // ---- transactions -------------------------------------------------------------------------

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    /** Computes the next state from the current one (null: nothing stored yet), adding its log rows. */
    @FunctionalInterface
    private interface Change {
        Inventory run(Inventory state, List<EditRows.Row> rows) throws EditRejectedException;
    }

    /**
     * Reads in one snapshot: the record and the newest log row must be of the same moment, or a
     * commit between the two would make a later edit start from a record older than it believes.
     * (Writes stay read-committed: after taking the writer lock they must see every earlier commit.)
     */
    private <T> T read(Work<T> work) {
        return transaction(
                () -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                    }
                    return work.run();
                },
                "cannot be read");
    }

    private <T> T transaction(Work<T> work, String failing) {
        try {
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(e);
                throw e;
            }
        } catch (SQLException e) {
            throw ServerConnections.failure(address, failing, e);
        }
    }

    private ChangeSet write(Long reverts, Change change) throws EditRejectedException {
        if (readOnly) {
            throw new EditRejectedException(address + ": " + user + " may only read this inventory (a viewer)");
        }
        try {
            lock();
            HistoryHead head = log.head();
            Inventory current = cachedSeq == head.rows() ? cache : tables.read();
            List<EditRows.Row> rows = new ArrayList<>();
            Inventory next = change.run(current, rows);
            boolean othersWrote = refuseConflicts(rows);
            long changeSet = log.nextChangeSet();
            tables.write(current, next);
            List<ChangeLogEntry> entries = log.append(head, changeSet, reverts, ChangeLog.stamp(clock), user, rows);
            long newHead = head.rows() + entries.size();
            if (!entries.isEmpty()) {
                notifyChange(newHead);
            }
            connection.commit();
            ownChangeSets.add(changeSet);
            if (!othersWrote) {
                seenSeq = newHead;
            }
            cache = next;
            cachedSeq = newHead;
            return new ChangeSet(changeSet, entries);
        } catch (StaleFieldException e) {
            rollback(e);
            throw e.named(this);
        } catch (EditRejectedException | RuntimeException e) {
            rollback(e);
            throw e;
        } catch (SQLException e) {
            rollback(e);
            if ("42501".equals(ServerConnections.state(e))) {
                throw new EditRejectedException(
                        address + ": the server refused the change: " + ServerConnections.serverMessage(e), e);
            }
            throw ServerConnections.failure(address, "the change could not be saved", e);
        }
    }

    /**
     * Refuses the edit when a row it writes touches what a row another client wrote since this one last
     * read touches too; returns whether others wrote anything since (then this client has not seen it all).
     */
    private boolean refuseConflicts(List<EditRows.Row> rows) throws SQLException, EditConflictException {
        boolean othersWrote = false;
        for (ChangeLogEntry other : log.after(seenSeq)) {
            if (ownChangeSets.contains(other.changeSet())) {
                continue;
            }
            othersWrote = true;
            for (EditRows.Row row : rows) {
                if (ServerChangeLog.touchesSame(row, other)) {
                    throw new EditConflictException(other);
                }
            }
        }
        return othersWrote;
    }

    /** One writer at a time per schema, until the transaction ends (commit, rollback, or the client is gone). */
    private void lock() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            statement.setString(1, address.schema() + ".change_log");
            statement.execute();
        }
    }

    private void notifyChange(long head) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            statement.setString(1, address.channel());
            statement.setString(2, Long.toString(head));
            statement.execute();
        }
    }

    private Inventory requireContent(Inventory state) throws EditRejectedException {
        if (state == null) {
            throw new EditRejectedException(address + ": holds no inventory yet; import one first");
        }
        return state;
    }

    private void rollback(Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static String quotedLiteral(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
