package io.privacyinventory.model.diff;

import io.privacyinventory.model.Coded;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Terms;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The record diff's words in English or Norwegian bokmål: field labels, kinds of item, yes/no,
 * periods and the few words of its outputs. Names of fixed values come from {@link Terms}.
 */
public final class DiffWords {
    private static final Pattern PERIOD = Pattern.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?");
    private static final String[] PERIOD_UNITS = {"year", "month", "week", "day"};

    private final String language;
    private final ResourceBundle bundle;
    private final Terms terms;

    private DiffWords(String language) {
        this.language = language;
        // no fallback to the machine's locale: English asked for on a Norwegian machine stays English
        this.bundle = ResourceBundle.getBundle("io.privacyinventory.model.fields", Terms.localeOf(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.terms = Terms.forLanguage(language);
    }

    /** Words in "en" or "nb"; any other language gets English. */
    public static DiffWords forLanguage(String language) {
        return new DiffWords(language);
    }

    public String language() {
        return language;
    }

    /** A word or label by its key in {@code fields.properties}. */
    public String get(String key) {
        return bundle.getString(key);
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String kind(EntityType kind) {
        return get("kind." + kind.code());
    }

    String label(Coded value) {
        return terms.label(value);
    }

    String country(String code) {
        return terms.country(code);
    }

    String yesNo(boolean value) {
        return get(value ? "word.yes" : "word.no");
    }

    /** "P6M" as "6 months" ("6 måneder"), "P1Y6M" as "1 year 6 months"; anything else as written. */
    String period(String iso) {
        Matcher matcher = PERIOD.matcher(iso);
        if (!matcher.matches()) {
            return iso;
        }
        List<String> parts = new ArrayList<>();
        for (int unit = 0; unit < PERIOD_UNITS.length; unit++) {
            String amount = matcher.group(unit + 1);
            if (amount != null) {
                long n = Long.parseLong(amount);
                parts.add(n + " " + get("period." + PERIOD_UNITS[unit] + (n == 1 ? "" : "s")));
            }
        }
        return parts.isEmpty() ? iso : String.join(" ", parts);
    }

    /** A language code as the language's name in these words' language ("nb": "Norwegian Bokmål"). */
    String languageName(String code) {
        String name = Terms.localeOf(code).getDisplayName(terms.locale());
        return name.isEmpty() ? code : name;
    }
}
