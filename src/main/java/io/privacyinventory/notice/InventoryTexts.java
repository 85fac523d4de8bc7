package io.privacyinventory.notice;

import io.privacyinventory.model.ModelPath;
import io.privacyinventory.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads inventory texts in the notice's language. A text without that translation is shown in
 * the inventory's default language (or, failing that, in any language it has), and the fallback
 * is remembered once per place in the inventory so that it can be reported.
 */
final class InventoryTexts {
    private static final String BREAKS = "\r\n\t\u2028\u2029";
    private static final Pattern BREAK_RUNS = Pattern.compile("[" + BREAKS + "]+");

    private final String language;
    private final String defaultLanguage;
    private final Map<String, TextFallback> fallbacks = new LinkedHashMap<>();

    InventoryTexts(String language, String defaultLanguage) {
        this.language = language;
        this.defaultLanguage = defaultLanguage;
    }

    /** A text as the notice shows it; {@code language} is null when it is the notice's own language. */
    record Localized(String text, String language) {}

    /** The text in the notice's language, cleaned up; null when there is no text at all. */
    String get(Text text, ModelPath path) {
        Localized localized = localized(text, path);
        return localized == null ? null : localized.text();
    }

    /** The text in the notice's language, or in the language it fell back to; null when there is none. */
    Localized localized(Text text, ModelPath path) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        // read from the map itself: this runs for every text of every activity, an Optional each was garbage
        String value = clean(text.values().get(language));
        if (value != null && !value.isEmpty()) {
            return new Localized(value, null);
        }
        String used = text.get(defaultLanguage).filter(v -> !clean(v).isEmpty()).isPresent()
                ? defaultLanguage
                : text.values().entrySet().stream()
                        .filter(e -> !clean(e.getValue()).isEmpty())
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse(null);
        if (used == null) {
            return null;
        }
        fallbacks.putIfAbsent(path.toString(), new TextFallback(path.toString(), language, used));
        return new Localized(clean(text.values().get(used)), used.equals(language) ? null : used);
    }

    List<TextFallback> fallbacks() {
        return new ArrayList<>(fallbacks.values());
    }

    /** Line breaks and tabs become spaces, so that no text can break the structure of the notice. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        // most texts hold none of these, and are left to strip() without running the pattern
        return (containsAny(value, BREAKS) ? BREAK_RUNS.matcher(value).replaceAll(" ") : value).strip();
    }

    /** Whether {@code value} holds any of the characters of {@code chars}. */
    static boolean containsAny(String value, String chars) {
        for (int i = 0; i < value.length(); i++) {
            if (chars.indexOf(value.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
