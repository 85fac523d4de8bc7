package io.privacyinventory.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the format's fixed values (legal bases, Art. 9 conditions, safeguards, roles …)
 * in plain language with their article reference, in English or Norwegian bokmål, and country
 * names, and retention periods in words. Shared by the user interface, the exports, the findings and
 * the record diff.
 */
public final class Terms {
    private static final Pattern PERIOD = Pattern.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?");
    private static final String[] PERIOD_UNITS = {"year", "month", "week", "day"};

    private static final Map<Class<?>, String> GROUPS = Map.of(
            Role.class, "role",
            ActivityStatus.class, "status",
            LegalBasis.class, "legalBasis",
            SpecialCategoryCondition.class, "condition",
            Safeguard.class, "safeguard",
            DpiaStatus.class, "dpia",
            RecipientKind.class, "recipientKind",
            DataSource.class, "source",
            DpiaCriterion.class, "dpiaCriterion");

    private final ResourceBundle bundle;
    private final Locale locale;
    /** Labels and country names as they are looked up: exports ask for the same few thousands of times. */
    private final Map<Coded, String> labels = new ConcurrentHashMap<>();

    private final Map<String, String> countries = new ConcurrentHashMap<>();

    private Terms(Locale locale) {
        this.locale = locale;
        // no fallback to the machine's locale: English asked for on a Norwegian machine must stay English
        this.bundle = ResourceBundle.getBundle(
                "io.privacyinventory.model.terms",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Terms in a language of the format ("nb", "en"); anything else falls back to English. */
    public static Terms forLanguage(String language) {
        return new Terms(localeOf(language));
    }

    public static Terms forLocale(Locale locale) {
        return new Terms(locale);
    }

    /** The locale for an inventory language code; Norwegian bokmål keeps its own code. */
    public static Locale localeOf(String language) {
        return Locale.forLanguageTag(language);
    }

    public Locale locale() {
        return locale;
    }

    /** For example "Legitimate interests (Art. 6(1)(f))"; empty for null. */
    public String label(Coded value) {
        if (value == null) {
            return "";
        }
        return labels.computeIfAbsent(value, this::lookUp);
    }

    private String lookUp(Coded value) {
        String group = GROUPS.get(value.getClass());
        if (group == null) {
            throw new IllegalArgumentException(
                    "no terms for " + value.getClass().getSimpleName());
        }
        return bundle.getString(group + "." + value.code());
    }

    /** The country's name in this language (DE: "Tyskland" in nb, "Germany" in en); the code if unknown. */
    public String country(String code) {
        if (code == null) {
            return "";
        }
        return countries.computeIfAbsent(code, key -> {
            String name = new Locale("", key).getDisplayCountry(locale);
            return name.isEmpty() || name.equals(key) ? key : name;
        });
    }

    /** "P10Y" as "10 years" ("10 år"), "P1Y6M" as "1 year 6 months"; anything else as written. */
    public String period(String iso) {
        Matcher matcher = PERIOD.matcher(iso);
        if (!matcher.matches()) {
            return iso;
        }
        List<String> parts = new ArrayList<>();
        for (int unit = 0; unit < PERIOD_UNITS.length; unit++) {
            String amount = matcher.group(unit + 1);
            if (amount != null) {
                long n = Long.parseLong(amount);
                parts.add(n + " " + bundle.getString("period." + PERIOD_UNITS[unit] + (n == 1 ? "" : "s")));
            }
        }
        return parts.isEmpty() ? iso : String.join(" ", parts);
    }
}
