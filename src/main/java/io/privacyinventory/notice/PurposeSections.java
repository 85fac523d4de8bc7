package io.privacyinventory.notice;

import static io.privacyinventory.notice.ComposerContext.addPlainText;
import static io.privacyinventory.notice.ComposerContext.paragraph;
import static io.privacyinventory.notice.ComposerContext.plainText;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.ModelPath;
import io.privacyinventory.model.NoticeFact;
import io.privacyinventory.model.NoticeFacts;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.SpecialCategoryCondition;
import io.privacyinventory.notice.NoticeDocument.Block;
import io.privacyinventory.notice.NoticeDocument.BulletList;
import io.privacyinventory.notice.NoticeDocument.Definition;
import io.privacyinventory.notice.NoticeDocument.Definitions;
import io.privacyinventory.notice.NoticeDocument.Inline;
import io.privacyinventory.notice.NoticeDocument.Item;
import io.privacyinventory.notice.NoticeDocument.Paragraph;
import io.privacyinventory.notice.NoticeDocument.Plain;
import io.privacyinventory.notice.NoticeDocument.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "What do we use personal data for, and why?": one block per processing activity, anchored by
 * its id, that says in one place what the activity does, its purposes each with the legal basis it
 * rests on, the data it uses and how long the data is kept. A purpose or legitimate interest that
 * an earlier block has already explained is only named again, and the balancing of legitimate
 * interests is stated once for the whole notice, so that no statement is repeated.
 */
final class PurposeSections {
    private final ComposerContext context;
    private final RetentionBlocks retention;
    /** Purpose and basis statements already made, with the heading of the block that made them. */
    private final Map<String, String> stated = new LinkedHashMap<>();
    /**
     * "(stated above, under …)" by the heading it names: thousands of activities repeat what a few
     * said first, and the same immutable runs serve every bullet that names the same block.
     */
    private final Map<String, List<Inline>> statedAbove = new HashMap<>();

    PurposeSections(ComposerContext context) {
        this.context = context;
        this.retention = new RetentionBlocks(context);
    }

    /**
     * Writes the section into the sink, opened with its lead and then one block per activity as
     * each is made: at thousands of activities the section is most of the notice.
     */
    void uses(NoticeSink sink) {
        if (context.controlled.isEmpty()) {
            return;
        }
        boolean legitimateInterests = context.controlled.stream()
                .flatMap(activity -> activity.purposes().stream())
                .anyMatch(use -> use.legalBasis() == LegalBasis.LEGITIMATE_INTERESTS);
        List<Block> lead = new ArrayList<>();
        lead.add(paragraph(context.phrases.get("use.lead")));
        if (legitimateInterests) {
            lead.add(new Paragraph(context.phrases.inlines(
                    "use.balancing", Map.of("section", context.reference("contact", "contact.heading")))));
        }
        sink.open(new Section("use", context.phrases.get("use.heading"), lead));
        for (Activity activity : context.controlled) {
            sink.add(block(activity));
        }
        sink.close();
    }

    private Section block(Activity activity) {
        ModelPath at = context.path(activity);
        String heading = context.name(activity);
        List<Block> blocks = new ArrayList<>();
        ComposerContext.addIfPresent(blocks, context.paragraph(activity.description(), at.field("description")));
        List<Item> items = purposeItems(activity, heading);
        if (items.isEmpty()) {
            blocks.add(Paragraph.of(
                    context.missing(NoticeFact.PURPOSES, "missing.purposes", Map.of("activity", heading))));
        } else {
            blocks.add(new BulletList(items));
        }
        List<Definition> facts = new ArrayList<>();
        if (!activity.dataCategories().isEmpty()) {
            facts.add(
                    new Definition(context.phrases.get("use.data"), context.categoryNames(activity.dataCategories())));
        }
        ComposerContext.addIfPresent(facts, specialConditions(activity, heading));
        ComposerContext.addIfPresent(facts, criminalAuthorities(activity, heading));
        retention.addTo(activity, facts, blocks);
        Inline name = context.nameOf(activity, false);
        String headingLanguage = name instanceof NoticeDocument.Foreign foreign ? foreign.language() : null;
        return new Section("purpose-" + activity.id(), heading, headingLanguage, blocks);
    }

    /** One bullet per purpose: what it is, and under it each legal basis it rests on. */
    private List<Item> purposeItems(Activity activity, String heading) {
        Map<String, List<Integer>> byPurpose = new LinkedHashMap<>();
        for (int i = 0; i < activity.purposes().size(); i++) {
            byPurpose
                    .computeIfAbsent(activity.purposes().get(i).purpose(), id -> new ArrayList<>())
                    .add(i);
        }
        List<Item> items = new ArrayList<>();
        byPurpose.forEach((id, uses) -> {
            // the name is read before the bases, so that its fallback is reported before theirs
            Inline name = context.purposeInline(id, true);
            // every basis is worded (and its gaps marked) even when the bullet only names an earlier block
            List<List<Inline>> bases = new ArrayList<>(uses.size());
            // the purpose and each basis in words, apart by NULs: one key for what the bullet states
            List<String> statement = new ArrayList<>();
            statement.add(id);
            for (int i : uses) {
                List<Inline> basis = basis(activity, i, heading);
                statement.add("\u0000");
                addPlainText(statement, basis);
                bases.add(basis);
            }
            String earlier = stated.putIfAbsent(String.join("", statement), heading);
            List<Inline> line = new ArrayList<>();
            line.add(name);
            if (earlier != null) {
                // the same purpose on the same grounds: said in full once, named here
                line.addAll(statedAbove.computeIfAbsent(
                        earlier,
                        block -> context.phrases.inlines(
                                "use.statedAbove", Map.of("activity", List.of(new Plain(block))))));
                items.add(new Item(line));
                return;
            }
            Purpose purpose = context.purposes.get(id);
            Inline description = purpose == null ? null : context.descriptionOf(purpose);
            if (description != null) {
                line.add(new Plain(": "));
                line.add(description);
            }
            List<Block> details = new ArrayList<>(bases.size());
            for (List<Inline> basis : bases) {
                details.add(new Definitions(List.of(new Definition(context.phrases.get("use.basis"), basis))));
            }
            items.add(new Item(line, details));
        });
        return items;
    }

    /** "legitimate interests (Art. 6(1)(f)): the interest", or the reference the record gives for the basis. */
    private List<Inline> basis(Activity activity, int index, String heading) {
        PurposeUse use = activity.purposes().get(index);
        ModelPath at = context.path(activity).field("purposes").index(index);
        if (use.legalBasis() == null) {
            return List.of(context.missing(NoticeFact.LEGAL_BASIS, "missing.legalBasis", names(use, heading)));
        }
        List<Inline> line = new ArrayList<>();
        line.add(new Plain(context.terms.label(use.legalBasis())));
        Inline detail;
        if (use.legalBasis() == LegalBasis.LEGITIMATE_INTERESTS) {
            detail = context.inline(use.legitimateInterest(), at.field("legitimateInterest"), false);
            if (detail == null) {
                detail = context.missing(
                        NoticeFact.LEGITIMATE_INTEREST, "missing.legitimateInterest", names(use, heading));
            }
        } else {
            detail = context.inline(use.legalBasisReference(), at.field("legalBasisReference"), false);
            if (detail == null && NoticeFacts.lacksLegalObligationReference(use)) {
                detail = context.missing(NoticeFact.LEGAL_OBLIGATION, "missing.legalObligation", names(use, heading));
            }
        }
        if (detail != null) {
            line.add(new Plain(": "));
            line.add(detail);
        }
        return line;
    }

    /** The names a marker about a purpose's basis gives; made only for a marker, most bases have none. */
    private Map<String, String> names(PurposeUse use, String heading) {
        return Map.of("purpose", context.purposeName(use.purpose()), "activity", heading);
    }

    /** Art. 9 data: the Art. 9(2) conditions this activity relies on, or a marker when it names none. */
    private Definition specialConditions(Activity activity, String heading) {
        if (!context.index.usesSpecialData(activity)) {
            return null;
        }
        Set<SpecialCategoryCondition> conditions = new LinkedHashSet<>();
        activity.purposes().stream()
                .map(PurposeUse::specialCategoryCondition)
                .filter(c -> c != null)
                .forEach(conditions::add);
        List<Inline> value = new ArrayList<>();
        if (conditions.isEmpty()) {
            value.add(context.missing(
                    NoticeFact.SPECIAL_CONDITION, "missing.specialCondition", Map.of("activity", heading)));
        } else {
            value.add(new Plain(context.phrases.join(
                    conditions.stream().map(context.terms::label).toList())));
        }
        return new Definition(context.phrases.get("use.special"), value);
    }

    /** Art. 10 data: the law that allows it, never an Art. 9(2) condition. */
    private Definition criminalAuthorities(Activity activity, String heading) {
        if (!context.index.usesCriminalData(activity)) {
            return null;
        }
        Map<String, Inline> authorities = new LinkedHashMap<>();
        for (int i = 0; i < activity.purposes().size(); i++) {
            Inline authority = context.inline(
                    activity.purposes().get(i).criminalOffenceAuthority(),
                    context.path(activity).field("purposes").index(i).field("criminalOffenceAuthority"),
                    false);
            if (authority != null) {
                authorities.putIfAbsent(plainText(List.of(authority)), authority);
            }
        }
        List<Inline> value = authorities.isEmpty()
                ? List.of(context.missing(
                        NoticeFact.CRIMINAL_AUTHORITY, "missing.criminalAuthority", Map.of("activity", heading)))
                : ComposerContext.joined(new ArrayList<>(authorities.values()));
        return new Definition(context.phrases.get("use.criminal"), value);
    }
}
