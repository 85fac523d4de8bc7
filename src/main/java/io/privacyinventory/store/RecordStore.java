package io.privacyinventory.store;

import io.privacyinventory.model.Edit;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A record of processing kept somewhere: an inventory file ({@link InventoryStore}) or a team's
 * schema on a PostgreSQL server ({@link ServerStore}). Both apply the same {@link Edit}s, each list
 * of edits as one transaction with one change set of a hash-chained change log, and both undo a
 * change set by reverting it. What only a file has (the writer lock, backups, crash recovery of a
 * journal, the network-share warning) stays on {@link InventoryStore}.
 */
public interface RecordStore extends AutoCloseable {

    /** Where the record is, as the user would name it: a file path or a server address. */
    String location();

    boolean isReadOnly();

    /** The whole inventory, read in one transaction. */
    Inventory load();

    /** Applies the edits as one transaction: all of them and their log rows, or nothing. */
    ChangeSet apply(List<Edit> edits) throws EditRejectedException;

    default ChangeSet apply(Edit... edits) throws EditRejectedException {
        return apply(List.of(edits));
    }

    /** Undoes a change set as a new change set that records which one it reverts; reverting that is redo. */
    ChangeSet revert(long changeSetId) throws EditRejectedException;

    /** One page of the change log, newest row first: {@code limit} rows (0: all) after skipping {@code offset}. */
    List<ChangeLogEntry> history(int limit, int offset);

    default List<ChangeLogEntry> history(int limit) {
        return history(limit, 0);
    }

    /**
     * The newest change-log row that changed {@code field} of the item {@code type}/{@code id} (or
     * the whole item: its adding, or an import over the inventory); empty if none did. Read page by
     * page from the newest: the row looked for is a recent one (it answers "who changed this meanwhile").
     */
    default Optional<ChangeLogEntry> lastChangeOf(EntityType type, String id, String field) {
        int page = 200;
        for (int offset = 0; ; offset += page) {
            List<ChangeLogEntry> rows = history(page, offset);
            for (ChangeLogEntry row : rows) {
                if (row.touches(type, id, field)) {
                    return Optional.of(row);
                }
            }
            if (rows.size() < page) {
                return Optional.empty();
            }
        }
    }

    /** The rows of one change set, oldest first. */
    List<ChangeLogEntry> changeSet(long id);

    /** Checks the hash chain and that replaying the log gives the data as stored. */
    HistoryVerification verifyHistory(String expectedHead);

    default HistoryVerification verifyHistory() {
        return verifyHistory(null);
    }

    /** The newest change-log row's hash and the number of rows. */
    HistoryHead historyHead();

    /** The inventory as it stood at {@code moment}, rebuilt from the change log; null before its first row. */
    Inventory replayAsOf(Instant moment) throws ChangeLogReplay.ReplayException;

    @Override
    void close();
}
