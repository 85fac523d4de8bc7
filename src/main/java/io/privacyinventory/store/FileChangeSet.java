package io.privacyinventory.store;

import io.privacyinventory.model.EntityType;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The change set being written to a file: its number, time and user, and the log rows it has so far. */
final class FileChangeSet {
    final long changeSet;
    final Long reverts;
    final Instant time;
    final List<ChangeLogEntry> entries = new ArrayList<>();
    private final ChangeLog log;
    private final String user;

    FileChangeSet(ChangeLog log, String user, long changeSet, Long reverts, Instant time) {
        this.log = log;
        this.user = user;
        this.changeSet = changeSet;
        this.reverts = reverts;
        this.time = time;
    }

    void append(EntityType type, String id, String field, Integer position, String before, String after)
            throws SQLException {
        entries.add(log.append(changeSet, reverts, time, user, type, id, field, position, before, after));
    }

    /**
     * A new file's first row. It is not among the change set's entries, which would need its text as
     * a string again: nobody reads the change set that makes a new file.
     */
    void appendFirstRow(ChangeLog.FirstRow row) throws SQLException {
        log.appendFirstRow(changeSet, time, row);
    }
}
