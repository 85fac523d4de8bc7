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
    /**
     * Each phrase cut at its placeholders once: a notice of thousands of activities fills the same
     * few phrases hundreds of thousands of times, and matching them anew each time made garbage.
     */
    private final Map<String, Template> templates = new HashMap<>();
    /** Periods in words: an inventory uses a few periods for thousands of activities. */
    private final Map<String, String> periods = new HashMap<>();

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
        Template template = template(key);
        String[] parts = new String[2 * template.names.length + 1];
        parts[0] = template.literals[0];
        for (int i = 0; i < template.names.length; i++) {
            String value = values.get(template.names[i]);
            if (value == null && !values.containsKey(template.names[i])) {
                throw template.noValue(i);
            }
            parts[2 * i + 1] = value;
            parts[2 * i + 2] = template.literals[i + 1];
        }
        // joined in one go, sized and coded once: a builder copies itself as it grows and again at
        // the end (twice when a part is not Latin-1, as the quotation marks of many phrases are)
        return String.join("", parts);
    }

    String format(String key, String name, String value) {
        return format(key, Map.of(name, value));
    }

    /** The phrase as inline runs, each placeholder replaced by the runs given for it (a link, say). */
    List<Inline> inlines(String key, Map<String, List<Inline>> values) {
        Template template = template(key);
        List<Inline> out = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        plain.add(template.literals[0]);
        for (int i = 0; i < template.names.length; i++) {
            List<Inline> value = values.get(template.names[i]);
            if (value == null) {
                throw template.noValue(i);
            }
            for (Inline inline : value) {
                if (inline instanceof Plain text) {
                    plain.add(text.text());
                } else {
                    flush(plain, out);
                    out.add(inline);
                }
            }
            plain.add(template.literals[i + 1]);
        }
        flush(plain, out);
        return out;
    }

    private Template template(String key) {
        Template template = templates.get(key);
        if (template == null) {
            template = Template.of(key, get(key));
            templates.put(key, template);
        }
        return template;
    }

    /** A phrase as the text around its placeholders ({@code literals}, one more than {@code names}). */
    private record Template(String key, String[] literals, String[] names) {
        static Template of(String key, String pattern) {
            List<String> literals = new ArrayList<>();
            List<String> names = new ArrayList<>();
            Matcher matcher = PLACEHOLDER.matcher(pattern);
            int from = 0;
            while (matcher.find()) {
                literals.add(pattern.substring(from, matcher.start()));
                names.add(matcher.group(1));
                from = matcher.end();
            }
            literals.add(pattern.substring(from));
            return new Template(key, literals.toArray(String[]::new), names.toArray(String[]::new));
        }

        IllegalStateException noValue(int placeholder) {
            return new IllegalStateException("phrase " + key + " has no value for {" + names[placeholder] + "}");
        }
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
        if (iso == null) {
            return null;
        }
        String words = periods.get(iso);
        if (words == null) {
            words = periodWords(iso);
            periods.put(iso, words);
        }
        return words;
    }

    private String periodWords(String iso) {
        Matcher matcher = PERIOD.matcher(iso);
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

    private static void flush(List<String> plain, List<Inline> out) {
        String text = String.join("", plain);
        if (!text.isEmpty()) {
            out.add(new Plain(text));
        }
        plain.clear();
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
