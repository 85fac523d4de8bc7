package io.privacyinventory.exchange.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Several values in one cell, joined with {@code "; "}. So that a value that itself contains a
 * semicolon (a law reference such as "Patient Records Act § 6; Regulation § 2") cannot be taken
 * for two, such a value is put in double quotes, with its own double quotes doubled, as CSV does
 * one level up; so is a value that starts with a double quote. {@link #split} reverses
 * {@link #join} exactly, for every list except a list of one empty value (which joins to "").
 */
public final class ValueList {
    public static final String SEPARATOR = "; ";
    private static final char QUOTE = '"';

    private ValueList() {}

    public static String join(List<String> values) {
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (i > 0) {
                cell.append(SEPARATOR);
            }
            if (value.indexOf(';') >= 0 || (!value.isEmpty() && value.charAt(0) == QUOTE)) {
                cell.append(QUOTE).append(value.replace("\"", "\"\"")).append(QUOTE);
            } else {
                cell.append(value);
            }
        }
        return cell.toString();
    }

    /**
     * Joins values that belong one-to-one to the entries of another list (the n-th legal-basis
     * reference to the n-th purpose): empty values keep their place, and a cell with nothing in
     * it is left empty rather than filled with separators.
     */
    public static String joinAligned(List<String> values) {
        for (String value : values) {
            if (!value.isEmpty()) {
                return join(values);
            }
        }
        return "";
    }

    public static List<String> split(String cell) {
        List<String> values = new ArrayList<>();
        if (cell.isEmpty()) {
            return values;
        }
        int at = 0;
        while (true) {
            if (at < cell.length() && cell.charAt(at) == QUOTE) {
                StringBuilder value = new StringBuilder();
                at++;
                while (true) {
                    if (at >= cell.length()) {
                        throw new IllegalArgumentException("a quoted value is not closed: " + cell);
                    }
                    char c = cell.charAt(at);
                    if (c == QUOTE && at + 1 < cell.length() && cell.charAt(at + 1) == QUOTE) {
                        value.append(QUOTE);
                        at += 2;
                    } else if (c == QUOTE) {
                        at++;
                        break;
                    } else {
                        value.append(c);
                        at++;
                    }
                }
                values.add(value.toString());
            } else {
                int end = cell.indexOf(';', at);
                end = end < 0 ? cell.length() : end;
                values.add(cell.substring(at, end));
                at = end;
            }
            if (at >= cell.length()) {
                return values;
            }
            if (!cell.startsWith(SEPARATOR, at)) {
                throw new IllegalArgumentException("expected \"" + SEPARATOR + "\" at " + at + ": " + cell);
            }
            at += SEPARATOR.length();
        }
    }
}
