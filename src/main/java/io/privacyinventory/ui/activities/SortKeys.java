package io.privacyinventory.ui.activities;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A comparator for the text columns of the Activities table that orders as a table column does by
 * default (the collator of the interface language) but compares precomputed collation keys: the
 * default makes a new collator and compares two strings with it at each of the n·log n comparisons
 * of a sort, which at 10,000 activities stood still the window for a noticeable moment. The keys
 * of a new inventory's texts are made ahead on a background thread ({@link #ranks}), so that the
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
     * Each item's place in the order of each of its texts, made on the background thread: {@code
     * places.get(item)[t]} is the rank of {@code texts.get(t).apply(item)} among those of all items,
     * equal for texts this comparator finds equal, so that comparing two places orders as comparing
     * the two texts does (for the items given, as they are now). Texts may not be null. The keys made
     * on the way are kept, as this comparator's own, for a sort that needs them.
     */
    <T> CompletableFuture<Map<T, int[]>> ranks(List<T> items, List<Function<T, String>> texts) {
        Collator own = (Collator) collator.clone();
        return CompletableFuture.supplyAsync(
                () -> {
                    Map<T, int[]> places = new IdentityHashMap<>(items.size() * 2);
                    for (T item : items) {
                        places.put(item, new int[texts.size()]);
                    }
                    for (int t = 0; t < texts.size(); t++) {
                        CollationKey[] keys = new CollationKey[items.size()];
                        for (int i = 0; i < keys.length; i++) {
                            keys[i] = keyMadeAhead(texts.get(t).apply(items.get(i)), own);
                        }
                        Integer[] order = new Integer[keys.length];
                        Arrays.setAll(order, i -> i);
                        Arrays.sort(order, (a, b) -> keys[a].compareTo(keys[b]));
                        int rank = 0;
                        for (int i = 0; i < order.length; i++) {
                            if (i > 0 && keys[order[i - 1]].compareTo(keys[order[i]]) != 0) {
                                rank++;
                            }
                            places.get(items.get(order[i]))[t] = rank;
                        }
                    }
                    return places;
                },
                KEY_MAKER);
    }

    /** The key of {@code text} as {@link #key} makes it, made with {@code own} (a clone) when missing. */
    private CollationKey keyMadeAhead(String text, Collator own) {
        CollationKey key = keys.get(text);
        if (key == null) {
            key = own.getCollationKey(text);
            if (keys.size() < LIMIT) {
                keys.putIfAbsent(text, key);
            }
        }
        return key;
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
