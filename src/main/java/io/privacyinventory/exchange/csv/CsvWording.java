package io.privacyinventory.exchange.csv;

import io.privacyinventory.model.Terms;
import java.util.ResourceBundle;

/** The CSV export's own words (headings, yes/no, time units) in English or Norwegian bokmål. */
final class CsvWording {
    private final ResourceBundle bundle;

    CsvWording(String language) {
        // no fallback to the machine's locale: English asked for on a Norwegian machine stays English
        this.bundle = ResourceBundle.getBundle(
                "io.privacyinventory.exchange.csv.wording",
                Terms.localeOf(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key) {
        return bundle.getString(key);
    }

    /** A phrase with one blank, written {@code {0}} in the bundle. */
    String get(String key, String argument) {
        return get(key).replace("{0}", argument);
    }
}
