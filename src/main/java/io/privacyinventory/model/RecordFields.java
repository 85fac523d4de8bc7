package io.privacyinventory.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fields of the model's records by name, read and replaced one at a time. The names are the
 * record components, which are also the field names of the inventory format, so an edit of one
 * field ({@link Edit.SetField}) means the same in memory, in the file and in the change log, and a
 * field added to a record is editable without a table to keep in step.
 */
public final class RecordFields {
    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    private RecordFields() {}

    /** The field names of a record type, in declaration order. */
    public static List<String> names(Class<? extends Record> type) {
        return Arrays.stream(components(type)).map(RecordComponent::getName).toList();
    }

    public static boolean has(Class<? extends Record> type, String field) {
        return find(type, field) != null;
    }

    public static Object get(Record value, String field) {
        RecordComponent component = require(value.getClass(), field);
        try {
            return component.getAccessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    "cannot read " + field + " of " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * The record with one field replaced and every other field kept. Refuses a value of the wrong
     * type (and null for a yes/no field) with an {@link IllegalArgumentException}.
     */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R value, String field, Object newValue) {
        RecordComponent[] all = components(value.getClass());
        RecordComponent target = require(value.getClass(), field);
        check(value.getClass(), target, newValue);
        Object[] arguments = new Object[all.length];
        Class<?>[] types = new Class<?>[all.length];
        try {
            for (int i = 0; i < all.length; i++) {
                types[i] = all[i].getType();
                arguments[i] =
                        all[i] == target ? newValue : all[i].getAccessor().invoke(value);
            }
            Constructor<?> canonical = value.getClass().getDeclaredConstructor(types);
            return (R) canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IllegalArgumentException(
                    value.getClass().getSimpleName() + " field \"" + field + "\": "
                            + (cause == null ? e.getMessage() : cause.getMessage()),
                    cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + value.getClass().getSimpleName(), e);
        }
    }

    private static void check(Class<?> owner, RecordComponent component, Object value) {
        Class<?> type = component.getType();
        String name = owner.getSimpleName() + " field \"" + component.getName() + "\"";
        if (value == null) {
            if (type.isPrimitive()) {
                throw new IllegalArgumentException(name + " must be given");
            }
            return;
        }
        Class<?> expected = type == boolean.class ? Boolean.class : type == int.class ? Integer.class : type;
        if (!expected.isInstance(value)) {
            throw new IllegalArgumentException(name + " must be a " + expected.getSimpleName() + ", not "
                    + value.getClass().getSimpleName());
        }
        if (value instanceof List<?> list && component.getGenericType() instanceof ParameterizedType generic) {
            Type element = generic.getActualTypeArguments()[0];
            if (element instanceof Class<?> elementClass) {
                for (Object item : list) {
                    if (item == null || !elementClass.isInstance(item)) {
                        throw new IllegalArgumentException(name + " must be a list of " + elementClass.getSimpleName());
                    }
                }
            }
        }
    }

    private static RecordComponent require(Class<?> type, String field) {
        RecordComponent component = find(type, field);
        if (component == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no field \"" + field + "\"");
        }
        return component;
    }

    private static RecordComponent find(Class<?> type, String field) {
        for (RecordComponent component : components(type)) {
            if (component.getName().equals(field)) {
                return component;
            }
        }
        return null;
    }

    private static RecordComponent[] components(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getSimpleName() + " is not a record");
        }
        return COMPONENTS.computeIfAbsent(type, Class::getRecordComponents);
    }
}
