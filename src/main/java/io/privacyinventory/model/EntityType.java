package io.privacyinventory.model;

/**
 * The kinds of thing an edit can change. The singletons (inventory settings, organisation,
 * notice) have no id; the others are items of the list named by {@link #listName()}.
 */
public enum EntityType implements Coded {
    INVENTORY(null),
    ORGANISATION(null),
    NOTICE(null),
    DATA_SUBJECT("dataSubjects"),
    DATA_CATEGORY("dataCategories"),
    PURPOSE("purposes"),
    RECIPIENT("recipients"),
    ACTIVITY("activities");

    private final String listName;

    EntityType(String listName) {
        this.listName = listName;
    }

    /** The inventory format's name of the list this kind of item lives in; null for singletons. */
    public String listName() {
        return listName;
    }

    public boolean isListItem() {
        return listName != null;
    }

    public static EntityType of(Entity entity) {
        if (entity instanceof DataSubject) {
            return DATA_SUBJECT;
        } else if (entity instanceof DataCategory) {
            return DATA_CATEGORY;
        } else if (entity instanceof Purpose) {
            return PURPOSE;
        } else if (entity instanceof Recipient) {
            return RECIPIENT;
        }
        return ACTIVITY;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
