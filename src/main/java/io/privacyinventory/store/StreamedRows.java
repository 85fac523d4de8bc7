package io.privacyinventory.store;

import io.privacyinventory.exchange.DocumentItems;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.PublishedNotice;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.Recipient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * Writes a document's items into a new file on a thread of its own while the document is still
 * being read (decision 0020), in one transaction that the reading's outcome decides: {@link
 * #end} with the inventory the reading returned completes the rows, and {@link #connection} hands
 * the connection, the transaction still open, to the caller; {@link #abandon} rolls everything back. The rows are
 * exactly those {@link RowWriter#insertInventory} writes, table by table in the same order; items
 * that came out of the document's order, or that differ from the inventory returned, are rolled
 * back and the whole inventory is written as before.
 */
final class StreamedRows implements DocumentItems {
    /** Activities whose rows are collected before they run, table by table (as a whole inventory's were). */
    static final int ACTIVITIES_PER_FLUSH = 2_000;

    /** A list of an inventory's items: its name in the document and in {@link #item}, and where it is. */
    private record ItemList(String name, Function<Inventory, List<?>> items) {}

    /** The inventory's lists of items, in the document's order. */
    private static final List<ItemList> LISTS = List.of(
            new ItemList("dataSubjects", Inventory::dataSubjects),
            new ItemList("dataCategories", Inventory::dataCategories),
            new ItemList("purposes", Inventory::purposes),
            new ItemList("recipients", Inventory::recipients),
            new ItemList("activities", Inventory::activities),
            new ItemList("publishedNotices", Inventory::publishedNotices));

    private static final List<String> LIST_NAMES =
            LISTS.stream().map(ItemList::name).toList();
    private static final Map<String, EntityType> CATALOGUES = Map.of(
            "dataSubjects", EntityType.DATA_SUBJECT,
            "dataCategories", EntityType.DATA_CATEGORY,
            "purposes", EntityType.PURPOSE,
            "recipients", EntityType.RECIPIENT);

    private record Start(List<String> languages, Organisation organisation) {}

    private record Item(String list, int index, Object item) {}

    private record End(Inventory inventory) {}

    private static final Object ABANDON = new Object();

    private final Path file;
    private final int activitiesPerFlush;
    /** SQLite's page cache while the rows go in (a negative size is in KiB). */
    private final int insertCacheSize;

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final FutureTask<Connection> writer = new FutureTask<>(this::write);
    /**
     * The change log's first row once the reading thread has made it ({@link #firstRow}); completed with null
     * by {@link #abandon}. The writer inserts it between its batches of rows if it is there by then, else
     * it waits for it once the other tables' indexes are made.
     */
    private final CompletableFuture<FirstRowCopy> firstRow = new CompletableFuture<>();
    /**
     * Completed by the writer once it has made the file: the {@code CREATE TABLE} statement of its change log
     * (for {@link FirstRowCopy}); null when that will not happen (the writer failed).
     */
    private final CompletableFuture<String> changeLogTable = new CompletableFuture<>();
    /**
     * The check of every reference ({@link #checkReferences}), on a thread of its own that the writer starts
     * once the rows are committed: completed when it has passed, exceptionally with what it found, and with
     * null by the writer when it stopped before it started the check.
     */
    private final CompletableFuture<Void> checked = new CompletableFuture<>();
    /** Completed by {@link #checkReferences} once its connection reads the file (or when it will not). */
    private final CompletableFuture<Void> checkReading = new CompletableFuture<>();

    // used by the writing thread only
    private Connection connection;
    private RowWriter rows;
    private Start start;
    /** The new file's indexes, made again once the rows are in. */
    private SecondaryIndexes indexes;
    /** Whether the writer has started {@link #checkReferences}. */
    private boolean checkStarted;
    /** The connection's own page cache size, set again once the rows are in. */
    private int cacheSize;
    /** The items written so far, per list, to be compared with the inventory the reading returns. */
    private final Map<String, List<Object>> written = new HashMap<>();

    private final Map<EntityType, Map<String, Long>> ids = new EnumMap<>(EntityType.class);
    /** Where in {@link #LIST_NAMES} the items have got to: a list's items come after those of the lists before it. */
    private int list;
    /** Items out of the document's usual order, which this writer does not number: nothing more is written. */
    private boolean unordered;
    /** A row that could not be written: reported if the reading finds nothing wrong with the document. */
    private Exception failure;
    /** The change log's first row as this writer inserted it, to insert again if the rows are written anew. */
    private FirstRowCopy insertedFirstRow;

    /**
     * Run by the writer on its connection just before it commits the rows; tests use it to put in a row
     * no import writes (a reference to a missing row), which the check must then catch.
     */
    interface BeforeRowsCommitted {
        void run(Connection connection) throws SQLException;
    }

    private volatile BeforeRowsCommitted beforeRowsCommitted = connection -> {};

    /** See {@link BeforeRowsCommitted}; to be set before the first item. */
    void beforeRowsCommitted(BeforeRowsCommitted step) {
        beforeRowsCommitted = step;
    }

    StreamedRows(Path file, int activitiesPerFlush, int insertCacheSize) {
        this.file = file;
        this.activitiesPerFlush = activitiesPerFlush;
        this.insertCacheSize = insertCacheSize;
        Thread thread = new Thread(writer, "import writer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void start(List<String> languages, Organisation organisation) {
        queue.add(new Start(languages, organisation));
    }

    @Override
    public void item(String list, int index, Object item) {
        queue.add(new Item(list, index, item));
    }

    /**
     * Gives the writer every item of {@code inventory}, list by list in the document's order, as the reading
     * of a document does; {@link #end} follows.
     */
    void feed(Inventory inventory) {
        start(inventory.languages(), inventory.organisation());
        for (ItemList list : LISTS) {
            List<?> items = list.items().apply(inventory);
            for (int i = 0; i < items.size(); i++) {
                item(list.name(), i, items.get(i));
            }
        }
    }

    /**
     * The reading is over and returned {@code inventory}, whole and valid: the writer completes its
     * rows while the caller goes on. {@link #connection} then waits for it.
     */
    void end(Inventory inventory) {
        queue.add(new End(inventory));
    }

    /**
     * The change log's first row for the inventory given to {@link #end}, made while the writer completes
     * the rows: the writer copies it in between its batches if it still has rows to write, else it waits
     * for it once the indexes of the tables before the change log are made, and copies it in before the
     * change log's own indexes (so that SQLite copies the row's pages as they are, decision 0033). The row
     * is the same either way, and no other row of the change log is written in this transaction. To be
     * given before {@link #connection} is called, and kept open until that has returned.
     */
    void firstRow(FirstRowCopy row) {
        firstRow.complete(row);
    }

    /**
     * The {@code CREATE TABLE} statement of the new file's change log, once the writer has made the file;
     * null if the writer stopped before (then {@link #connection} throws its failure).
     */
    String changeLogTable() {
        return changeLogTable.join();
    }

    /**
     * Waits for the writer, which commits the rows of the inventory given to {@link #end}, has every
     * reference of them checked on a connection of another thread while it makes the indexes, and copies in
     * the first row given to {@link #firstRow}; waits for the check, and returns the writer's connection
     * with the indexes' transaction open. Throws what made a row fail, or a reference that does not hold,
     * with nothing left open. The connection still has the insert settings of decision 0022 (journal in
     * memory, no sync, foreign keys off): the caller only commits and closes it, and never edits through it.
     */
    Connection connection() throws Exception {
        Connection open;
        try {
            open = writer.get();
        } catch (ExecutionException e) {
            awaitCheck();
            throw unwrapped(e);
        } catch (InterruptedException e) {
            // the writer owns the file until it has stopped: stop it, then say so
            abandon(e);
            throw e;
        }
        try {
            checked.get();
            return open;
        } catch (ExecutionException e) {
            rollbackQuietly(open, e.getCause());
            Database.closeQuietly(open);
            throw unwrapped(e);
        } catch (InterruptedException e) {
            abandon(e);
            throw e;
        }
    }

    /**
     * Rolls back what was written and closes the file, waiting for the writer however long it takes
     * (the caller removes the file next); a failure of the writer is added to {@code reason}.
     */
    void abandon(Throwable reason) {
        checkReading.complete(null);
        firstRow.complete(null);
        queue.add(ABANDON);
        try {
            Connection open = awaitUninterruptibly(writer);
            if (open != null) {
                // the writer had finished the rows already: the transaction is still open
                rollbackQuietly(open, reason);
                Database.closeQuietly(open);
            }
        } catch (ExecutionException e) {
            reason.addSuppressed(e.getCause());
        }
        awaitCheck();
    }

    /** Waits until the check of the references is over, if it was started, whatever its outcome. */
    private void awaitCheck() {
        try {
            awaitUninterruptibly(checked);
        } catch (ExecutionException e) {
            // what the check found is reported by connection(); once abandoned, it no longer matters
        }
    }

    /**
     * The outcome of {@code task}, waited for however long it takes: an interrupt meanwhile does not cut the
     * wait short, and is kept for the caller.
     */
    private static <T> T awaitUninterruptibly(Future<T> task) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Exception unwrapped(ExecutionException e) {
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        return e.getCause() instanceof Exception cause ? cause : e;
    }

    /**
     * A rollback after a failure, which SQLite may have rolled back itself already (it does on a full
     * disk): the failure stays the one reported, a failing rollback is noted on it.
     */
    private static void rollbackQuietly(Connection connection, Throwable failure) {
        try {
            Database.execute(connection, "ROLLBACK");
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private Connection write() throws Exception {
        try {
            return writeRows();
        } finally {
            changeLogTable.complete(null);
            if (!checkStarted) {
                checked.complete(null);
            }
        }
    }

    private Connection writeRows() throws Exception {
        connection = Database.create(file, Migration.bundled());
        try {
            changeLogTable.complete(tableStatement(connection, "change_log"));
            quickInserts();
            begin();
            while (true) {
                Object next = queue.take();
                if (next == ABANDON) {
                    if (failure == null) {
                        Database.execute(connection, "ROLLBACK");
                    } else {
                        rollbackQuietly(connection, failure);
                    }
                    connection.close();
                    return null;
                }
                if (next instanceof End end) {
                    if (complete(end.inventory())) {
                        return connection;
                    }
                    Database.execute(connection, "ROLLBACK");
                    connection.close();
                    return null;
                }
                if (failure == null && !unordered) {
                    try {
                        take(next);
                    } catch (UnresolvedReference e) {
                        // an activity came before an item it names: the rows are written whole at the end
                        unordered = true;
                    } catch (SQLException | RuntimeException e) {
                        failure = e;
                    }
                }
            }
        } catch (Exception | Error e) {
            Database.closeQuietly(connection);
            throw e;
        }
    }

    /**
     * Settings for a file nobody else sees until it is committed, closed, flushed to disk and moved
     * into place ({@link io.privacyinventory.exchange.AtomicFiles}), and that is removed on any failure
     * (decision 0022): the rollback journal is kept in memory (a rollback still works; the file's pages
     * before the transaction are only the empty schema's), SQLite does not wait for the disk, foreign
     * keys are not enforced (every id a row refers to is one this writer numbered and wrote, and the
     * reading validates every reference), and the indexes are made after the rows ({@link
     * SecondaryIndexes}). None of this is stored in the file: every later connection opens it with its
     * own settings (journal DELETE, synchronous FULL, foreign keys on).
     */
    private void quickInserts() throws SQLException {
        Database.execute(connection, "PRAGMA journal_mode = MEMORY");
        Database.execute(connection, "PRAGMA synchronous = OFF");
        Database.execute(connection, "PRAGMA temp_store = MEMORY");
        Database.execute(connection, "PRAGMA foreign_keys = OFF");
        indexes = SecondaryIndexes.of(connection);
    }

    private void begin() throws SQLException {
        Database.execute(connection, "BEGIN IMMEDIATE");
        if (rows == null) {
            cacheSize = Database.pragmaInt(connection, "cache_size");
        }
        Database.execute(connection, "PRAGMA cache_size = " + insertCacheSize);
        indexes.drop();
        rows = new RowWriter(connection, true);
    }

    private void take(Object next) throws SQLException {
        if (next instanceof Start begun) {
            start = begun;
            if (begun.organisation() == null) {
                unordered = true;
                return;
            }
            rows.languages(begun.languages());
            rows.organisation(begun.organisation());
            return;
        }
        Item item = (Item) next;
        int at = LIST_NAMES.indexOf(item.list());
        List<Object> items = written.computeIfAbsent(item.list(), key -> new ArrayList<>());
        if (start == null || at < list || item.index() != items.size()) {
            unordered = true;
            return;
        }
        list = at;
        items.add(item.item());
        long id = item.index() + 1L;
        int position = item.index();
        if (item.item() instanceof DataSubject subject) {
            rows.dataSubject(id, subject, position);
        } else if (item.item() instanceof DataCategory category) {
            rows.dataCategory(id, category, position);
        } else if (item.item() instanceof Purpose purpose) {
            rows.purpose(id, purpose, position);
        } else if (item.item() instanceof Recipient recipient) {
            rows.recipient(id, recipient, position);
        } else if (item.item() instanceof Activity activity) {
            rows.activity(id, activity, position, this::resolve, null);
            if (id % activitiesPerFlush == 0) {
                rows.flush();
                insertFirstRowIfHanded();
            }
        } else if (item.item() instanceof PublishedNotice published) {
            rows.publishedNotice(id, published, position);
        }
        EntityType catalogue = CATALOGUES.get(item.list());
        if (catalogue != null) {
            ids.computeIfAbsent(catalogue, key -> new HashMap<>()).put(((Entity) item.item()).id(), id);
        }
    }

    private static String tableStatement(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("the new file has no table " + table);
                }
                return rows.getString(1);
            }
        }
    }

    /** Copies in the change log's first row if the reading thread has handed it over and it is not in yet. */
    private void insertFirstRowIfHanded() throws SQLException {
        FirstRowCopy row = firstRow.getNow(null);
        if (row != null && insertedFirstRow == null) {
            insertFirstRow(row);
        }
    }

    private void insertFirstRow(FirstRowCopy row) throws SQLException {
        ChangeLog log = new ChangeLog(connection);
        log.appendFirstRow(log.nextChangeSet(), row.entry().time(), row);
        insertedFirstRow = row;
    }

    private long resolve(EntityType type, String code) throws SQLException {
        Long id = ids.getOrDefault(type, Map.of()).get(code);
        if (id == null) {
            throw new UnresolvedReference("unknown " + type.code() + " \"" + code + "\"");
        }
        return id;
    }

    /** An item named before it was written; the reading reports it if it is missing from the document. */
    private static final class UnresolvedReference extends SQLException {
        private static final long serialVersionUID = 1L;

        UnresolvedReference(String message) {
            super(message);
        }
    }

    /**
     * The rest of the rows (the notice settings, or all of them when what came before cannot be kept), the
     * first change-log row and the indexes; false if the import was abandoned while this thread waited for
     * the first row (the caller then rolls back and closes). A row that failed (a full disk, say) fails the
     * import; SQLite may have rolled back already.
     */
    private boolean complete(Inventory inventory) throws SQLException {
        if (failure != null) {
            rollbackQuietly(connection, failure);
            if (failure instanceof SQLException sql) {
                throw sql;
            }
            throw (RuntimeException) failure;
        }
        if (!wroteAllOf(inventory)) {
            Database.execute(connection, "ROLLBACK");
            rows.close();
            begin();
            rows.insertInventory(inventory);
            if (insertedFirstRow != null) {
                // rolled back with the rest
                insertFirstRow(insertedFirstRow);
            }
        } else {
            rows.notice(inventory.notice(), this::resolve);
        }
        rows.flush();
        rows.close();
        insertFirstRowIfHanded();
        // foreign keys were not enforced row by row (decision 0022): every reference is checked once, on
        // the finished tables, before the file is finished. The rows are committed (into the temporary file
        // nobody else sees) so that a thread of its own checks them on a connection of its own while this
        // one makes the indexes, in a second transaction that the caller commits after the check (decisions
        // 0030 and 0033).
        beforeRowsCommitted.run(connection);
        Database.execute(connection, "COMMIT");
        Thread check = new Thread(this::check, "import check");
        check.setDaemon(true);
        check.start();
        checkStarted = true;
        // the check reads the file before this connection may need to write it (a page cache full of the
        // indexes' pages): SQLite then holds those pages back until the check is over
        checkReading.join();
        Database.execute(connection, "BEGIN IMMEDIATE");
        // the first row goes in before the change log has its indexes, so that SQLite copies it whole
        int made = indexes.createBefore("change_log");
        if (insertedFirstRow == null) {
            FirstRowCopy row = firstRow.join();
            if (row == null) {
                // abandoned while this thread waited
                return false;
            }
            insertFirstRow(row);
        }
        indexes.createFrom(made);
        Database.execute(connection, "PRAGMA cache_size = " + cacheSize);
        return true;
    }

    private void check() {
        try {
            checkReferences();
            checked.complete(null);
        } catch (Throwable e) {
            checked.completeExceptionally(e);
        }
    }

    /**
     * Once the writer has committed the rows, checks every reference of them on a read-only connection of
     * its own, while the writer makes the indexes.
     */
    private void checkReferences() throws SQLException {
        try (Connection checker = Database.connectToRead(file)) {
            checker.setAutoCommit(false);
            // a read transaction begun: the writer's changes stay out of the file until it is over
            try (Statement statement = checker.createStatement();
                    ResultSet schema = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                schema.next();
            }
            checkReading.complete(null);
            Migration.requireForeignKeysHold(checker, "the import into a new file");
            checker.rollback();
        } finally {
            checkReading.complete(null);
        }
    }

    /** Whether the rows written are those of {@code inventory}: the same objects, in the same places. */
    private boolean wroteAllOf(Inventory inventory) {
        if (unordered
                || start == null
                || !start.languages().equals(inventory.languages())
                || !start.organisation().equals(inventory.organisation())) {
            return false;
        }
        return LISTS.stream().allMatch(list -> same(list.name(), list.items().apply(inventory)));
    }

    private boolean same(String list, List<?> items) {
        List<Object> wrote = written.getOrDefault(list, List.of());
        if (wrote.size() != items.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            if (wrote.get(i) != items.get(i)) {
                return false;
            }
        }
        return true;
    }
}
