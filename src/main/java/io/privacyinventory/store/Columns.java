package io.privacyinventory.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.privacyinventory.model.Coded;
import io.privacyinventory.model.Quoted;
import io.privacyinventory.model.Text;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How model values sit in columns: texts and lists as JSON, enums by their format code, dates ISO. */
final class Columns {
    /**
     * Reading a file needs only Jackson's streaming parser. The object mapper (about 300 classes
     * more, loaded while the window waits for the file at start-up) is made on first write.
     */
    private static final JsonFactory FACTORY = new JsonFactory();

    private Columns() {}

    /**
     * A text as a JSON object of language to string, e.g. {@code {"nb":"Kunder","en":"Customers"}}:
     * exactly what Jackson writes for the map (the same escapes), without setting up a generator for
     * each of the hundreds of thousands of texts an import writes.
     */
    static String text(Text text) {
        if (text == null) {
            return null;
        }
        // room for the usual case (nothing to escape), so that the builder is not copied as it grows;
        // the translations through forEach, which a text's own map does without an entry per translation
        int[] length = {2};
        text.values().forEach((language, value) -> length[0] += language.length() + value.length() + 6);
        StringBuilder out = new StringBuilder(length[0]);
        out.append('{');
        text.values().forEach((language, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            quoted(language, out);
            out.append(':');
            quoted(value, out);
        });
        return out.append('}').toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** A JSON string as Jackson writes it by default: quote and backslash escaped, control characters too. */
    static void quoted(String value, StringBuilder out) {
        out.append('"');
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(value, from, i).append('\\');
            switch (c) {
                case '"', '\\' -> out.append(c);
                case '\b' -> out.append('b');
                case '\t' -> out.append('t');
                case '\n' -> out.append('n');
                case '\f' -> out.append('f');
                case '\r' -> out.append('r');
                default -> out.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
            from = i + 1;
        }
        out.append(value, from, value.length()).append('"');
    }

    static Text text(ResultSet rows, String column) throws SQLException {
        String value = rows.getString(column);
        return value == null ? null : parseText(value, column);
    }

    /**
     * Like {@link #text(ResultSet, String)}, but a value seen before in {@code seen} gives the same
     * {@link Text}: loading a whole inventory, the many texts that repeat (security measures, legal
     * references, retention rules) are parsed once and held in memory once.
     */
    static Text text(ResultSet rows, String column, Map<String, Text> seen) throws SQLException {
        String value = rows.getString(column);
        if (value == null) {
            return null;
        }
        Text text = seen.get(value);
        if (text == null) {
            text = parseText(value, column);
            seen.put(value, text);
        }
        return text;
    }

    private static Text parseText(String value, String column) throws SQLException {
        try (JsonParser parser = FACTORY.createParser(value)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notAText(column, value, null);
            }
            Map<String, String> values = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String language = parser.currentName();
                if (parser.nextToken() != JsonToken.VALUE_STRING) {
                    throw notAText(column, value, null);
                }
                values.put(language, parser.getText());
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw notAText(column, value, null);
            }
            return Text.of(values);
        } catch (IOException e) {
            throw notAText(column, value, e);
        }
    }

    private static StoredValueException notAText(String column, String value, Throwable cause) {
        StoredValueException e =
                new StoredValueException(column, Quoted.of(value) + " is not a text (an object of language to string)");
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    static String strings(List<String> values) {
        return json(values);
    }

    /**
     * A JSON list of strings, read as Jackson's object mapper reads it into a {@code List<String>}:
     * {@code null} for JSON null, null items kept, numbers and booleans as their text.
     */
    static List<String> strings(String json) throws SQLException {
        if (json == null) {
            throw new IllegalArgumentException("no JSON to read a list of strings from");
        }
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.VALUE_NULL) {
                return null;
            }
            if (first != JsonToken.START_ARRAY) {
                throw new SQLException("not a list of strings: " + json);
            }
            List<String> values = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_NULL) {
                    values.add(null);
                } else if (token != null && token.isScalarValue()) {
                    values.add(parser.getText());
                } else {
                    throw new SQLException("not a list of strings: " + json);
                }
            }
            return values;
        } catch (IOException e) {
            throw new SQLException("not a list of strings: " + json, e);
        }
    }

    /** A JSON string's value; null when the JSON is anything else. */
    static String string(String json) {
        try {
            JsonNode node = Mapper.JSON.readTree(json);
            return node != null && node.isTextual() ? node.textValue() : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** A list of enum values as a JSON list of their codes, e.g. {@code ["large-scale","sensitive-data"]}. */
    static String codes(List<? extends Coded> values) {
        // as Jackson writes the list of codes, without setting up a generator for each activity's row
        StringBuilder out = new StringBuilder(2 + values.size() * 24);
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            quoted(values.get(i).code(), out);
        }
        return out.append(']').toString();
    }

    static <E extends Enum<E> & Coded> List<E> codes(ResultSet rows, String column, Class<E> type) throws SQLException {
        String value = rows.getString(column);
        List<E> values = new java.util.ArrayList<>();
        for (String code : strings(value)) {
            values.add(Coded.parse(type, code)
                    .orElseThrow(() -> new StoredValueException(
                            column,
                            "unknown value " + Quoted.of(code) + " (expected one of: "
                                    + String.join(", ", Coded.codes(type)) + ")")));
        }
        return values;
    }

    static String code(Coded value) {
        return value == null ? null : value.code();
    }

    static <E extends Enum<E> & Coded> E code(ResultSet rows, String column, Class<E> type) throws SQLException {
        String value = rows.getString(column);
        if (value == null) {
            return null;
        }
        return Coded.parse(type, value)
                .orElseThrow(() -> new StoredValueException(
                        column,
                        "unknown value " + Quoted.of(value) + " (expected one of: "
                                + String.join(", ", Coded.codes(type)) + ")"));
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate date(ResultSet rows, String column) throws SQLException {
        String value = rows.getString(column);
        if (value == null) {
            return null;
        }
        try {
            return date(value);
        } catch (DateTimeException e) {
            throw new StoredValueException(column, Quoted.of(value) + " is not a date");
        }
    }

    /** An ISO date as the store writes it (YYYY-MM-DD) read without the general parser; anything else through it. */
    static LocalDate date(String value) {
        if (value.length() == 10
                && value.charAt(4) == '-'
                && value.charAt(7) == '-'
                && digits(value, 0, 4)
                && digits(value, 5, 7)
                && digits(value, 8, 10)) {
            return LocalDate.of(number(value, 0, 4), number(value, 5, 7), number(value, 8, 10));
        }
        return LocalDate.parse(value);
    }

    private static boolean digits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String value, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            number = number * 10 + (value.charAt(i) - '0');
        }
        return number;
    }

    static Integer nullableInt(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    /** Binds each value in turn: strings, numbers, booleans (as 0/1), byte arrays (as blobs) and nulls. */
    static void bind(PreparedStatement statement, Object... values) throws SQLException {
        bind(statement, 0, values);
    }

    /**
     * As {@link #bind(PreparedStatement, Object...)}, the first value to the parameter after {@code
     * before} (a statement of several rows binds each row's values after the rows before it).
     */
    static void bind(PreparedStatement statement, int before, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            int parameter = before + i + 1;
            if (value == null) {
                statement.setNull(parameter, Types.NULL);
            } else if (value instanceof Boolean bool) {
                statement.setInt(parameter, bool ? 1 : 0);
            } else if (value instanceof Long number) {
                statement.setLong(parameter, number);
            } else if (value instanceof Integer number) {
                statement.setInt(parameter, number);
            } else if (value instanceof byte[] bytes) {
                statement.setBytes(parameter, bytes);
            } else {
                statement.setString(parameter, value.toString());
            }
        }
    }

    private static String json(Object value) {
        try {
            return Mapper.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Jackson's object mapper, made the first time a value is written or a change-log value read. */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
    }
}
