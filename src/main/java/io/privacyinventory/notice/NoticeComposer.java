package io.privacyinventory.notice;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.Contact;
import io.privacyinventory.model.Countries;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSource;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.InventoryIndex;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.ModelPath;
import io.privacyinventory.model.NoticeFact;
import io.privacyinventory.model.NoticeFacts;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.RecipientKind;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Role;
import io.privacyinventory.model.Safeguard;
import io.privacyinventory.model.SpecialCategoryCondition;
import io.privacyinventory.model.SupervisoryAuthority;
import io.privacyinventory.model.Terms;
import io.privacyinventory.model.Text;
import io.privacyinventory.model.Transfer;
import io.privacyinventory.notice.NoticeDocument.Block;
import io.privacyinventory.notice.NoticeDocument.BulletList;
import io.privacyinventory.notice.NoticeDocument.Definition;
import io.privacyinventory.notice.NoticeDocument.Definitions;
import io.privacyinventory.notice.NoticeDocument.Inline;
import io.privacyinventory.notice.NoticeDocument.Item;
import io.privacyinventory.notice.NoticeDocument.Link;
import io.privacyinventory.notice.NoticeDocument.Missing;
import io.privacyinventory.notice.NoticeDocument.Paragraph;
import io.privacyinventory.notice.NoticeDocument.Plain;
import io.privacyinventory.notice.NoticeDocument.Section;
import io.privacyinventory.notice.NoticeDocument.Strong;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static io.privacyinventory.notice.InventoryTexts.clean;
import static io.privacyinventory.notice.InventoryTexts.present;

/**
 * Turns an inventory into the draft of its Art. 13/14 privacy notice. Only approved activities
 * are used: those where the organisation is controller or joint controller make up the notice,
 * approved processor activities get one short section of their own, and nothing internal (notes,
 * owners, DPIA, security measures, contract links) is ever read. Every section is left out when it
 * would be empty; a fact the notice needs and the inventory lacks becomes a visible marker.
 */
public final class NoticeComposer {
    private static final ModelPath ACTIVITIES = ModelPath.ROOT.field("activities");

    private final Inventory inventory;
    private final NoticeLanguage language;
    private final Phrasebook phrases;
    private final Terms terms;
    private final InventoryTexts texts;
    private final Map<String, MissingFact> missing = new LinkedHashMap<>();
    private final InventoryIndex index;
    private final Catalog<DataCategory> categories;
    private final Catalog<DataSubject> subjects;
    private final Catalog<Purpose> purposes;
    private final Catalog<Recipient> recipients;
    private final List<Activity> controlled = new ArrayList<>();
    private final List<Activity> processed = new ArrayList<>();
    /** By identity: an activity record's own hash walks all its fields and lists, and ids are unique anyway. */
    private final Map<Activity, Integer> activityIndex = new IdentityHashMap<>();

    private NoticeComposer(Inventory inventory, NoticeLanguage language) {
        this.inventory = inventory;
        this.language = language;
        this.phrases = Phrasebook.of(language);
        this.terms = Terms.forLanguage(language.code());
        this.texts = new InventoryTexts(language.code(), inventory.defaultLanguage());
        this.index = InventoryIndex.of(inventory);
        this.categories = new Catalog<>(inventory.dataCategories(), "dataCategories");
        this.subjects = new Catalog<>(inventory.dataSubjects(), "dataSubjects");
        this.purposes = new Catalog<>(inventory.purposes(), "purposes");
        this.recipients = new Catalog<>(inventory.recipients(), "recipients");
        for (int i = 0; i < inventory.activities().size(); i++) {
            Activity activity = inventory.activities().get(i);
            activityIndex.put(activity, i);
            if (activity.status() != ActivityStatus.APPROVED) {
                continue;
            }
            // an approved activity without a role is treated as the organisation's own: leaving it
            // out of the notice would hide processing, which is worse than a draft that says too much
            (activity.role() == Role.PROCESSOR ? processed : controlled).add(activity);
        }
    }

    /** The notice draft for an inventory, in the given language. Same inventory, same draft. */
    public static NoticeDraft compose(Inventory inventory, NoticeLanguage language) {
        return new NoticeComposer(inventory, language).compose();
    }

    private NoticeDraft compose() {
        String title = text(inventory.notice().title(), ModelPath.ROOT.field("notice").field("title"));
        if (title == null) {
            title = phrases.format("title.default", "organisation", organisationName());
        }
        List<Block> preamble = List.of(new Paragraph(phrases.inlines("effective", Map.of("date", effectiveDate()))));

        List<Section> sections = new ArrayList<>();
        addIfPresent(sections, about());
        addIfPresent(sections, responsible());
        addIfPresent(sections, collected());
        addIfPresent(sections, uses());
        addIfPresent(sections, legalBases());
        addIfPresent(sections, recipientsSection());
        addIfPresent(sections, cookies());
        addIfPresent(sections, transfers());
        addIfPresent(sections, retention());
        addIfPresent(sections, processorActivities());
        addIfPresent(sections, rights());
        addIfPresent(sections, automatedDecisions());
        addIfPresent(sections, requirements());
        addIfPresent(sections, changes());
        addIfPresent(sections, contact());
        addIfPresent(sections, NoticeVersionList.section(inventory, language));

        NoticeDocument document = new NoticeDocument(language.code(), title, preamble, phrases.get("contents"),
                Linkifier.sections(sections));
        return new NoticeDraft(document, texts.fallbacks(), new ArrayList<>(missing.values()));
    }

    // ---- sections, in the order of the notice

    private Section about() {
        ModelPath notice = ModelPath.ROOT.field("notice");
        List<Block> blocks = new ArrayList<>();
        String introduction = text(inventory.notice().introduction(), notice.field("introduction"));
        blocks.add(paragraph(introduction != null ? introduction
                : phrases.format("about.default", "organisation", organisationName())));
        String scope = text(inventory.notice().scope(), notice.field("scope"));
        if (scope != null) {
            blocks.add(paragraph(scope));
        }
        return section("about", "about.heading", blocks);
    }

    private Section responsible() {
        Organisation organisation = inventory.organisation();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(phrases.inlines("responsible.controller",
                Map.of("organisation", plain(organisationName())))));
        List<Definition> details = new ArrayList<>();
        addDefinition(details, "label.address", organisation.address());
        addEmail(details, organisation.email());
        addDefinition(details, "label.phone", organisation.phone());
        if (present(organisation.website())) {
            details.add(new Definition(phrases.get("label.website"),
                    List.of(new Link(clean(organisation.website()), clean(organisation.website())))));
        }
        if (!hasOrganisationContact()) {
            blocks.add(Paragraph.of(missingContact()));
        }
        addIfNotEmpty(blocks, details);
        addContactPerson(blocks, "responsible.dpo", organisation.dpo());
        addContactPerson(blocks, "responsible.representative", organisation.representative());
        for (Activity activity : controlled) {
            if (activity.role() != Role.JOINT_CONTROLLER) {
                continue;
            }
            blocks.add(new Paragraph(phrases.inlines("responsible.joint", Map.of("activity", plain(name(activity))))));
            List<Item> others = new ArrayList<>();
            for (Contact controller : activity.controllers()) {
                List<Inline> name = !NoticeFacts.lacksName(controller) ? List.of(new Strong(clean(controller.name())))
                        : List.of(missing(NoticeFact.JOINT_CONTROLLER_NAME, "missing.controllerName", Map.of("activity", name(activity))));
                List<Definition> contact = contactDetails(controller, false);
                others.add(new Item(name, contact.isEmpty() ? List.of() : List.of(new Definitions(contact))));
            }
            if (others.isEmpty()) {
                blocks.add(Paragraph.of(missing(NoticeFact.JOINT_CONTROLLERS, "missing.jointControllers", Map.of("activity", name(activity)))));
            } else {
                blocks.add(new BulletList(others));
            }
        }
        return section("responsible", "responsible.heading", blocks);
    }

    private Section collected() {
        List<Block> blocks = new ArrayList<>();
        List<Item> people = new ArrayList<>();
        for (DataSubject subject : subjects.used(controlled, Activity::dataSubjects)) {
            people.add(new Item(labelled(name(subject), describe(subject))));
        }
        if (!people.isEmpty()) {
            blocks.add(paragraph(phrases.get("collect.subjects")));
            blocks.add(new BulletList(people));
        }
        Map<String, List<Item>> bySource = new LinkedHashMap<>();
        for (DataSource source : DataSource.values()) {
            bySource.put(source.code(), new ArrayList<>());
        }
        bySource.put("unknown", new ArrayList<>());
        for (DataCategory category : categories.used(controlled, Activity::dataCategories)) {
            List<Inline> line = new ArrayList<>();
            line.add(new Strong(name(category)));
            List<String> marks = new ArrayList<>();
            if (category.special()) {
                marks.add(phrases.get("collect.special"));
            }
            if (category.criminal()) {
                marks.add(phrases.get("collect.criminal"));
            }
            if (!marks.isEmpty()) {
                line.add(new Plain(" (" + String.join("; ", marks) + ")"));
            }
            String description = describe(category);
            if (description != null) {
                line.add(new Plain(": " + description));
            }
            if (NoticeFacts.lacksSource(category)) {
                line.add(new Plain(" "));
                line.add(missing(NoticeFact.SOURCE, "missing.source", Map.of("category", name(category))));
            }
            bySource.get(category.source() == null ? "unknown" : category.source().code()).add(new Item(line));
        }
        bySource.forEach((source, items) -> {
            if (!items.isEmpty()) {
                blocks.add(new Section("collect-" + source, phrases.get("collect.source." + source), List.of(
                        paragraph(phrases.get("collect.source." + source + ".lead")), new BulletList(items))));
            }
        });
        return section("collect", "collect.heading", blocks);
    }

    private Section uses() {
        List<Block> blocks = new ArrayList<>();
        for (Activity activity : controlled) {
            List<Block> about = new ArrayList<>();
            String description = text(activity.description(), path(activity).field("description"));
            if (description != null) {
                about.add(paragraph(description));
            }
            List<String> data = activity.dataCategories().stream().map(this::categoryName).toList();
            if (!data.isEmpty()) {
                about.add(paragraph(phrases.format("use.data", "categories", String.join(", ", data))));
            }
            List<Item> items = new ArrayList<>();
            for (PurposeUse use : distinctPurposes(activity)) {
                Purpose purpose = purposes.get(use.purpose());
                items.add(new Item(labelled(purposeName(use.purpose()), purpose == null ? null : describe(purpose))));
            }
            if (items.isEmpty()) {
                about.add(Paragraph.of(missing(NoticeFact.PURPOSES, "missing.purposes", Map.of("activity", name(activity)))));
            } else {
                about.add(paragraph(phrases.get("use.purposes")));
                about.add(new BulletList(items));
            }
            blocks.add(new Section("use-" + activityIndex.get(activity), name(activity), about));
        }
        if (blocks.isEmpty()) {
            return null;
        }
        blocks.add(0, paragraph(phrases.get("use.lead")));
        return section("use", "use.heading", blocks);
    }

    private Section legalBases() {
        record Entry(String purpose, String activity, List<Inline> detail) {
        }
        Map<LegalBasis, List<Entry>> byBasis = new EnumMap<>(LegalBasis.class);
        List<Block> unstated = new ArrayList<>();
        for (Activity activity : controlled) {
            for (int i = 0; i < activity.purposes().size(); i++) {
                PurposeUse use = activity.purposes().get(i);
                ModelPath at = path(activity).field("purposes").index(i);
                Map<String, String> names = Map.of("purpose", purposeName(use.purpose()), "activity", name(activity));
                if (use.legalBasis() == null) {
                    unstated.add(Paragraph.of(missing(NoticeFact.LEGAL_BASIS, "missing.legalBasis", names)));
                    continue;
                }
                String reference = text(use.legalBasisReference(), at.field("legalBasisReference"));
                List<Inline> detail = new ArrayList<>();
                if (use.legalBasis() == LegalBasis.LEGITIMATE_INTERESTS) {
                    String interest = text(use.legitimateInterest(), at.field("legitimateInterest"));
                    detail.add(interest != null ? new Plain(interest) : missing(NoticeFact.LEGITIMATE_INTEREST, "missing.legitimateInterest", names));
                } else if (reference != null) {
                    detail.add(new Plain(reference));
                } else if (NoticeFacts.lacksLegalObligationReference(use)) {
                    detail.add(missing(NoticeFact.LEGAL_OBLIGATION, "missing.legalObligation", names));
                }
                byBasis.computeIfAbsent(use.legalBasis(), b -> new ArrayList<>())
                        .add(new Entry(purposeName(use.purpose()), name(activity), detail));
            }
        }
        List<Block> blocks = new ArrayList<>();
        byBasis.forEach((basis, entries) -> {
            Map<String, Entry> distinct = new LinkedHashMap<>();
            Map<String, Integer> perPurpose = new LinkedHashMap<>();
            for (Entry entry : entries) {
                if (distinct.putIfAbsent(entry.purpose() + '\u0000' + plainText(entry.detail()), entry) == null) {
                    perPurpose.merge(entry.purpose(), 1, Integer::sum);
                }
            }
            List<Item> items = new ArrayList<>();
            for (Entry entry : distinct.values()) {
                // a purpose that is argued differently in two activities is told apart by the activity
                String label = perPurpose.get(entry.purpose()) > 1 ? entry.purpose() + " (" + entry.activity() + ")"
                        : entry.purpose();
                List<Inline> line = new ArrayList<>(List.of(new Strong(label)));
                if (!entry.detail().isEmpty()) {
                    line.add(new Plain(": "));
                    line.addAll(entry.detail());
                }
                items.add(new Item(line));
            }
            blocks.add(new Section("legal-basis-" + basis.code(), terms.label(basis),
                    List.of(paragraph(phrases.get("legal.basis." + basis.code())), new BulletList(items))));
        });
        addIfPresent(blocks, specialCategoryConditions());
        addIfPresent(blocks, criminalOffenceAuthorities());
        if (!unstated.isEmpty()) {
            blocks.add(new Section("legal-basis-missing", phrases.get("legal.missing.heading"), unstated));
        }
        if (blocks.isEmpty()) {
            return null;
        }
        blocks.add(0, paragraph(phrases.get("legal.lead")));
        return section("legal-basis", "legal.heading", blocks);
    }

    /** Art. 9 data with the Art. 9(2) conditions relied on; only activities that use such data count. */
    private Section specialCategoryConditions() {
        Map<SpecialCategoryCondition, Set<String>> byCondition = new EnumMap<>(SpecialCategoryCondition.class);
        List<Item> missingConditions = new ArrayList<>();
        for (Activity activity : controlled) {
            if (!index.usesSpecialData(activity)) {
                continue;
            }
            boolean anyCondition = false;
            for (PurposeUse use : activity.purposes()) {
                if (use.specialCategoryCondition() != null) {
                    anyCondition = true;
                    byCondition.computeIfAbsent(use.specialCategoryCondition(), c -> new LinkedHashSet<>())
                            .add(purposeName(use.purpose()));
                }
            }
            if (!anyCondition) {
                missingConditions.add(new Item(List.of(
                        missing(NoticeFact.SPECIAL_CONDITION, "missing.specialCondition", Map.of("activity", name(activity))))));
            }
        }
        List<Item> items = new ArrayList<>();
        byCondition.forEach((condition, names) -> items.add(new Item(List.of(new Strong(terms.label(condition)),
                new Plain(": " + String.join(", ", names))))));
        items.addAll(missingConditions);
        if (items.isEmpty()) {
            return null;
        }
        return new Section("legal-basis-special", phrases.get("legal.special.heading"),
                List.of(paragraph(phrases.get("legal.special.lead")), new BulletList(items)));
    }

    /**
     * Art. 10 data with the law that allows it, per purpose. Never an Art. 9(2) condition: those
     * are for special categories only, and a police certificate is not one.
     */
    private Section criminalOffenceAuthorities() {
        Map<String, List<Inline>> lines = new LinkedHashMap<>();
        for (Activity activity : controlled) {
            if (!index.usesCriminalData(activity)) {
                continue;
            }
            boolean anyAuthority = false;
            for (int i = 0; i < activity.purposes().size(); i++) {
                PurposeUse use = activity.purposes().get(i);
                String authority = text(use.criminalOffenceAuthority(),
                        path(activity).field("purposes").index(i).field("criminalOffenceAuthority"));
                if (authority != null) {
                    anyAuthority = true;
                    List<Inline> line = List.of(new Strong(purposeName(use.purpose())), new Plain(": " + authority));
                    lines.putIfAbsent(plainText(line), line);
                }
            }
            if (!anyAuthority) {
                List<Inline> line = List.of(missing(NoticeFact.CRIMINAL_AUTHORITY, "missing.criminalAuthority", Map.of("activity", name(activity))));
                lines.putIfAbsent(plainText(line), line);
            }
        }
        if (lines.isEmpty()) {
            return null;
        }
        return new Section("legal-basis-criminal", phrases.get("legal.criminal.heading"), List.of(
                paragraph(phrases.get("legal.criminal.lead")),
                new BulletList(lines.values().stream().map(Item::new).toList())));
    }

    private Section recipientsSection() {
        Map<String, List<Item>> byKind = new LinkedHashMap<>();
        for (RecipientKind kind : RecipientKind.values()) {
            byKind.put(kind.code(), new ArrayList<>());
        }
        byKind.put("unknown", new ArrayList<>());
        for (Recipient recipient : recipients.used(controlled, Activity::recipients)) {
            String label = name(recipient) + (recipient.country() == null ? ""
                    : " (" + terms.country(recipient.country()) + ")");
            List<Inline> line = new ArrayList<>(List.of(new Strong(label)));
            String description = describe(recipient);
            if (description != null) {
                line.add(new Plain(": " + description));
            }
            if (recipient.tracking()) {
                line.add(new Plain(description == null ? ": " : " "));
                line.addAll(phrases.inlines("recipients.seeCookies",
                        Map.of("section", reference("cookies", "cookies.heading"))));
            }
            byKind.get(recipient.kind() == null ? "unknown" : recipient.kind().code()).add(new Item(line));
        }
        List<Block> blocks = new ArrayList<>();
        byKind.forEach((kind, items) -> {
            if (items.isEmpty()) {
                return;
            }
            List<Block> group = new ArrayList<>();
            String lead = "recipients.kind." + kind + ".lead";
            if (phrases.has(lead)) {
                group.add(paragraph(phrases.get(lead)));
            }
            group.add(new BulletList(items));
            blocks.add(new Section("recipients-" + kind, phrases.get("recipients.kind." + kind), group));
        });
        if (blocks.isEmpty()) {
            return null;
        }
        blocks.add(0, paragraph(phrases.get("recipients.lead")));
        return section("recipients", "recipients.heading", blocks);
    }

    private Section cookies() {
        List<Block> blocks = new ArrayList<>();
        for (Recipient recipient : recipients.used(controlled, Activity::recipients)) {
            if (!recipient.tracking()) {
                continue;
            }
            List<Block> tool = new ArrayList<>();
            String description = describe(recipient);
            if (description != null) {
                tool.add(paragraph(description));
            }
            String optOut = clean(recipient.optOutUrl());
            tool.add(present(optOut)
                    ? new Paragraph(phrases.inlines("cookies.optOut", Map.of("link", List.of(new Link(optOut, optOut)))))
                    : Paragraph.of(missing(NoticeFact.OPT_OUT, "missing.optOut", Map.of("recipient", name(recipient)))));
            blocks.add(new Section("cookies-" + recipient.id(), name(recipient), tool));
        }
        if (blocks.isEmpty()) {
            return null;
        }
        blocks.add(0, paragraph(phrases.get("cookies.lead")));
        return section("cookies", "cookies.heading", blocks);
    }

    private Section transfers() {
        // transfers to the same recipient on the same safeguard are one bullet, however many activities declare them
        record Route(List<Inline> line, Set<String> descriptions) {
        }
        Map<String, Route> routes = new LinkedHashMap<>();
        boolean copyAvailable = false;
        for (Activity activity : controlled) {
            Set<String> declared = new LinkedHashSet<>();
            for (int i = 0; i < activity.transfers().size(); i++) {
                Transfer transfer = activity.transfers().get(i);
                declared.add(transfer.country());
                if (Countries.isInEea(transfer.country())) {
                    continue;
                }
                String country = terms.country(transfer.country());
                String lead = transfer.recipient() == null ? country
                        : recipientName(transfer.recipient()) + " (" + country + ")";
                List<Inline> line = new ArrayList<>(List.of(new Strong(lead), new Plain(": ")));
                line.addAll(safeguard(transfer));
                Route route = routes.computeIfAbsent(plainText(line), key -> new Route(line, new LinkedHashSet<>()));
                String description = text(transfer.description(), path(activity).field("transfers").index(i).field("description"));
                if (description != null) {
                    route.descriptions().add(description);
                }
                copyAvailable |= transfer.safeguard() != null && transfer.safeguard() != Safeguard.ADEQUACY_DECISION;
            }
            for (String id : activity.recipients()) {
                Recipient recipient = recipients.get(id);
                if (recipient != null && recipient.country() != null && !Countries.isInEea(recipient.country())
                        && !declared.contains(recipient.country())) {
                    List<Inline> line = List.of(missing(NoticeFact.TRANSFER, "missing.transfer", Map.of("recipient", name(recipient),
                            "country", terms.country(recipient.country()))));
                    routes.putIfAbsent(plainText(line), new Route(line, Set.of()));
                }
            }
        }
        if (routes.isEmpty()) {
            return null;
        }
        List<Item> items = new ArrayList<>();
        for (Route route : routes.values()) {
            List<Block> details = route.descriptions().stream().map(NoticeComposer::paragraph).map(Block.class::cast).toList();
            items.add(new Item(route.line(), details));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(paragraph(phrases.get("transfers.lead")));
        blocks.add(new BulletList(items));
        if (copyAvailable) {
            blocks.add(new Paragraph(phrases.inlines("transfers.copy",
                    Map.of("section", reference("contact", "contact.heading")))));
        }
        return section("transfers", "transfers.heading", blocks);
    }

    private List<Inline> safeguard(Transfer transfer) {
        String country = terms.country(transfer.country());
        boolean adequate = Countries.hasAdequacyDecision(transfer.country());
        boolean conditional = Countries.adequacyCondition(transfer.country()).isPresent();
        NoticeFact gap = NoticeFacts.safeguardGap(transfer);
        if (gap == NoticeFact.ADEQUACY) {
            return List.of(missing(gap, "missing.adequacy", Map.of("country", country)));
        } else if (gap != null) {
            return List.of(missing(gap, "missing.safeguard", Map.of("country", country)));
        }
        Safeguard safeguard = transfer.safeguard() == null ? Safeguard.ADEQUACY_DECISION : transfer.safeguard();
        String sentence = phrases.get("transfers.safeguard." + safeguard.code());
        String condition = "transfers.condition." + transfer.country();
        if (safeguard == Safeguard.ADEQUACY_DECISION && conditional && phrases.has(condition)) {
            sentence += " " + phrases.get(condition);
        }
        return List.of(new Plain(sentence));
    }

    private Section retention() {
        List<Block> blocks = new ArrayList<>();
        for (Activity activity : controlled) {
            Set<String> named = new LinkedHashSet<>();
            boolean hasDefault = false;
            for (RetentionRule rule : activity.retention()) {
                if (rule.isDefaultRule()) {
                    hasDefault = true;
                } else {
                    named.addAll(rule.dataCategories());
                }
            }
            List<String> rest = activity.dataCategories().stream().filter(id -> !named.contains(id)).toList();
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < activity.retention().size(); i++) {
                RetentionRule rule = activity.retention().get(i);
                ModelPath at = path(activity).field("retention").index(i);
                List<String> covered = rule.isDefaultRule() ? rest : rule.dataCategories();
                String label = rule.isDefaultRule() && activity.retention().size() == 1 ? phrases.get("retention.allData")
                        : covered.isEmpty() ? phrases.get("retention.otherData")
                        : String.join(", ", covered.stream().map(this::categoryName).toList());
                List<Definition> facts = new ArrayList<>();
                String trigger = text(rule.trigger(), at.field("trigger"));
                if (present(rule.period())) {
                    facts.add(new Definition(phrases.get("retention.period"), plain(phrases.period(rule.period()))));
                }
                if (trigger != null) {
                    facts.add(new Definition(phrases.get(present(rule.period()) ? "retention.from" : "retention.until"),
                            plain(trigger)));
                }
                List<Block> details = new ArrayList<>();
                addIfNotEmpty(details, facts);
                String description = text(rule.description(), at.field("description"));
                if (description != null) {
                    details.add(paragraph(description));
                }
                if (NoticeFacts.isEmpty(rule)) {
                    details.add(Paragraph.of(missing(NoticeFact.RETENTION_EMPTY, "missing.retention",
                            Map.of("categories", label, "activity", name(activity)))));
                }
                items.add(new Item(List.of(new Strong(label)), details));
            }
            if (!hasDefault && !rest.isEmpty()) {
                String label = String.join(", ", rest.stream().map(this::categoryName).toList());
                items.add(new Item(List.of(new Strong(label)), List.of(Paragraph.of(missing(NoticeFact.RETENTION, "missing.retention",
                        Map.of("categories", label, "activity", name(activity)))))));
            }
            if (!items.isEmpty()) {
                blocks.add(new Section("retention-" + activityIndex.get(activity), name(activity),
                        List.of(new BulletList(items))));
            }
        }
        if (blocks.isEmpty()) {
            return null;
        }
        blocks.add(0, paragraph(phrases.get("retention.lead")));
        return section("retention", "retention.heading", blocks);
    }

    private Section processorActivities() {
        List<Item> items = new ArrayList<>();
        for (Activity activity : processed) {
            List<String> data = activity.dataCategories().stream().map(this::categoryName).toList();
            items.add(new Item(labelled(name(activity), text(activity.description(), path(activity).field("description"))),
                    data.isEmpty() ? List.of() : List.of(paragraph(phrases.format("use.data", "categories", String.join(", ", data))))));
        }
        if (items.isEmpty()) {
            return null;
        }
        return section("processor", "processor.heading",
                List.of(paragraph(phrases.get("processor.lead")), new BulletList(items)));
    }

    private Section rights() {
        Set<LegalBasis> bases = EnumSet.noneOf(LegalBasis.class);
        controlled.forEach(activity -> activity.purposes().stream().map(PurposeUse::legalBasis)
                .filter(b -> b != null).forEach(bases::add));
        List<Item> items = new ArrayList<>();
        for (DataSubjectRight right : DataSubjectRight.applicable(bases)) {
            String key = "rights." + right.phraseKey();
            Map<String, List<Inline>> values = switch (right) {
                case PORTABILITY -> Map.of("bases", plain(phrases.joinOr(names(bases, "rights.portability.",
                        LegalBasis.CONSENT, LegalBasis.CONTRACT))));
                case OBJECTION -> Map.of("bases", plain(phrases.joinOr(names(bases, "rights.objection.",
                        LegalBasis.LEGITIMATE_INTERESTS, LegalBasis.PUBLIC_TASK))));
                case COMPLAINT -> Map.of("authority", authority());
                default -> Map.of();
            };
            List<Inline> line = new ArrayList<>(List.of(new Strong(phrases.get(key)), new Plain(": ")));
            line.addAll(phrases.inlines(key + ".text", values));
            items.add(new Item(line));
        }
        List<String> marketing = directMarketingPurposes();
        if (!marketing.isEmpty()) {
            // Art. 21(2)-(3): no reasons needed and no balancing, so it is a right of its own, not the general one
            items.add(new Item(List.of(new Strong(phrases.get("rights.directMarketing")), new Plain(": "),
                    new Plain(phrases.format("rights.directMarketing.text", "purposes", String.join(", ", marketing))))));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(phrases.inlines("rights.lead", Map.of("section", reference("contact", "contact.heading")))));
        blocks.add(new BulletList(items));
        if (!processed.isEmpty()) {
            blocks.add(new Paragraph(phrases.inlines("rights.processor",
                    Map.of("section", reference("processor", "processor.heading")))));
        }
        return section("rights", "rights.heading", blocks);
    }

    /** The names of the direct-marketing purposes the notice's activities pursue, each once. */
    private List<String> directMarketingPurposes() {
        Set<String> names = new LinkedHashSet<>();
        for (Activity activity : controlled) {
            for (PurposeUse use : activity.purposes()) {
                Purpose purpose = purposes.get(use.purpose());
                if (purpose != null && purpose.directMarketing()) {
                    names.add(purposeName(use.purpose()));
                }
            }
        }
        return new ArrayList<>(names);
    }

    private List<Inline> authority() {
        SupervisoryAuthority authority = inventory.organisation().supervisoryAuthority();
        if (NoticeFacts.lacksSupervisoryAuthority(inventory.organisation())) {
            return List.of(missing(NoticeFact.SUPERVISORY_AUTHORITY, "missing.authority", Map.of()));
        }
        List<Inline> inlines = new ArrayList<>(List.of(new Plain(clean(authority.name()))));
        if (present(authority.website())) {
            inlines.add(new Plain(" ("));
            inlines.add(new Link(clean(authority.website()), clean(authority.website())));
            inlines.add(new Plain(")"));
        }
        return inlines;
    }

    private Section automatedDecisions() {
        List<Item> items = new ArrayList<>();
        for (Activity activity : controlled) {
            if (activity.automatedDecisions() == null || !activity.automatedDecisions().used()) {
                continue;
            }
            String logic = text(activity.automatedDecisions().logic(), path(activity).field("automatedDecisions").field("logic"));
            List<Inline> line = new ArrayList<>(List.of(new Strong(name(activity)), new Plain(": ")));
            line.add(NoticeFacts.lacksAutomatedLogic(activity) || logic == null
                    ? missing(NoticeFact.AUTOMATED_LOGIC, "missing.automatedLogic", Map.of("activity", name(activity)))
                    : new Plain(logic));
            items.add(new Item(line));
        }
        if (items.isEmpty()) {
            return null;
        }
        return section("automated", "automated.heading", List.of(paragraph(phrases.get("automated.lead")),
                new BulletList(items), paragraph(phrases.get("automated.rights"))));
    }

    private Section requirements() {
        List<Item> items = new ArrayList<>();
        for (Activity activity : controlled) {
            String statement = text(activity.statutoryRequirement(), path(activity).field("statutoryRequirement"));
            if (statement != null) {
                items.add(new Item(labelled(name(activity), statement)));
            } else if (NoticeFacts.needsStatutoryRequirement(activity, categories.byId)) {
                items.add(new Item(List.of(new Strong(name(activity)), new Plain(": "),
                        missing(NoticeFact.STATUTORY_REQUIREMENT, "missing.requirement", Map.of("activity", name(activity))))));
            }
        }
        if (items.isEmpty()) {
            return null;
        }
        return section("requirement", "requirement.heading",
                List.of(paragraph(phrases.get("requirement.lead")), new BulletList(items)));
    }

    private Section changes() {
        return section("changes", "changes.heading", List.of(paragraph(phrases.get("changes.text")),
                new Paragraph(phrases.inlines("changes.effective", Map.of("date", effectiveDate())))));
    }

    private Section contact() {
        Organisation organisation = inventory.organisation();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(phrases.inlines("contact.lead", Map.of("organisation", plain(organisationName())))));
        List<Definition> details = new ArrayList<>();
        addEmail(details, organisation.email());
        addDefinition(details, "label.phone", organisation.phone());
        if (present(organisation.address())) {
            details.add(new Definition(phrases.get("label.post"),
                    plain(organisationName() + ", " + clean(organisation.address()))));
        }
        if (!hasOrganisationContact()) {
            blocks.add(Paragraph.of(missingContact()));
        }
        addIfNotEmpty(blocks, details);
        addContactPerson(blocks, "contact.dpo", organisation.dpo());
        return section("contact", "contact.heading", blocks);
    }

    // ---- helpers

    private List<Inline> effectiveDate() {
        return inventory.notice().effectiveDate() == null ? List.of(missing(NoticeFact.EFFECTIVE_DATE, "missing.effectiveDate", Map.of()))
                : plain(phrases.date(inventory.notice().effectiveDate()));
    }

    private boolean hasOrganisationContact() {
        return NoticeFacts.hasOrganisationContact(inventory.organisation());
    }

    private Missing missingContact() {
        return missing(NoticeFact.CONTACT, "missing.contact", Map.of("organisation", organisationName()));
    }

    private void addContactPerson(List<Block> blocks, String lead, Contact person) {
        if (person == null) {
            return;
        }
        List<Definition> details = contactDetails(person, true);
        if (!details.isEmpty()) {
            blocks.add(paragraph(phrases.get(lead)));
            blocks.add(new Definitions(details));
        }
    }

    private List<Definition> contactDetails(Contact contact, boolean withName) {
        List<Definition> details = new ArrayList<>();
        if (withName) {
            addDefinition(details, "label.name", contact.name());
        }
        addEmail(details, contact.email());
        addDefinition(details, "label.phone", contact.phone());
        addDefinition(details, "label.address", contact.address());
        return details;
    }

    private void addDefinition(List<Definition> details, String label, String value) {
        if (present(value)) {
            details.add(new Definition(phrases.get(label), plain(clean(value))));
        }
    }

    private void addEmail(List<Definition> details, String email) {
        if (present(email)) {
            details.add(new Definition(phrases.get("label.email"),
                    List.of(new Link(clean(email), "mailto:" + clean(email)))));
        }
    }

    private static void addIfNotEmpty(List<Block> blocks, List<Definition> definitions) {
        if (!definitions.isEmpty()) {
            blocks.add(new Definitions(definitions));
        }
    }

    private static <T> void addIfPresent(List<? super T> list, T value) {
        if (value != null) {
            list.add(value);
        }
    }

    private Section section(String id, String headingKey, List<Block> blocks) {
        return blocks.isEmpty() ? null : new Section(id, phrases.get(headingKey), blocks);
    }

    /** A mention of another section of the notice by its heading; the HTML page links it. */
    private List<Inline> reference(String sectionId, String headingKey) {
        return List.of(new Link(phrases.get(headingKey), "#" + sectionId));
    }

    private Missing missing(NoticeFact fact, String key, Map<String, String> values) {
        String what = phrases.format(key, values);
        String marker = phrases.format("missing.marker", "what", what);
        missing.putIfAbsent(what, new MissingFact(fact, what, marker));
        return new Missing(marker);
    }

    private List<String> names(Set<LegalBasis> used, String prefix, LegalBasis... candidates) {
        List<String> names = new ArrayList<>();
        for (LegalBasis basis : candidates) {
            if (used.contains(basis)) {
                names.add(phrases.get(prefix + basis.code()));
            }
        }
        return names;
    }

    /** "Name: description", or the name alone. */
    private static List<Inline> labelled(String name, String description) {
        return description == null ? List.of(new Strong(name)) : List.of(new Strong(name), new Plain(": " + description));
    }

    private static Paragraph paragraph(String text) {
        return Paragraph.of(new Plain(text));
    }

    private static List<Inline> plain(String text) {
        return List.of(new Plain(text));
    }

    private static String plainText(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Plain plain) {
                out.append(plain.text());
            } else if (inline instanceof Strong strong) {
                out.append(strong.text());
            } else if (inline instanceof Link link) {
                out.append(link.label()).append(' ').append(link.href());
            } else if (inline instanceof Missing marker) {
                out.append(marker.text());
            }
        }
        return out.toString();
    }

    private String text(Text text, ModelPath path) {
        return texts.get(text, path);
    }

    private String organisationName() {
        return clean(inventory.organisation().name());
    }

    private ModelPath path(Activity activity) {
        return ACTIVITIES.index(activityIndex.get(activity));
    }

    private String name(Activity activity) {
        String name = text(activity.name(), path(activity).field("name"));
        return name == null ? activity.id() : name;
    }

    private String name(Entity entity) {
        Catalog<?> catalog;
        if (entity instanceof DataCategory) {
            catalog = categories;
        } else if (entity instanceof DataSubject) {
            catalog = subjects;
        } else if (entity instanceof Purpose) {
            catalog = purposes;
        } else if (entity instanceof Recipient) {
            catalog = recipients;
        } else {
            return name((Activity) entity);
        }
        String name = text(entity.name(), catalog.path(entity.id()).field("name"));
        return name == null ? entity.id() : name;
    }

    private String describe(DataCategory category) {
        return text(category.description(), categories.path(category.id()).field("description"));
    }

    private String describe(DataSubject subject) {
        return text(subject.description(), subjects.path(subject.id()).field("description"));
    }

    private String describe(Purpose purpose) {
        return text(purpose.description(), purposes.path(purpose.id()).field("description"));
    }

    private String describe(Recipient recipient) {
        return text(recipient.description(), recipients.path(recipient.id()).field("description"));
    }

    private String categoryName(String id) {
        DataCategory category = categories.get(id);
        return category == null ? id : name(category);
    }

    private String purposeName(String id) {
        Purpose purpose = purposes.get(id);
        return purpose == null ? id : name(purpose);
    }

    private String recipientName(String id) {
        Recipient recipient = recipients.get(id);
        return recipient == null ? id : name(recipient);
    }

    /** The activity's purposes, each once, in their order. */
    private static List<PurposeUse> distinctPurposes(Activity activity) {
        Map<String, PurposeUse> distinct = new LinkedHashMap<>();
        activity.purposes().forEach(use -> distinct.putIfAbsent(use.purpose(), use));
        return new ArrayList<>(distinct.values());
    }

    /** One of the inventory's lists, by id, with the path of each item. */
    private static final class Catalog<T extends Entity> {
        private final Map<String, T> byId = new LinkedHashMap<>();
        private final Map<String, Integer> index = new LinkedHashMap<>();
        private final ModelPath list;

        Catalog(List<T> items, String listName) {
            this.list = ModelPath.ROOT.field(listName);
            for (int i = 0; i < items.size(); i++) {
                byId.putIfAbsent(items.get(i).id(), items.get(i));
                index.putIfAbsent(items.get(i).id(), i);
            }
        }

        T get(String id) {
            return byId.get(id);
        }

        ModelPath path(String id) {
            return list.index(index.getOrDefault(id, -1));
        }

        /** The items the given activities refer to, in the order of the inventory's list. */
        List<T> used(List<Activity> activities, Function<Activity, List<String>> references) {
            Set<String> ids = new LinkedHashSet<>();
            activities.forEach(activity -> ids.addAll(references.apply(activity)));
            return byId.values().stream().filter(item -> ids.contains(item.id())).toList();
        }
    }
}
