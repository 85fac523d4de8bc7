package io.privacyinventory.ui.activities;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Text;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The activities the Activities filter lets through, as a list the table shows (decision 0015).
 *
 * <p>An activity matches when the query, stripped, lower-cased and with its diacritics folded, is
 * contained in one of its names, descriptions (any language), its owner or its id, folded the same
 * way. Each activity's folded search key is made once, when first needed after the activity
 * changed. A query that contains an earlier one (typing on) is looked for only among that one's
 * matches, and the results of the last queries are kept, so erasing is a look-up. The visible list
 * is replaced in one change, and not at all when the matches stay the same.
 *
 * <p>When a new inventory arrives, its keys are made on a background thread and handed back, so
 * that the first keystroke after opening a large inventory does not make them all at once on the
 * FX thread. A key handed back is kept only for the activity it was made from.
 */
final class ActivityFilter {
    /** Between the fields of a key, so that a query never matches across two of them. */
    private static final char SEPARATOR = '\u0001';
    /** Results of the last queries kept for erasing and retyping: a typed word or two. */
    private static final int REMEMBERED = 40;

    private final ObservableList<Activity> visible = FXCollections.observableArrayList();
    private final ObservableList<Activity> visibleView = FXCollections.unmodifiableObservableList(visible);
    private final ArrayList<Activity> rows = new ArrayList<>();
    private final List<Activity> rowsView = Collections.unmodifiableList(rows);
    private String[] keys = new String[0];
    /** False while some row may have no key yet. */
    private boolean allKeys = true;

    private String query = "";
    /** Indexes into {@link #rows} of the visible activities, ascending; null while the query is empty. */
    private int[] matches;

    private final ArrayDeque<Result> earlier = new ArrayDeque<>();

    /** Where the keys of a new inventory are made, and where they are handed back (the FX thread). */
    private final Executor background;

    private final Executor owner;

    private record Result(String query, int[] matches) {}

    /** One thread for every filter's keys: they are made once per opened inventory. */
    private static final Executor KEY_MAKER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "search-keys");
        thread.setDaemon(true);
        return thread;
    });

    /** The filter of the Activities view: keys made in the background, handed back on the FX thread. */
    static ActivityFilter onFxThread() {
        return new ActivityFilter(KEY_MAKER, Platform::runLater);
    }

    /** A filter that makes each key when a query first needs it, on the caller's thread. */
    ActivityFilter() {
        this(null, null);
    }

    /**
     * A filter that makes the keys of each new inventory on {@code background} and takes them back
     * on {@code owner}, the thread that calls the other methods.
     */
    ActivityFilter(Executor background, Executor owner) {
        this.background = background;
        this.owner = owner;
    }

    /** The activities that match, in the inventory's order. Not to be changed by the caller. */
    ObservableList<Activity> visible() {
        return visibleView;
    }

    /** All activities, in the inventory's order (a read-only view that follows them). */
    List<Activity> rows() {
        return rowsView;
    }

    /** How many activities there are, shown or not. */
    int total() {
        return rows.size();
    }

    /** Whether the activity at this position in {@link #rows()} is visible. */
    boolean isVisible(int row) {
        return matches == null || Arrays.binarySearch(matches, row) >= 0;
    }

    /**
     * Takes the activities of a new version of the inventory. With as many as before, only those
     * that changed are replaced (an equal activity keeps its row and key); otherwise all.
     */
    void rows(List<Activity> now) {
        if (now.size() != rows.size()) {
            rows.clear();
            rows.addAll(now);
            keys = new String[now.size()];
            allKeys = now.isEmpty();
            earlier.clear();
            matches = query.isEmpty() ? null : scan(query, null);
            visible.setAll(shown());
            if (!allKeys && background != null) {
                makeKeysInBackground();
            }
            return;
        }
        for (int i = 0; i < now.size(); i++) {
            Activity next = now.get(i);
            Activity old = rows.get(i);
            if (next != old && !next.equals(old)) {
                replace(i, next);
            }
        }
    }

    private void replace(int row, Activity next) {
        rows.set(row, next);
        keys[row] = null;
        allKeys = false;
        if (matches == null) {
            visible.set(row, next);
            return;
        }
        earlier.clear();
        int position = Arrays.binarySearch(matches, row);
        boolean match = matches(row, query);
        if (position >= 0 && match) {
            visible.set(position, next);
        } else if (position >= 0) {
            int[] fewer = new int[matches.length - 1];
            System.arraycopy(matches, 0, fewer, 0, position);
            System.arraycopy(matches, position + 1, fewer, position, fewer.length - position);
            matches = fewer;
            visible.remove(position);
        } else if (match) {
            int at = -position - 1;
            int[] more = new int[matches.length + 1];
            System.arraycopy(matches, 0, more, 0, at);
            more[at] = row;
            System.arraycopy(matches, at, more, at + 1, matches.length - at);
            matches = more;
            visible.add(at, next);
        }
        remember(query, matches);
    }

    /** Shows the activities that match this text (the filter as typed). */
    void query(String text) {
        String folded = fold(text == null ? "" : text.strip());
        if (folded.equals(query)) {
            return;
        }
        query = folded;
        int[] found = folded.isEmpty() ? null : find(folded);
        if (Arrays.equals(found, matches)) {
            return;
        }
        matches = found;
        visible.setAll(shown());
    }

    private int[] find(String folded) {
        Result base = null;
        for (Result result : earlier) {
            if (result.query().equals(folded)) {
                return result.matches();
            }
            if (folded.contains(result.query())
                    && (base == null || result.query().length() > base.query().length())) {
                base = result;
            }
        }
        int[] found = scan(folded, base == null ? null : base.matches());
        remember(folded, found);
        return found;
    }

    private void remember(String folded, int[] found) {
        earlier.removeIf(result -> result.query().equals(folded));
        earlier.addFirst(new Result(folded, found));
        if (earlier.size() > REMEMBERED) {
            earlier.removeLast();
        }
    }

    /** The rows among {@code among} (all when null) whose key contains the folded query. */
    private int[] scan(String folded, int[] among) {
        if (among == null && !allKeys) {
            makeKeys();
        }
        int count = among == null ? rows.size() : among.length;
        int[] found = new int[count];
        int size = 0;
        for (int i = 0; i < count; i++) {
            int row = among == null ? i : among[i];
            if (matches(row, folded)) {
                found[size++] = row;
            }
        }
        return size == found.length ? found : Arrays.copyOf(found, size);
    }

    /**
     * Makes the keys that are missing, on all cores: the first query after opening a large
     * inventory needs all of them at once (issue 14 measured this keystroke).
     */
    private void makeKeys() {
        String[] target = keys;
        List<Activity> of = rows;
        IntStream.range(0, target.length).parallel().forEach(row -> {
            if (target[row] == null) {
                target[row] = key(of.get(row));
            }
        });
        allKeys = true;
    }

    private void makeKeysInBackground() {
        String[] target = keys;
        Activity[] of = rows.toArray(Activity[]::new);
        background.execute(() -> {
            String[] made = new String[of.length];
            for (int row = 0; row < of.length; row++) {
                made[row] = key(of[row]);
            }
            try {
                owner.execute(() -> takeKeys(target, of, made));
            } catch (IllegalStateException noFxThread) {
                // the toolkit has ended (or never ran, as in the benchmark): keys are made on first need
            }
        });
    }

    /** Takes keys made in the background, for the rows that still hold the activity they were made from. */
    private void takeKeys(String[] target, Activity[] of, String[] made) {
        if (target != keys) {
            return;
        }
        boolean all = true;
        for (int row = 0; row < target.length; row++) {
            if (target[row] == null) {
                if (rows.get(row) == of[row]) {
                    target[row] = made[row];
                } else {
                    all = false;
                }
            }
        }
        allKeys = all;
    }

    /** Whether every row has its key (for tests). */
    boolean hasAllKeys() {
        return allKeys;
    }

    private boolean matches(int row, String folded) {
        String key = keys[row];
        if (key == null) {
            key = key(rows.get(row));
            keys[row] = key;
        }
        return key.contains(folded);
    }

    private List<Activity> shown() {
        if (matches == null) {
            return rows;
        }
        Activity[] shown = new Activity[matches.length];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = rows.get(matches[i]);
        }
        return Arrays.asList(shown);
    }

    /** What the filter searches in an activity, folded, its fields apart. */
    static String key(Activity activity) {
        StringBuilder key = new StringBuilder(256);
        append(key, activity.name());
        append(key, activity.description());
        if (activity.owner() != null) {
            key.append(activity.owner()).append(SEPARATOR);
        }
        key.append(activity.id());
        return fold(key.toString());
    }

    private static void append(StringBuilder key, Text text) {
        if (text == null) {
            return;
        }
        Iterator<String> values = text.values().values().iterator();
        while (values.hasNext()) {
            key.append(values.next()).append(SEPARATOR);
        }
    }

    /**
     * Lower case without a locale's special rules, and letters with diacritics as their base letter
     * ("é" as "e", "å" as "a"); letters that are letters of their own ("ø", "æ") stay.
     */
    static String fold(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            char c = text.charAt(i);
            char f = c < Folds.TABLE.length ? Folds.TABLE[c] : 0;
            if (f == 0) {
                return foldByRule(text);
            }
            folded[i] = f;
        }
        return new String(folded);
    }

    /**
     * The fold of each character up to U+2FFF (Latin, Greek, Cyrillic, punctuation such as the dash
     * of "2020–2024"), worked out once by the rule ({@link #foldByRule}); 0 where a character does
     * not fold to exactly one character, or folds by its neighbours (a combining mark; the Greek
     * capital sigma, whose lower case depends on where in the word it stands). A class of its own,
     * so that the table is made by the first fold (on the thread that makes an inventory's keys, as
     * a rule) and not by the FX thread when it builds the Activities view before the first frame.
     */
    private static final class Folds {
        static final char[] TABLE = new char[0x3000];

        static {
            for (char c = 1; c < TABLE.length; c++) {
                String folded = foldByRule(String.valueOf(c));
                TABLE[c] = folded.length() == 1 && c != '\u03a3' ? folded.charAt(0) : 0;
            }
        }

        private Folds() {}
    }

    /** The fold as the rule says it; {@link #fold} gives the same, faster, for the usual texts. */
    static String foldByRule(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) >= 0x80) {
                return withoutMarks(Normalizer.normalize(lower, Normalizer.Form.NFD));
            }
        }
        return lower;
    }

    private static String withoutMarks(String decomposed) {
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK
                    && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                folded.append(c);
            }
        }
        return folded.toString();
    }
}
