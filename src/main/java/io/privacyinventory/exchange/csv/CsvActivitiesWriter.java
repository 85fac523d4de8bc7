package io.privacyinventory.exchange.csv;

import static io.privacyinventory.exchange.csv.CsvValues.aligned;
import static io.privacyinventory.exchange.csv.CsvValues.list;
import static io.privacyinventory.exchange.csv.CsvValues.string;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Transfer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code activities} layout: one heading row, then one row per activity of any status, in the
 * inventory's order. Every field of an activity is here, each reference by id next to its name,
 * so that an import can rebuild the activities from the file. The details of an activity's
 * purposes are given per purpose id ("support: Contract (Art. 6(1)(b))"); those of its transfers,
 * retention rules and controllers are spread over several columns, where the n-th value of each
 * belongs to the n-th entry (see {@link ValueList#joinAligned}).
 */
final class CsvActivitiesWriter {
    /** Marks the retention rule that covers every category no other rule names. */
    static final String DEFAULT_RULE = "*";
    /** Between a purpose id and its value in the per-purpose columns. */
    static final String KEY_SEPARATOR = ": ";

    private CsvActivitiesWriter() {}

    static List<Column<Activity>> columns(CsvValues v) {
        return List.of(
                new Column<>("activity-id", Activity::id),
                new Column<>("name", a -> v.text(a.name())),
                new Column<>("description", a -> v.text(a.description())),
                new Column<>("owner", a -> string(a.owner())),
                new Column<>("role", a -> v.label(a.role())),
                new Column<>("status", a -> v.label(a.status())),
                new Column<>("controllers", a -> aligned(a.controllers(), c -> string(c.name()))),
                new Column<>("controller-emails", a -> aligned(a.controllers(), c -> string(c.email()))),
                new Column<>("controller-phones", a -> aligned(a.controllers(), c -> string(c.phone()))),
                new Column<>("controller-addresses", a -> aligned(a.controllers(), c -> string(c.address()))),
                new Column<>("data-subjects", a -> list(a.dataSubjects(), v::subjectName)),
                new Column<>("data-subject-ids", a -> list(a.dataSubjects(), id -> id)),
                new Column<>("data-categories", a -> list(a.dataCategories(), v::categoryNameMarked)),
                new Column<>("data-category-ids", a -> list(a.dataCategories(), id -> id)),
                new Column<>("purposes", a -> list(a.purposes(), v::purposeWithBasis)),
                new Column<>("purpose-ids", a -> list(a.purposes(), PurposeUse::purpose)),
                new Column<>("legal-bases", a -> perPurpose(a, p -> v.label(p.legalBasis()))),
                new Column<>("legal-basis-references", a -> perPurpose(a, p -> v.text(p.legalBasisReference()))),
                new Column<>("legitimate-interests", a -> perPurpose(a, p -> v.text(p.legitimateInterest()))),
                new Column<>(
                        "special-category-conditions", a -> perPurpose(a, p -> v.label(p.specialCategoryCondition()))),
                new Column<>(
                        "criminal-offence-authorities", a -> perPurpose(a, p -> v.text(p.criminalOffenceAuthority()))),
                new Column<>("recipients", a -> list(a.recipients(), v::recipient)),
                new Column<>("recipient-ids", a -> list(a.recipients(), id -> id)),
                new Column<>("transfers", a -> list(a.transfers(), v::transfer)),
                new Column<>("transfer-countries", a -> list(a.transfers(), Transfer::country)),
                new Column<>("transfer-safeguards", a -> aligned(a.transfers(), t -> v.label(t.safeguard()))),
                new Column<>("transfer-recipient-ids", a -> aligned(a.transfers(), t -> string(t.recipient()))),
                new Column<>("transfer-descriptions", a -> aligned(a.transfers(), t -> v.text(t.description()))),
                new Column<>("retention", a -> list(a.retention(), rule -> v.retention(rule, a))),
                new Column<>("retention-category-ids", a -> list(a.retention(), CsvActivitiesWriter::ruleCategories)),
                new Column<>("retention-periods", a -> aligned(a.retention(), rule -> string(rule.period()))),
                new Column<>("retention-triggers", a -> aligned(a.retention(), rule -> v.text(rule.trigger()))),
                new Column<>("retention-descriptions", a -> aligned(a.retention(), rule -> v.text(rule.description()))),
                new Column<>("security-measures", a -> v.text(a.securityMeasures())),
                new Column<>("statutory-requirement", a -> v.text(a.statutoryRequirement())),
                new Column<>(
                        "automated-decisions",
                        a -> a.automatedDecisions() == null
                                ? ""
                                : v.yesNo(a.automatedDecisions().used())),
                new Column<>(
                        "automated-decision-logic",
                        a -> a.automatedDecisions() == null
                                ? ""
                                : v.text(a.automatedDecisions().logic())),
                new Column<>(
                        "dpia-status",
                        a -> a.dpia() == null ? "" : v.label(a.dpia().status())),
                new Column<>(
                        "dpia-reference",
                        a -> a.dpia() == null ? "" : string(a.dpia().reference())),
                new Column<>("reviewed-on", a -> CsvValues.date(a.reviewedOn())),
                new Column<>("review-due", a -> CsvValues.date(a.reviewDue())),
                new Column<>("notes", a -> v.text(a.notes())),
                // last, so that the columns of files made before it keep their places
                new Column<>("dpia-screening", a -> list(a.dpiaScreening(), v::label)));
    }

    /**
     * "support: Contract (Art. 6(1)(b)); billing: …": a value of each purpose entry that has one, after
     * the purpose's id. A purpose on two legal bases is two entries, and has two values where both
     * entries have one; the n-th value of a purpose is read back into its n-th entry.
     */
    private static String perPurpose(Activity activity, Function<PurposeUse, String> value) {
        List<String> values = new ArrayList<>();
        for (PurposeUse use : activity.purposes()) {
            String text = value.apply(use);
            if (!text.isEmpty()) {
                values.add(use.purpose() + KEY_SEPARATOR + text);
            }
        }
        return ValueList.join(values);
    }

    /** "health-record, referral-information" for a rule's categories; {@value #DEFAULT_RULE} for the default rule. */
    private static String ruleCategories(RetentionRule rule) {
        return rule.isDefaultRule() ? DEFAULT_RULE : String.join(", ", rule.dataCategories());
    }

    static void write(CsvValues values, CsvRowWriter out) throws IOException {
        List<Column<Activity>> columns = columns(values);
        out.row(columns.stream()
                .map(column -> values.wording().get("activities." + column.key()))
                .toList());
        List<String> cells = new ArrayList<>(columns.size());
        for (Activity activity : values.inventory().activities()) {
            cells.clear();
            for (Column<Activity> column : columns) {
                cells.add(column.value().apply(activity));
            }
            out.row(cells);
        }
    }
}
