package io.privacyinventory.exchange.csv;

import io.privacyinventory.exchange.InventoryFormatException;
import io.privacyinventory.exchange.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a row has the shape of the heading row, before any of its cells is read. A value in a
 * column without a heading would otherwise be dropped without a word, and a row that stops short
 * would read as if the missing cells were empty, which clears those fields of a matched activity.
 * Both are errors; empty cells past the last heading (spreadsheets write them) are not.
 */
final class RowShape {
    private static final int QUOTED = 40;

    private final String source;
    private final List<String> headings;
    private final int lastHeading;

    RowShape(String source, List<String> headings) {
        this.source = source;
        this.headings = headings;
        int last = -1;
        for (int i = 0; i < headings.size(); i++) {
            if (!headings.get(i).isBlank()) {
                last = i;
            }
        }
        this.lastHeading = last;
    }

    /** The problems of the row numbered {@code row} (the heading row is 1), in column order. */
    List<InventoryFormatException.Error> check(int row, List<String> cells) {
        List<InventoryFormatException.Error> errors = new ArrayList<>();
        if (cells.size() <= lastHeading) {
            String last = CsvHeadings.letters(lastHeading);
            errors.add(new InventoryFormatException.Error(
                    source,
                    new SourceLocation(row, cells.size() + 1),
                    null,
                    "the row ends after column " + CsvHeadings.letters(cells.size() - 1)
                            + ", but the headings go on to "
                            + "column " + last + " (\""
                            + headings.get(lastHeading).strip() + "\"); every row needs a cell "
                            + "for each heading, an empty one for an empty field, so nothing was read as cleared"));
        }
        for (int i = 0; i < cells.size(); i++) {
            boolean headed = i < headings.size() && !headings.get(i).isBlank();
            if (!headed && !cells.get(i).isBlank()) {
                errors.add(new InventoryFormatException.Error(
                        source,
                        new SourceLocation(row, i + 1),
                        null,
                        "column " + CsvHeadings.letters(i) + " has no heading, but this row has a value there (\""
                                + shortened(cells.get(i)) + "\"); give the column a heading or empty the cell"));
            }
        }
        return errors;
    }

    /** A cell or heading as an error message quotes it: stripped, and cut short when long. */
    static String shortened(String cell) {
        return shortened(cell, QUOTED);
    }

    /** As {@link #shortened(String)}, keeping at most {@code most} characters. */
    static String shortened(String cell, int most) {
        String line = cell.strip();
        return line.length() <= most ? line : line.substring(0, most - 1) + "…";
    }
}
