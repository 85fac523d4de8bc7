package io.privacyinventory.exchange.csv;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.privacyinventory.model.Inventory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Exporting to bytes and reading the bytes back with a real CSV reader (Jackson's), as tests do. */
final class CsvTestFiles {
    private CsvTestFiles() {}

    static byte[] export(Inventory inventory, CsvLayout layout, CsvOptions options) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            CsvExport.write(inventory, layout, options, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Every row as its list of cells; an empty line is a row with no cells. */
    static List<List<String>> parse(byte[] csv, CsvDelimiter delimiter) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter.character());
        try (MappingIterator<List<String>> rows = mapper.readerFor(new TypeReference<List<String>>() {})
                .with(schema)
                .readValues(csv)) {
            List<List<String>> all = new ArrayList<>();
            while (rows.hasNext()) {
                List<String> row = rows.next();
                all.add(row.size() == 1 && row.get(0).isEmpty() ? List.of() : row);
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<List<String>> exportAndParse(Inventory inventory, CsvLayout layout, CsvOptions options) {
        return parse(export(inventory, layout, options), options.delimiter());
    }

    /** The rows under a heading row, each as a map from heading to cell. */
    static List<Map<String, String>> table(List<String> headings, List<List<String>> rows) {
        List<Map<String, String>> table = new ArrayList<>();
        for (List<String> row : rows) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < headings.size(); i++) {
                cells.put(headings.get(i), i < row.size() ? row.get(i) : "");
            }
            table.add(cells);
        }
        return table;
    }
}
