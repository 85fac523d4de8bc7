package io.privacyinventory.model.diff;

import io.privacyinventory.model.Coded;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Terms;
import java.util.ResourceBundle;

/**
 * The record diff's words in English or Norwegian bokmål: field labels, kinds of item, yes/no
 * and the few words of its outputs. Names of fixed values and periods in words come from {@link Terms}.
 */
public final class DiffWords {
    private final String language;
    private final ResourceBundle bundle;
    private final Terms terms;

    private DiffWords(String language) {
        this.language = language;
        // no fallback to the machine's locale: English asked for on a Norwegian machine stays English
        this.bundle = ResourceBundle.getBundle(
                "io.privacyinventory.model.fields",
                Terms.localeOf(language),
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

    /** "P6M" as "6 months" ("6 måneder"); anything else as written. */
    String period(String iso) {
        return terms.period(iso);
    }

    /** A language code as the language's name in these words' language ("nb": "Norwegian Bokmål"). */
    String languageName(String code) {
        String name = Terms.localeOf(code).getDisplayName(terms.locale());
        return name.isEmpty() ? code : name;
    }
}
