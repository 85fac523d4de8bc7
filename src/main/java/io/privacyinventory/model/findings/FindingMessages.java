package io.privacyinventory.model.findings;

import io.privacyinventory.model.Terms;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The wording of findings in English or Norwegian bokmål ({@code findings*.properties} beside
 * this class). The bundle is looked up without falling back to the JVM's default locale, so an
 * English check on a Norwegian workstation stays English. One instance serves one check, on one thread.
 */
final class FindingMessages {
    private static final String BUNDLE = "io.privacyinventory.model.findings.findings";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Terms terms;
    /** Parsed once per check: a large inventory formats the same few messages tens of thousands of times. */
    private final Map<String, MessageFormat> formats = new HashMap<>();

    private final String defaultLanguage;

    FindingMessages(Locale locale, String defaultLanguage) {
        this.locale = locale;
        this.defaultLanguage = defaultLanguage;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.terms = Terms.forLocale(locale);
    }

    /** The language texts of the inventory are shown in, when they have it. */
    String language() {
        return locale.getLanguage();
    }

    String format(String key, Object... arguments) {
        return formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale))
                .format(arguments);
    }

    /** A name from the inventory in this language's quotation marks. */
    String quoted(String name) {
        return format("quoted", name);
    }

    /** A text from the inventory in this language, else in the default language {@code fallback}. */
    String inLanguage(io.privacyinventory.model.Text text) {
        return text.resolve(locale.getLanguage(), defaultLanguage);
    }

    String quotedList(List<String> names) {
        return names.stream().map(this::quoted).collect(Collectors.joining(", "));
    }

    String country(String code) {
        return terms.country(code);
    }

    /** A language of the inventory by name, with its code: "English (en)", "engelsk (en)". */
    String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
    }

    /**
     * The limit of a country's adequacy decision in this language. The data file says it in
     * English; a translation in the bundle ({@code adequacyCondition.US}) is used when there is one.
     */
    String adequacyCondition(String country, String condition) {
        String key = "adequacyCondition." + country;
        return bundle.containsKey(key) ? bundle.getString(key) : condition;
    }
}
