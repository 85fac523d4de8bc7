package io.privacyinventory.ui.activities;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * A comparator for the text columns of the Activities table that orders as a table column does by
 * default (the collator of the interface language) but compares precomputed collation keys: the
 * default makes a new collator and compares two strings with it at each of the n·log n comparisons
 * of a sort, which at 10,000 activities stood still the window for a noticeable moment. The keys
 * of a new inventory's texts are made ahead on a background thread ({@link #prepare}), so that the
 * first sort by a column does not make 10,000 of them (and their garbage) on the FX thread.
 */
final class SortKeys implements Comparator<String> {
    /** More distinct texts than this and the keys are made again: old texts of edited rows go. */
    private static final int LIMIT = 250_000;

    /** One thread for every table's keys made ahead. */
    private static final Executor KEY_MAKER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sort-keys");
        thread.setDaemon(true);
        return thread;
    });

    /** The FX thread's collator: a collator is not safe to share between threads. */
    private final Collator collator;

    private final Map<String, CollationKey> keys = new ConcurrentHashMap<>();

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

    /**
     * Makes the keys of {@code texts} on a background thread, with a collator of the same rules (whose
     * keys compare with this one's). A key a sort needs first is made there and then as before.
     */
    CompletableFuture<Void> prepare(Collection<String> texts) {
        Collator own = (Collator) collator.clone();
        return CompletableFuture.runAsync(
                () -> {
                    for (String text : texts) {
                        if (text != null && keys.size() < LIMIT && !keys.containsKey(text)) {
                            keys.putIfAbsent(text, own.getCollationKey(text));
                        }
                    }
                },
                KEY_MAKER);
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
