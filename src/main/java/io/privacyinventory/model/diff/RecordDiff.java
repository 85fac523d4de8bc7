package io.privacyinventory.model.diff;

import java.util.List;

/**
 * The differences between two states of a record, in the order an auditor reads them: the
 * inventory's settings, the organisation and the notice settings, then the catalogues and the
 * activities. Values are already in words, in {@code language}.
 */
public record RecordDiff(String language, List<ItemDiff> items) {
    public RecordDiff {
        items = List.copyOf(items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The number of differences: one per added or removed item, one per changed field. */
    public int count() {
        return items.stream()
                .mapToInt(item ->
                        item.change() == ItemDiff.Change.CHANGED ? item.fields().size() : 1)
                .sum();
    }
}
