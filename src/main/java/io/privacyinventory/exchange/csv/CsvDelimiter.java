package io.privacyinventory.exchange.csv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The character between the cells of a row. Excel set to Norwegian expects a semicolon. */
public enum CsvDelimiter {
    COMMA(','),
    SEMICOLON(';'),
    TAB('\t');

    private final char character;

    CsvDelimiter(char character) {
        this.character = character;
    }

    public char character() {
        return character;
    }

    /** The name used on the command line: {@code comma}, {@code semicolon}, {@code tab}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CsvDelimiter> parse(String code) {
        return Arrays.stream(values())
                .filter(value -> value.code().equals(code))
                .findFirst();
    }
}
