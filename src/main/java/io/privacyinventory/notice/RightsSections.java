package io.privacyinventory.notice;

import static io.privacyinventory.notice.ComposerContext.paragraph;
import static io.privacyinventory.notice.ComposerContext.plain;
import static io.privacyinventory.notice.InventoryTexts.clean;
import static io.privacyinventory.notice.InventoryTexts.present;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.NoticeFact;
import io.privacyinventory.model.NoticeFacts;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.SupervisoryAuthority;
import io.privacyinventory.notice.NoticeDocument.Block;
import io.privacyinventory.notice.NoticeDocument.BulletList;
import io.privacyinventory.notice.NoticeDocument.Inline;
import io.privacyinventory.notice.NoticeDocument.Item;
import io.privacyinventory.notice.NoticeDocument.Link;
import io.privacyinventory.notice.NoticeDocument.Paragraph;
import io.privacyinventory.notice.NoticeDocument.Plain;
import io.privacyinventory.notice.NoticeDocument.Section;
import io.privacyinventory.notice.NoticeDocument.Strong;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The sections about what the reader can do and rely on: the rights that follow from the legal
 * bases used (with the unconditional objection to direct marketing when a purpose is marketing),
 * automated decisions (or the statement that there are none), security, and whether the reader
 * must give us the data.
 */
final class RightsSections {
    private final ComposerContext context;

    RightsSections(ComposerContext context) {
        this.context = context;
    }

    Section rights() {
        Set<LegalBasis> bases = EnumSet.noneOf(LegalBasis.class);
        context.controlled.forEach(activity -> activity.purposes().stream()
                .map(PurposeUse::legalBasis)
                .filter(Objects::nonNull)
                .forEach(bases::add));
        List<Item> items = new ArrayList<>();
        for (DataSubjectRight right : DataSubjectRight.applicable(bases)) {
            String key = "rights." + right.phraseKey();
            Map<String, List<Inline>> values = switch (right) {
                case PORTABILITY ->
                    Map.of(
                            "bases",
                            plain(context.phrases.joinOr(
                                    names(bases, "rights.portability.", LegalBasis.CONSENT, LegalBasis.CONTRACT))));
                case OBJECTION ->
                    Map.of(
                            "bases",
                            plain(context.phrases.joinOr(names(
                                    bases,
                                    "rights.objection.",
                                    LegalBasis.LEGITIMATE_INTERESTS,
                                    LegalBasis.PUBLIC_TASK))));
                case COMPLAINT -> Map.of("authority", authority());
                default -> Map.of();
            };
            List<Inline> line = new ArrayList<>(List.of(new Strong(context.phrases.get(key)), new Plain(": ")));
            line.addAll(context.phrases.inlines(key + ".text", values));
            items.add(new Item(line));
        }
        List<Inline> marketing = directMarketingPurposes();
        if (!marketing.isEmpty()) {
            // Art. 21(2)-(3): no reasons needed and no balancing, so it is a right of its own, not the general one
            List<Inline> line = new ArrayList<>(
                    List.of(new Strong(context.phrases.get("rights.directMarketing")), new Plain(": ")));
            line.addAll(context.phrases.inlines("rights.directMarketing.text", Map.of("purposes", marketing)));
            items.add(new Item(line));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(context.phrases.inlines(
                "rights.lead", Map.of("section", context.reference("contact", "contact.heading")))));
        blocks.add(new BulletList(items));
        if (!context.processed.isEmpty()) {
            blocks.add(new Paragraph(context.phrases.inlines(
                    "rights.processor", Map.of("section", context.reference("processor", "processor.heading")))));
        }
        return context.section("rights", "rights.heading", blocks);
    }

    /** The names of the direct-marketing purposes the notice's activities pursue, each once. */
    private List<Inline> directMarketingPurposes() {
        Map<String, Inline> names = new LinkedHashMap<>();
        for (Activity activity : context.controlled) {
            for (PurposeUse use : activity.purposes()) {
                Purpose purpose = context.purposes.get(use.purpose());
                if (purpose != null && purpose.directMarketing()) {
                    names.putIfAbsent(purpose.id(), context.nameOf(purpose, false));
                }
            }
        }
        return ComposerContext.joined(new ArrayList<>(names.values()));
    }

    private List<String> names(Set<LegalBasis> used, String prefix, LegalBasis... candidates) {
        List<String> names = new ArrayList<>();
        for (LegalBasis basis : candidates) {
            if (used.contains(basis)) {
                names.add(context.phrases.get(prefix + basis.code()));
            }
        }
        return names;
    }

    private List<Inline> authority() {
        SupervisoryAuthority authority = context.inventory.organisation().supervisoryAuthority();
        if (NoticeFacts.lacksSupervisoryAuthority(context.inventory.organisation())) {
            return List.of(context.missing(NoticeFact.SUPERVISORY_AUTHORITY, "missing.authority", Map.of()));
        }
        List<Inline> inlines = new ArrayList<>(List.of(new Plain(clean(authority.name()))));
        if (present(authority.website())) {
            inlines.add(new Plain(" ("));
            inlines.add(new Link(clean(authority.website()), clean(authority.website())));
            inlines.add(new Plain(")"));
        }
        return inlines;
    }

    /** Automated decisions where the record has them, and a plain "we make none" where it has none. */
    Section automatedDecisions() {
        List<Item> items = new ArrayList<>();
        for (Activity activity : context.controlled) {
            if (activity.automatedDecisions() == null
                    || !activity.automatedDecisions().used()) {
                continue;
            }
            Inline logic = context.inline(
                    activity.automatedDecisions().logic(),
                    context.path(activity).field("automatedDecisions").field("logic"),
                    false);
            List<Inline> line = new ArrayList<>(List.of(context.nameOf(activity, true), new Plain(": ")));
            line.add(
                    NoticeFacts.lacksAutomatedLogic(activity) || logic == null
                            ? context.missing(
                                    NoticeFact.AUTOMATED_LOGIC,
                                    "missing.automatedLogic",
                                    Map.of("activity", context.name(activity)))
                            : logic);
            items.add(new Item(line));
        }
        if (context.controlled.isEmpty()) {
            return null;
        }
        if (items.isEmpty()) {
            return context.section(
                    "automated", "automated.heading", List.of(paragraph(context.phrases.get("automated.none"))));
        }
        return context.section(
                "automated",
                "automated.heading",
                List.of(
                        paragraph(context.phrases.get("automated.lead")),
                        new BulletList(items),
                        paragraph(context.phrases.get("automated.rights"))));
    }

    /**
     * A short statement that the data is protected, made only when the record holds security
     * measures for the activities the notice covers; the measures themselves stay internal, since
     * detail about them would help an attacker more than a reader.
     */
    Section security() {
        boolean recorded = !context.controlled.isEmpty()
                && context.controlled.stream()
                        .allMatch(activity -> activity.securityMeasures() != null
                                && !activity.securityMeasures().isEmpty());
        return recorded
                ? context.section(
                        "security", "security.heading", List.of(paragraph(context.phrases.get("security.text"))))
                : null;
    }

    Section requirements() {
        List<Item> items = new ArrayList<>();
        for (Activity activity : context.controlled) {
            Inline statement = context.inline(
                    activity.statutoryRequirement(), context.path(activity).field("statutoryRequirement"), false);
            if (statement != null) {
                items.add(new Item(List.of(context.nameOf(activity, true), new Plain(": "), statement)));
            } else if (NoticeFacts.needsStatutoryRequirement(activity, context.categories.byId())) {
                items.add(new Item(List.of(
                        context.nameOf(activity, true),
                        new Plain(": "),
                        context.missing(
                                NoticeFact.STATUTORY_REQUIREMENT,
                                "missing.requirement",
                                Map.of("activity", context.name(activity))))));
            }
        }
        if (items.isEmpty()) {
            return null;
        }
        return context.section(
                "requirement",
                "requirement.heading",
                List.of(paragraph(context.phrases.get("requirement.lead")), new BulletList(items)));
    }
}
