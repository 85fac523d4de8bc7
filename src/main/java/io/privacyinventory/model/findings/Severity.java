package io.privacyinventory.model.findings;

import io.privacyinventory.model.Coded;

/** How bad a finding is: an error makes the record unlawful or unusable as it stands, a warning makes it weaker. */
public enum Severity implements Coded {
    ERROR,
    WARNING;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
