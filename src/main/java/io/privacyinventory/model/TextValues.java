package io.privacyinventory.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A text's translations, unmodifiable, in the order given: language and value side by side in one
 * array. A large inventory holds millions of texts of one to three languages each, and kept as a
 * {@link java.util.LinkedHashMap} each cost several times the strings' own references (a table,
 * an entry per language, the unmodifiable view), all of which the garbage collector copies while an
 * inventory is read. Equal to any map of the same translations, as {@link Map} requires.
 */
final class TextValues extends AbstractMap<String, String> {
    /** language, value, language, value, ...; no language twice, nothing null */
    private final String[] pairs;

    private TextValues(String[] pairs) {
        this.pairs = pairs;
    }

    /** The translations of {@code values}, in its order. */
    static TextValues of(Map<String, String> values) {
        String[] pairs = new String[values.size() * 2];
        int at = 0;
        for (Map.Entry<String, String> value : values.entrySet()) {
            pairs[at++] = Objects.requireNonNull(value.getKey(), "language");
            pairs[at++] = Objects.requireNonNull(value.getValue(), "value");
        }
        return new TextValues(pairs);
    }

    /** One translation. */
    static TextValues of(String language, String value) {
        return new TextValues(
                new String[] {Objects.requireNonNull(language, "language"), Objects.requireNonNull(value, "value")});
    }

    @Override
    public int size() {
        return pairs.length / 2;
    }

    @Override
    public boolean isEmpty() {
        return pairs.length == 0;
    }

    @Override
    public String get(Object language) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equals(language)) {
                return pairs[i + 1];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object language) {
        return get(language) != null;
    }

    /** Each translation in order, without making an entry for it as {@link #entrySet()} does. */
    @Override
    public void forEach(BiConsumer<? super String, ? super String> action) {
        for (int i = 0; i < pairs.length; i += 2) {
            action.accept(pairs[i], pairs[i + 1]);
        }
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return pairs.length / 2;
            }

            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < pairs.length;
                    }

                    @Override
                    public Map.Entry<String, String> next() {
                        if (next >= pairs.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, String> entry = Map.entry(pairs[next], pairs[next + 1]);
                        next += 2;
                        return entry;
                    }
                };
            }
        };
    }
}
