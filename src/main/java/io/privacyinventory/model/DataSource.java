package io.privacyinventory.model;

/** Where the data of a category comes from (Art. 13 or Art. 14 notice). */
public enum DataSource implements Coded {
    DATA_SUBJECT,
    AUTOMATIC,
    THIRD_PARTY,
    PUBLIC;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
