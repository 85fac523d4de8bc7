package io.privacyinventory.exchange.csv;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.AutomatedDecisions;
import io.privacyinventory.model.Coded;
import io.privacyinventory.model.Contact;
import io.privacyinventory.model.Dpia;
import io.privacyinventory.model.DpiaStatus;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Role;
import io.privacyinventory.model.Safeguard;
import io.privacyinventory.model.SpecialCategoryCondition;
import io.privacyinventory.model.Terms;
import io.privacyinventory.model.Text;
import io.privacyinventory.model.Transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the activities of an {@code activities}-layout file back, following the rules docs/csv.md
 * gives for an import: the proof that the layout holds every field. Texts come back as
 * {@code Text.of(language, cell)}.
 */
final class ActivitiesLayoutReader {
    private final String language;
    private final Terms terms;
    private final Map<String, String> keyOfHeading = new HashMap<>();

    ActivitiesLayoutReader(String language) {
        this.language = language;
        this.terms = Terms.forLanguage(language);
        for (String key : CsvExport.activityColumnKeys()) {
            keyOfHeading.put(CsvExport.heading("activities.", key, language), key);
        }
    }

    List<Activity> read(List<List<String>> rows) {
        List<String> keys = rows.get(0).stream().map(keyOfHeading::get).toList();
        List<Activity> activities = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                cells.put(keys.get(i), FormulaGuard.restore(i < row.size() ? row.get(i) : ""));
            }
            activities.add(activity(cells));
        }
        return activities;
    }

    private Activity activity(Map<String, String> cell) {
        List<String> purposeIds = ValueList.split(cell.get("purpose-ids"));
        Map<String, String> bases = perPurpose(cell.get("legal-bases"));
        Map<String, String> references = perPurpose(cell.get("legal-basis-references"));
        Map<String, String> interests = perPurpose(cell.get("legitimate-interests"));
        Map<String, String> conditions = perPurpose(cell.get("special-category-conditions"));
        List<PurposeUse> purposes = purposeIds.stream().map(id -> new PurposeUse(id,
                code(LegalBasis.class, bases.getOrDefault(id, "")), text(references.getOrDefault(id, "")),
                text(interests.getOrDefault(id, "")),
                code(SpecialCategoryCondition.class, conditions.getOrDefault(id, "")))).toList();

        List<String> countries = ValueList.split(cell.get("transfer-countries"));
        List<String> safeguards = aligned(cell.get("transfer-safeguards"), countries.size());
        List<String> transferRecipients = aligned(cell.get("transfer-recipient-ids"), countries.size());
        List<String> transferDescriptions = aligned(cell.get("transfer-descriptions"), countries.size());
        List<Transfer> transfers = new ArrayList<>();
        for (int i = 0; i < countries.size(); i++) {
            transfers.add(new Transfer(countries.get(i), string(transferRecipients.get(i)),
                    code(Safeguard.class, safeguards.get(i)), text(transferDescriptions.get(i))));
        }

        List<String> ruleColumns = List.of("retention-category-ids", "retention-periods", "retention-triggers",
                "retention-descriptions");
        int rules = count(cell, ruleColumns);
        List<String> ruleCategories = aligned(cell.get("retention-category-ids"), rules);
        List<String> periods = aligned(cell.get("retention-periods"), rules);
        List<String> triggers = aligned(cell.get("retention-triggers"), rules);
        List<String> ruleDescriptions = aligned(cell.get("retention-descriptions"), rules);
        List<RetentionRule> retention = new ArrayList<>();
        for (int i = 0; i < rules; i++) {
            String categories = ruleCategories.get(i);
            retention.add(new RetentionRule(categories.equals(CsvActivitiesWriter.DEFAULT_RULE) ? null
                    : categories.isEmpty() ? List.of() : List.of(categories.split(", ")),
                    string(periods.get(i)), text(triggers.get(i)), text(ruleDescriptions.get(i))));
        }

        List<String> contactColumns = List.of("controllers", "controller-emails", "controller-phones",
                "controller-addresses");
        int contacts = count(cell, contactColumns);
        List<List<String>> contactParts = contactColumns.stream().map(key -> aligned(cell.get(key), contacts)).toList();
        List<Contact> controllers = new ArrayList<>();
        for (int i = 0; i < contacts; i++) {
            controllers.add(new Contact(string(contactParts.get(0).get(i)), string(contactParts.get(1).get(i)),
                    string(contactParts.get(2).get(i)), string(contactParts.get(3).get(i))));
        }

        String automated = cell.get("automated-decisions");
        String dpiaStatus = cell.get("dpia-status");
        return new Activity(cell.get("activity-id"), Text.of(language, cell.get("name")), text(cell.get("description")),
                string(cell.get("owner")), code(Role.class, cell.get("role")), controllers,
                code(ActivityStatus.class, cell.get("status")), ValueList.split(cell.get("data-subject-ids")),
                ValueList.split(cell.get("data-category-ids")), ValueList.split(cell.get("recipient-ids")), purposes,
                transfers, retention, text(cell.get("security-measures")), text(cell.get("statutory-requirement")),
                automated.isEmpty() ? null : new AutomatedDecisions(automated.equals(new CsvWording(language)
                        .get("word.yes")), text(cell.get("automated-decision-logic"))),
                dpiaStatus.isEmpty() ? null : new Dpia(code(DpiaStatus.class, dpiaStatus),
                        string(cell.get("dpia-reference"))),
                date(cell.get("reviewed-on")), date(cell.get("review-due")), text(cell.get("notes")));
    }

    /** "support: Contract (Art. 6(1)(b)); billing: …" as purpose id → value. */
    private static Map<String, String> perPurpose(String cell) {
        Map<String, String> values = new HashMap<>();
        for (String value : ValueList.split(cell)) {
            int colon = value.indexOf(CsvActivitiesWriter.KEY_SEPARATOR);
            values.put(value.substring(0, colon), value.substring(colon + CsvActivitiesWriter.KEY_SEPARATOR.length()));
        }
        return values;
    }

    /** The number of entries is the longest of the columns that describe them. */
    private static int count(Map<String, String> cell, List<String> keys) {
        return keys.stream().mapToInt(key -> ValueList.split(cell.get(key)).size()).max().orElse(0);
    }

    private static List<String> aligned(String cell, int size) {
        List<String> values = cell.isEmpty() ? Collections.nCopies(size, "") : ValueList.split(cell);
        if (values.size() != size) {
            throw new IllegalArgumentException("expected " + size + " values: " + cell);
        }
        return values;
    }

    private <E extends Enum<E> & Coded> E code(Class<E> type, String label) {
        if (label.isEmpty()) {
            return null;
        }
        return Stream.of(type.getEnumConstants()).filter(value -> terms.label(value).equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown " + type.getSimpleName() + " " + label));
    }

    private Text text(String cell) {
        return cell.isEmpty() ? null : Text.of(language, cell);
    }

    private static String string(String cell) {
        return cell.isEmpty() ? null : cell;
    }

    private static LocalDate date(String cell) {
        return cell.isEmpty() ? null : LocalDate.parse(cell);
    }
}
