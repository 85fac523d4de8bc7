package io.privacyinventory.notice;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.AutomatedDecisions;
import io.privacyinventory.model.Contact;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSource;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Role;
import io.privacyinventory.model.SupervisoryAuthority;
import io.privacyinventory.model.Text;
import io.privacyinventory.model.Transfer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small inventories built in code, for the cases the samples do not cover. */
final class NoticeFixtures {
    private NoticeFixtures() {}

    static Text en(String value) {
        return Text.of("en", value);
    }

    static Organisation organisation() {
        return new Organisation(
                "Example Org AS",
                "Street 1, 0001 Oslo",
                "privacy@example.org",
                null,
                "https://example.org",
                null,
                null,
                new SupervisoryAuthority("Datatilsynet", "https://www.datatilsynet.no"));
    }

    static NoticeSettings settings() {
        return new NoticeSettings(
                en("Example privacy notice"), LocalDate.of(2024, 1, 15), en("Covers everything."), null);
    }

    static DataCategory category(String id, DataSource source) {
        return new DataCategory(id, en("Category " + id), en("About " + id + "."), source, false, false);
    }

    /** One approved controller activity with one purpose per legal basis given, every basis fully argued. */
    static Inventory withBases(LegalBasis... bases) {
        List<Purpose> purposes = new ArrayList<>();
        List<PurposeUse> uses = new ArrayList<>();
        for (int i = 0; i < bases.length; i++) {
            purposes.add(new Purpose("purpose-" + i, en("Purpose " + i), null));
            uses.add(new PurposeUse(
                    "purpose-" + i,
                    bases[i],
                    en("Reference " + i),
                    bases[i] == LegalBasis.LEGITIMATE_INTERESTS ? en("Interest " + i) : null,
                    null));
        }
        Activity activity = approved("main", Role.CONTROLLER, uses);
        return new Inventory(
                List.of("en"),
                organisation(),
                settings(),
                List.of(subject()),
                List.of(category("contact", DataSource.DATA_SUBJECT)),
                purposes,
                List.of(),
                List.of(activity));
    }

    static DataSubject subject() {
        return new DataSubject("customers", en("Customers"), null);
    }

    static Activity approved(String id, Role role, List<PurposeUse> uses) {
        return approved(id, role, uses, List.of("contact"));
    }

    static Activity approved(String id, Role role, List<PurposeUse> uses, List<String> categories) {
        return new Activity(
                id,
                en("Activity " + id),
                en("What " + id + " does."),
                "Owner",
                role,
                List.of(),
                ActivityStatus.APPROVED,
                List.of("customers"),
                categories,
                List.of(),
                uses,
                List.of(),
                List.of(new RetentionRule(null, "P1Y", en("The end of the year"), null)),
                null,
                en("Voluntary."),
                new AutomatedDecisions(false, null),
                null,
                null,
                null,
                null);
    }

    static Inventory with(Inventory inventory, List<Activity> activities) {
        return new Inventory(
                inventory.languages(),
                inventory.organisation(),
                inventory.notice(),
                inventory.dataSubjects(),
                inventory.dataCategories(),
                inventory.purposes(),
                inventory.recipients(),
                activities);
    }

    static Inventory with(Inventory inventory, Organisation organisation, NoticeSettings notice) {
        return new Inventory(
                inventory.languages(),
                organisation,
                notice,
                inventory.dataSubjects(),
                inventory.dataCategories(),
                inventory.purposes(),
                inventory.recipients(),
                inventory.activities());
    }

    static Inventory withRecipients(Inventory inventory, List<Recipient> recipients) {
        return new Inventory(
                inventory.languages(),
                inventory.organisation(),
                inventory.notice(),
                inventory.dataSubjects(),
                inventory.dataCategories(),
                inventory.purposes(),
                recipients,
                inventory.activities());
    }

    static Activity withRecipientsAndTransfers(Activity a, List<String> recipients, List<Transfer> transfers) {
        return new Activity(
                a.id(),
                a.name(),
                a.description(),
                a.owner(),
                a.role(),
                a.controllers(),
                a.status(),
                a.dataSubjects(),
                a.dataCategories(),
                recipients,
                a.purposes(),
                transfers,
                a.retention(),
                a.securityMeasures(),
                a.statutoryRequirement(),
                a.automatedDecisions(),
                a.dpia(),
                a.reviewedOn(),
                a.reviewDue(),
                a.notes());
    }

    static Activity withControllers(Activity a, Role role, List<Contact> controllers, AutomatedDecisions automated) {
        return new Activity(
                a.id(),
                a.name(),
                a.description(),
                a.owner(),
                role,
                controllers,
                a.status(),
                a.dataSubjects(),
                a.dataCategories(),
                a.recipients(),
                a.purposes(),
                a.transfers(),
                a.retention(),
                a.securityMeasures(),
                a.statutoryRequirement(),
                automated,
                a.dpia(),
                a.reviewedOn(),
                a.reviewDue(),
                a.notes());
    }

    static String render(Inventory inventory, NoticeLanguage language, NoticeFormat format) {
        return NoticeComposer.compose(inventory, language).render(format);
    }
}
