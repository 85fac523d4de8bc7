package io.privacyinventory.store;

import io.privacyinventory.exchange.AtomicFiles;
import io.privacyinventory.exchange.FileProblems;
import io.privacyinventory.exchange.InventoryFormatException;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.InventoryValidator;
import io.privacyinventory.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One inventory file. Every change goes through {@link #apply}: a list of edits runs as one
 * transaction that writes the data and, for each field it changes, a change-log row. Undo and
 * redo are {@link #revert} of a change set, itself logged as a new change set.
 */
public final class InventoryStore implements RecordStore {
    private final Path file;
    /** SQLite's page cache while a whole inventory is inserted: 64 MiB (a negative size is in KiB). */
    static final int WHOLE_INVENTORY_CACHE_SIZE = -64 * 1024;

    private final Connection connection;
    private final boolean readOnly;
    private final WriterLock lock;
    private final SchemaUpgrade upgrade;
    private final Clock clock;
    private final String user;
    private final InventoryLoader loader;
    private final ChangeLog log;
    private final FileEdits edits;

    private InventoryStore(
            Path file, Connection connection, boolean readOnly, WriterLock lock, SchemaUpgrade upgrade, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
        this.lock = lock;
        this.upgrade = upgrade;
        this.clock = clock;
        this.user = ChangeLog.currentUser();
        this.loader = new InventoryLoader(connection);
        this.log = new ChangeLog(connection);
        this.edits = new FileEdits(connection, loader);
    }

    /**
     * Opens an inventory for reading and editing; refuses files that are not inventories. The
     * store is the file's one writer until it is closed: another window or a writing command gets
     * an {@link InventoryLockedException} (and may still {@link #openReadOnly} it). A file of an
     * older layout is upgraded, after a backup beside it: see {@link #upgrade()}.
     */
    public static InventoryStore open(Path file) throws InventoryFileException {
        return open(file, Migration.bundled(), Clock.systemUTC());
    }

    static InventoryStore open(Path file, List<Migration> migrations) throws InventoryFileException {
        return open(file, migrations, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, stamping change-log rows with {@code clock}: tests set the time of each change. */
    static InventoryStore open(Path file, List<Migration> migrations, Clock clock) throws InventoryFileException {
        Database.inspect(file, false, migrations);
        WriterLock lock = WriterLock.acquire(file);
        try {
            Database.Opened opened = Database.open(file, false, migrations);
            return new InventoryStore(file, opened.connection(), false, lock, opened.upgrade(), clock);
        } catch (InventoryFileException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens an inventory for reading only, also while another window has it open for editing.
     * Nothing is written to the file; the one exception is SQLite's own recovery after a program
     * stopped in the middle of a change, which gives back the last saved state.
     */
    public static InventoryStore openReadOnly(Path file) throws InventoryFileException {
        Database.inspect(file, true, Migration.bundled());
        return new InventoryStore(
                file, Database.open(file, true, Migration.bundled()).connection(), true, null, null, Clock.systemUTC());
    }

    /**
     * Creates a new inventory file holding {@code initial}; the file must not exist or be empty.
     * This builds a file and takes no writer lock: to make a new inventory at a name users see,
     * use {@link #createFile}, and {@link #open} it to edit it.
     */
    public static InventoryStore create(Path file, Inventory initial) throws InventoryFileException {
        return create(file, initial, Clock.systemUTC());
    }

    /** As {@link #create(Path, Inventory)}, stamping change-log rows with {@code clock}. */
    static InventoryStore create(Path file, Inventory initial, Clock clock) throws InventoryFileException {
        rejectInvalid(file, initial);
        // the change log's first row holds the whole inventory as JSON (hundreds of megabytes for a large
        // one): it is written, as the UTF-8 it is stored in, and hashed on a second thread while this one
        // inserts the rows, which takes longer
        Instant time = ChangeLog.stamp(clock);
        String user = ChangeLog.currentUser();
        CompletableFuture<ChangeLog.FirstRow> firstRow =
                CompletableFuture.supplyAsync(() -> ChangeLog.firstRow(time, user, initial));
        Connection connection;
        try {
            connection = Database.create(file, Migration.bundled());
        } catch (InventoryFileException e) {
            firstRow.cancel(false);
            throw e;
        }
        InventoryStore store = new InventoryStore(file, connection, false, null, null, clock);
        try {
            store.write(null, time, context -> {
                store.edits.insertInventory(initial);
                context.appendFirstRow(firstRow.join());
            });
        } catch (EditRejectedException | RuntimeException e) {
            store.closeConnection();
            throw new InventoryFileException(file, "cannot be created: " + e.getMessage(), e);
        }
        return store;
    }

    /**
     * Writes a new inventory file at {@code target} whole or not at all: it is built under a
     * temporary name beside the target and then moved into place, replacing a file that is there.
     * Refused with {@link InventoryLockedException} while another window or command has the
     * target open for editing. Temporary files left beside the target by a process that was
     * killed while doing the same are removed.
     */
    public static void createFile(Path target, Inventory initial) throws InventoryFileException {
        createFile(target, initial, true);
    }

    /**
     * As {@link #createFile}, but only where there is no inventory yet: a missing or empty file.
     * Whether the target is still free is decided while holding its writer lock, right before the
     * new file is moved into place, so that an inventory another process made meanwhile is never
     * replaced: that is refused with {@link InventoryExistsException}.
     */
    public static void createNewFile(Path target, Inventory initial) throws InventoryFileException {
        createFile(target, initial, false);
    }

    private static void createFile(Path target, Inventory initial, boolean replaceExisting)
            throws InventoryFileException {
        rejectInvalid(target, initial);
        createFile(target, replaceExisting, temporary -> build(temporary, initial));
    }

    /** As {@link #createFile(Path, Inventory)}, the new file made by {@code maker} under its temporary name. */
    static void createFile(Path target, boolean replaceExisting, AtomicFiles.FileMaker maker)
            throws InventoryFileException {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InventoryFileException(
                    target,
                    "cannot be created: the folder " + (target.getParent() == null ? folder : target.getParent())
                            + " does not exist");
        }
        try (WriterLock lock = WriterLock.acquire(target)) {
            if (!replaceExisting) {
                requireFree(target);
            }
            removeStaleTemporaries(target);
            AtomicFiles.replace(target, maker, destination -> {
                if (!replaceExisting) {
                    requireFree(target);
                }
            });
        } catch (InventoryFileException e) {
            throw e;
        } catch (Exception e) {
            if (FileProblems.isDiskFull(e)) {
                throw new InventoryFileException(
                        target, "cannot be created: the disk is full; nothing was " + "written", e);
            }
            throw new InventoryFileException(target, "cannot be created (" + Database.describe(e) + ")", e);
        }
    }

    /**
     * Builds the new file under its temporary name. A failure is passed on without that name, which
     * means nothing to the user: the caller reports it against the target.
     */
    private static void build(Path temporary, Inventory initial) throws Exception {
        // the same file create makes, with the rows written on a second thread while this one makes the
        // change log's first row (decision 0033)
        DocumentImport.write(initial, temporary, Clock.systemUTC());
    }

    /**
     * A failure to make a file under its temporary name, told without that name, which means nothing to
     * a user ({@link AtomicFiles} names the target): its cause, or its message after the name.
     */
    static Exception withoutTemporaryName(InventoryFileException e, Path temporary) {
        if (e.getCause() instanceof Exception cause) {
            return cause;
        }
        String named = temporary + ": ";
        String message = e.getMessage();
        return new IOException(message.startsWith(named) ? message.substring(named.length()) : message, e);
    }

    private static void requireFree(Path target) throws InventoryExistsException, IOException {
        Path destination = AtomicFiles.destination(target);
        if (Files.exists(destination) && (!Files.isRegularFile(destination) || Files.size(destination) > 0)) {
            throw new InventoryExistsException(target);
        }
    }

    /** Whether a window or command has {@code file} open for writing right now. */
    public static boolean isOpenForWritingElsewhere(Path file) throws IOException {
        return WriterLock.isHeldElsewhere(file);
    }

    /** Whether {@code file} starts as an SQLite database does (ours or another program's). */
    public static boolean isDatabaseFile(Path file) throws IOException {
        return Database.hasSqliteHeader(file);
    }

    /** Files named as {@link AtomicFiles} names its temporaries for this target, with their journals. */
    private static void removeStaleTemporaries(Path target) throws IOException {
        Path destination = AtomicFiles.destination(target);
        try (var files = Files.newDirectoryStream(
                destination.getParent(),
                file -> AtomicFiles.isTemporaryOf(
                        destination, file.getFileName().toString()))) {
            for (Path stale : files) {
                Files.deleteIfExists(stale);
            }
        }
    }

    private static void rejectInvalid(Path file, Inventory inventory) throws InventoryFileException {
        List<Problem> problems = InventoryValidator.validate(inventory);
        if (!problems.isEmpty()) {
            throw new InventoryFileException(file, "the inventory is not valid: " + problems.get(0));
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public String location() {
        return file.toString();
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** The upgrade of the file layout that opening this file made, if it made one: tell the user once. */
    public Optional<SchemaUpgrade> upgrade() {
        return Optional.ofNullable(upgrade);
    }

    /**
     * The whole inventory, read in one transaction so it is consistent. What is read is checked as
     * an import checks a document: a value written behind the app's back (an unknown country, a
     * date that does not exist) is refused with a {@link StoredContentException} naming the item,
     * its table and the field, rather than passed on into an export the import would refuse.
     */
    public Inventory load() {
        Inventory inventory;
        try {
            inventory = read(loader::inventory);
        } catch (StoreException e) {
            if (e.getCause() instanceof StoredValueException stored) {
                throw new StoredContentException(file, stored.getMessage(), stored);
            }
            throw e;
        }
        List<Problem> problems = InventoryValidator.validate(inventory);
        if (!problems.isEmpty()) {
            throw new StoredContentException(file, StoredContentException.describe(inventory, problems.get(0)), null);
        }
        return inventory;
    }

    /** The activities that refer to an item, by id, in their order. */
    public List<String> usages(EntityType type, String id) {
        return read(() -> new FileQueries(connection, loader).usages(type, id));
    }

    /** The change log, newest row first; {@code limit} 0 means all of it. */
    public List<ChangeLogEntry> history(int limit) {
        return history(limit, 0);
    }

    /** One page of the change log, newest row first: {@code limit} rows (0: all) after skipping {@code offset}. */
    public List<ChangeLogEntry> history(int limit, int offset) {
        return read(() -> log.newestFirst(limit, offset));
    }

    /** The rows of one change set, oldest first. */
    public List<ChangeLogEntry> changeSet(long id) {
        return read(() -> log.changeSet(id));
    }

    /**
     * Checks the change log's hash chain, then replays the whole log and compares the result with
     * the data tables: any row changed or removed in the middle, and any edit of the data made
     * without the app, shows. {@code expectedHead} (may be null) is a {@link #historyHead()} kept
     * elsewhere: the log must still reach it, so rows cut off its end show as well.
     */
    public HistoryVerification verifyHistory(String expectedHead) {
        return read(() -> HistoryCheck.verify(log, loader, expectedHead));
    }

    public HistoryVerification verifyHistory() {
        return verifyHistory(null);
    }

    /** The newest change-log row's hash and the number of rows, to keep outside the file. */
    public HistoryHead historyHead() {
        return read(log::head);
    }

    /**
     * The inventory as it was right after change-log row {@code lastSeq}, rebuilt from the log
     * alone ({@link ChangeLogReplay}); null when the log has no row up to it.
     */
    public Inventory replayTo(long lastSeq) throws ChangeLogReplay.ReplayException {
        return replay(read(() -> log.oldestFirst(lastSeq)), lastSeq);
    }

    /**
     * The inventory as it stood at {@code moment}, rebuilt from the log alone; null when no row is
     * stamped at or before it (the file did not exist yet). Rows are replayed in {@code seq} order up
     * to and with the last row whose time is at or before the moment. Times are the clock of the
     * computer that made each change and can go backwards (the clock set back, a change made on
     * another computer): a row stamped after the moment that comes before such a row is then
     * included, so the answer is always a state the file really held, never a mix. A moment after
     * the last row gives the inventory as it is now.
     */
    public Inventory replayAsOf(Instant moment) throws ChangeLogReplay.ReplayException {
        List<ChangeLogEntry> entries = read(() -> log.oldestFirst(Long.MAX_VALUE));
        long lastSeq = 0;
        for (ChangeLogEntry entry : entries) {
            if (!entry.time().isAfter(moment)) {
                lastSeq = entry.seq();
            }
        }
        return replay(entries, lastSeq);
    }

    private static Inventory replay(List<ChangeLogEntry> oldestFirst, long lastSeq)
            throws ChangeLogReplay.ReplayException {
        ChangeLogReplay replay = new ChangeLogReplay();
        for (ChangeLogEntry entry : oldestFirst) {
            if (entry.seq() > lastSeq) {
                break;
            }
            replay.apply(entry);
        }
        return replay.state();
    }

    /** Applies the edits as one transaction: all of them and their log rows, or nothing. */
    public ChangeSet apply(List<Edit> edits) throws EditRejectedException {
        return write(null, context -> {
            for (Edit edit : edits) {
                this.edits.apply(edit, context);
            }
        });
    }

    public ChangeSet apply(Edit... edits) throws EditRejectedException {
        return apply(List.of(edits));
    }

    /**
     * Undoes a change set by applying the opposite of each of its rows, newest first, as a new
     * change set that records which one it reverts. Reverting that one again is redo.
     */
    public ChangeSet revert(long changeSetId) throws EditRejectedException {
        List<ChangeLogEntry> entries = changeSet(changeSetId);
        if (entries.isEmpty()) {
            throw new EditRejectedException("there is no change set " + changeSetId);
        }
        List<Write> inverse = new ArrayList<>();
        List<ChangeLogEntry> newestFirst = new ArrayList<>(entries);
        Collections.reverse(newestFirst);
        for (ChangeLogEntry entry : newestFirst) {
            inverse.add(inverseOf(entry));
        }
        return write(changeSetId, context -> {
            for (Write step : inverse) {
                step.run(context);
            }
        });
    }

    /** The opposite of one log row; a field goes back to the JSON the log holds for it. */
    private Write inverseOf(ChangeLogEntry entry) throws EditRejectedException {
        EntityType type = entry.entityType();
        Edit edit = switch (entry.kind()) {
            case PUBLISH ->
                throw new EditRejectedException("a published notice is evidence of what readers were "
                        + "told: its publication cannot be undone");
            case FIELD -> null;
            case ADD -> new Edit.Remove(type, entry.entityId());
            case REMOVE -> new Edit.Add((Entity) decode(type, entry.before()), entry.position());
            case MOVE -> new Edit.Move(type, entry.entityId(), Integer.parseInt(entry.before()));
            case REPLACE -> {
                if (entry.before() == null) {
                    throw new EditRejectedException("the creation of the inventory cannot be undone");
                }
                yield new Edit.ReplaceAll((Inventory) decode(type, entry.before()));
            }
        };
        if (edit == null) {
            return context -> edits.setFieldJson(type, entry.entityId(), entry.field(), entry.before(), context);
        }
        return context -> edits.apply(edit, context);
    }

    private Object decode(EntityType type, String json) throws EditRejectedException {
        try {
            return read(() -> FileEdits.codec(loader.languages())).fromJson(type, json);
        } catch (InventoryFormatException e) {
            throw new EditRejectedException(
                    "the change log holds a value this version cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a consistent copy of the file to {@code target} with SQLite's online backup, while the
     * inventory stays open. The copy appears whole or not at all.
     */
    public void backupTo(Path target) throws IOException {
        backupTo(target, destination -> {});
    }

    /** As {@link #backupTo(Path)}, with {@code beforeReplacing} run on the finished copy's destination. */
    public void backupTo(Path target, AtomicFiles.Check beforeReplacing) throws IOException {
        Database.backup(connection, target, beforeReplacing);
    }

    /** Closes the file and, for a store open for editing, lets the next writer have it. */
    @Override
    public void close() {
        try {
            closeConnection();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    private void closeConnection() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot be closed (" + e.getMessage() + ")", e);
        }
    }

    // ---- transactions -------------------------------------------------------------------------

    @FunctionalInterface
    private interface Read<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    private interface Write {
        void run(FileChangeSet context) throws SQLException, EditRejectedException;
    }

    private <T> T read(Read<T> work) {
        try {
            Database.execute(connection, "BEGIN");
            try {
                return work.run();
            } finally {
                Database.execute(connection, "COMMIT");
            }
        } catch (SQLException e) {
            throw new StoreException(
                    file + (Database.isBusy(e) ? ": " + Database.BUSY : ": cannot be read (" + e.getMessage() + ")"),
                    e);
        }
    }

    private ChangeSet write(Long reverts, Write work) throws EditRejectedException {
        return write(reverts, ChangeLog.stamp(clock), work);
    }

    /** As {@link #write(Long, Write)}, the change set stamped with {@code time}. */
    private ChangeSet write(Long reverts, Instant time, Write work) throws EditRejectedException {
        if (readOnly) {
            throw new EditRejectedException(file + " is open read-only");
        }
        try {
            Database.execute(connection, "BEGIN IMMEDIATE");
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot start a change (" + e.getMessage() + ")", e);
        }
        try {
            FileChangeSet context = new FileChangeSet(log, user, log.nextChangeSet(), reverts, time);
            work.run(context);
            Database.execute(connection, "COMMIT");
            return new ChangeSet(context.changeSet, context.entries);
        } catch (StaleFieldException e) {
            rollback(e);
            throw e.named(this);
        } catch (EditRejectedException | RuntimeException e) {
            rollback(e);
            throw e;
        } catch (SQLException e) {
            rollback(e);
            if (e instanceof FileEdits.UnknownReferenceException || isConstraintViolation(e)) {
                throw new EditRejectedException(e.getMessage(), e);
            }
            if (FileProblems.isDiskFull(e)) {
                throw new StoreException(
                        file + ": the change could not be saved: the disk is full; the file "
                                + "still holds what it held before",
                        e);
            }
            throw new StoreException(file + ": the change could not be saved (" + Database.describe(e) + ")", e);
        }
    }

    /**
     * Undoes the transaction that {@code failure} stopped. SQLite may have rolled it back already
     * (it does on a full disk), and then ROLLBACK itself fails: that is noted on the first failure,
     * which stays the one reported.
     */
    private void rollback(Exception failure) {
        try {
            Database.execute(connection, "ROLLBACK");
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static boolean isConstraintViolation(SQLException e) {
        return e.getMessage() != null && e.getMessage().contains("SQLITE_CONSTRAINT");
    }
}
