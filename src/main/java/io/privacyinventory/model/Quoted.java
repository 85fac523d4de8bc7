package io.privacyinventory.model;

/**
 * A value from the input shown inside a message. Input can be anything up to the size limits (a
 * text of a megabyte, a number of thirty digits, a token Jackson gives up on): a message quotes at
 * most {@link #MAX_CHARACTERS} characters of it, so that one bad value gives one readable line.
 */
public final class Quoted {
    public static final int MAX_CHARACTERS = 200;

    private Quoted() {}

    /** {@code "value"}, cut after {@link #MAX_CHARACTERS} characters with "…" and its full length. */
    public static String of(String value) {
        return value == null ? "nothing" : "\"" + cut(value) + "\"";
    }

    /** The value as it is when short, else its start, "…" and how long it is (never inside a character pair). */
    public static String cut(String value) {
        if (value.length() <= MAX_CHARACTERS) {
            return value;
        }
        int end = MAX_CHARACTERS;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "… (" + value.length() + " characters)";
    }
}
