package io.privacyinventory.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.privacyinventory.model.Coded;
import io.privacyinventory.model.Text;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;

/** How model values sit in columns: texts and lists as JSON, enums by their format code, dates ISO. */
final class Columns {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> TEXT = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private Columns() {
    }

    static String text(Text text) {
        return text == null ? null : json(text.values());
    }

    static Text text(ResultSet rows, String column) throws SQLException {
        String value = rows.getString(column);
        if (value == null) {
            return null;
        }
        try {
            return Text.of(JSON.readValue(value, TEXT));
        } catch (JsonProcessingException e) {
            throw new SQLException("column " + column + " does not hold a text: " + value, e);
        }
    }

    static String strings(List<String> values) {
        return json(values);
    }

    static List<String> strings(String json) throws SQLException {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new SQLException("not a list of strings: " + json, e);
        }
    }

    static String code(Coded value) {
        return value == null ? null : value.code();
    }

    static <E extends Enum<E> & Coded> E code(ResultSet rows, String column, Class<E> type) throws SQLException {
        String value = rows.getString(column);
        if (value == null) {
            return null;
        }
        return Coded.parse(type, value).orElseThrow(
                () -> new SQLException("column " + column + " holds an unknown value: " + value));
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate date(ResultSet rows, String column) throws SQLException {
        String value = rows.getString(column);
        return value == null ? null : LocalDate.parse(value);
    }

    static Integer nullableInt(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    /** Binds each value in turn: strings, numbers, booleans (as 0/1) and nulls. */
    static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (value instanceof Boolean bool) {
                statement.setInt(i + 1, bool ? 1 : 0);
            } else if (value instanceof Long number) {
                statement.setLong(i + 1, number);
            } else if (value instanceof Integer number) {
                statement.setInt(i + 1, number);
            } else {
                statement.setString(i + 1, value.toString());
            }
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
