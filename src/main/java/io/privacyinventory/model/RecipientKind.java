package io.privacyinventory.model;

/** What kind of party a recipient is. */
public enum RecipientKind implements Coded {
    INTERNAL,
    AFFILIATE,
    PROCESSOR,
    SUB_PROCESSOR,
    THIRD_PARTY,
    AUTHORITY;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
