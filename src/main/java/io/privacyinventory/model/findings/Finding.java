package io.privacyinventory.model.findings;

import java.util.Objects;

/**
 * Something in an inventory that is missing or wrong, though the inventory is well formed.
 *
 * <p>{@code path} names the field the finding is about, so that an editor can jump to it. Its
 * segments are separated by {@code /}: items of the inventory's top-level lists by their id, items
 * of an activity's lists by their position from 0, and fields by their name in the inventory
 * format, e.g. {@code activities/recruitment/purposes/1/legalBasis}, {@code recipients/statly/optOutUrl},
 * {@code organisation/email}. {@code message} is written for the person keeping the record, in the
 * language asked for.
 */
public record Finding(Severity severity, String code, String path, String message) {
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    static Finding of(FindingCode code, String path, String message) {
        return new Finding(code.severity(), code.code(), path, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
