package io.privacyinventory.model;

/** An item of one of the inventory's lists, named by an id unique in its list. */
public sealed interface Entity permits DataSubject, DataCategory, Purpose, Recipient, Activity {
    String id();

    Text name();
}
