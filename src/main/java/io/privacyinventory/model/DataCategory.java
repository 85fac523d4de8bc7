package io.privacyinventory.model;

import java.util.Objects;

/**
 * A category of personal data. {@code special} marks Art. 9 data, {@code criminal} Art. 10 data;
 * either needs an Art. 9(2) condition wherever it is used.
 */
public record DataCategory(String id, Text name, Text description, DataSource source, boolean special, boolean criminal)
        implements Entity {
    public DataCategory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    public boolean needsSpecialCondition() {
        return special || criminal;
    }
}
