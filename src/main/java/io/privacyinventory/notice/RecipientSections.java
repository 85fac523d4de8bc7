package io.privacyinventory.notice;

import static io.privacyinventory.notice.ComposerContext.paragraph;
import static io.privacyinventory.notice.ComposerContext.plainText;
import static io.privacyinventory.notice.InventoryTexts.clean;
import static io.privacyinventory.notice.InventoryTexts.present;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Countries;
import io.privacyinventory.model.NoticeFact;
import io.privacyinventory.model.NoticeFacts;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.RecipientKind;
import io.privacyinventory.model.Safeguard;
import io.privacyinventory.model.Transfer;
import io.privacyinventory.notice.NoticeDocument.Block;
import io.privacyinventory.notice.NoticeDocument.BulletList;
import io.privacyinventory.notice.NoticeDocument.Inline;
import io.privacyinventory.notice.NoticeDocument.Item;
import io.privacyinventory.notice.NoticeDocument.Link;
import io.privacyinventory.notice.NoticeDocument.Paragraph;
import io.privacyinventory.notice.NoticeDocument.Plain;
import io.privacyinventory.notice.NoticeDocument.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who gets the data: each recipient once, with what it does and, when it sits outside the EEA,
 * the transfer and its safeguard in the same bullet; cookie and tracking tools under their own
 * heading, by kind (strictly necessary ones apart from the others), instead of among the recipients.
 */
final class RecipientSections {
    private final ComposerContext context;
    /** Per recipient id (or country, for transfers without a recipient): the transfer line and its details. */
    private final Map<String, Route> routes = new LinkedHashMap<>();

    private boolean copyAvailable;
    /** The safeguards the transfers rest on, each explained once in full; recipients name them short. */
    private final Map<Safeguard, String> safeguards = new java.util.EnumMap<>(Safeguard.class);

    private record Route(List<Inline> line, Set<String> details, List<Inline> detailRuns) {}

    RecipientSections(ComposerContext context) {
        this.context = context;
        collectTransfers();
    }

    Section recipients() {
        Map<String, List<Item>> byKind = new LinkedHashMap<>();
        for (RecipientKind kind : RecipientKind.values()) {
            byKind.put(kind.code(), new ArrayList<>());
        }
        byKind.put("unknown", new ArrayList<>());
        for (Recipient recipient : context.recipients.used(context.controlled, Activity::recipients)) {
            if (recipient.tracking()) {
                continue;
            }
            byKind.get(recipient.kind() == null ? "unknown" : recipient.kind().code())
                    .add(item(recipient));
        }
        List<Block> blocks = new ArrayList<>();
        byKind.forEach((kind, items) -> {
            if (items.isEmpty()) {
                return;
            }
            List<Block> group = new ArrayList<>();
            String lead = "recipients.kind." + kind + ".lead";
            if (context.phrases.has(lead)) {
                group.add(paragraph(context.phrases.get(lead)));
            }
            group.add(new BulletList(items));
            blocks.add(new Section("recipients-" + kind, context.phrases.get("recipients.kind." + kind), group));
        });
        Set<String> listed = new LinkedHashSet<>();
        context.recipients
                .used(context.controlled, Activity::recipients)
                .forEach(r -> listed.add("recipient:" + r.id()));
        List<Item> elsewhere = new ArrayList<>();
        routes.forEach((key, route) -> {
            if (!key.startsWith("recipient:")) {
                elsewhere.add(new Item(route.line(), details(route)));
            } else if (!listed.contains(key)) {
                // a transfer to a recipient the activity does not list is still a transfer the reader must see
                Recipient recipient = context.recipients.get(key.substring("recipient:".length()));
                List<Inline> line = new ArrayList<>(List.of(context.nameOf(recipient, true), new Plain(": ")));
                line.addAll(route.line());
                elsewhere.add(new Item(line, details(route)));
            }
        });
        if (!elsewhere.isEmpty()) {
            blocks.add(new Section(
                    "recipients-transfers",
                    context.phrases.get("transfers.other"),
                    List.of(new BulletList(elsewhere))));
        }
        if (blocks.isEmpty()) {
            return null;
        }
        blocks.add(0, paragraph(context.phrases.get("recipients.lead")));
        if (!routes.isEmpty()) {
            blocks.add(1, paragraph(context.phrases.get("transfers.lead")));
            if (!safeguards.isEmpty()) {
                blocks.add(
                        2,
                        new BulletList(safeguards.entrySet().stream()
                                .map(entry -> new Item(List.of(
                                        new NoticeDocument.Strong(context.terms.label(entry.getKey())),
                                        new Plain(": " + entry.getValue()))))
                                .toList()));
            }
        }
        if (copyAvailable) {
            blocks.add(new Paragraph(context.phrases.inlines(
                    "transfers.copy", Map.of("section", context.reference("contact", "contact.heading")))));
        }
        return context.section("recipients", "recipients.heading", blocks);
    }

    Section cookies() {
        List<Item> necessary = new ArrayList<>();
        List<Item> others = new ArrayList<>();
        for (Recipient recipient : context.recipients.used(context.controlled, Activity::recipients)) {
            if (recipient.tracking()) {
                (recipient.strictlyNecessary() ? necessary : others).add(item(recipient));
            }
        }
        List<Block> blocks = new ArrayList<>();
        if (!necessary.isEmpty()) {
            blocks.add(new Section(
                    "cookies-necessary",
                    context.phrases.get("cookies.necessary"),
                    List.of(paragraph(context.phrases.get("cookies.necessary.lead")), new BulletList(necessary))));
        }
        if (!others.isEmpty()) {
            blocks.add(new Section(
                    "cookies-other",
                    context.phrases.get("cookies.other"),
                    List.of(paragraph(context.phrases.get("cookies.other.lead")), new BulletList(others))));
        }
        if (blocks.isEmpty()) {
            return null;
        }
        blocks.add(0, paragraph(context.phrases.get("cookies.lead")));
        return context.section("cookies", "cookies.heading", blocks);
    }

    /** One recipient: its name and country, what it does, its opt-out link and any transfer to it. */
    private Item item(Recipient recipient) {
        List<Inline> line = new ArrayList<>();
        line.add(context.nameOf(recipient, true));
        if (recipient.country() != null) {
            line.add(new Plain(" (" + context.terms.country(recipient.country()) + ")"));
        }
        Inline description = context.descriptionOf(recipient);
        if (description != null) {
            line.add(new Plain(": "));
            line.add(description);
        }
        List<Block> details = new ArrayList<>();
        if (recipient.tracking()) {
            String optOut = clean(recipient.optOutUrl());
            details.add(
                    present(optOut)
                            ? new Paragraph(context.phrases.inlines(
                                    "cookies.optOut", Map.of("link", List.of(new Link(optOut, optOut)))))
                            : Paragraph.of(context.missing(
                                    NoticeFact.OPT_OUT,
                                    "missing.optOut",
                                    Map.of("recipient", context.name(recipient)))));
        }
        Route route = routes.get("recipient:" + recipient.id());
        if (route != null) {
            List<Inline> transfer = new ArrayList<>(List.of(new Plain(context.phrases.get("transfers.label") + " ")));
            transfer.addAll(route.line());
            details.add(new Paragraph(transfer));
            details.addAll(details(route));
        }
        return new Item(line, details);
    }

    private List<Block> details(Route route) {
        List<Block> details = new ArrayList<>();
        for (Inline run : route.detailRuns()) {
            details.add(Paragraph.of(run));
        }
        return details;
    }

    /** Every transfer out of the EEA the notice's activities declare, merged by recipient and safeguard. */
    private void collectTransfers() {
        for (Activity activity : context.controlled) {
            Set<String> declared = new LinkedHashSet<>();
            for (int i = 0; i < activity.transfers().size(); i++) {
                Transfer transfer = activity.transfers().get(i);
                declared.add(transfer.country());
                if (Countries.isInEea(transfer.country())) {
                    continue;
                }
                List<Inline> safeguard = safeguard(transfer);
                String key;
                List<Inline> line;
                if (transfer.recipient() != null && context.recipients.get(transfer.recipient()) != null) {
                    key = "recipient:" + transfer.recipient() + '\u0000' + plainText(safeguard);
                    line = safeguard;
                } else {
                    key = "country:" + transfer.country() + '\u0000' + plainText(safeguard);
                    line = new ArrayList<>(List.of(new Plain(context.terms.country(transfer.country()) + ": ")));
                    line.addAll(safeguard);
                }
                Route route =
                        routes.computeIfAbsent(key, k -> new Route(line, new LinkedHashSet<>(), new ArrayList<>()));
                Inline description = context.inline(
                        transfer.description(),
                        context.path(activity).field("transfers").index(i).field("description"),
                        false);
                if (description != null && route.details().add(plainText(List.of(description)))) {
                    route.detailRuns().add(description);
                }
                copyAvailable |= transfer.safeguard() != null && transfer.safeguard() != Safeguard.ADEQUACY_DECISION;
            }
            for (String id : activity.recipients()) {
                Recipient recipient = context.recipients.get(id);
                if (recipient != null
                        && recipient.country() != null
                        && !Countries.isInEea(recipient.country())
                        && !declared.contains(recipient.country())) {
                    List<Inline> line = List.of(context.missing(
                            NoticeFact.TRANSFER,
                            "missing.transfer",
                            Map.of(
                                    "recipient",
                                    context.name(recipient),
                                    "country",
                                    context.terms.country(recipient.country()))));
                    routes.putIfAbsent(
                            "recipient:" + id + '\u0000' + plainText(line),
                            new Route(line, new LinkedHashSet<>(), new ArrayList<>()));
                }
            }
        }
        // a recipient's routes are looked up by id alone; one recipient with two safeguards keeps both lines
        Map<String, Route> byRecipient = new LinkedHashMap<>();
        routes.forEach((key, route) -> {
            String id = key.substring(0, key.indexOf('\u0000'));
            if (!id.startsWith("recipient:")) {
                byRecipient.put(key, route);
                return;
            }
            Route merged = byRecipient.get(id);
            if (merged == null) {
                byRecipient.put(id, route);
            } else {
                List<Inline> line = new ArrayList<>(merged.line());
                line.add(new Plain(" "));
                line.addAll(route.line());
                List<Inline> runs = new ArrayList<>(merged.detailRuns());
                runs.addAll(route.detailRuns());
                Set<String> seen = new LinkedHashSet<>(merged.details());
                seen.addAll(route.details());
                byRecipient.put(id, new Route(line, seen, runs));
            }
        });
        routes.clear();
        routes.putAll(byRecipient);
    }

    private List<Inline> safeguard(Transfer transfer) {
        String country = context.terms.country(transfer.country());
        boolean conditional = Countries.adequacyCondition(transfer.country()).isPresent();
        NoticeFact gap = NoticeFacts.safeguardGap(transfer);
        if (gap == NoticeFact.ADEQUACY) {
            return List.of(context.missing(gap, "missing.adequacy", Map.of("country", country)));
        } else if (gap != null) {
            return List.of(context.missing(gap, "missing.safeguard", Map.of("country", country)));
        }
        Safeguard safeguard = transfer.safeguard() == null ? Safeguard.ADEQUACY_DECISION : transfer.safeguard();
        safeguards.putIfAbsent(safeguard, context.phrases.get("transfers.safeguard." + safeguard.code()));
        String line = context.terms.label(safeguard);
        String condition = "transfers.condition." + transfer.country();
        if (safeguard == Safeguard.ADEQUACY_DECISION && conditional && context.phrases.has(condition)) {
            line += ". " + context.phrases.get(condition);
        }
        return List.of(new Plain(line));
    }
}
