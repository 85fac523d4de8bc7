package io.privacyinventory.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.Audience;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Role;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A notice for an audience names exactly the approved activities that concern its data subjects. */
class NoticeAudienceTest {
    private static final Inventory CLINIC = TestInventories.read(TestInventories.CLINIC_GROUP);

    @Test
    void theClinicGivesThreeAudienceNoticesEachNamingOnlyItsAudiencesActivities() {
        assertThat(CLINIC.notice().audiences())
                .extracting(Audience::id)
                .containsExactly("patients", "employees", "website-visitors");
        for (Audience audience : CLINIC.notice().audiences()) {
            String notice = NoticeComposer.compose(CLINIC, NoticeLanguage.EN, audience.id())
                    .render(NoticeFormat.TEXT);
            Set<String> readers = new HashSet<>(audience.dataSubjects());
            int named = 0;
            for (Activity activity : CLINIC.activities()) {
                String name = activity.name().get("en").orElseThrow();
                if (activity.status() != ActivityStatus.APPROVED) {
                    continue;
                }
                boolean concerns = activity.dataSubjects().stream().anyMatch(readers::contains);
                if (concerns && activity.role() != Role.PROCESSOR) {
                    assertThat(notice).as(audience.id() + " names " + name).contains(" " + name + "\n");
                    named++;
                } else if (!concerns) {
                    assertThat(notice).as(audience.id() + " leaves out " + name).doesNotContain(name);
                }
            }
            assertThat(named).as(audience.id()).isPositive();
            assertThat(notice)
                    .startsWith(audience.title().get("en").orElseThrow() + "\n")
                    .contains(audience.scope().get("en").orElseThrow());
        }
    }

    @Test
    void theAudiencesNoticesAreDifferentAndWithoutAnAudienceEverythingIsIn() {
        List<String> notices = CLINIC.notice().audiences().stream()
                .map(audience -> NoticeComposer.compose(CLINIC, NoticeLanguage.NB, audience.id())
                        .render(NoticeFormat.TEXT))
                .toList();
        String whole = NoticeComposer.compose(CLINIC, NoticeLanguage.NB).render(NoticeFormat.TEXT);

        assertThat(new HashSet<>(notices)).hasSize(3);
        assertThat(whole).contains("Patient examination", "Employment administration", "Website statistics");
        assertThat(notices.get(2))
                .contains("Website statistics")
                .doesNotContain("Patient examination", "Employment administration");
    }

    @Test
    void anUnknownAudienceIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> NoticeComposer.compose(CLINIC, NoticeLanguage.EN, "visitors"))
                .isInstanceOf(UnknownAudienceException.class)
                .hasMessage("unknown audience \"visitors\"; known audiences: patients, employees, website-visitors");
    }
}
