package io.privacyinventory.exchange.csv;

import java.util.List;
import java.util.Objects;

/**
 * How a CSV export is written: the language of headings, fixed names and inventory texts; the
 * delimiter; and whether the file starts with a UTF-8 byte-order mark (which Excel needs to read
 * UTF-8 rather than the Windows code page).
 */
public record CsvOptions(String language, CsvDelimiter delimiter, boolean byteOrderMark) {
    /** The languages headings and fixed names exist in. */
    public static final List<String> LANGUAGES = List.of("en", "nb");

    public CsvOptions {
        Objects.requireNonNull(delimiter, "delimiter");
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException(
                    "CSV headings exist in " + String.join(", ", LANGUAGES) + ", not in \"" + language + "\"");
        }
    }

    /** Comma, no byte-order mark: what most programs expect. */
    public static CsvOptions plain(String language) {
        return new CsvOptions(language, CsvDelimiter.COMMA, false);
    }

    /** Semicolon and a byte-order mark: what Excel set to Norwegian opens correctly with a double-click. */
    public static CsvOptions excelNorway(String language) {
        return new CsvOptions(language, CsvDelimiter.SEMICOLON, true);
    }
}
