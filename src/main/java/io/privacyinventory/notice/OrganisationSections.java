package io.privacyinventory.notice;

import static io.privacyinventory.notice.ComposerContext.addIfNotEmpty;
import static io.privacyinventory.notice.ComposerContext.paragraph;
import static io.privacyinventory.notice.ComposerContext.plain;
import static io.privacyinventory.notice.InventoryTexts.clean;
import static io.privacyinventory.notice.InventoryTexts.present;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Contact;
import io.privacyinventory.model.ModelPath;
import io.privacyinventory.model.NoticeFact;
import io.privacyinventory.model.NoticeFacts;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.Role;
import io.privacyinventory.notice.NoticeDocument.Block;
import io.privacyinventory.notice.NoticeDocument.BulletList;
import io.privacyinventory.notice.NoticeDocument.Definition;
import io.privacyinventory.notice.NoticeDocument.Definitions;
import io.privacyinventory.notice.NoticeDocument.Inline;
import io.privacyinventory.notice.NoticeDocument.Item;
import io.privacyinventory.notice.NoticeDocument.Link;
import io.privacyinventory.notice.NoticeDocument.Paragraph;
import io.privacyinventory.notice.NoticeDocument.Section;
import io.privacyinventory.notice.NoticeDocument.Strong;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sections about who speaks: what the notice covers, who is responsible (the organisation,
 * its DPO and representative, joint controllers), for whom we process as a processor (each
 * controller by name and how to reach it), changes and how to contact us.
 */
final class OrganisationSections {
    private final ComposerContext context;

    OrganisationSections(ComposerContext context) {
        this.context = context;
    }

    Section about() {
        ModelPath notice = ModelPath.ROOT.field("notice");
        List<Block> blocks = new ArrayList<>();
        Paragraph introduction =
                context.paragraph(context.inventory.notice().introduction(), notice.field("introduction"));
        blocks.add(
                introduction != null
                        ? introduction
                        : paragraph(
                                context.phrases.format("about.default", "organisation", context.organisationName())));
        Paragraph scope = context.audience != null && context.audience.scope() != null
                ? context.paragraph(context.audience.scope(), audiencePath().field("scope"))
                : context.paragraph(context.inventory.notice().scope(), notice.field("scope"));
        ComposerContext.addIfPresent(blocks, scope);
        return context.section("about", "about.heading", blocks);
    }

    ModelPath audiencePath() {
        return ModelPath.ROOT
                .field("notice")
                .field("audiences")
                .index(context.inventory.notice().audiences().indexOf(context.audience));
    }

    Section responsible() {
        Organisation organisation = context.inventory.organisation();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(context.phrases.inlines(
                "responsible.controller", Map.of("organisation", plain(context.organisationName())))));
        if (!NoticeFacts.hasOrganisationContact(organisation)) {
            blocks.add(Paragraph.of(context.missingContact()));
        }
        if (present(organisation.website())) {
            blocks.add(new Definitions(List.of(new Definition(
                    context.phrases.get("label.website"),
                    List.of(new Link(clean(organisation.website()), clean(organisation.website())))))));
        }
        addContactPerson(blocks, "responsible.dpo", organisation.dpo());
        addContactPerson(blocks, "responsible.representative", organisation.representative());
        for (Activity activity : context.controlled) {
            if (activity.role() != Role.JOINT_CONTROLLER) {
                continue;
            }
            String name = context.name(activity);
            blocks.add(new Paragraph(context.phrases.inlines("responsible.joint", Map.of("activity", plain(name)))));
            List<Item> others = controllers(activity);
            if (others.isEmpty()) {
                blocks.add(Paragraph.of(context.missing(
                        NoticeFact.JOINT_CONTROLLERS, "missing.jointControllers", Map.of("activity", name))));
            } else {
                blocks.add(new BulletList(others));
            }
        }
        return context.section("responsible", "responsible.heading", blocks);
    }

    /** Each controller the record holds for the activity, by name, with how to reach it. */
    private List<Item> controllers(Activity activity) {
        List<Item> items = new ArrayList<>();
        for (Contact controller : activity.controllers()) {
            List<Inline> name = !NoticeFacts.lacksName(controller)
                    ? List.of(new Strong(clean(controller.name())))
                    : List.of(context.missing(
                            NoticeFact.JOINT_CONTROLLER_NAME,
                            "missing.controllerName",
                            Map.of("activity", context.name(activity))));
            List<Definition> contact = context.contactDetails(controller, false);
            items.add(new Item(name, contact.isEmpty() ? List.of() : List.of(new Definitions(contact))));
        }
        return items;
    }

    /**
     * Processing for other controllers: the reader is sent to the controller, so the section names
     * each one the record holds and how to reach it, grouped when several activities share them.
     * Written into the sink one activity's block at a time, as each is made.
     */
    void processorActivities(NoticeSink sink) {
        if (context.processed.isEmpty()) {
            return;
        }
        sink.open(new Section(
                "processor",
                context.phrases.get("processor.heading"),
                List.of(paragraph(context.phrases.get("processor.lead")))));
        for (Activity activity : context.processed) {
            List<Block> about = new ArrayList<>();
            ComposerContext.addIfPresent(
                    about,
                    context.paragraph(
                            activity.description(), context.path(activity).field("description")));
            if (!activity.dataCategories().isEmpty()) {
                about.add(new Definitions(List.of(new Definition(
                        context.phrases.get("use.data"), context.categoryNames(activity.dataCategories())))));
            }
            List<Item> controllers = controllers(activity);
            if (controllers.isEmpty()) {
                about.add(paragraph(context.phrases.get("processor.controllersUnnamed")));
            } else {
                about.add(paragraph(context.phrases.get("processor.controllers")));
                about.add(new BulletList(controllers));
            }
            Inline name = context.nameOf(activity, false);
            sink.add(new Section(
                    "processing-" + activity.id(),
                    context.name(activity),
                    name instanceof NoticeDocument.Foreign foreign ? foreign.language() : null,
                    about));
        }
        sink.close();
    }

    Section changes() {
        return context.section(
                "changes",
                "changes.heading",
                List.of(
                        paragraph(context.phrases.get("changes.text")),
                        new Paragraph(context.phrases.inlines(
                                "changes.effective", Map.of("date", context.effectiveDate())))));
    }

    /** How to reach us: stated here once; the responsible section names the organisation only. */
    Section contact() {
        Organisation organisation = context.inventory.organisation();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(
                context.phrases.inlines("contact.lead", Map.of("organisation", plain(context.organisationName())))));
        List<Definition> details = new ArrayList<>();
        context.addEmail(details, organisation.email());
        context.addDefinition(details, "label.phone", organisation.phone());
        if (present(organisation.address())) {
            details.add(new Definition(
                    context.phrases.get("label.post"),
                    plain(context.organisationName() + ", " + clean(organisation.address()))));
        }
        if (!NoticeFacts.hasOrganisationContact(organisation)) {
            blocks.add(Paragraph.of(context.missingContact()));
        }
        addIfNotEmpty(blocks, details);
        return context.section("contact", "contact.heading", blocks);
    }

    private void addContactPerson(List<Block> blocks, String lead, Contact person) {
        if (person == null) {
            return;
        }
        List<Definition> details = context.contactDetails(person, true);
        if (!details.isEmpty()) {
            blocks.add(paragraph(context.phrases.get(lead)));
            blocks.add(new Definitions(details));
        }
    }
}
