package io.privacyinventory.model.diff;

import io.privacyinventory.model.Coded;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How one kind of record is compared: one entry per record component, each with its way of
 * putting values in words. Labels are looked up as {@code <table>.<component>} in
 * {@code fields.properties}, else as {@code field.<component>} (labels shared by several kinds of
 * record, such as name and description). A test holds every record component to an entry here.
 */
final class FieldTable<T> {
    private final Class<T> type;
    private final String key;
    private final List<Field<T>> fields;

    private FieldTable(Class<T> type, String key, List<Field<T>> fields) {
        this.type = type;
        this.key = key;
        this.fields = List.copyOf(fields);
    }

    static <T> Builder<T> of(Class<T> type, String key) {
        return new Builder<>(type, key);
    }

    Class<T> type() {
        return type;
    }

    List<Field<T>> fields() {
        return fields;
    }

    /** The label of a component in {@code words}' language. */
    String label(String component, DiffWords words) {
        String specific = key + "." + component;
        return words.has(specific) ? words.get(specific) : words.get("field." + component);
    }

    void compare(T before, T after, Comparison comparison) {
        for (Field<T> field : fields) {
            if (field instanceof Field.NotCompared) {
                continue;
            }
            field.compare(before, after, label(field.component(), comparison.words()), comparison);
        }
    }

    /** Entries in the order of the record's components, so that differences come in the order of the form. */
    static final class Builder<T> {
        private final Class<T> type;
        private final String key;
        private final List<Field<T>> fields = new ArrayList<>();

        private Builder(Class<T> type, String key) {
            this.type = type;
            this.key = key;
        }

        FieldTable<T> build() {
            return new FieldTable<>(type, key, fields);
        }

        Builder<T> notCompared(String component, String why) {
            fields.add(new Field.NotCompared<>(component, why));
            return this;
        }

        Builder<T> text(String component, Function<T, Text> get) {
            fields.add(new Field.Translated<>(component, get));
            return this;
        }

        Builder<T> string(String component, Function<T, String> get) {
            return value(component, get, (value, side) -> value);
        }

        Builder<T> date(String component, Function<T, LocalDate> get) {
            return value(component, get, (value, side) -> value.toString());
        }

        Builder<T> yesNo(String component, Function<T, Boolean> get) {
            return value(component, get, (value, side) -> side.words().yesNo(value));
        }

        Builder<T> term(String component, Function<T, ? extends Coded> get) {
            return value(component, get, (value, side) -> side.words().label(value));
        }

        Builder<T> country(String component, Function<T, String> get) {
            return value(component, get, (value, side) -> side.words().country(value));
        }

        Builder<T> period(String component, Function<T, String> get) {
            return value(component, get, (value, side) -> side.words().period(value));
        }

        /** A reference to a catalogue item, shown by its name. */
        Builder<T> reference(String component, EntityType kind, Function<T, String> get) {
            return value(component, get, (id, side) -> side.name(kind, id));
        }

        /** References to catalogue items, shown by their names; the order does not matter. */
        Builder<T> references(String component, EntityType kind, Function<T, List<String>> get) {
            fields.add(new Field.Value<T, List<String>>(
                    component,
                    get,
                    (ids, side) -> side.names(kind, ids),
                    (was, is) -> new HashSet<>(was).equals(new HashSet<>(is))));
            return this;
        }

        <V> Builder<T> value(String component, Function<T, V> get, Field.Render<V> render) {
            fields.add(new Field.Value<>(component, get, render, Objects::equals));
            return this;
        }

        <N> Builder<T> part(String component, Function<T, N> get, FieldTable<N> table) {
            fields.add(new Field.Part<>(component, get, table));
            return this;
        }

        @SafeVarargs
        final <E> Builder<T> entries(
                String component,
                Function<T, List<E>> get,
                Field.Render<E> summary,
                FieldTable<E> table,
                Function<E, Object>... keys) {
            fields.add(new Field.Entries<>(component, get, List.of(keys), summary, table));
            return this;
        }
    }
}
