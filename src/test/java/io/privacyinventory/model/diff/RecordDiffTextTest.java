package io.privacyinventory.model.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordDiffTextTest {
    private static String render(String language, ItemDiff... items) {
        return RecordDiffText.render(new RecordDiff(language, List.of(items)));
    }

    private static ItemDiff activity(String name, FieldDiff... fields) {
        return new ItemDiff(EntityType.ACTIVITY, "Activity", "a1", name, ItemDiff.Change.CHANGED, List.of(fields));
    }

    @Test
    void shortValuesOnOneLineAndAbsentValuesInWords() {
        assertThat(render("en", activity("Payroll", new FieldDiff("owner", "Business function", null, null, "HR"))))
                .isEqualTo("Activity \"Payroll\" (a1): changed\n  Business function: (none) → HR\n");
        assertThat(render("nb", activity("Lønn", new FieldDiff("owner", "Ansvarlig enhet", null, "HR", ""))))
                .isEqualTo("Activity \"Lønn\" (a1): endret\n  Ansvarlig enhet: HR → (ingen)\n");
    }

    @Test
    void longOrMultiLineValuesGetALineEachWithLaterLinesIndented() {
        String longText =
                "Access by role and clinic, with two-factor sign-in; emergency access is logged and reviewed.";

        assertThat(render(
                        "en",
                        activity(
                                "Care",
                                new FieldDiff(
                                        "securityMeasures",
                                        "Security measures",
                                        "nb",
                                        "Tilgang etter rolle.\nLogges.",
                                        longText))))
                .isEqualTo("""
                        Activity "Care" (a1): changed
                          Security measures [nb]:
                            before: Tilgang etter rolle.
                              Logges.
                            after: Access by role and clinic, with two-factor sign-in; emergency access is logged and reviewed.
                        """);
    }

    @Test
    void aSingletonHasNoIdAndANameIsKeptOnOneLine() {
        ItemDiff notice = new ItemDiff(
                EntityType.NOTICE,
                "Notice settings",
                null,
                "",
                ItemDiff.Change.CHANGED,
                List.of(new FieldDiff("effectiveDate", "Effective date", null, "2026-03-01", "2026-09-01")));
        ItemDiff added =
                new ItemDiff(EntityType.PURPOSE, "Purpose", "p1", "Two\nlines", ItemDiff.Change.ADDED, List.of());

        assertThat(render("en", notice, added)).isEqualTo("""
                Notice settings: changed
                  Effective date: 2026-03-01 → 2026-09-01
                Purpose "Two lines" (p1): added
                """);
    }
}
