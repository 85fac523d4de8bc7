package io.privacyinventory.notice;

import static io.privacyinventory.notice.NoticeFixtures.en;
import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSource;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.RecipientKind;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Role;
import io.privacyinventory.model.Safeguard;
import io.privacyinventory.model.Text;
import io.privacyinventory.model.Transfer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only approved controller activities make the notice; nothing internal or unapproved leaks into it. */
class NoticeSelectionTest {
    /** The clinic sample with planted strings in notes and in activities that must stay out. */
    private static Inventory planted() {
        Inventory clinic = TestInventories.read(TestInventories.CLINIC_GROUP);
        List<Activity> activities = new ArrayList<>();
        for (Activity a : clinic.activities()) {
            activities.add(new Activity(
                    a.id(),
                    a.name(),
                    a.description(),
                    "OWNER-LEAK-" + a.id(),
                    a.role(),
                    a.controllers(),
                    a.status(),
                    a.dataSubjects(),
                    a.dataCategories(),
                    a.recipients(),
                    a.purposes(),
                    a.transfers(),
                    a.retention(),
                    Text.of("en", "SECURITY-LEAK"),
                    a.statutoryRequirement(),
                    a.automatedDecisions(),
                    a.dpia(),
                    a.reviewedOn(),
                    a.reviewDue(),
                    Text.of(Map.of("en", "NOTES-LEAK-EN " + a.id(), "nb", "NOTES-LEAK-NB " + a.id()))));
        }
        List<DataCategory> categories = new ArrayList<>(clinic.dataCategories());
        categories.add(new DataCategory(
                "draft-only", en("DRAFT-CATEGORY-LEAK"), en("x"), DataSource.DATA_SUBJECT, true, false));
        List<Purpose> purposes = new ArrayList<>(clinic.purposes());
        purposes.add(new Purpose("draft-purpose", en("DRAFT-PURPOSE-LEAK"), en("DRAFT-PURPOSE-DESCRIPTION-LEAK")));
        List<Recipient> recipients = new ArrayList<>(clinic.recipients());
        recipients.add(new Recipient(
                "draft-tracker",
                en("DRAFT-RECIPIENT-LEAK"),
                en("x"),
                RecipientKind.THIRD_PARTY,
                "CN",
                true,
                "https://draft-optout.example",
                "https://contract-leak.example"));
        for (ActivityStatus status : List.of(ActivityStatus.DRAFT, ActivityStatus.IN_REVIEW, ActivityStatus.RETIRED)) {
            activities.add(new Activity(
                    "planted-" + status.code(),
                    en("ACTIVITY-LEAK-" + status.code()),
                    en("DESCRIPTION-LEAK-" + status.code()),
                    "Owner",
                    Role.CONTROLLER,
                    List.of(),
                    status,
                    List.of("patients"),
                    List.of("draft-only"),
                    List.of("draft-tracker"),
                    List.of(new PurposeUse("draft-purpose", LegalBasis.CONSENT, en("REFERENCE-LEAK"), null, null)),
                    List.of(new Transfer("CN", "draft-tracker", Safeguard.DEROGATION, en("TRANSFER-LEAK"))),
                    List.of(new RetentionRule(null, "P1Y", en("TRIGGER-LEAK"), en("RETENTION-LEAK"))),
                    en("SECURITY-LEAK"),
                    en("REQUIREMENT-LEAK"),
                    null,
                    null,
                    null,
                    null,
                    en("NOTES-LEAK")));
        }
        return new Inventory(
                clinic.languages(),
                clinic.organisation(),
                clinic.notice(),
                clinic.dataSubjects(),
                categories,
                purposes,
                recipients,
                activities);
    }

    @Test
    void notesDraftsReviewsAndRetiredActivitiesNeverReachAnyFormatOrLanguage() {
        Inventory inventory = planted();
        for (NoticeLanguage language : NoticeLanguage.values()) {
            for (NoticeFormat format : NoticeFormat.values()) {
                String notice = NoticeFixtures.render(inventory, language, format);
                assertThat(notice)
                        .as(language + " " + format)
                        .doesNotContain("LEAK")
                        .doesNotContain("draft-optout.example")
                        .doesNotContain("contract-leak.example")
                        .doesNotContain("docs.fjellvikhelse.example/contracts")
                        .doesNotContain("Newsletter subscription")
                        .doesNotContain("Video consultation")
                        .doesNotContain("Recruitment")
                        .doesNotContain("Hireflow")
                        .doesNotContain("Kvalireg")
                        .doesNotContain("Drammen Fysioterapi")
                        .doesNotContain("DPIA");
            }
        }
    }

    @Test
    void theSamplesInternalNotesAreNotInTheirNotices() {
        for (var sample : TestInventories.SAMPLES) {
            Inventory inventory = TestInventories.read(sample);
            for (NoticeLanguage language : NoticeLanguage.values()) {
                String notice = NoticeFixtures.render(inventory, language, NoticeFormat.TEXT);
                for (Activity activity : inventory.activities()) {
                    if (activity.notes() != null) {
                        activity.notes()
                                .values()
                                .values()
                                .forEach(note -> assertThat(notice).doesNotContain(note));
                    }
                    if (activity.securityMeasures() != null) {
                        activity.securityMeasures()
                                .values()
                                .values()
                                .forEach(measures -> assertThat(notice).doesNotContain(measures));
                    }
                }
            }
        }
    }

    @Test
    void processorActivitiesAppearOnlyInTheirOwnShortSection() {
        Inventory products = TestInventories.read(TestInventories.PRODUCT_SERVICES);
        String notice = NoticeFixtures.render(products, NoticeLanguage.EN, NoticeFormat.TEXT);

        assertThat(notice).contains("When do we process personal data for others?");
        String processorSection = notice.substring(
                notice.indexOf("When do we process personal data for others?"),
                notice.indexOf("What are your rights?"));
        assertThat(processorSection).contains("Customer content processed on behalf of customers");
        String rest = notice.replace(processorSection, "");
        assertThat(rest)
                .doesNotContain("Customer content processed on behalf of customers")
                .doesNotContain("Delivering services on the customer's instructions")
                .doesNotContain("Individuals in customer content")
                .doesNotContain("VMware's binding corporate rules for processors");
    }

    @Test
    void aNoticeWithOnlyDraftsKeepsItsFixedSectionsAndLeavesTheRestOut() {
        Inventory clinic = TestInventories.read(TestInventories.CLINIC_GROUP);
        Inventory drafts = NoticeFixtures.with(
                clinic,
                clinic.activities().stream()
                        .filter(a -> a.status() != ActivityStatus.APPROVED)
                        .toList());

        String notice = NoticeFixtures.render(drafts, NoticeLanguage.EN, NoticeFormat.TEXT);

        assertThat(notice)
                .contains(
                        "About this notice",
                        "Who is responsible",
                        "What are your rights?",
                        "Changes to this notice",
                        "How do you contact us?");
        assertThat(notice)
                .doesNotContain(
                        "What personal data do we collect?",
                        "What do we use your personal data for",
                        "Legal basis",
                        "Who do we share",
                        "Cookies",
                        "outside the EEA",
                        "Kept for",
                        "Right to withdraw consent",
                        "for others?",
                        "automated decisions");
    }
}
