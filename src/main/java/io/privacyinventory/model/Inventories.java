package io.privacyinventory.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Edits applied to an inventory in memory: the same change the store makes to the file, so that
 * an editor shows the result of a committed edit without reading the whole file again. These are
 * pure functions; whether an edit is allowed (valid values, no references left dangling) is the
 * store's to decide before it is applied here.
 */
public final class Inventories {
    private Inventories() {}

    /** The inventory after the edits, in order. */
    public static Inventory apply(Inventory inventory, List<? extends Edit> edits) {
        Inventory result = inventory;
        for (Edit edit : edits) {
            result = apply(result, edit);
        }
        return result;
    }

    /** The inventory after one edit. */
    public static Inventory apply(Inventory inventory, Edit edit) {
        if (edit instanceof Edit.Add add) {
            return added(inventory, add.entity(), add.position());
        } else if (edit instanceof Edit.Update update) {
            return updated(inventory, update.type(), update.id(), update.value());
        } else if (edit instanceof Edit.SetField set) {
            return updated(inventory, set.type(), set.id(), withField(inventory, set));
        } else if (edit instanceof Edit.Remove remove) {
            return removed(inventory, remove.type(), remove.id());
        } else if (edit instanceof Edit.Move move) {
            return moved(inventory, move.type(), move.id(), move.position());
        } else if (edit instanceof Edit.Publish publish) {
            return published(inventory, publish.notice());
        } else if (edit instanceof Edit.Unchanged) {
            return inventory;
        }
        return ((Edit.ReplaceAll) edit).inventory();
    }

    /** The item (or singleton) an edit of {@code type} and {@code id} is about; null if there is none. */
    public static Object current(Inventory inventory, EntityType type, String id) {
        return switch (type) {
            case INVENTORY -> inventory.languages();
            case ORGANISATION -> inventory.organisation();
            case NOTICE -> inventory.notice();
            default -> {
                int index = indexOf(inventory, type, id);
                yield index < 0 ? null : items(inventory, type).get(index);
            }
        };
    }

    /**
     * The value of one field of an item (or singleton) in {@code inventory}, as an {@link
     * Edit.SetField} sets it; throws IllegalArgumentException when there is no such item.
     */
    public static Object fieldValue(Inventory inventory, EntityType type, String id, String field) {
        Object current = current(inventory, type, id);
        if (type == EntityType.INVENTORY) {
            return current;
        }
        if (!(current instanceof Record record)) {
            throw new IllegalArgumentException("no " + type.code() + " \"" + id + "\"");
        }
        return RecordFields.get(record, field);
    }

    /** Whether {@code edit}, a precondition, holds in {@code inventory}: the field still has the value. */
    public static boolean holds(Inventory inventory, Edit.Unchanged edit) {
        try {
            return java.util.Objects.equals(fieldValue(inventory, edit.type(), edit.id(), edit.field()), edit.value());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Object withField(Inventory inventory, Edit.SetField set) {
        if (set.type() == EntityType.INVENTORY) {
            if (!"languages".equals(set.field())) {
                throw new IllegalArgumentException("the inventory has no field \"" + set.field() + "\"");
            }
            return set.value();
        }
        Object current = current(inventory, set.type(), set.id());
        if (!(current instanceof Record record)) {
            throw new IllegalArgumentException("no " + set.type().code() + " \"" + set.id() + "\"");
        }
        return RecordFields.with(record, set.field(), set.value());
    }

    @SuppressWarnings("unchecked")
    private static Inventory updated(Inventory inventory, EntityType type, String id, Object value) {
        return switch (type) {
            case INVENTORY -> withLanguages(inventory, (List<String>) value);
            case ORGANISATION -> withOrganisation(inventory, (Organisation) value);
            case NOTICE -> withNotice(inventory, (NoticeSettings) value);
            default -> replaced(inventory, id, (Entity) value);
        };
    }

    /**
     * The edits that turn {@code before} into {@code after}: one {@link Edit.SetField} per field
     * that differs, the id last (the others name the item by the id it has until then).
     */
    public static List<Edit> fieldEdits(EntityType type, String id, Record before, Record after) {
        List<Edit> edits = new ArrayList<>();
        Edit idEdit = null;
        for (String field : RecordFields.names(before.getClass())) {
            Object value = RecordFields.get(after, field);
            if (!java.util.Objects.equals(RecordFields.get(before, field), value)) {
                Edit edit = new Edit.SetField(type, id, field, value);
                if (field.equals("id")) {
                    idEdit = edit;
                } else {
                    edits.add(edit);
                }
            }
        }
        if (idEdit != null) {
            edits.add(idEdit);
        }
        return edits;
    }

    /** The items of one list; empty for the singletons. */
    public static List<? extends Entity> items(Inventory inventory, EntityType type) {
        return switch (type) {
            case DATA_SUBJECT -> inventory.dataSubjects();
            case DATA_CATEGORY -> inventory.dataCategories();
            case PURPOSE -> inventory.purposes();
            case RECIPIENT -> inventory.recipients();
            case ACTIVITY -> inventory.activities();
            default -> List.of();
        };
    }

    public static int indexOf(Inventory inventory, EntityType type, String id) {
        List<? extends Entity> items = items(inventory, type);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The inventory with the item now called {@code id} replaced. Its id may change: activities
     * that referred to it then refer to the new id, as they do in the file.
     */
    public static Inventory replaced(Inventory inventory, String id, Entity replacement) {
        EntityType type = EntityType.of(replacement);
        List<Entity> items = new ArrayList<>(items(inventory, type));
        int index = indexOf(inventory, type, id);
        if (index < 0) {
            throw new IllegalArgumentException("no " + type.code() + " \"" + id + "\"");
        }
        items.set(index, replacement);
        Inventory result = withList(inventory, type, items);
        if (type == EntityType.ACTIVITY || replacement.id().equals(id)) {
            return result;
        }
        List<Entity> activities = new ArrayList<>(result.activities().size());
        for (Activity activity : result.activities()) {
            activities.add(
                    References.refersTo(activity, type, id)
                            ? References.renamed(activity, type, id, replacement.id())
                            : activity);
        }
        result = withList(result, EntityType.ACTIVITY, activities);
        if (type == EntityType.DATA_SUBJECT) {
            result = withNotice(result, References.renamed(result.notice(), id, replacement.id()));
        }
        return result;
    }

    /** The inventory with the item added at {@code position} (-1 or past the end: at the end). */
    public static Inventory added(Inventory inventory, Entity item, int position) {
        EntityType type = EntityType.of(item);
        List<Entity> items = new ArrayList<>(items(inventory, type));
        items.add(position < 0 || position > items.size() ? items.size() : position, item);
        return withList(inventory, type, items);
    }

    public static Inventory removed(Inventory inventory, EntityType type, String id) {
        List<Entity> items = new ArrayList<>(items(inventory, type));
        items.removeIf(item -> item.id().equals(id));
        return withList(inventory, type, items);
    }

    public static Inventory moved(Inventory inventory, EntityType type, String id, int position) {
        List<Entity> items = new ArrayList<>(items(inventory, type));
        int from = indexOf(inventory, type, id);
        if (from < 0) {
            return inventory;
        }
        Entity item = items.remove(from);
        items.add(Math.max(0, Math.min(position, items.size())), item);
        return withList(inventory, type, items);
    }

    /** The inventory with one more published version of its notice, after the others. */
    public static Inventory published(Inventory inventory, PublishedNotice notice) {
        List<PublishedNotice> published = new ArrayList<>(inventory.publishedNotices());
        published.add(notice);
        return new Inventory(
                inventory.languages(),
                inventory.organisation(),
                inventory.notice(),
                inventory.dataSubjects(),
                inventory.dataCategories(),
                inventory.purposes(),
                inventory.recipients(),
                inventory.activities(),
                published);
    }

    /** The number the next published version of the notice for {@code audience} in {@code language} gets. */
    public static int nextVersion(List<PublishedNotice> published, String audience, String language) {
        return published.stream()
                        .filter(notice -> notice.isFor(audience, language))
                        .mapToInt(PublishedNotice::version)
                        .max()
                        .orElse(0)
                + 1;
    }

    public static Inventory withOrganisation(Inventory inventory, Organisation organisation) {
        return new Inventory(
                inventory.languages(),
                organisation,
                inventory.notice(),
                inventory.dataSubjects(),
                inventory.dataCategories(),
                inventory.purposes(),
                inventory.recipients(),
                inventory.activities(),
                inventory.publishedNotices());
    }

    public static Inventory withNotice(Inventory inventory, NoticeSettings notice) {
        return new Inventory(
                inventory.languages(),
                inventory.organisation(),
                notice,
                inventory.dataSubjects(),
                inventory.dataCategories(),
                inventory.purposes(),
                inventory.recipients(),
                inventory.activities(),
                inventory.publishedNotices());
    }

    public static Inventory withLanguages(Inventory inventory, List<String> languages) {
        return new Inventory(
                languages,
                inventory.organisation(),
                inventory.notice(),
                inventory.dataSubjects(),
                inventory.dataCategories(),
                inventory.purposes(),
                inventory.recipients(),
                inventory.activities(),
                inventory.publishedNotices());
    }

    @SuppressWarnings("unchecked")
    private static Inventory withList(Inventory inventory, EntityType type, List<Entity> items) {
        List<?> list = items;
        return new Inventory(
                inventory.languages(),
                inventory.organisation(),
                inventory.notice(),
                type == EntityType.DATA_SUBJECT ? (List<DataSubject>) list : inventory.dataSubjects(),
                type == EntityType.DATA_CATEGORY ? (List<DataCategory>) list : inventory.dataCategories(),
                type == EntityType.PURPOSE ? (List<Purpose>) list : inventory.purposes(),
                type == EntityType.RECIPIENT ? (List<Recipient>) list : inventory.recipients(),
                type == EntityType.ACTIVITY ? (List<Activity>) list : inventory.activities(),
                inventory.publishedNotices());
    }
}
