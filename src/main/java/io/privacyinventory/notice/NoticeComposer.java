package io.privacyinventory.notice;

import static io.privacyinventory.notice.ComposerContext.addIfPresent;

import io.privacyinventory.model.Audience;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.ModelPath;
import io.privacyinventory.notice.InventoryTexts.Localized;
import io.privacyinventory.notice.NoticeDocument.Block;
import io.privacyinventory.notice.NoticeDocument.Paragraph;
import io.privacyinventory.notice.NoticeDocument.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns an inventory into the draft of its Art. 13/14 privacy notice, for the whole organisation
 * or for one audience (patients, employees, website visitors). Only approved activities are used:
 * those where the organisation is controller or joint controller make up the notice, approved
 * processor activities get one short section of their own, and nothing internal (notes, owners,
 * DPIA, the wording of security measures, contract links) is ever read. Every section is left out
 * when it would be empty; a fact the notice needs and the inventory lacks becomes a visible marker.
 * The sections themselves are written by {@link OrganisationSections}, {@link CollectedSection},
 * {@link PurposeSections}, {@link RecipientSections} and {@link RightsSections}.
 */
public final class NoticeComposer {
    private NoticeComposer() {}

    /** The notice of the whole organisation, in the given language. Same inventory, same draft. */
    public static NoticeDraft compose(Inventory inventory, NoticeLanguage language) {
        return compose(inventory, language, null);
    }

    /**
     * The notice for one audience (by id), or for the whole organisation when {@code audienceId}
     * is null: it covers the approved activities that concern at least one of the audience's data subjects.
     *
     * @throws UnknownAudienceException when the inventory has no audience with that id
     */
    public static NoticeDraft compose(Inventory inventory, NoticeLanguage language, String audienceId) {
        Audience audience = null;
        if (audienceId != null) {
            audience = inventory.notice().audiences().stream()
                    .filter(a -> a.id().equals(audienceId))
                    .findFirst()
                    .orElseThrow(() -> new UnknownAudienceException(
                            audienceId,
                            inventory.notice().audiences().stream()
                                    .map(Audience::id)
                                    .toList()));
        }
        return compose(new ComposerContext(inventory, language, audience));
    }

    /** How a marker reads in a draft of this language, e.g. {@code [MANGLER: …]}, for help texts. */
    public static String markerExample(NoticeLanguage language) {
        return Phrasebook.of(language).format("missing.marker", "what", "…");
    }

    private static NoticeDraft compose(ComposerContext context) {
        OrganisationSections organisation = new OrganisationSections(context);
        // the title is read first, so that its fallback is reported first, as it stands first
        Localized title = title(context, organisation);
        RecipientSections recipients = new RecipientSections(context);
        RightsSections rights = new RightsSections(context);
        List<Block> preamble =
                List.of(new Paragraph(context.phrases.inlines("effective", Map.of("date", context.effectiveDate()))));

        List<Section> sections = new ArrayList<>();
        addIfPresent(sections, organisation.about());
        addIfPresent(sections, organisation.responsible());
        addIfPresent(sections, new CollectedSection(context).collected());
        addIfPresent(sections, new PurposeSections(context).uses());
        addIfPresent(sections, recipients.recipients());
        addIfPresent(sections, recipients.cookies());
        addIfPresent(sections, organisation.processorActivities());
        addIfPresent(sections, rights.rights());
        addIfPresent(sections, rights.automatedDecisions());
        addIfPresent(sections, rights.security());
        addIfPresent(sections, rights.requirements());
        addIfPresent(sections, organisation.changes());
        addIfPresent(sections, organisation.contact());
        addIfPresent(
                sections,
                NoticeVersionList.section(
                        context.inventory, context.language, context.audience == null ? null : context.audience.id()));

        NoticeDocument document = new NoticeDocument(
                context.language.code(),
                title.text(),
                title.language(),
                preamble,
                context.phrases.get("contents"),
                Linkifier.sections(sections));
        return new NoticeDraft(document, context.fallbacks(), context.missingFacts());
    }

    /** The audience's title, else the notice's, else one made from the organisation's name. */
    private static Localized title(ComposerContext context, OrganisationSections organisation) {
        Localized title = null;
        if (context.audience != null) {
            title = context.localized(
                    context.audience.title(), organisation.audiencePath().field("title"));
        }
        if (title == null) {
            title = context.localized(
                    context.inventory.notice().title(),
                    ModelPath.ROOT.field("notice").field("title"));
        }
        return title != null
                ? title
                : new Localized(
                        context.phrases.format("title.default", "organisation", context.organisationName()), null);
    }
}
