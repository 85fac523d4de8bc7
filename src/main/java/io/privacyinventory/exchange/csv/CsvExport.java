package io.privacyinventory.exchange.csv;

import io.privacyinventory.model.Inventory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes an inventory as CSV for auditors and spreadsheets: UTF-8, RFC 4180 quoting, CRLF line
 * ends, optionally a byte-order mark. The same inventory and options always give the same bytes.
 */
public final class CsvExport {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvExport() {}

    /** Writes to {@code out} and flushes it; does not close it. */
    public static void write(Inventory inventory, CsvLayout layout, CsvOptions options, OutputStream out)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (options.byteOrderMark()) {
            writer.write(BYTE_ORDER_MARK);
        }
        CsvValues values = new CsvValues(inventory, options.language());
        try (CsvRowWriter rows = new CsvRowWriter(writer, options.delimiter())) {
            switch (layout) {
                case ACTIVITIES -> CsvActivitiesWriter.write(values, rows);
                case PROTOCOL -> CsvProtocolWriter.write(values, rows);
            }
        }
        writer.flush();
    }

    /** The stable keys of the {@code activities} layout's columns, in order. */
    public static List<String> activityColumnKeys() {
        return keys(CsvActivitiesWriter.columns(noValues()));
    }

    /** The stable keys of the {@code protocol} layout's table for activities the organisation controls. */
    public static List<String> protocolControllerColumnKeys() {
        return keys(CsvProtocolWriter.controllerColumns(noValues()));
    }

    /** The stable keys of the {@code protocol} layout's table for activities carried out as a processor. */
    public static List<String> protocolProcessorColumnKeys() {
        return keys(CsvProtocolWriter.processorColumns(noValues()));
    }

    /** A column's heading in a language ("en", "nb"): {@code heading("activities.", "purpose-ids", "nb")}. */
    public static String heading(String layoutPrefix, String key, String language) {
        return new CsvWording(language).get(layoutPrefix + key);
    }

    private static CsvValues noValues() {
        return new CsvValues(Inventory.empty("en", ""), "en");
    }

    private static List<String> keys(List<? extends Column<?>> columns) {
        return columns.stream().map(Column::key).toList();
    }
}
