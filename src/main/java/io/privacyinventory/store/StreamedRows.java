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
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

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

    private static final List<String> LISTS =
            List.of("dataSubjects", "dataCategories", "purposes", "recipients", "activities", "publishedNotices");
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
     * The change log's first row once the reading thread has made it ({@link #firstRow}), until a thread
     * takes it to insert it: the writing thread between its batches of rows, or else the caller of {@link
     * #connection} once the writer is done ({@link #untakenFirstRow}).
     */
    private final AtomicReference<ChangeLog.FirstRow> firstRow = new AtomicReference<>();
    /**
     * Completed by the writer: true once the rows are committed, for {@link #checkReferences} on a connection
     * of its own; false when that will not happen (the writer failed, or was abandoned).
     */
    private final CompletableFuture<Boolean> rowsCommitted = new CompletableFuture<>();
    /** Completed by {@link #checkReferences} once its connection reads the file (or when it will not). */
    private final CompletableFuture<Void> checkReading = new CompletableFuture<>();

    // used by the writing thread only
    private Connection connection;
    private RowWriter rows;
    private Start start;
    /** The new file's indexes, made again once the rows are in. */
    private SecondaryIndexes indexes;
    /** The connection's own page cache size, set again once the rows are in. */
    private int cacheSize;
    /** The items written so far, per list, to be compared with the inventory the reading returns. */
    private final Map<String, List<Object>> written = new HashMap<>();

    private final Map<EntityType, Map<String, Long>> ids = new EnumMap<>(EntityType.class);
    /** Where in {@link #LISTS} the items have got to: a list's items come after those of the lists before it. */
    private int list;
    /** Items out of the document's usual order, which this writer does not number: nothing more is written. */
    private boolean unordered;
    /** A row that could not be written: reported if the reading finds nothing wrong with the document. */
    private Exception failure;
    /** The change log's first row as this writer inserted it, to insert again if the rows are written anew. */
    private ChangeLog.FirstRow insertedFirstRow;

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
     * The reading is over and returned {@code inventory}, whole and valid: the writer completes its
     * rows while the caller goes on. {@link #connection} then waits for it.
     */
    void end(Inventory inventory) {
        queue.add(new End(inventory));
    }

    /**
     * The change log's first row for the inventory given to {@link #end}, made while the writer completes
     * the rows: the writer inserts it between its batches if it still has rows to write (so that its
     * hundreds of megabytes go in while the reading thread would otherwise wait), else {@link
     * #untakenFirstRow} returns it. The row is the same either way, and no other row of the change log is
     * written in this transaction.
     */
    void firstRow(ChangeLog.FirstRow row) {
        firstRow.set(row);
    }

    /**
     * Once {@link #connection} has returned: the first row given to {@link #firstRow} if the writer did
     * not insert it, for the caller to insert; null if it did.
     */
    ChangeLog.FirstRow untakenFirstRow() {
        return firstRow.getAndSet(null);
    }

    /**
     * Waits until the rows of the inventory given to {@link #end} are committed, checks every reference of
     * them on a connection of this thread's own while the writer makes the indexes, waits for the writer,
     * and returns its connection with the indexes' transaction open. Throws what made a row fail, or a
     * reference that does not hold, with nothing left open. The connection
     * still has the insert settings of decision 0022 (journal in memory, no sync, foreign keys off):
     * the caller only adds the first change-log row if the writer has not ({@link #untakenFirstRow}), commits
     * and closes it, and never edits through it.
     */
    Connection connection() throws Exception {
        try {
            checkReferences();
        } catch (SQLException | RuntimeException | Error e) {
            abandon(e);
            throw e;
        } catch (InterruptedException e) {
            abandon(e);
            throw e;
        }
        try {
            return writer.get();
        } catch (ExecutionException e) {
            throw unwrapped(e);
        } catch (InterruptedException e) {
            // the writer owns the file until it has stopped: stop it, then say so
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
        queue.add(ABANDON);
        boolean interrupted = false;
        while (true) {
            try {
                Connection open = writer.get();
                if (open != null) {
                    // the writer had finished the rows already: the transaction is still open
                    rollbackQuietly(open, reason);
                    Database.closeQuietly(open);
                }
                break;
            } catch (ExecutionException e) {
                reason.addSuppressed(e.getCause());
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
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
            rowsCommitted.complete(false);
        }
    }

    private Connection writeRows() throws Exception {
        connection = Database.create(file, Migration.bundled());
        try {
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
                    complete(end.inventory());
                    return connection;
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
        int at = LISTS.indexOf(item.list());
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
                insertFirstRowIfMade();
            }
        } else if (item.item() instanceof PublishedNotice published) {
            rows.publishedNotice(id, published, position);
        }
        EntityType catalogue = CATALOGUES.get(item.list());
        if (catalogue != null) {
            ids.computeIfAbsent(catalogue, key -> new HashMap<>()).put(((Entity) item.item()).id(), id);
        }
    }

    /** Inserts the change log's first row if the reading thread has made it and nobody has taken it yet. */
    private void insertFirstRowIfMade() throws SQLException {
        ChangeLog.FirstRow row = firstRow.getAndSet(null);
        if (row != null) {
            insertFirstRow(row);
        }
    }

    private void insertFirstRow(ChangeLog.FirstRow row) throws SQLException {
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
     * The rest of the rows: the notice settings, or all of them when what came before cannot be kept.
     * A row that failed (a full disk, say) fails the import; SQLite may have rolled back already.
     */
    private void complete(Inventory inventory) throws SQLException {
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
        insertFirstRowIfMade();
        // foreign keys were not enforced row by row (decision 0022): every reference is checked once, on
        // the finished tables, before the file is finished. The rows are committed (into the temporary file
        // nobody else sees) so that the caller checks them on a connection of its own while this one makes
        // the indexes, in a second transaction that the caller commits after the check (decision 0030).
        beforeRowsCommitted.run(connection);
        Database.execute(connection, "COMMIT");
        rowsCommitted.complete(true);
        // the check reads the file before this connection may need to write it (a page cache full of the
        // indexes' pages): SQLite then holds those pages back until the check is over
        checkReading.join();
        Database.execute(connection, "BEGIN IMMEDIATE");
        indexes.create();
        insertFirstRowIfMade();
        Database.execute(connection, "PRAGMA cache_size = " + cacheSize);
    }

    /**
     * Once the writer has committed the rows, checks every reference of them on a read-only connection of
     * this thread's own, while the writer makes the indexes. Returns without a check if the writer stopped
     * before (its failure is reported by {@link #connection}).
     */
    private void checkReferences() throws SQLException, InterruptedException {
        try {
            if (!rowsCommitted.get()) {
                return;
            }
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
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
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
        return same("dataSubjects", inventory.dataSubjects())
                && same("dataCategories", inventory.dataCategories())
                && same("purposes", inventory.purposes())
                && same("recipients", inventory.recipients())
                && same("activities", inventory.activities())
                && same("publishedNotices", inventory.publishedNotices());
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
