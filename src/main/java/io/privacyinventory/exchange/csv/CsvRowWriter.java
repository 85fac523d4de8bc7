package io.privacyinventory.exchange.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The only way cells reach a CSV file: rows go through Jackson's CSV generator (RFC 4180 quoting,
 * CRLF line ends), and every cell, headings included, through {@link FormulaGuard} first.
 */
final class CsvRowWriter implements AutoCloseable {
    static final String LINE_END = "\r\n";

    private final JsonGenerator rows;

    CsvRowWriter(Writer writer, CsvDelimiter delimiter) throws IOException {
        CsvMapper mapper = CsvMapper.builder()
                // quote only what has to be: the delimiter, quotes, line breaks
                .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .build();
        CsvSchema schema = CsvSchema.emptySchema()
                .withColumnSeparator(delimiter.character())
                .withQuoteChar('"')
                .withoutEscapeChar()
                .withLineSeparator(LINE_END)
                .withoutHeader();
        // the generator itself, set up as the mapper's writer would be; a row is an array of strings
        this.rows = mapper.writer(schema).createGenerator(writer);
    }

    void row(List<String> cells) throws IOException {
        rows.writeStartArray();
        for (String cell : cells) {
            rows.writeString(FormulaGuard.neutralise(cell));
        }
        rows.writeEndArray();
    }

    /** An empty line: what separates the blocks of the protocol layout. */
    void blankLine() throws IOException {
        // a row of one empty cell is an empty line; a row of no cells would write nothing at all
        row(List.of(""));
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
