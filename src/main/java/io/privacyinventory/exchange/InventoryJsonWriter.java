package io.privacyinventory.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Audience;
import io.privacyinventory.model.Coded;
import io.privacyinventory.model.Contact;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.DpiaCriterion;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.PublishedNotice;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Text;
import io.privacyinventory.model.Transfer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes inventories in the canonical form of the format: fixed field order, the user's order of
 * list items, two-space indentation, LF line ends and a final newline, absent optional values
 * left out. The same inventory always gives the same bytes, so exports diff well in version control.
 *
 * <p>The fields format version 2 added are written only when they hold something (a flag that is
 * true, a list that is not empty): an inventory that uses nothing new is written as in version 1
 * but for its {@code formatVersion}.
 */
public final class InventoryJsonWriter {
    private static final JsonFactory FACTORY = new JsonFactory();
    /** Writes UTF-8 as String.getBytes does for every whole character: a pair of surrogates as one. */
    private static final JsonFactory UTF8_FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private final JsonGenerator out;
    private final List<String> languages;
    /** In a document a text that has only the default language is written as a plain string. */
    private final boolean plainDefaultText;

    private InventoryJsonWriter(JsonGenerator out, List<String> languages, boolean plainDefaultText) {
        this.out = out;
        this.languages = languages;
        this.plainDefaultText = plainDefaultText;
    }

    public static void write(Inventory inventory, OutputStream stream) throws IOException {
        try (JsonGenerator generator = FACTORY.createGenerator(stream, JsonEncoding.UTF8)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.setPrettyPrinter(canonicalPrinter());
            new InventoryJsonWriter(generator, inventory.languages(), true).inventory(inventory);
            generator.writeRaw('\n');
        }
    }

    public static byte[] toBytes(Inventory inventory) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(inventory, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static String toString(Inventory inventory) {
        return new String(toBytes(inventory), StandardCharsets.UTF_8);
    }

    /**
     * One item or singleton (an {@link io.privacyinventory.model.Entity}, {@link Organisation},
     * {@link NoticeSettings} or a whole {@link Inventory}) as compact JSON, every text as an object
     * of language to string so that the value means the same whatever the inventory's languages.
     */
    public static String entity(Object value, List<String> languages) {
        // segments instead of one growing buffer: a whole inventory (the change log's first row) is megabytes
        SegmentedStringWriter text = new SegmentedStringWriter(new BufferRecycler());
        try {
            entity(value, languages, text);
            return text.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #entity(Object, List, Writer)}, as UTF-8 bytes: the same text, a character pair as its
     * four bytes, but half of a pair alone as an escape where the text has the character.
     */
    static void entity(Object value, List<String> languages, OutputStream out) throws IOException {
        try (JsonGenerator generator = UTF8_FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            new InventoryJsonWriter(generator, languages, false).anyEntity(value);
        }
    }

    /** As {@link #entity(Object, List)}, written to {@code out}, which is not closed. */
    static void entity(Object value, List<String> languages, Writer out) throws IOException {
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            new InventoryJsonWriter(generator, languages, false).anyEntity(value);
        }
    }

    /** The canonical layout: two-space indentation, LF, {@code "key": value}, empty lists as {@code []}. */
    public static DefaultPrettyPrinter canonicalPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    private void anyEntity(Object value) throws IOException {
        if (value instanceof Inventory inventory) {
            inventory(inventory);
        } else if (value instanceof Organisation organisation) {
            organisation(organisation);
        } else if (value instanceof NoticeSettings notice) {
            notice(notice);
        } else if (value instanceof DataSubject subject) {
            dataSubject(subject);
        } else if (value instanceof DataCategory category) {
            dataCategory(category);
        } else if (value instanceof Purpose purpose) {
            purpose(purpose);
        } else if (value instanceof Recipient recipient) {
            recipient(recipient);
        } else if (value instanceof Activity activity) {
            activity(activity);
        } else if (value instanceof PublishedNotice published) {
            publishedNotice(published);
        } else {
            throw new IllegalArgumentException("not an inventory entity: " + value);
        }
    }

    private void inventory(Inventory inventory) throws IOException {
        out.writeStartObject();
        out.writeStringField("format", InventoryJsonReader.FORMAT_NAME);
        out.writeNumberField("formatVersion", Inventory.FORMAT_VERSION);
        strings("languages", inventory.languages());
        out.writeFieldName("organisation");
        organisation(inventory.organisation());
        out.writeFieldName("notice");
        notice(inventory.notice());
        out.writeArrayFieldStart("dataSubjects");
        for (DataSubject subject : inventory.dataSubjects()) {
            dataSubject(subject);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("dataCategories");
        for (DataCategory category : inventory.dataCategories()) {
            dataCategory(category);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("purposes");
        for (Purpose purpose : inventory.purposes()) {
            purpose(purpose);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("recipients");
        for (Recipient recipient : inventory.recipients()) {
            recipient(recipient);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("activities");
        for (Activity activity : inventory.activities()) {
            activity(activity);
        }
        out.writeEndArray();
        if (!inventory.publishedNotices().isEmpty()) {
            out.writeArrayFieldStart("publishedNotices");
            for (PublishedNotice published : inventory.publishedNotices()) {
                publishedNotice(published);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private void publishedNotice(PublishedNotice published) throws IOException {
        out.writeStartObject();
        string("audience", published.audience());
        out.writeStringField("language", published.language());
        out.writeNumberField("version", published.version());
        out.writeStringField("publishedAt", InventoryJsonReader.PUBLISHED_AT.format(published.publishedAt()));
        out.writeStringField("publishedBy", published.publishedBy());
        out.writeStringField("inventorySha256", published.inventorySha256());
        flag("forced", published.forced());
        out.writeStringField("text", published.text());
        out.writeEndObject();
    }

    private void organisation(Organisation organisation) throws IOException {
        out.writeStartObject();
        string("name", organisation.name());
        string("address", organisation.address());
        string("email", organisation.email());
        string("phone", organisation.phone());
        string("website", organisation.website());
        contact("dpo", organisation.dpo());
        contact("representative", organisation.representative());
        if (organisation.supervisoryAuthority() != null) {
            out.writeObjectFieldStart("supervisoryAuthority");
            string("name", organisation.supervisoryAuthority().name());
            string("website", organisation.supervisoryAuthority().website());
            out.writeEndObject();
        }
        string("country", organisation.country());
        out.writeEndObject();
    }

    private void contact(String field, Contact contact) throws IOException {
        if (contact != null) {
            out.writeFieldName(field);
            contact(contact);
        }
    }

    private void contact(Contact contact) throws IOException {
        out.writeStartObject();
        string("name", contact.name());
        string("email", contact.email());
        string("phone", contact.phone());
        string("address", contact.address());
        out.writeEndObject();
    }

    private void notice(NoticeSettings notice) throws IOException {
        out.writeStartObject();
        text("title", notice.title());
        date("effectiveDate", notice.effectiveDate());
        text("scope", notice.scope());
        text("introduction", notice.introduction());
        flag("listChanges", notice.listChanges());
        if (!notice.audiences().isEmpty()) {
            out.writeArrayFieldStart("audiences");
            for (Audience audience : notice.audiences()) {
                out.writeStartObject();
                string("id", audience.id());
                text("title", audience.title());
                strings("dataSubjects", audience.dataSubjects());
                text("scope", audience.scope());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private void dataSubject(DataSubject subject) throws IOException {
        out.writeStartObject();
        string("id", subject.id());
        text("name", subject.name());
        text("description", subject.description());
        out.writeEndObject();
    }

    private void dataCategory(DataCategory category) throws IOException {
        out.writeStartObject();
        string("id", category.id());
        text("name", category.name());
        text("description", category.description());
        code("source", category.source());
        out.writeBooleanField("special", category.special());
        out.writeBooleanField("criminal", category.criminal());
        out.writeEndObject();
    }

    private void purpose(Purpose purpose) throws IOException {
        out.writeStartObject();
        string("id", purpose.id());
        text("name", purpose.name());
        text("description", purpose.description());
        flag("directMarketing", purpose.directMarketing());
        out.writeEndObject();
    }

    private void recipient(Recipient recipient) throws IOException {
        out.writeStartObject();
        string("id", recipient.id());
        text("name", recipient.name());
        text("description", recipient.description());
        code("kind", recipient.kind());
        string("country", recipient.country());
        out.writeBooleanField("tracking", recipient.tracking());
        string("optOutUrl", recipient.optOutUrl());
        string("contractUrl", recipient.contractUrl());
        flag("strictlyNecessary", recipient.strictlyNecessary());
        out.writeEndObject();
    }

    private void activity(Activity activity) throws IOException {
        out.writeStartObject();
        string("id", activity.id());
        text("name", activity.name());
        text("description", activity.description());
        string("owner", activity.owner());
        code("role", activity.role());
        out.writeArrayFieldStart("controllers");
        for (Contact controller : activity.controllers()) {
            contact(controller);
        }
        out.writeEndArray();
        code("status", activity.status());
        strings("dataSubjects", activity.dataSubjects());
        strings("dataCategories", activity.dataCategories());
        strings("recipients", activity.recipients());
        out.writeArrayFieldStart("purposes");
        for (PurposeUse use : activity.purposes()) {
            out.writeStartObject();
            string("purpose", use.purpose());
            code("legalBasis", use.legalBasis());
            text("legalBasisReference", use.legalBasisReference());
            text("legitimateInterest", use.legitimateInterest());
            code("specialCategoryCondition", use.specialCategoryCondition());
            text("criminalOffenceAuthority", use.criminalOffenceAuthority());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("transfers");
        for (Transfer transfer : activity.transfers()) {
            out.writeStartObject();
            string("country", transfer.country());
            string("recipient", transfer.recipient());
            code("safeguard", transfer.safeguard());
            text("description", transfer.description());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("retention");
        for (RetentionRule rule : activity.retention()) {
            out.writeStartObject();
            if (rule.dataCategories() != null) {
                strings("dataCategories", rule.dataCategories());
            }
            string("period", rule.period());
            text("trigger", rule.trigger());
            text("description", rule.description());
            out.writeEndObject();
        }
        out.writeEndArray();
        text("securityMeasures", activity.securityMeasures());
        text("statutoryRequirement", activity.statutoryRequirement());
        if (activity.automatedDecisions() != null) {
            out.writeObjectFieldStart("automatedDecisions");
            out.writeBooleanField("used", activity.automatedDecisions().used());
            text("logic", activity.automatedDecisions().logic());
            out.writeEndObject();
        }
        if (activity.dpia() != null) {
            out.writeObjectFieldStart("dpia");
            code("status", activity.dpia().status());
            string("reference", activity.dpia().reference());
            out.writeEndObject();
        }
        if (!activity.dpiaScreening().isEmpty()) {
            out.writeArrayFieldStart("dpiaScreening");
            for (DpiaCriterion criterion : activity.dpiaScreening()) {
                out.writeString(criterion.code());
            }
            out.writeEndArray();
        }
        date("reviewedOn", activity.reviewedOn());
        date("reviewDue", activity.reviewDue());
        text("notes", activity.notes());
        out.writeEndObject();
    }

    private void string(String field, String value) throws IOException {
        if (value != null) {
            out.writeStringField(field, value);
        }
    }

    /** A flag of format version 2: written only when set, so that its absence reads as false. */
    private void flag(String field, boolean value) throws IOException {
        if (value) {
            out.writeBooleanField(field, true);
        }
    }

    private void strings(String field, List<String> values) throws IOException {
        out.writeArrayFieldStart(field);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    private void code(String field, Coded value) throws IOException {
        if (value != null) {
            out.writeStringField(field, value.code());
        }
    }

    private void date(String field, LocalDate value) throws IOException {
        if (value != null) {
            out.writeStringField(field, value.toString());
        }
    }

    private void text(String field, Text text) throws IOException {
        if (text == null) {
            return;
        }
        String defaultLanguage = languages.get(0);
        if (plainDefaultText
                && text.languages().size() == 1
                && text.get(defaultLanguage).isPresent()) {
            out.writeStringField(field, text.get(defaultLanguage).get());
            return;
        }
        out.writeObjectFieldStart(field);
        // the inventory's languages first, in its order, then any others alphabetically
        int written = 0;
        for (String language : languages) {
            String value = text.values().get(language);
            if (value != null) {
                out.writeStringField(language, value);
                written++;
            }
        }
        if (written < text.values().size()) {
            for (String language : text.values().keySet().stream()
                    .filter(l -> !languages.contains(l))
                    .sorted()
                    .toList()) {
                out.writeStringField(language, text.values().get(language));
            }
        }
        out.writeEndObject();
    }
}
