package io.privacyinventory.notice;

import static io.privacyinventory.notice.InventoryTexts.clean;
import static io.privacyinventory.notice.InventoryTexts.present;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.Audience;
import io.privacyinventory.model.Contact;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.InventoryIndex;
import io.privacyinventory.model.ModelPath;
import io.privacyinventory.model.NoticeFact;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.Role;
import io.privacyinventory.model.Terms;
import io.privacyinventory.model.Text;
import io.privacyinventory.notice.InventoryTexts.Localized;
import io.privacyinventory.notice.NoticeDocument.Block;
import io.privacyinventory.notice.NoticeDocument.Definition;
import io.privacyinventory.notice.NoticeDocument.Definitions;
import io.privacyinventory.notice.NoticeDocument.Foreign;
import io.privacyinventory.notice.NoticeDocument.Inline;
import io.privacyinventory.notice.NoticeDocument.Link;
import io.privacyinventory.notice.NoticeDocument.Missing;
import io.privacyinventory.notice.NoticeDocument.Paragraph;
import io.privacyinventory.notice.NoticeDocument.Plain;
import io.privacyinventory.notice.NoticeDocument.Section;
import io.privacyinventory.notice.NoticeDocument.Strong;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every section of one notice draft shares: the inventory and the activities the notice
 * covers, the wording of its language, the texts read so far (for fallback reports) and the
 * markers placed so far. The section classes read the record only through it, so that a text is
 * always taken in the notice's language and every gap becomes the same kind of marker.
 */
final class ComposerContext {
    private static final ModelPath ACTIVITIES = ModelPath.ROOT.field("activities");

    final Inventory inventory;
    final NoticeLanguage language;
    final Phrasebook phrases;
    final Terms terms;
    final InventoryIndex index;
    final Catalog<DataCategory> categories;
    final Catalog<DataSubject> subjects;
    final Catalog<Purpose> purposes;
    final Catalog<Recipient> recipients;
    /** The audience the notice is for; null for the notice of the whole organisation. */
    final Audience audience;
    /** Approved activities where the organisation decides (controller, joint controller). */
    final List<Activity> controlled = new ArrayList<>();
    /** Approved activities carried out for another controller. */
    final List<Activity> processed = new ArrayList<>();

    private final InventoryTexts texts;
    private final Map<String, MissingFact> missing = new LinkedHashMap<>();
    /**
     * Each activity's place in the record, made once: its texts are read many times. By identity:
     * an activity record's own hash walks all its fields and lists, and ids are unique anyway.
     */
    private final Map<Activity, ModelPath> activityPaths = new IdentityHashMap<>();
    /**
     * Catalogue names as runs, by id, made once: thousands of activities name the same few items.
     * Runs are immutable, and a fallback is reported the first time a text is read either way.
     */
    private final Map<String, Inline> categoryInlines = new HashMap<>();

    private final Map<String, Inline> purposeInlines = new HashMap<>();
    private final Map<String, Inline> strongPurposeInlines = new HashMap<>();

    ComposerContext(Inventory inventory, NoticeLanguage language, Audience audience) {
        this.inventory = inventory;
        this.language = language;
        this.audience = audience;
        this.phrases = Phrasebook.of(language);
        this.terms = Terms.forLanguage(language.code());
        this.texts = new InventoryTexts(language.code(), inventory.defaultLanguage());
        this.index = InventoryIndex.of(inventory);
        this.categories = new Catalog<>(inventory.dataCategories(), "dataCategories");
        this.subjects = new Catalog<>(inventory.dataSubjects(), "dataSubjects");
        this.purposes = new Catalog<>(inventory.purposes(), "purposes");
        this.recipients = new Catalog<>(inventory.recipients(), "recipients");
        Set<String> readers = audience == null ? null : new HashSet<>(audience.dataSubjects());
        for (int i = 0; i < inventory.activities().size(); i++) {
            Activity activity = inventory.activities().get(i);
            activityPaths.put(activity, ACTIVITIES.index(i));
            if (activity.status() != ActivityStatus.APPROVED) {
                continue;
            }
            if (readers != null && activity.dataSubjects().stream().noneMatch(readers::contains)) {
                continue;
            }
            // an approved activity without a role is treated as the organisation's own: leaving it
            // out of the notice would hide processing, which is worse than a draft that says too much
            (activity.role() == Role.PROCESSOR ? processed : controlled).add(activity);
        }
    }

    List<TextFallback> fallbacks() {
        return texts.fallbacks();
    }

    List<MissingFact> missingFacts() {
        return new ArrayList<>(missing.values());
    }

    // ---- inventory texts

    String text(Text text, ModelPath path) {
        return texts.get(text, path);
    }

    Localized localized(Text text, ModelPath path) {
        return texts.localized(text, path);
    }

    /** An inventory text as one inline run, marked with its language when it fell back; null when absent. */
    Inline inline(Text text, ModelPath path, boolean strong) {
        Localized localized = texts.localized(text, path);
        return localized == null ? null : inline(localized, strong);
    }

    static Inline inline(Localized localized, boolean strong) {
        if (localized.language() != null) {
            return new Foreign(localized.text(), localized.language(), strong);
        }
        return strong ? new Strong(localized.text()) : new Plain(localized.text());
    }

    /** A paragraph holding one inventory text; null when the text is absent. */
    Paragraph paragraph(Text text, ModelPath path) {
        Inline inline = inline(text, path, false);
        return inline == null ? null : Paragraph.of(inline);
    }

    /** The item's name as an inline run (its id when it has no name in any language). */
    Inline nameOf(Entity entity, boolean strong) {
        Localized localized = texts.localized(entity.name(), pathOf(entity).field("name"));
        if (localized == null) {
            localized = new Localized(entity.id(), null);
        }
        return inline(localized, strong);
    }

    /** The item's name as plain text, for sentences and marker wording. */
    String name(Entity entity) {
        String name = text(entity.name(), pathOf(entity).field("name"));
        return name == null ? entity.id() : name;
    }

    /** The item's description as an inline run; null when it has none. */
    Inline descriptionOf(Entity entity) {
        Text description;
        if (entity instanceof DataCategory category) {
            description = category.description();
        } else if (entity instanceof DataSubject subject) {
            description = subject.description();
        } else if (entity instanceof Purpose purpose) {
            description = purpose.description();
        } else if (entity instanceof Recipient recipient) {
            description = recipient.description();
        } else {
            description = ((Activity) entity).description();
        }
        return inline(description, pathOf(entity).field("description"), false);
    }

    /** Names as one run of inlines, joined with commas: "A, B, C". */
    static List<Inline> joined(List<Inline> names) {
        List<Inline> out = new ArrayList<>(Math.max(0, 2 * names.size() - 1));
        for (Inline name : names) {
            if (!out.isEmpty()) {
                out.add(new Plain(", "));
            }
            out.add(name);
        }
        return out;
    }

    List<Inline> categoryNames(List<String> ids) {
        List<Inline> out = new ArrayList<>(Math.max(0, 2 * ids.size() - 1));
        for (String id : ids) {
            if (!out.isEmpty()) {
                out.add(new Plain(", "));
            }
            Inline name = categoryInlines.get(id);
            if (name == null) {
                DataCategory category = categories.get(id);
                name = category == null ? new Plain(id) : nameOf(category, false);
                categoryInlines.put(id, name);
            }
            out.add(name);
        }
        return out;
    }

    String categoryName(String id) {
        DataCategory category = categories.get(id);
        return category == null ? id : name(category);
    }

    String purposeName(String id) {
        Purpose purpose = purposes.get(id);
        return purpose == null ? id : name(purpose);
    }

    Inline purposeInline(String id, boolean strong) {
        Map<String, Inline> made = strong ? strongPurposeInlines : purposeInlines;
        Inline name = made.get(id);
        if (name == null) {
            Purpose purpose = purposes.get(id);
            name = purpose == null ? new Plain(id) : nameOf(purpose, strong);
            made.put(id, name);
        }
        return name;
    }

    ModelPath path(Activity activity) {
        return activityPaths.get(activity);
    }

    private ModelPath pathOf(Entity entity) {
        if (entity instanceof DataCategory) {
            return categories.path(entity.id());
        } else if (entity instanceof DataSubject) {
            return subjects.path(entity.id());
        } else if (entity instanceof Purpose) {
            return purposes.path(entity.id());
        } else if (entity instanceof Recipient) {
            return recipients.path(entity.id());
        }
        return path((Activity) entity);
    }

    String organisationName() {
        return clean(inventory.organisation().name());
    }

    // ---- markers

    Missing missing(NoticeFact fact, String key, Map<String, String> values) {
        String what = phrases.format(key, values);
        MissingFact known = missing.get(what);
        if (known == null) {
            known = new MissingFact(fact, what, phrases.format("missing.marker", "what", what));
            missing.put(what, known);
        }
        return new Missing(known.marker());
    }

    Missing missingContact() {
        return missing(NoticeFact.CONTACT, "missing.contact", Map.of("organisation", organisationName()));
    }

    List<Inline> effectiveDate() {
        return inventory.notice().effectiveDate() == null
                ? List.of(missing(NoticeFact.EFFECTIVE_DATE, "missing.effectiveDate", Map.of()))
                : plain(phrases.date(inventory.notice().effectiveDate()));
    }

    // ---- building blocks

    Section section(String id, String headingKey, List<Block> blocks) {
        return blocks.isEmpty() ? null : new Section(id, phrases.get(headingKey), blocks);
    }

    /** A mention of another section of the notice by its heading; the HTML page links it. */
    List<Inline> reference(String sectionId, String headingKey) {
        return List.of(new Link(phrases.get(headingKey), "#" + sectionId));
    }

    List<Definition> contactDetails(Contact contact, boolean withName) {
        List<Definition> details = new ArrayList<>();
        if (withName) {
            addDefinition(details, "label.name", contact.name());
        }
        addEmail(details, contact.email());
        addDefinition(details, "label.phone", contact.phone());
        addDefinition(details, "label.address", contact.address());
        return details;
    }

    void addDefinition(List<Definition> details, String label, String value) {
        if (present(value)) {
            details.add(new Definition(phrases.get(label), plain(clean(value))));
        }
    }

    void addEmail(List<Definition> details, String email) {
        if (present(email)) {
            details.add(new Definition(
                    phrases.get("label.email"), List.of(new Link(clean(email), "mailto:" + clean(email)))));
        }
    }

    static void addIfNotEmpty(List<Block> blocks, List<Definition> definitions) {
        if (!definitions.isEmpty()) {
            blocks.add(new Definitions(definitions));
        }
    }

    static <T> void addIfPresent(List<? super T> list, T value) {
        if (value != null) {
            list.add(value);
        }
    }

    static Paragraph paragraph(String text) {
        return Paragraph.of(new Plain(text));
    }

    static List<Inline> plain(String text) {
        return List.of(new Plain(text));
    }

    /** The runs as plain text, to tell equal statements apart from different ones. */
    static String plainText(List<Inline> inlines) {
        List<String> parts = new ArrayList<>(inlines.size() + 2);
        addPlainText(parts, inlines);
        return String.join("", parts);
    }

    /**
     * {@link #plainText} as parts to be joined, for keys made of several statements: joining the
     * parts once makes one string of the right size, where a builder copies itself as it grows.
     */
    static void addPlainText(List<String> parts, List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof Plain plain) {
                parts.add(plain.text());
            } else if (inline instanceof Strong strong) {
                parts.add(strong.text());
            } else if (inline instanceof Foreign foreign) {
                parts.add(foreign.text());
            } else if (inline instanceof Link link) {
                parts.add(link.label());
                parts.add(" ");
                parts.add(link.href());
            } else if (inline instanceof Missing marker) {
                parts.add(marker.text());
            }
        }
    }
}
