package io.privacyinventory.exchange.csv;

import io.privacyinventory.model.diff.DiffWords;
import io.privacyinventory.model.diff.FieldDiff;
import io.privacyinventory.model.diff.ItemDiff;
import io.privacyinventory.model.diff.RecordDiff;
import io.privacyinventory.model.diff.RecordDiffText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A record diff for auditors: one row per difference, with the columns item kind, item id, item
 * name, field, before, after (headings in the diff's language). An item added or removed as a
 * whole is one row whose field says so. Written like every CSV of the app: RFC 4180, CRLF, and
 * no cell that a spreadsheet would run as a formula.
 */
public final class RecordDiffCsv {
    private RecordDiffCsv() {}

    public static void write(RecordDiff diff, OutputStream stream) throws IOException {
        DiffWords words = DiffWords.forLanguage(diff.language());
        Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        try (CsvRowWriter rows = new CsvRowWriter(writer, CsvDelimiter.COMMA)) {
            rows.row(List.of(
                    words.get("heading.kind"),
                    words.get("heading.id"),
                    words.get("heading.name"),
                    words.get("heading.field"),
                    words.get("heading.before"),
                    words.get("heading.after")));
            for (ItemDiff item : diff.items()) {
                String id = item.id() == null ? "" : item.id();
                if (item.change() != ItemDiff.Change.CHANGED) {
                    rows.row(List.of(
                            item.kindLabel(),
                            id,
                            item.name(),
                            "(" + words.get("change." + item.change().code()) + ")",
                            "",
                            ""));
                    continue;
                }
                for (FieldDiff field : item.fields()) {
                    rows.row(List.of(
                            item.kindLabel(),
                            id,
                            item.name(),
                            RecordDiffText.label(field),
                            orEmpty(field.before()),
                            orEmpty(field.after())));
                }
            }
        }
        writer.flush();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
