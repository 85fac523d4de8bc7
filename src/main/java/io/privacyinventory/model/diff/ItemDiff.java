package io.privacyinventory.model.diff;

import io.privacyinventory.model.EntityType;
import java.util.List;

/**
 * One item that differs: added, removed, or changed in the listed fields. {@code id} is null for
 * the singletons (inventory settings, organisation, notice); {@code name} is the item's name in
 * the diff's language (the old name for a removed item), empty where the item has none.
 * {@code kindLabel} is the kind of item in words ("Activity", "Aktivitet").
 */
public record ItemDiff(
        EntityType kind, String kindLabel, String id, String name, Change change, List<FieldDiff> fields) {
    public ItemDiff {
        fields = List.copyOf(fields);
    }

    /** What happened to the item as a whole. */
    public enum Change {
        ADDED,
        REMOVED,
        CHANGED;

        /** The lower-case name used in JSON output. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
