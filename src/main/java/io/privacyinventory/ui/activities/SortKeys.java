package io.privacyinventory.ui.activities;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * A comparator for the text columns of the Activities table that orders as a table column does by
 * default (the collator of the interface language) but compares precomputed collation keys: the
 * default makes a new collator and compares two strings with it at each of the n·log n comparisons
 * of a sort, which at 10,000 activities stood still the window for a noticeable moment.
 */
final class SortKeys implements Comparator<String> {
    /** More distinct texts than this and the keys are made again: old texts of edited rows go. */
    private static final int LIMIT = 250_000;

    private final Collator collator;
    private final Map<String, CollationKey> keys = new HashMap<>();

    /** With the collator of the default locale, as a table column's default comparator uses. */
    SortKeys() {
        this.collator = Collator.getInstance();
    }

    @Override
    public int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return key(a).compareTo(key(b));
    }

    private CollationKey key(String text) {
        CollationKey key = keys.get(text);
        if (key == null) {
            if (keys.size() >= LIMIT) {
                keys.clear();
            }
            key = collator.getCollationKey(text);
            keys.put(text, key);
        }
        return key;
    }
}
