package io.privacyinventory.model.findings;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.Contact;
import io.privacyinventory.model.Countries;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DpiaCriterion;
import io.privacyinventory.model.DpiaStatus;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.RecipientKind;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Role;
import io.privacyinventory.model.Syntax;
import io.privacyinventory.model.Text;
import io.privacyinventory.model.Transfer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rules of the second wave (docs/findings.md): what a DPO expects a record to say beyond the
 * first checks, and where a record contradicts itself. {@link InventoryChecker} calls each rule at
 * its place in the walk, so that findings keep the order of the inventory.
 */
final class RecordRules {
    /** Adds a finding; the checker keeps the order. */
    interface Sink {
        void add(FindingCode code, String path, String message);
    }

    private final Sink sink;
    private final FindingMessages messages;
    private final Map<String, DataCategory> categories;
    private final Map<String, Recipient> recipients;
    private final Function<Text, String> name;

    RecordRules(
            Sink sink,
            FindingMessages messages,
            Map<String, DataCategory> categories,
            Map<String, Recipient> recipients,
            Function<Text, String> name) {
        this.sink = sink;
        this.messages = messages;
        this.categories = categories;
        this.recipients = recipients;
        this.name = name;
    }

    // ---- the organisation

    void organisation(Organisation organisation) {
        email(organisation.email(), "organisation/email");
        if (organisation.country() != null
                && !Countries.isInEea(organisation.country())
                && !hasAnyDetail(organisation.representative())) {
            sink.add(
                    FindingCode.REPRESENTATIVE_MISSING,
                    "organisation/representative",
                    messages.format("representative-missing", messages.country(organisation.country())));
        }
        if (organisation.dpo() != null) {
            email(organisation.dpo().email(), "organisation/dpo/email");
        }
        if (organisation.representative() != null) {
            email(organisation.representative().email(), "organisation/representative/email");
        }
    }

    private void email(String value, String path) {
        if (value != null && !value.isBlank() && !Syntax.isEmail(value.strip())) {
            sink.add(FindingCode.CONTACT_NOT_VALID, path, messages.format("contact-not-valid.email", value));
        }
    }

    private static boolean hasAnyDetail(Contact contact) {
        return contact != null
                && (present(contact.name())
                        || present(contact.email())
                        || present(contact.phone())
                        || present(contact.address()));
    }

    // ---- the catalogue

    /** A recipient that some live activity uses: the notice shows it, and the record must classify it. */
    void recipient(Recipient recipient, boolean used, boolean transferredAbroad) {
        String path = "recipients/" + recipient.id();
        if (!used) {
            return;
        }
        if (recipient.kind() == null) {
            sink.add(
                    FindingCode.RECIPIENT_WITHOUT_KIND,
                    path + "/kind",
                    messages.format("recipient-without-kind", name.apply(recipient.name())));
        }
        if (recipient.country() == null && transferredAbroad) {
            sink.add(
                    FindingCode.RECIPIENT_WITHOUT_COUNTRY,
                    path + "/country",
                    messages.format("recipient-without-country", name.apply(recipient.name())));
        }
    }

    // ---- an activity, in the order of its fields

    /** Findings on the activity's recipients list. */
    void recipients(Activity activity, String path, String activityName) {
        boolean ownBasis = activity.role() != Role.PROCESSOR;
        boolean consent = activity.purposes().stream().anyMatch(use -> use.legalBasis() == LegalBasis.CONSENT);
        boolean processor = activity.recipients().stream()
                .map(recipients::get)
                .anyMatch(r -> r != null && r.kind() == RecipientKind.PROCESSOR);
        for (int i = 0; i < activity.recipients().size(); i++) {
            Recipient recipient = recipients.get(activity.recipients().get(i));
            if (recipient == null) {
                continue;
            }
            String at = path + "/recipients/" + i;
            if (ownBasis && recipient.tracking() && !recipient.strictlyNecessary() && !consent) {
                sink.add(
                        FindingCode.TRACKING_WITHOUT_CONSENT,
                        at,
                        messages.format("tracking-without-consent", activityName, name.apply(recipient.name())));
            }
            if (recipient.kind() == RecipientKind.SUB_PROCESSOR && !processor) {
                sink.add(
                        FindingCode.SUB_PROCESSOR_WITHOUT_PROCESSOR,
                        at,
                        messages.format("sub-processor-without-processor", activityName, name.apply(recipient.name())));
            }
        }
    }

    /**
     * Art. 10 data needs the law that authorises it, on any purpose entry (as one Art. 9(2)
     * condition clears special data); an Art. 9(2) condition where no special data is used is a
     * sign that it was meant as that authority.
     */
    void purposes(Activity activity, String path, String activityName, boolean live) {
        if (activity.role() == Role.PROCESSOR) {
            return;
        }
        List<DataCategory> used = activity.dataCategories().stream()
                .map(categories::get)
                .filter(c -> c != null)
                .toList();
        List<String> criminal = used.stream()
                .filter(DataCategory::needsCriminalAuthority)
                .map(c -> messages.quoted(messages.inLanguage(c.name())))
                .toList();
        boolean special = used.stream().anyMatch(DataCategory::needsSpecialCondition);
        boolean authority = activity.purposes().stream().anyMatch(use -> present(use.criminalOffenceAuthority()));
        if (!criminal.isEmpty() && !authority) {
            sink.add(
                    FindingCode.CRIMINAL_DATA_WITHOUT_AUTHORITY,
                    path + "/purposes",
                    messages.format("criminal-data-without-authority", activityName, String.join(", ", criminal)));
        }
        if (live && !special) {
            for (int i = 0; i < activity.purposes().size(); i++) {
                PurposeUse use = activity.purposes().get(i);
                if (use.specialCategoryCondition() != null) {
                    sink.add(
                            FindingCode.SPECIAL_CONDITION_WITHOUT_SPECIAL_DATA,
                            path + "/purposes/" + i + "/specialCategoryCondition",
                            messages.format(
                                    criminal.isEmpty()
                                            ? "special-condition-without-special-data"
                                            : "special-condition-without-special-data.criminal",
                                    activityName));
                }
            }
        }
    }

    void transfers(Activity activity, String path, String activityName) {
        for (int i = 0; i < activity.transfers().size(); i++) {
            Transfer transfer = activity.transfers().get(i);
            if (transfer.recipient() == null) {
                continue;
            }
            Recipient recipient = recipients.get(transfer.recipient());
            String at = path + "/transfers/" + i;
            String recipientName =
                    recipient == null ? messages.quoted(transfer.recipient()) : name.apply(recipient.name());
            if (!activity.recipients().contains(transfer.recipient())) {
                sink.add(
                        FindingCode.TRANSFER_RECIPIENT_NOT_USED,
                        at + "/recipient",
                        messages.format("transfer-recipient-not-used", activityName, recipientName));
            }
            if (recipient != null
                    && recipient.country() != null
                    && !recipient.country().equals(transfer.country())) {
                sink.add(
                        FindingCode.TRANSFER_COUNTRY_DIFFERS,
                        at + "/country",
                        messages.format(
                                "transfer-country-differs",
                                activityName,
                                recipientName,
                                messages.country(transfer.country()),
                                messages.country(recipient.country())));
            }
        }
    }

    void retention(Activity activity, String path, String activityName) {
        for (int i = 0; i < activity.retention().size(); i++) {
            RetentionRule rule = activity.retention().get(i);
            if (present(rule.period()) && !present(rule.trigger())) {
                sink.add(
                        FindingCode.RETENTION_WITHOUT_TRIGGER,
                        path + "/retention/" + i + "/trigger",
                        messages.format("retention-without-trigger", activityName, i + 1));
            }
        }
    }

    /**
     * Two screening criteria make a DPIA likely required (WP248); so does large-scale processing of
     * special or criminal data on its own (Art. 35(3)(b)). Either way the status must say so.
     */
    void dpia(Activity activity, String path, String activityName) {
        DpiaStatus status = activity.dpia() == null ? null : activity.dpia().status();
        if (status == DpiaStatus.REQUIRED || status == DpiaStatus.COMPLETED) {
            return;
        }
        boolean sensitive = activity.dataCategories().stream()
                .map(categories::get)
                .anyMatch(c -> c != null && (c.special() || c.criminal()));
        boolean likely = DpiaCriterion.likelyRequired(activity.dpiaScreening())
                || sensitive && activity.dpiaScreening().contains(DpiaCriterion.LARGE_SCALE);
        if (likely) {
            sink.add(
                    FindingCode.DPIA_LIKELY_REQUIRED,
                    path + "/dpia/status",
                    messages.format(
                            "dpia-likely-required",
                            activityName,
                            activity.dpiaScreening().size()));
        }
    }

    void reviewDate(Activity activity, String path, String activityName) {
        if (activity.status() == ActivityStatus.APPROVED && activity.reviewDue() == null) {
            sink.add(
                    FindingCode.REVIEW_DATE_MISSING,
                    path + "/reviewDue",
                    messages.format("review-date-missing", activityName));
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean present(Text text) {
        return text != null && text.values().values().stream().anyMatch(value -> !value.isBlank());
    }
}
