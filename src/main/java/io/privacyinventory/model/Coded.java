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
        return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
