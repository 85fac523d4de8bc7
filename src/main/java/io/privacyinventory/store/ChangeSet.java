package io.privacyinventory.store;

import java.util.List;

/** The rows one call of {@link InventoryStore#apply} wrote; empty when nothing changed. */
public record ChangeSet(long id, List<ChangeLogEntry> entries) {
    public ChangeSet {
        entries = List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
