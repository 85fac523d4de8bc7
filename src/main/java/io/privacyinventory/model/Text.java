package io.privacyinventory.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A translatable text: one value per language. Which language is the default is a property of
 * the inventory (its first language), not of the text, so a text only keeps what it was given.
 */
public final class Text {
    private final Map<String, String> values;

    private Text(Map<String, String> values) {
        this.values = values;
    }

    public static Text of(Map<String, String> values) {
        return new Text(TextValues.of(values));
    }

    public static Text of(String language, String value) {
        return new Text(TextValues.of(language, value));
    }

    /** The translations, in the order they were given. */
    public Map<String, String> values() {
        return values;
    }

    public Set<String> languages() {
        return values.keySet();
    }

    public Optional<String> get(String language) {
        return Optional.ofNullable(values.get(language));
    }

    /** The text in {@code language}, else in {@code fallback}, else any translation there is. */
    public String resolve(String language, String fallback) {
        String value = values.get(language);
        if (value == null) {
            value = values.get(fallback);
        }
        if (value == null && !values.isEmpty()) {
            value = values.values().iterator().next();
        }
        return value == null ? "" : value;
    }

    public Text with(String language, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        if (value == null) {
            copy.remove(language);
        } else {
            copy.put(language, value);
        }
        return new Text(TextValues.of(copy));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Equal when the translations are equal; the order they were given in does not matter. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Text text && values.equals(text.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
