package io.privacyinventory.exchange.csv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a CSV export holds. */
public enum CsvLayout {
    /** One row per activity of any status, every field with ids: for machines, pivot tables and re-import. */
    ACTIVITIES,
    /** The Art. 30 record as an authority asks for it: organisation lines, then approved activities only. */
    PROTOCOL;

    /** The name used on the command line: {@code activities}, {@code protocol}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CsvLayout> parse(String code) {
        return Arrays.stream(values())
                .filter(value -> value.code().equals(code))
                .findFirst();
    }
}
