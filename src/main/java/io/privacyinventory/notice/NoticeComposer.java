package io.privacyinventory.notice;

import io.privacyinventory.model.Audience;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.ModelPath;
import io.privacyinventory.notice.InventoryTexts.Localized;
import io.privacyinventory.notice.NoticeDocument.Block;
import io.privacyinventory.notice.NoticeDocument.Paragraph;
import io.privacyinventory.notice.NoticeDocument.Section;
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
        ComposerContext context = context(inventory, language, audienceId);
        DocumentCollector document = new DocumentCollector();
        compose(context, document);
        return new NoticeDraft(document.document(), context.fallbacks(), context.missingFacts());
    }

    /**
     * The notice written in one format while it is composed, the same text as {@code
     * compose(…).render(format)}, but each part is written as soon as it is made and then let go:
     * the notice of thousands of activities is never held whole as a tree (megabytes of small
     * objects, which the collector would copy while they live; decision 0019).
     *
     * @throws UnknownAudienceException when the inventory has no audience with that id
     */
    public static RenderedNotice render(
            Inventory inventory, NoticeLanguage language, String audienceId, NoticeFormat format) {
        ComposerContext context = context(inventory, language, audienceId);
        NoticeRenderer renderer = format.renderer(DocumentSize.UNKNOWN);
        compose(context, renderer);
        return new RenderedNotice(renderer.finish(), context.fallbacks(), context.missingFacts());
    }

    private static ComposerContext context(Inventory inventory, NoticeLanguage language, String audienceId) {
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
        return new ComposerContext(inventory, language, audience);
    }

    /** How a marker reads in a draft of this language, e.g. {@code [MANGLER: …]}, for help texts. */
    public static String markerExample(NoticeLanguage language) {
        return Phrasebook.of(language).format("missing.marker", "what", "…");
    }

    /** Composes the notice into the sink, part by part in reading order, its sections' addresses made links. */
    private static void compose(ComposerContext context, NoticeSink target) {
        OrganisationSections organisation = new OrganisationSections(context);
        // the title is read first, so that its fallback is reported first, as it stands first
        Localized title = title(context, organisation);
        RecipientSections recipients = new RecipientSections(context);
        RightsSections rights = new RightsSections(context);
        List<Block> preamble =
                List.of(new Paragraph(context.phrases.inlines("effective", Map.of("date", context.effectiveDate()))));
        NoticeSink sink = Linkifier.linking(target);
        sink.start(new NoticeSink.Head(
                context.language.code(), title.text(), title.language(), preamble, context.phrases.get("contents")));
        section(sink, organisation.about());
        section(sink, organisation.responsible());
        section(sink, new CollectedSection(context).collected());
        // the sections with one block per activity write them one by one
        new PurposeSections(context).uses(sink);
        section(sink, recipients.recipients());
        section(sink, recipients.cookies());
        organisation.processorActivities(sink);
        section(sink, rights.rights());
        section(sink, rights.automatedDecisions());
        section(sink, rights.security());
        section(sink, rights.requirements());
        section(sink, organisation.changes());
        section(sink, organisation.contact());
        section(
                sink,
                NoticeVersionList.section(
                        context.inventory, context.language, context.audience == null ? null : context.audience.id()));
    }

    /** A section that is there: every section is left out when it would be empty. */
    private static void section(NoticeSink sink, Section section) {
        if (section != null) {
            sink.section(section);
        }
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
