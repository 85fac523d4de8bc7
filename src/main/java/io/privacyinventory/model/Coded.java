package io.privacyinventory.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** An enum whose constants have the lower-case, hyphenated name used in the inventory format. */
public interface Coded {
    String code();

    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
    }

    /** Turns {@code LEGITIMATE_INTERESTS} into {@code legitimate-interests}. */
    static String codeOf(Enum<?> constant) {
        return Codes.OF_TYPE.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    /** The codes of each enum, made once: exports and the store ask for them for every value they write. */
    final class Codes {
        private static final ClassValue<String[]> OF_TYPE = new ClassValue<>() {
            @Override
            protected String[] computeValue(Class<?> type) {
                return Arrays.stream(type.getEnumConstants())
                        .map(constant -> ((Enum<?>) constant)
                                .name()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace('_', '-'))
                        .toArray(String[]::new);
            }
        };

        private Codes() {}
    }
}
