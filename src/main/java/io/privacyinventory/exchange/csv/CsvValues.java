package io.privacyinventory.exchange.csv;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Coded;
import io.privacyinventory.model.Contact;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.InventoryIndex;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.RetentionForm;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Terms;
import io.privacyinventory.model.Text;
import io.privacyinventory.model.Transfer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the parts of an inventory into cell text in one language: inventory texts in that
 * language (else the inventory's default language), fixed names from {@link Terms}, references
 * resolved to names, and the readable forms of transfers, retention rules and contacts that both
 * layouts share.
 */
final class CsvValues {
    static final String PAIR = " — ";

    private final Inventory inventory;
    private final String language;
    private final Terms terms;
    private final CsvWording wording;
    private final InventoryIndex index;

    CsvValues(Inventory inventory, String language) {
        this.inventory = inventory;
        this.language = language;
        this.terms = Terms.forLanguage(language);
        this.wording = new CsvWording(language);
        this.index = InventoryIndex.of(inventory);
    }

    CsvWording wording() {
        return wording;
    }

    Inventory inventory() {
        return inventory;
    }

    /** An inventory text in the export's language, else the default language; "" for none. */
    String text(Text text) {
        return text == null ? "" : text.resolve(language, inventory.defaultLanguage());
    }

    static String string(String value) {
        return value == null ? "" : value;
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    String label(Coded value) {
        return terms.label(value);
    }

    String country(String code) {
        return terms.country(code);
    }

    String yesNo(boolean value) {
        return wording.get(value ? "word.yes" : "word.no");
    }

    static <T> String list(List<T> items, Function<T, String> value) {
        return ValueList.join(map(items, value));
    }

    static <T> String aligned(List<T> items, Function<T, String> value) {
        return ValueList.joinAligned(map(items, value));
    }

    /** A loop rather than a stream: an export of 10,000 activities makes a few hundred thousand of these lists. */
    private static <T> List<String> map(List<T> items, Function<T, String> value) {
        List<String> values = new ArrayList<>(items.size());
        for (T item : items) {
            values.add(value.apply(item));
        }
        return values;
    }

    String subjectName(String id) {
        return name(EntityType.DATA_SUBJECT, id);
    }

    String purposeName(String id) {
        return name(EntityType.PURPOSE, id);
    }

    String recipientName(String id) {
        return name(EntityType.RECIPIENT, id);
    }

    String categoryName(String id) {
        return name(EntityType.DATA_CATEGORY, id);
    }

    /** The name, marked when the data is special (Art. 9) or about criminal offences (Art. 10). */
    String categoryNameMarked(String id) {
        String name = categoryName(id);
        if (index.item(EntityType.DATA_CATEGORY, id) instanceof DataCategory category) {
            if (category.special()) {
                name += " " + wording.get("word.special-category");
            }
            if (category.criminal()) {
                name += " " + wording.get("word.criminal");
            }
        }
        return name;
    }

    private String name(EntityType type, String id) {
        Entity entity = index.item(type, id);
        return entity == null ? id : text(entity.name());
    }

    /** For example "Journalia AS (Processor, Norway)". */
    String recipient(String id) {
        if (!(index.item(EntityType.RECIPIENT, id) instanceof Recipient recipient)) {
            return id;
        }
        List<String> about = new ArrayList<>();
        if (recipient.kind() != null) {
            about.add(label(recipient.kind()));
        }
        if (recipient.country() != null) {
            about.add(country(recipient.country()));
        }
        return text(recipient.name()) + (about.isEmpty() ? "" : " (" + String.join(", ", about) + ")");
    }

    /** A purpose with the legal basis it has in this activity: "Support — Contract (Art. 6(1)(b))". */
    String purposeWithBasis(PurposeUse use) {
        String name = purposeName(use.purpose());
        return use.legalBasis() == null ? name : name + PAIR + label(use.legalBasis());
    }

    /** "United States — Standard contractual clauses (Hireflow Inc.)". */
    String transfer(Transfer transfer) {
        String value = country(transfer.country());
        if (transfer.safeguard() != null) {
            value += PAIR + label(transfer.safeguard());
        }
        return transfer.recipient() == null ? value : value + " (" + recipientName(transfer.recipient()) + ")";
    }

    /** "United States (Hireflow Inc.)": where a transfer goes, as the heading of its details. */
    String transferPlace(Transfer transfer) {
        String place = country(transfer.country());
        return transfer.recipient() == null ? place : place + " (" + recipientName(transfer.recipient()) + ")";
    }

    /**
     * One retention rule, for people: which categories, for how long, counted from what, and why,
     * e.g. "Contact details: 2 years, from: the contract ends — Bookkeeping Act § 13".
     */
    String retention(RetentionRule rule, Activity activity) {
        // worded by the same form as the notice, so that the record and the notice never read differently
        String details = switch (RetentionForm.of(rule)) {
            case PERIOD_FROM -> period(rule.period()) + ", " + wording.get("retention.from", text(rule.trigger()));
            case PERIOD_WITHOUT_START -> wording.get("retention.without-start", period(rule.period()));
            case UNTIL -> wording.get("retention.until", text(rule.trigger()));
            case AT_ONCE_WHEN -> wording.get("retention.at-once-when", text(rule.trigger()));
            case AT_ONCE -> wording.get("retention.at-once");
            case NOT_STATED -> "";
        };
        if (rule.description() != null) {
            details = details.isEmpty() ? text(rule.description()) : details + PAIR + text(rule.description());
        }
        return retentionScope(rule, activity) + ": " + (details.isEmpty() ? wording.get("word.not-stated") : details);
    }

    private String retentionScope(RetentionRule rule, Activity activity) {
        if (rule.isDefaultRule()) {
            boolean othersNamed = activity.retention().stream().anyMatch(other -> !other.isDefaultRule());
            return wording.get(othersNamed ? "word.other-categories" : "word.all-categories");
        }
        if (rule.dataCategories().isEmpty()) {
            return wording.get("word.no-categories");
        }
        return rule.dataCategories().stream().map(this::categoryName).collect(Collectors.joining(", "));
    }

    /** "P10Y" as "10 years", "P1Y6M" as "1 year 6 months"; anything else as written. */
    String period(String iso) {
        return terms.period(iso);
    }

    /** "Name (e-mail, phone, address)", with whatever parts there are. */
    static String contact(Contact contact) {
        List<String> details = new ArrayList<>();
        for (String part : new String[] {contact.email(), contact.phone(), contact.address()}) {
            if (part != null && !part.isBlank()) {
                details.add(part);
            }
        }
        String name = string(contact.name());
        if (details.isEmpty()) {
            return name;
        }
        String joined = String.join(", ", details);
        return name.isEmpty() ? joined : name + " (" + joined + ")";
    }
}
