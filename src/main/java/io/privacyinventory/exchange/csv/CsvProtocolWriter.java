package io.privacyinventory.exchange.csv;

import static io.privacyinventory.exchange.csv.CsvValues.list;
import static io.privacyinventory.exchange.csv.CsvValues.string;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.Contact;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.InventoryValidator;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.Role;
import io.privacyinventory.model.Transfer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The {@code protocol} layout: the record of processing activities (GDPR Art. 30) laid out as the
 * ICO and Datatilsynet templates do, for a supervisory authority or an auditor. First the
 * organisation, its data protection officer and representative as label/value lines; a blank
 * line; the approved activities the organisation controls, with the Art. 30(1) columns; and, when
 * there are any, a blank line and the approved activities it carries out as a processor, with the
 * Art. 30(2) columns. Activities that are not approved and internal notes are never written.
 */
final class CsvProtocolWriter {

    private CsvProtocolWriter() {}

    /**
     * The Art. 9(2) conditions are shown only for an activity with special-category data, and the
     * Art. 10 authorities only for one with criminal-offence data: a police certificate is never
     * presented under an Art. 9 condition.
     */
    static List<Column<Activity>> controllerColumns(CsvValues v) {
        Map<String, DataCategory> categories =
                InventoryValidator.byId(v.inventory().dataCategories());
        return List.of(
                new Column<>("owner", a -> string(a.owner())),
                new Column<>("name", a -> v.text(a.name())),
                new Column<>("purposes", a -> list(a.purposes(), v::purposeWithBasis)),
                new Column<>("joint-controllers", a -> list(a.controllers(), CsvValues::contact)),
                new Column<>("data-subjects", a -> list(a.dataSubjects(), v::subjectName)),
                new Column<>("data-categories", a -> list(a.dataCategories(), v::categoryNameMarked)),
                new Column<>("recipients", a -> list(a.recipients(), v::recipient)),
                new Column<>("transfers", a -> list(a.transfers(), v::transfer)),
                new Column<>("transfer-details", a -> transferDetails(v, a)),
                new Column<>("retention", a -> list(a.retention(), rule -> v.retention(rule, a))),
                new Column<>("security-measures", a -> v.text(a.securityMeasures())),
                new Column<>("legal-basis-references", a -> perPurpose(v, a, p -> v.text(p.legalBasisReference()))),
                new Column<>(
                        "special-category-conditions",
                        a -> !uses(categories, a, DataCategory::needsSpecialCondition)
                                ? ""
                                : list(
                                        a.purposes().stream()
                                                .map(PurposeUse::specialCategoryCondition)
                                                .filter(Objects::nonNull)
                                                .distinct()
                                                .toList(),
                                        v::label)),
                new Column<>(
                        "criminal-offence-authorities",
                        a -> !uses(categories, a, DataCategory::needsCriminalAuthority)
                                ? ""
                                : perPurpose(v, a, p -> v.text(p.criminalOffenceAuthority()))),
                new Column<>("legitimate-interests", a -> perPurpose(v, a, p -> v.text(p.legitimateInterest()))),
                new Column<>("dpia", a -> dpia(v, a)),
                new Column<>("reviewed-on", a -> CsvValues.date(a.reviewedOn())));
    }

    private static boolean uses(Map<String, DataCategory> categories, Activity activity, Predicate<DataCategory> kind) {
        return activity.dataCategories().stream().map(categories::get).anyMatch(c -> c != null && kind.test(c));
    }

    static List<Column<Activity>> processorColumns(CsvValues v) {
        return List.of(
                new Column<>("owner", a -> string(a.owner())),
                new Column<>("name", a -> v.text(a.name())),
                new Column<>("description", a -> v.text(a.description())),
                new Column<>("controllers", a -> list(a.controllers(), CsvValues::contact)),
                new Column<>("transfers", a -> list(a.transfers(), v::transfer)),
                new Column<>("transfer-details", a -> transferDetails(v, a)),
                new Column<>("security-measures", a -> v.text(a.securityMeasures())),
                new Column<>("reviewed-on", a -> CsvValues.date(a.reviewedOn())));
    }

    static void write(CsvValues values, CsvRowWriter out) throws IOException {
        List<Activity> approved = values.inventory().activities().stream()
                .filter(activity -> activity.status() == ActivityStatus.APPROVED)
                .toList();
        List<Activity> controlled = approved.stream()
                .filter(activity -> activity.role() != Role.PROCESSOR)
                .toList();
        List<Activity> processed = approved.stream()
                .filter(activity -> activity.role() == Role.PROCESSOR)
                .toList();

        writeOrganisation(
                values,
                controlled.isEmpty() && !processed.isEmpty()
                        ? "header.processor"
                        : processed.isEmpty() ? "header.controller" : "header.controller-and-processor",
                out);
        out.blankLine();
        writeTable(values, "protocol.controller.", controllerColumns(values), controlled, out);
        if (!processed.isEmpty()) {
            out.blankLine();
            writeTable(values, "protocol.processor.", processorColumns(values), processed, out);
        }
    }

    private static void writeOrganisation(CsvValues values, String nameLabel, CsvRowWriter out) throws IOException {
        CsvWording words = values.wording();
        Organisation organisation = values.inventory().organisation();
        out.row(List.of(words.get("header.title")));
        out.row(List.of(words.get(nameLabel), organisation.name()));
        out.row(List.of(words.get("header.address"), string(organisation.address())));
        out.row(List.of(words.get("header.email"), string(organisation.email())));
        out.row(List.of(words.get("header.phone"), string(organisation.phone())));
        out.row(List.of(words.get("header.website"), string(organisation.website())));
        writeContact(words, "header.dpo", organisation.dpo(), out);
        writeContact(words, "header.representative", organisation.representative(), out);
    }

    private static void writeContact(CsvWording words, String label, Contact contact, CsvRowWriter out)
            throws IOException {
        Contact shown = contact == null ? new Contact(null, null, null, null) : contact;
        out.row(List.of(words.get(label), string(shown.name())));
        out.row(List.of(words.get(label + "-email"), string(shown.email())));
        out.row(List.of(words.get(label + "-phone"), string(shown.phone())));
        out.row(List.of(words.get(label + "-address"), string(shown.address())));
    }

    private static void writeTable(
            CsvValues values,
            String headingPrefix,
            List<Column<Activity>> columns,
            List<Activity> activities,
            CsvRowWriter out)
            throws IOException {
        out.row(columns.stream()
                .map(column -> values.wording().get(headingPrefix + column.key()))
                .toList());
        for (Activity activity : activities) {
            out.row(columns.stream()
                    .map(column -> column.value().apply(activity))
                    .toList());
        }
    }

    /** "Healthcare: Patient Records Act § 6" for each purpose that has the text. */
    private static String perPurpose(CsvValues v, Activity activity, Function<PurposeUse, String> text) {
        List<String> values = new ArrayList<>();
        for (PurposeUse use : activity.purposes()) {
            String value = text.apply(use);
            if (!value.isEmpty()) {
                values.add(v.purposeName(use.purpose()) + ": " + value);
            }
        }
        return ValueList.join(values);
    }

    private static String transferDetails(CsvValues v, Activity activity) {
        List<String> values = new ArrayList<>();
        for (Transfer transfer : activity.transfers()) {
            String description = v.text(transfer.description());
            if (!description.isEmpty()) {
                values.add(v.transferPlace(transfer) + ": " + description);
            }
        }
        return ValueList.join(values);
    }

    private static String dpia(CsvValues v, Activity activity) {
        if (activity.dpia() == null) {
            return "";
        }
        String status = v.label(activity.dpia().status());
        String reference = string(activity.dpia().reference());
        return reference.isEmpty() ? status : status + CsvValues.PAIR + reference;
    }
}
