package io.privacyinventory.ui.findings;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Text;
import io.privacyinventory.model.findings.Finding;
import io.privacyinventory.model.findings.FindingCode;
import java.util.List;
import java.util.Optional;

/**
 * The content language to show when going to a "translation missing" finding: the language the
 * text lacks, so the user lands on the empty field they have to fill, not on the text that is there.
 */
public final class TranslationTarget {
    private TranslationTarget() {}

    /** The language to switch to, or empty when the finding is not about a translation or none is missing. */
    public static Optional<String> languageFor(Finding finding, Inventory inventory) {
        if (!finding.code().equals(FindingCode.TRANSLATION_MISSING.code())
                || inventory.languages().size() < 2) {
            return Optional.empty();
        }
        Text text = textAt(finding.path(), inventory);
        if (text == null) {
            return Optional.empty();
        }
        return inventory.languages().stream()
                .filter(language -> text.get(language).map(String::isBlank).orElse(true))
                .findFirst();
    }

    /** The text an activity's finding path points at ({@code activities/ID/purposes/0/legalBasisReference}), if any. */
    static Text textAt(String path, Inventory inventory) {
        String[] parts = path.split("/");
        if (parts.length < 3 || !parts[0].equals("activities")) {
            return null;
        }
        Activity activity = inventory.activities().stream()
                .filter(each -> each.id().equals(parts[1]))
                .findFirst()
                .orElse(null);
        if (activity == null) {
            return null;
        }
        int index = parts.length > 4 && parts[3].matches("\\d+") ? Integer.parseInt(parts[3]) : -1;
        return switch (parts[2]) {
            case "name" -> activity.name();
            case "description" -> activity.description();
            case "statutoryRequirement" -> activity.statutoryRequirement();
            case "automatedDecisions" ->
                activity.automatedDecisions() == null
                        ? null
                        : activity.automatedDecisions().logic();
            case "purposes" ->
                item(activity.purposes(), index) == null
                        ? null
                        : switch (parts[4]) {
                            case "legalBasisReference" ->
                                activity.purposes().get(index).legalBasisReference();
                            case "criminalOffenceAuthority" ->
                                activity.purposes().get(index).criminalOffenceAuthority();
                            case "legitimateInterest" ->
                                activity.purposes().get(index).legitimateInterest();
                            default -> null;
                        };
            case "transfers" ->
                item(activity.transfers(), index) == null
                        ? null
                        : activity.transfers().get(index).description();
            case "retention" ->
                item(activity.retention(), index) == null
                        ? null
                        : switch (parts[4]) {
                            case "trigger" -> activity.retention().get(index).trigger();
                            case "description" ->
                                activity.retention().get(index).description();
                            default -> null;
                        };
            default -> null;
        };
    }

    private static <T> T item(List<T> list, int index) {
        return list == null || index < 0 || index >= list.size() ? null : list.get(index);
    }
}
