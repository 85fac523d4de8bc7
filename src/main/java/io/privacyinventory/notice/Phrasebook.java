package io.privacyinventory.notice;

import io.privacyinventory.notice.NoticeDocument.Inline;
import io.privacyinventory.notice.NoticeDocument.Plain;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notice's own wording in one language: headings, fixed sentences, month names and period
 * units, from {@code io/privacyinventory/notice/phrases*.properties}. A phrase may hold
 * placeholders such as {@code {organisation}} that the composer fills in.
 */
final class Phrasebook {
    static final String BUNDLE = "io.privacyinventory.notice.phrases";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final Pattern PERIOD = Pattern.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?");
    private static final String[] PERIOD_UNITS = {"year", "month", "week", "day"};

    private final ResourceBundle bundle;

    private Phrasebook(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static Phrasebook of(NoticeLanguage language) {
        // without the no-fallback control an English request on a Norwegian machine would get Norwegian
        return new Phrasebook(ResourceBundle.getBundle(
                BUNDLE,
                Locale.forLanguageTag(language.code()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    String get(String key) {
        return bundle.getString(key);
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    Set<String> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(bundle.keySet()));
    }

    /** The phrase with its placeholders replaced by the given values. */
    String format(String key, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines(key, plainValues(values))) {
            out.append(((Plain) inline).text());
        }
        return out.toString();
    }

    String format(String key, String name, String value) {
        return format(key, Map.of(name, value));
    }

    /** The phrase as inline runs, each placeholder replaced by the runs given for it (a link, say). */
    List<Inline> inlines(String key, Map<String, List<Inline>> values) {
        String pattern = get(key);
        List<Inline> out = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        int from = 0;
        StringBuilder plain = new StringBuilder();
        while (matcher.find()) {
            List<Inline> value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("phrase " + key + " has no value for {" + matcher.group(1) + "}");
            }
            plain.append(pattern, from, matcher.start());
            for (Inline inline : value) {
                if (inline instanceof Plain text) {
                    plain.append(text.text());
                } else {
                    flush(plain, out);
                    out.add(inline);
                }
            }
            from = matcher.end();
        }
        plain.append(pattern.substring(from));
        flush(plain, out);
        return out;
    }

    /** A date in long form: "1 July 2019", "1. juli 2019". */
    String date(LocalDate date) {
        return format(
                "date",
                Map.of(
                        "day",
                        Integer.toString(date.getDayOfMonth()),
                        "month",
                        get("month." + date.getMonthValue()),
                        "year",
                        Integer.toString(date.getYear())));
    }

    /** An ISO-8601 period in words: "P2Y" as "2 years", "P1Y6M" as "1 year and 6 months"; else as given. */
    String period(String iso) {
        Matcher matcher = PERIOD.matcher(iso == null ? "" : iso);
        if (!matcher.matches() || iso.length() < 3) {
            return iso;
        }
        List<String> parts = new ArrayList<>();
        for (int unit = 0; unit < PERIOD_UNITS.length; unit++) {
            String amount = matcher.group(unit + 1);
            if (amount == null) {
                continue;
            }
            long n = Long.parseLong(amount);
            if (n == 0) {
                continue;
            }
            parts.add(format("period." + PERIOD_UNITS[unit] + (n == 1 ? ".one" : ".many"), "n", Long.toString(n)));
        }
        if (parts.isEmpty()) {
            parts.add(format("period.day.many", "n", "0"));
        }
        return join(parts);
    }

    /** Names joined as in a sentence: "A", "A and B", "A, B and C". */
    String join(List<String> items) {
        return join(items, "join.and");
    }

    /** Alternatives joined as in a sentence: "A or B". */
    String joinOr(List<String> items) {
        return join(items, "join.or");
    }

    private String join(List<String> items, String conjunction) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + get(conjunction) + " "
                + items.get(items.size() - 1);
    }

    private static Map<String, List<Inline>> plainValues(Map<String, String> values) {
        Map<String, List<Inline>> inlines = new HashMap<>();
        values.forEach((name, value) -> inlines.put(name, List.of(new Plain(value))));
        return inlines;
    }

    private static void flush(StringBuilder plain, List<Inline> out) {
        if (plain.length() > 0) {
            out.add(new Plain(plain.toString()));
            plain.setLength(0);
        }
    }

    /** The placeholder names a phrase uses, for checking that translations agree. */
    Set<String> placeholders(String key) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(get(key));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
