package io.privacyinventory.model;

import java.util.Objects;

/** The data protection impact assessment of an activity, with a reference to the document. */
public record Dpia(DpiaStatus status, String reference) {
    public Dpia {
        Objects.requireNonNull(status, "status");
    }
}
