package io.privacyinventory.model;

import java.util.Objects;

/**
 * A category of personal data. {@code special} marks Art. 9 data, which needs an Art. 9(2)
 * condition wherever it is used; {@code criminal} marks Art. 10 data, which needs a legal
 * authority in national law instead.
 */
public record DataCategory(String id, Text name, Text description, DataSource source, boolean special, boolean criminal)
        implements Entity {
    public DataCategory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** Art. 9 data: an Art. 9(2) condition is needed. */
    public boolean needsSpecialCondition() {
        return special;
    }

    /** Art. 10 data: a legal authority for criminal-offence data is needed. */
    public boolean needsCriminalAuthority() {
        return criminal;
    }
}
