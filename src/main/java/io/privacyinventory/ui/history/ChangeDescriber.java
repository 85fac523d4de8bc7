package io.privacyinventory.ui.history;

import io.privacyinventory.exchange.EntityCodec;
import io.privacyinventory.exchange.InventoryFormatException;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.PublishedNotice;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.diff.ItemDiff;
import io.privacyinventory.model.diff.RecordDiff;
import io.privacyinventory.model.diff.RecordDiffText;
import io.privacyinventory.model.diff.RecordDiffer;
import io.privacyinventory.store.ChangeLogEntry;
import io.privacyinventory.ui.Messages;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A change-log row for people: the item by its name, the field by its translated label, the values
 * before and after in words. The words come from the record diff ({@link RecordDiffer}): the row's
 * two values are put into the item as it is now, and the two versions are compared, so a history
 * row says the same as Compare with… would for that change.
 */
final class ChangeDescriber {
    private final Inventory current;
    private final Messages messages;
    private final String language;
    private final EntityCodec codec;

    ChangeDescriber(Inventory current, Messages messages) {
        this.current = current;
        this.messages = messages;
        this.language = Messages.inventoryLanguage(messages.locale());
        this.codec = new EntityCodec(current.languages());
    }

    /** One row in words: a one-line summary and, where the row changed an item, the item's difference. */
    record Description(String summary, ItemDiff item, List<String> lines) {}

    Description describe(ChangeLogEntry entry) {
        try {
            return switch (entry.kind()) {
                case FIELD -> field(entry);
                case ADD -> whole(entry, null, decode(entry.entityType(), entry.after()), "history.row.added");
                case REMOVE -> whole(entry, decode(entry.entityType(), entry.before()), null, "history.row.removed");
                case MOVE ->
                    plain(messages.get(
                            "history.row.moved",
                            itemName(entry),
                            Integer.parseInt(entry.before()) + 1,
                            Integer.parseInt(entry.after()) + 1));
                case REPLACE -> plain(messages.get(entry.before() == null ? "history.created" : "history.replaced"));
                case PUBLISH -> published(entry);
            };
        } catch (InventoryFormatException | RuntimeException e) {
            // a value this version cannot read still shows as a row: kind, id and field as stored
            return plain(messages.get(
                    "history.changed",
                    messages.get("entity." + entry.entityType().code())
                            + (entry.entityId() == null ? "" : " " + entry.entityId()),
                    String.valueOf(entry.field())));
        }
    }

    private Description field(ChangeLogEntry entry) throws InventoryFormatException {
        EntityType type = entry.entityType();
        Object item = Inventories.current(current, type, entry.entityId());
        if (item == null) {
            return plain(messages.get("history.changed", itemName(entry), entry.field()));
        }
        Object before = type == EntityType.INVENTORY
                ? languages(entry.before())
                : codec.withField(type, item, entry.field(), entry.before());
        Object after = type == EntityType.INVENTORY
                ? languages(entry.after())
                : codec.withField(type, item, entry.field(), entry.after());
        RecordDiff diff = RecordDiffer.compare(around(type, before), around(type, after), language);
        if (diff.isEmpty()) {
            return plain(messages.get("history.row.same", itemName(entry), entry.field()));
        }
        ItemDiff changed = diff.items().get(0);
        String fields =
                changed.fields().stream().map(RecordDiffText::label).distinct().collect(Collectors.joining(", "));
        return new Description(
                messages.get("history.changed", RecordDiffText.heading(changed), fields), changed, List.of());
    }

    private Description whole(ChangeLogEntry entry, Object before, Object after, String key) {
        RecordDiff diff =
                RecordDiffer.compare(around(entry.entityType(), before), around(entry.entityType(), after), language);
        if (diff.isEmpty()) {
            return plain(messages.get(key, itemName(entry)));
        }
        ItemDiff item = diff.items().get(0);
        return new Description(messages.get(key, RecordDiffText.heading(item)), item, List.of());
    }

    private Description published(ChangeLogEntry entry) throws InventoryFormatException {
        PublishedNotice notice = codec.publishedNotice(entry.after());
        String summary = messages.get(
                "history.row.published",
                notice.audience() == null ? messages.get("published.wholeOrganisation") : notice.audience(),
                notice.language(),
                notice.version());
        return plain(notice.forced() ? summary + " — " + messages.get("published.forced") : summary);
    }

    private static Description plain(String summary) {
        return new Description(summary, null, List.of(summary));
    }

    private Object decode(EntityType type, String json) throws InventoryFormatException {
        return codec.fromJson(type, json);
    }

    /** The inventory's languages as the log keeps them: a JSON list of codes such as ["nb","en"]. */
    private static List<String> languages(String json) {
        List<String> codes = new java.util.ArrayList<>();
        java.util.regex.Matcher code =
                java.util.regex.Pattern.compile("\"([^\"]*)\"").matcher(json == null ? "" : json);
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }

    /** The item's name now, else its kind and id (an item removed or renamed since). */
    private String itemName(ChangeLogEntry entry) {
        Object item = Inventories.current(current, entry.entityType(), entry.entityId());
        String kind = messages.get("entity." + entry.entityType().code());
        if (item instanceof Entity entity && entity.name() != null) {
            String name = entity.name()
                    .get(language)
                    .or(() -> entity.name().get(current.defaultLanguage()))
                    .orElse(entity.id());
            return kind + " \"" + name + "\" (" + entity.id() + ")";
        }
        return entry.entityId() == null ? kind : kind + " " + entry.entityId();
    }

    /**
     * A small inventory around one value (an item, the organisation, the notice settings or the
     * languages), with the catalogues of the record as it is now so that references read as names.
     * {@code value} null: the item is not there.
     */
    private Inventory around(EntityType type, Object value) {
        List<DataSubject> subjects = type == EntityType.DATA_SUBJECT ? listOf(value) : current.dataSubjects();
        List<DataCategory> categories = type == EntityType.DATA_CATEGORY ? listOf(value) : current.dataCategories();
        List<Purpose> purposes = type == EntityType.PURPOSE ? listOf(value) : current.purposes();
        List<Recipient> recipients = type == EntityType.RECIPIENT ? listOf(value) : current.recipients();
        List<Activity> activities = type == EntityType.ACTIVITY ? listOf(value) : List.of();
        @SuppressWarnings("unchecked")
        List<String> languages = type == EntityType.INVENTORY ? (List<String>) value : current.languages();
        Organisation organisation = type == EntityType.ORGANISATION ? (Organisation) value : current.organisation();
        NoticeSettings notice = type == EntityType.NOTICE ? (NoticeSettings) value : current.notice();
        return new Inventory(
                languages,
                organisation,
                notice,
                subjects,
                categories,
                purposes,
                recipients,
                activities,
                current.publishedNotices());
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> listOf(Object value) {
        return value == null ? List.of() : List.of((T) value);
    }
}
