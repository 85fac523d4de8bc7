package io.privacyinventory.model.diff;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Audience;
import io.privacyinventory.model.AutomatedDecisions;
import io.privacyinventory.model.Contact;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.Dpia;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.PublishedNotice;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.SupervisoryAuthority;
import io.privacyinventory.model.Transfer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The one place that says how each record of the model is compared: a table per record type.
 * A new record component (a field of a new format version) gets its line here; a test fails
 * while any component of any record reachable from {@link Inventory} has none.
 */
final class RecordTables {
    private static final String ITEMS = "compared as items of their own, matched by id";

    static final FieldTable<Contact> CONTACT = FieldTable.of(Contact.class, "contact")
            .string("name", Contact::name)
            .string("email", Contact::email)
            .string("phone", Contact::phone)
            .string("address", Contact::address)
            .build();

    static final FieldTable<SupervisoryAuthority> SUPERVISORY_AUTHORITY = FieldTable.of(
                    SupervisoryAuthority.class, "supervisoryAuthority")
            .string("name", SupervisoryAuthority::name)
            .string("website", SupervisoryAuthority::website)
            .build();

    static final FieldTable<Organisation> ORGANISATION = FieldTable.of(Organisation.class, "organisation")
            .string("name", Organisation::name)
            .string("address", Organisation::address)
            .string("email", Organisation::email)
            .string("phone", Organisation::phone)
            .string("website", Organisation::website)
            .country("country", Organisation::country)
            .part("dpo", Organisation::dpo, CONTACT)
            .part("representative", Organisation::representative, CONTACT)
            .part("supervisoryAuthority", Organisation::supervisoryAuthority, SUPERVISORY_AUTHORITY)
            .build();

    static final FieldTable<Audience> AUDIENCE = FieldTable.of(Audience.class, "audience")
            .notCompared("id", "audiences are matched by id")
            .text("title", Audience::title)
            .references("dataSubjects", EntityType.DATA_SUBJECT, Audience::dataSubjects)
            .text("scope", Audience::scope)
            .build();

    static final FieldTable<NoticeSettings> NOTICE = FieldTable.of(NoticeSettings.class, "notice")
            .text("title", NoticeSettings::title)
            .date("effectiveDate", NoticeSettings::effectiveDate)
            .text("scope", NoticeSettings::scope)
            .text("introduction", NoticeSettings::introduction)
            .yesNo("listChanges", NoticeSettings::listChanges)
            .entries(
                    "audiences",
                    NoticeSettings::audiences,
                    (audience, side) -> side.text(audience.title()),
                    AUDIENCE,
                    Audience::id)
            .build();

    static final FieldTable<PublishedNotice> PUBLISHED_NOTICE = FieldTable.of(PublishedNotice.class, "publishedNotice")
            .notCompared("audience", "published versions are matched by audience, language and version")
            .notCompared("language", "published versions are matched by audience, language and version")
            .notCompared("version", "published versions are matched by audience, language and version")
            .value("publishedAt", PublishedNotice::publishedAt, (time, side) -> String.valueOf(time))
            .string("publishedBy", PublishedNotice::publishedBy)
            .string("inventorySha256", PublishedNotice::inventorySha256)
            .notCompared("text", "a published text is frozen; its versions are compared with notice diff")
            .yesNo("forced", PublishedNotice::forced)
            .build();

    static final FieldTable<Inventory> INVENTORY = FieldTable.of(Inventory.class, "inventory")
            // the order matters: the first language is the one every text must have
            .value(
                    "languages",
                    Inventory::languages,
                    (codes, side) -> codes.stream()
                            .map(side.words()::languageName)
                            .collect(Collectors.joining(Side.LIST_SEPARATOR)))
            .notCompared("organisation", "compared as an item of its own")
            .notCompared("notice", "compared as an item of its own")
            .notCompared("dataSubjects", ITEMS)
            .notCompared("dataCategories", ITEMS)
            .notCompared("purposes", ITEMS)
            .notCompared("recipients", ITEMS)
            .notCompared("activities", ITEMS)
            .entries(
                    "publishedNotices",
                    Inventory::publishedNotices,
                    RecordTables::publishedNotice,
                    PUBLISHED_NOTICE,
                    notice -> List.of(String.valueOf(notice.audience()), notice.language(), notice.version()))
            .build();

    static final FieldTable<DataSubject> DATA_SUBJECT = FieldTable.of(DataSubject.class, "dataSubject")
            .notCompared("id", "items are matched by id")
            .text("name", DataSubject::name)
            .text("description", DataSubject::description)
            .build();

    static final FieldTable<DataCategory> DATA_CATEGORY = FieldTable.of(DataCategory.class, "dataCategory")
            .notCompared("id", "items are matched by id")
            .text("name", DataCategory::name)
            .text("description", DataCategory::description)
            .term("source", DataCategory::source)
            .yesNo("special", DataCategory::special)
            .yesNo("criminal", DataCategory::criminal)
            .build();

    static final FieldTable<Purpose> PURPOSE = FieldTable.of(Purpose.class, "purpose")
            .notCompared("id", "items are matched by id")
            .text("name", Purpose::name)
            .text("description", Purpose::description)
            .yesNo("directMarketing", Purpose::directMarketing)
            .build();

    static final FieldTable<Recipient> RECIPIENT = FieldTable.of(Recipient.class, "recipient")
            .notCompared("id", "items are matched by id")
            .text("name", Recipient::name)
            .text("description", Recipient::description)
            .term("kind", Recipient::kind)
            .country("country", Recipient::country)
            .yesNo("tracking", Recipient::tracking)
            .string("optOutUrl", Recipient::optOutUrl)
            .string("contractUrl", Recipient::contractUrl)
            .yesNo("strictlyNecessary", Recipient::strictlyNecessary)
            .build();

    static final FieldTable<PurposeUse> PURPOSE_USE = FieldTable.of(PurposeUse.class, "purposeUse")
            .reference("purpose", EntityType.PURPOSE, PurposeUse::purpose)
            .term("legalBasis", PurposeUse::legalBasis)
            .text("legalBasisReference", PurposeUse::legalBasisReference)
            .text("legitimateInterest", PurposeUse::legitimateInterest)
            .term("specialCategoryCondition", PurposeUse::specialCategoryCondition)
            .text("criminalOffenceAuthority", PurposeUse::criminalOffenceAuthority)
            .build();

    static final FieldTable<Transfer> TRANSFER = FieldTable.of(Transfer.class, "transfer")
            .country("country", Transfer::country)
            .reference("recipient", EntityType.RECIPIENT, Transfer::recipient)
            .term("safeguard", Transfer::safeguard)
            .text("description", Transfer::description)
            .build();

    static final FieldTable<RetentionRule> RETENTION_RULE = FieldTable.of(RetentionRule.class, "retention")
            .value("dataCategories", RetentionRule::dataCategories, RecordTables::categoriesScope)
            .period("period", RetentionRule::period)
            .text("trigger", RetentionRule::trigger)
            .text("description", RetentionRule::description)
            .build();

    static final FieldTable<AutomatedDecisions> AUTOMATED_DECISIONS = FieldTable.of(
                    AutomatedDecisions.class, "automatedDecisions")
            .yesNo("used", AutomatedDecisions::used)
            .text("logic", AutomatedDecisions::logic)
            .build();

    static final FieldTable<Dpia> DPIA = FieldTable.of(Dpia.class, "dpia")
            .term("status", Dpia::status)
            .string("reference", Dpia::reference)
            .build();

    static final FieldTable<Activity> ACTIVITY = FieldTable.of(Activity.class, "activity")
            .notCompared("id", "items are matched by id")
            .text("name", Activity::name)
            .text("description", Activity::description)
            .string("owner", Activity::owner)
            .term("role", Activity::role)
            .entries(
                    "controllers",
                    Activity::controllers,
                    (contact, side) -> contactName(contact),
                    CONTACT,
                    Contact::name,
                    Contact::email)
            .term("status", Activity::status)
            .references("dataSubjects", EntityType.DATA_SUBJECT, Activity::dataSubjects)
            .references("dataCategories", EntityType.DATA_CATEGORY, Activity::dataCategories)
            .references("recipients", EntityType.RECIPIENT, Activity::recipients)
            .entries(
                    "purposes",
                    Activity::purposes,
                    RecordTables::purposeUse,
                    PURPOSE_USE,
                    use -> List.of(use.purpose(), String.valueOf(use.legalBasis())),
                    PurposeUse::purpose)
            .entries(
                    "transfers",
                    Activity::transfers,
                    RecordTables::transfer,
                    TRANSFER,
                    transfer -> List.of(transfer.country(), String.valueOf(transfer.recipient())),
                    Transfer::country)
            .entries(
                    "retention",
                    Activity::retention,
                    RecordTables::retentionScope,
                    RETENTION_RULE,
                    rule -> rule.dataCategories() == null ? null : new HashSet<>(rule.dataCategories()))
            .text("securityMeasures", Activity::securityMeasures)
            .text("statutoryRequirement", Activity::statutoryRequirement)
            .part("automatedDecisions", Activity::automatedDecisions, AUTOMATED_DECISIONS)
            .part("dpia", Activity::dpia, DPIA)
            .value(
                    "dpiaScreening",
                    Activity::dpiaScreening,
                    (criteria, side) ->
                            criteria.stream().map(side.words()::label).collect(Collectors.joining(Side.LIST_SEPARATOR)))
            .date("reviewedOn", Activity::reviewedOn)
            .date("reviewDue", Activity::reviewDue)
            .text("notes", Activity::notes)
            .build();

    /** Every table by the record type it compares; the coverage test walks this. */
    static final Map<Class<?>, FieldTable<?>> ALL = Map.ofEntries(
            entry(CONTACT),
            entry(SUPERVISORY_AUTHORITY),
            entry(ORGANISATION),
            entry(AUDIENCE),
            entry(NOTICE),
            entry(PUBLISHED_NOTICE),
            entry(INVENTORY),
            entry(DATA_SUBJECT),
            entry(DATA_CATEGORY),
            entry(PURPOSE),
            entry(RECIPIENT),
            entry(PURPOSE_USE),
            entry(TRANSFER),
            entry(RETENTION_RULE),
            entry(AUTOMATED_DECISIONS),
            entry(DPIA),
            entry(ACTIVITY));

    private RecordTables() {}

    private static Map.Entry<Class<?>, FieldTable<?>> entry(FieldTable<?> table) {
        return Map.entry(table.type(), table);
    }

    /** "Support — Contract (Art. 6(1)(b))": a purpose entry by its purpose and legal basis. */
    private static String purposeUse(PurposeUse use, Side side) {
        String purpose = side.name(EntityType.PURPOSE, use.purpose());
        return use.legalBasis() == null
                ? purpose
                : purpose + " — " + side.words().label(use.legalBasis());
    }

    /** "nb, version 3 (patients)": a published notice by its language, version and audience. */
    private static String publishedNotice(PublishedNotice notice, Side side) {
        String version = notice.language() + ", " + side.words().get("word.version") + " " + notice.version();
        return notice.audience() == null ? version : version + " (" + notice.audience() + ")";
    }

    /** "United States (Hireflow Inc.)": a transfer by where it goes. */
    private static String transfer(Transfer transfer, Side side) {
        String country = side.words().country(transfer.country());
        return transfer.recipient() == null
                ? country
                : country + " (" + side.name(EntityType.RECIPIENT, transfer.recipient()) + ")";
    }

    /** A retention rule by the categories it covers; the default rule covers all the others. */
    private static String retentionScope(RetentionRule rule, Side side) {
        return categoriesScope(rule.dataCategories(), side);
    }

    private static String categoriesScope(List<String> categories, Side side) {
        return categories == null
                ? side.words().get("word.default-rule")
                : side.names(EntityType.DATA_CATEGORY, categories);
    }

    private static String contactName(Contact contact) {
        return Objects.requireNonNullElse(contact.name() != null ? contact.name() : contact.email(), "");
    }
}
