package io.privacyinventory.store;

import io.privacyinventory.model.Inventory;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code history --verify} and the record as it stood, for a team server: the file's checks
 * ({@link HistoryCheck}) over the server's log and tables.
 */
final class ServerHistoryCheck {
    private ServerHistoryCheck() {}

    /** The chain, the kept head, then the replay of the whole log against the stored record. */
    static HistoryVerification verify(ServerChangeLog log, ServerTables tables, String expectedHead)
            throws SQLException {
        HistoryVerification chain = log.verify();
        if (!chain.intact()) {
            return chain;
        }
        HistoryHead head = log.head();
        if (expectedHead != null
                && !expectedHead.equalsIgnoreCase(head.hash())
                && log.rowWithHash(expectedHead.toLowerCase(Locale.ROOT)) == null) {
            return new HistoryVerification(
                    chain.rowsChecked(),
                    head.rows() + 1,
                    "the history does not reach " + "the kept head " + expectedHead
                            + ": rows were removed from its end, or it was rewritten");
        }
        ChangeLogReplay replay = new ChangeLogReplay();
        for (ChangeLogEntry entry : log.oldestFirst(Long.MAX_VALUE)) {
            try {
                replay.apply(entry);
            } catch (ChangeLogReplay.ReplayException e) {
                return new HistoryVerification(chain.rowsChecked(), entry.seq(), e.getMessage());
            }
        }
        Inventory stored = tables.read();
        String difference = replay.state() == null
                ? (stored == null ? null : "the history is empty, the tables " + "are not")
                : stored == null ? "the tables are empty" : HistoryCheck.firstDifference(replay.state(), stored);
        return difference == null
                ? chain
                : new HistoryVerification(
                        chain.rowsChecked(),
                        head.rows(),
                        "the data tables differ from the history (changed without the app): " + difference);
    }

    /** The record after the last row stamped at or before {@code moment} (rows in seq order); null before the first. */
    static Inventory asOf(List<ChangeLogEntry> oldestFirst, Instant moment) throws ChangeLogReplay.ReplayException {
        long lastSeq = 0;
        for (ChangeLogEntry entry : oldestFirst) {
            if (!entry.time().isAfter(moment)) {
                lastSeq = entry.seq();
            }
        }
        ChangeLogReplay replay = new ChangeLogReplay();
        for (ChangeLogEntry entry : oldestFirst) {
            if (entry.seq() > lastSeq) {
                break;
            }
            replay.apply(entry);
        }
        return replay.state();
    }
}
