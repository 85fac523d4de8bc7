package io.privacyinventory.exchange.csv;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The headings of the activities layout in both languages, and their keys, as the import recognises them. */
final class CsvHeadings {
    private static final Map<String, Map<String, String>> BY_LANGUAGE = new HashMap<>();
    private static final Map<String, String> KEYS = new HashMap<>();

    static {
        for (String language : CsvOptions.LANGUAGES) {
            Map<String, String> headings = new HashMap<>();
            for (String key : CsvExport.activityColumnKeys()) {
                headings.put(normalise(CsvExport.heading("activities.", key, language)), key);
            }
            BY_LANGUAGE.put(language, Map.copyOf(headings));
        }
        for (String key : CsvExport.activityColumnKeys()) {
            KEYS.put(key, key);
        }
    }

    private CsvHeadings() {}

    /** Normalised heading → key in one language. */
    static Map<String, String> of(String language) {
        return BY_LANGUAGE.get(language);
    }

    /** The key of a heading in either language, or a key written as the heading; null if unknown. */
    static String keyOf(String heading) {
        String normal = normalise(FormulaGuard.restore(heading));
        for (Map<String, String> headings : BY_LANGUAGE.values()) {
            String key = headings.get(normal);
            if (key != null) {
                return key;
            }
        }
        return KEYS.get(normal);
    }

    /** Case, surrounding and repeated spaces do not matter when names are compared. */
    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Spreadsheet column letters: 0 is A, 26 is AA. */
    static String letters(int index) {
        StringBuilder out = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            out.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return out.toString();
    }
}
