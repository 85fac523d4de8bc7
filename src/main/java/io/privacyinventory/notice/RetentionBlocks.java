package io.privacyinventory.notice;

import static io.privacyinventory.notice.ComposerContext.addPlainText;
import static io.privacyinventory.notice.ComposerContext.plainText;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ModelPath;
import io.privacyinventory.model.NoticeFact;
import io.privacyinventory.model.NoticeFacts;
import io.privacyinventory.model.RetentionForm;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.notice.NoticeDocument.Block;
import io.privacyinventory.notice.NoticeDocument.BulletList;
import io.privacyinventory.notice.NoticeDocument.Definition;
import io.privacyinventory.notice.NoticeDocument.Definitions;
import io.privacyinventory.notice.NoticeDocument.Inline;
import io.privacyinventory.notice.NoticeDocument.Item;
import io.privacyinventory.notice.NoticeDocument.Paragraph;
import io.privacyinventory.notice.NoticeDocument.Plain;
import io.privacyinventory.notice.NoticeDocument.Strong;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How long an activity keeps its data, inside the activity's block. One rule for all the data is
 * a line of the block's facts; several rules are a list by category. Every rule is worded by its
 * {@link RetentionForm}, the same one the protocol CSV uses, so that a period of zero reads as
 * deletion at once and a period without a starting point says so. A rule worded exactly as in an
 * earlier block is not written out again.
 */
final class RetentionBlocks {
    private final ComposerContext context;
    private final Map<String, String> stated = new HashMap<>();
    /** Each period's form, with and without a trigger: thousands of rules share a few periods. */
    private final Map<String, RetentionForm> forms = new HashMap<>();

    private final Map<String, RetentionForm> formsWithTrigger = new HashMap<>();

    RetentionBlocks(ComposerContext context) {
        this.context = context;
    }

    /** Adds the activity's retention to its facts (one rule) or after them (several), then the facts. */
    void addTo(Activity activity, List<Definition> facts, List<Block> blocks) {
        String heading = context.name(activity);
        Set<String> named = new LinkedHashSet<>();
        boolean hasDefault = false;
        for (RetentionRule rule : activity.retention()) {
            if (rule.isDefaultRule()) {
                hasDefault = true;
            } else {
                named.addAll(rule.dataCategories());
            }
        }
        List<String> rest = new ArrayList<>();
        for (String id : activity.dataCategories()) {
            if (!named.contains(id)) {
                rest.add(id);
            }
        }
        List<Block> after = new ArrayList<>();
        if (activity.retention().size() == 1 && hasDefault) {
            ModelPath at = context.path(activity).field("retention").index(0);
            RetentionRule rule = activity.retention().get(0);
            Rule worded = word(rule, at, heading, context.phrases.get("retention.allData"));
            String earlier = stated.putIfAbsent(worded.key(), heading);
            if (earlier != null) {
                facts.add(new Definition(
                        context.phrases.get("retention.term"),
                        context.phrases.inlines("retention.sameAs", Map.of("activity", List.of(new Plain(earlier))))));
            } else {
                facts.add(worded.line());
                ComposerContext.addIfPresent(after, worded.description());
            }
        } else {
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < activity.retention().size(); i++) {
                RetentionRule rule = activity.retention().get(i);
                List<String> covered = rule.isDefaultRule() ? rest : rule.dataCategories();
                List<Inline> label = rule.isDefaultRule() && covered.isEmpty()
                        ? List.of(new Plain(context.phrases.get("retention.otherData")))
                        : covered.isEmpty()
                                ? List.of(new Plain(context.phrases.get("retention.otherData")))
                                : context.categoryNames(covered);
                Rule worded =
                        word(rule, context.path(activity).field("retention").index(i), heading, plainText(label));
                List<Block> details = new ArrayList<>();
                details.add(new Definitions(List.of(worded.line())));
                ComposerContext.addIfPresent(details, worded.description());
                items.add(new Item(strong(label), details));
            }
            if (!hasDefault && !rest.isEmpty()) {
                List<Inline> label = context.categoryNames(rest);
                items.add(new Item(
                        strong(label),
                        List.of(Paragraph.of(context.missing(
                                NoticeFact.RETENTION,
                                "missing.retention",
                                Map.of("categories", plainText(label), "activity", heading))))));
            }
            if (!items.isEmpty()) {
                after.add(0, new BulletList(items));
                after.add(0, ComposerContext.paragraph(context.phrases.get("retention.byCategory")));
            }
        }
        ComposerContext.addIfNotEmpty(blocks, facts);
        blocks.addAll(after);
    }

    /** A rule as a term and value, e.g. "Kept for: 2 years, counted from: the contract ends". */
    private record Rule(Definition line, Paragraph description, String key) {}

    private Rule word(RetentionRule rule, ModelPath at, String activity, String categories) {
        Inline trigger = context.inline(rule.trigger(), at.field("trigger"), false);
        Inline description = context.inline(rule.description(), at.field("description"), false);
        String period = rule.period() == null ? null : context.phrases.period(rule.period());
        RetentionForm form = (trigger != null ? formsWithTrigger : forms)
                .computeIfAbsent(rule.period(), iso -> RetentionForm.of(iso, trigger != null));
        List<Inline> value = new ArrayList<>();
        String term = context.phrases.get("retention.term");
        switch (form) {
            case PERIOD_FROM ->
                value.addAll(context.phrases.inlines(
                        "retention.periodFrom",
                        Map.of("period", List.of(new Plain(period)), "trigger", List.of(trigger))));
            case PERIOD_WITHOUT_START ->
                value.addAll(context.phrases.inlines(
                        "retention.periodWithoutStart", Map.of("period", List.of(new Plain(period)))));
            case UNTIL -> {
                term = context.phrases.get("retention.until");
                value.add(trigger);
            }
            case AT_ONCE_WHEN -> {
                term = context.phrases.get("retention.atOnceWhen");
                value.add(trigger);
            }
            case AT_ONCE -> value.add(new Plain(context.phrases.get("retention.atOnce")));
            case NOT_STATED -> {
                if (NoticeFacts.isEmpty(rule)) {
                    value.add(context.missing(
                            NoticeFact.RETENTION_EMPTY,
                            "missing.retention",
                            Map.of("categories", categories, "activity", activity)));
                } else {
                    // the description is all the record says: it is the rule
                    value.add(description);
                    description = null;
                }
            }
        }
        Definition line = new Definition(term, value);
        Paragraph paragraph = description == null ? null : Paragraph.of(description);
        List<String> key = new ArrayList<>();
        key.add(term);
        key.add("\u0000");
        addPlainText(key, value);
        key.add("\u0000");
        if (description != null) {
            addPlainText(key, List.of(description));
        }
        return new Rule(line, paragraph, String.join("", key));
    }

    private static List<Inline> strong(List<Inline> label) {
        List<Inline> strong = new ArrayList<>(label.size());
        for (Inline inline : label) {
            strong.add(
                    inline instanceof Plain plain && !plain.text().equals(", ")
                            ? new Strong(plain.text())
                            : inline instanceof NoticeDocument.Foreign foreign
                                    ? new NoticeDocument.Foreign(foreign.text(), foreign.language(), true)
                                    : inline);
        }
        return strong;
    }
}
