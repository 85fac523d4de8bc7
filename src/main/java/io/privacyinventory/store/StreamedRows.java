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
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * Writes a document's items into a new file while the document is still being read (decision
 * 0020), in one transaction that the reading's outcome decides. The reading thread makes each
 * item's rows (their values, the texts' JSON, the ids referred to) as it is told of the item; a
 * writing thread of its own inserts them, a batch of activities at a time, table by table as {@link
 * RowWriter} batches always ran. {@link #finish} with the inventory the reading returned completes
 * the rows and hands over the connection, the transaction still open; {@link #abandon} rolls
 * everything back. The rows are exactly those {@link RowWriter#insertInventory} writes: items that
 * came out of the document's usual order, or that are not those of the inventory returned, are
 * rolled back and the whole inventory is written as before.
 */
final class StreamedRows implements DocumentItems {
    /** Activities whose rows are collected before they run, table by table (as a whole inventory's were). */
    static final int ACTIVITIES_PER_FLUSH = 2_000;

    /** Batches made and not yet written: enough to keep the writer busy, few enough to bound the memory. */
    private static final int QUEUED_BATCHES = 4;

    private static final List<String> LISTS =
            List.of("dataSubjects", "dataCategories", "purposes", "recipients", "activities", "publishedNotices");
    private static final Map<String, EntityType> CATALOGUES = Map.of(
            "dataSubjects", EntityType.DATA_SUBJECT,
            "dataCategories", EntityType.DATA_CATEGORY,
            "purposes", EntityType.PURPOSE,
            "recipients", EntityType.RECIPIENT);

    /** Statements to run, in order, and then the batch run. */
    private record Batch(List<RowWriter.Pending> statements) {}

    /** The end of the rows: null when those written are to be kept, else the inventory to write instead. */
    private record End(Inventory instead) {}

    private static final Object ABANDON = new Object();

    private final Path file;
    private final int activitiesPerFlush;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final FutureTask<Connection> writer = new FutureTask<>(this::write);

    // used by the reading thread only
    private final RowWriter recorder = RowWriter.recordingForNewFile();
    private boolean started;
    private List<String> languages;
    private Organisation organisation;
    /** The items whose rows were made, per list, to be compared with the inventory the reading returns. */
    private final Map<String, List<Object>> written = new HashMap<>();

    private final Map<EntityType, Map<String, Long>> ids = new EnumMap<>(EntityType.class);
    /** Where in {@link #LISTS} the items have got to: a list's items come after those of the lists before it. */
    private int list;
    /** Items out of the document's usual order, which this writer does not number: nothing more is made. */
    private boolean unordered;
    /** A row that could not be made: reported if the reading finds nothing wrong with the document. */
    private SQLException failure;

    // used by the writing thread only
    private Connection connection;
    private RowWriter rows;
    /** The connection's own page cache size, set again once the rows are in. */
    private int cacheSize;
    /** A batch that could not be written: reported if the rows written are kept. */
    private SQLException writeFailure;

    StreamedRows(Path file, int activitiesPerFlush) {
        this.file = file;
        this.activitiesPerFlush = activitiesPerFlush;
        Thread thread = new Thread(writer, "import writer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void start(List<String> languages, Organisation organisation) {
        started = true;
        this.languages = languages;
        this.organisation = organisation;
        if (organisation == null) {
            unordered = true;
            return;
        }
        try {
            recorder.languages(languages);
            recorder.organisation(organisation);
        } catch (SQLException e) {
            failure = e;
        }
    }

    @Override
    public void item(String list, int index, Object item) {
        if (unordered || failure != null) {
            return;
        }
        try {
            make(list, index, item);
        } catch (SQLException e) {
            failure = e;
        }
    }

    private void make(String name, int index, Object item) throws SQLException {
        int at = LISTS.indexOf(name);
        List<Object> items = written.computeIfAbsent(name, key -> new ArrayList<>());
        if (!started || at < list || index != items.size()) {
            unordered = true;
            return;
        }
        list = at;
        items.add(item);
        long id = index + 1L;
        if (item instanceof DataSubject subject) {
            recorder.dataSubject(id, subject, index);
        } else if (item instanceof DataCategory category) {
            recorder.dataCategory(id, category, index);
        } else if (item instanceof Purpose purpose) {
            recorder.purpose(id, purpose, index);
        } else if (item instanceof Recipient recipient) {
            recorder.recipient(id, recipient, index);
        } else if (item instanceof Activity activity) {
            recorder.activity(id, activity, index, this::resolve, null);
            if (id % activitiesPerFlush == 0) {
                send(new Batch(recorder.takePending()));
            }
        } else if (item instanceof PublishedNotice published) {
            recorder.publishedNotice(id, published, index);
        }
        EntityType catalogue = CATALOGUES.get(name);
        if (catalogue != null) {
            ids.computeIfAbsent(catalogue, key -> new HashMap<>()).put(((Entity) item).id(), id);
        }
    }

    private long resolve(EntityType type, String code) throws SQLException {
        Long id = ids.getOrDefault(type, Map.of()).get(code);
        if (id == null) {
            throw new SQLException("unknown " + type.code() + " \"" + code + "\"");
        }
        return id;
    }

    /** Hands a message to the writing thread, waiting while it is behind; dropped once that thread has ended. */
    private void send(Object message) {
        try {
            while (!queue.offer(message, 100, TimeUnit.MILLISECONDS)) {
                if (writer.isDone()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writer.cancel(true);
        }
    }

    /**
     * Completes the rows of {@code inventory}, which the reading returned (whole and valid), and
     * returns the connection with the transaction open. Throws what made a row fail.
     */
    Connection finish(Inventory inventory) throws Exception {
        if (wroteAllOf(inventory)) {
            if (failure != null) {
                abandon(failure);
                throw failure;
            }
            recorder.notice(inventory.notice(), this::resolve);
            send(new Batch(recorder.takePending()));
            send(new End(null));
        } else {
            send(new End(inventory));
        }
        try {
            return writer.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Rolls back what was written and closes the file; a failure of the writer is added to {@code reason}. */
    void abandon(Throwable reason) {
        send(ABANDON);
        try {
            writer.get();
        } catch (ExecutionException e) {
            reason.addSuppressed(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the rows made are those of {@code inventory}: the same objects, in the same places. */
    private boolean wroteAllOf(Inventory inventory) {
        if (unordered
                || !started
                || !languages.equals(inventory.languages())
                || !organisation.equals(inventory.organisation())) {
            return false;
        }
        return same("dataSubjects", inventory.dataSubjects())
                && same("dataCategories", inventory.dataCategories())
                && same("purposes", inventory.purposes())
                && same("recipients", inventory.recipients())
                && same("activities", inventory.activities())
                && same("publishedNotices", inventory.publishedNotices());
    }

    private boolean same(String name, List<?> items) {
        List<Object> made = written.getOrDefault(name, List.of());
        if (made.size() != items.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            if (made.get(i) != items.get(i)) {
                return false;
            }
        }
        return true;
    }

    // ---- the writing thread -------------------------------------------------------------------

    private Connection write() throws Exception {
        connection = Database.create(file, Migration.bundled());
        try {
            begin();
            while (true) {
                Object next = queue.take();
                if (next == ABANDON) {
                    Database.execute(connection, "ROLLBACK");
                    connection.close();
                    return null;
                }
                if (next instanceof End end) {
                    complete(end.instead());
                    return connection;
                }
                if (writeFailure == null) {
                    try {
                        for (RowWriter.Pending statement : ((Batch) next).statements()) {
                            rows.run(statement);
                        }
                        rows.flush();
                    } catch (SQLException e) {
                        writeFailure = e;
                    }
                }
            }
        } catch (Exception | Error e) {
            Database.closeQuietly(connection);
            throw e;
        }
    }

    private void begin() throws SQLException {
        Database.execute(connection, "BEGIN IMMEDIATE");
        Database.execute(connection, "PRAGMA defer_foreign_keys = ON");
        if (rows == null) {
            cacheSize = Database.pragmaInt(connection, "cache_size");
        }
        Database.execute(connection, "PRAGMA cache_size = " + InventoryStore.WHOLE_INVENTORY_CACHE_SIZE);
        rows = new RowWriter(connection, true);
    }

    /** Keeps the rows written, or writes {@code instead} in their place. */
    private void complete(Inventory instead) throws SQLException {
        if (instead != null) {
            Database.execute(connection, "ROLLBACK");
            rows.close();
            begin();
            rows.insertInventory(instead);
            rows.flush();
        } else if (writeFailure != null) {
            throw writeFailure;
        }
        rows.close();
        Database.execute(connection, "PRAGMA cache_size = " + cacheSize);
    }
}
