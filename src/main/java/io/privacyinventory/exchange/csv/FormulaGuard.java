package io.privacyinventory.exchange.csv;

/**
 * Keeps spreadsheets from running cell text as a formula (OWASP "CSV injection"). Excel and
 * LibreOffice treat a cell that starts with {@code = + - @} as a formula, and some read a leading
 * tab, carriage return or line feed the same way, so a data category named
 * {@code =HYPERLINK(...)} could act when an auditor opens the file. Such a cell gets a leading
 * apostrophe, which makes it plain text. A cell that already starts with an apostrophe gets one
 * more, so that {@link #restore} gives back exactly what was written.
 */
public final class FormulaGuard {
    public static final char MARK = '\'';
    private static final String FORMULA_STARTS = "=+-@\t\r\n";

    private FormulaGuard() {}

    public static String neutralise(String cell) {
        return needsMark(cell, 0) ? MARK + cell : cell;
    }

    /** Undoes {@link #neutralise}: what an import applies to every cell. */
    public static String restore(String cell) {
        return cell.length() > 1 && cell.charAt(0) == MARK && needsMark(cell, 1) ? cell.substring(1) : cell;
    }

    private static boolean needsMark(String cell, int at) {
        if (cell.length() <= at) {
            return false;
        }
        char first = cell.charAt(at);
        return first == MARK || FORMULA_STARTS.indexOf(first) >= 0;
    }
}
