package io.privacyinventory.model.findings;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.Countries;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.DpiaStatus;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.InventoryIndex;
import io.privacyinventory.model.InventoryValidator;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.NoticeFacts;
import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Role;
import io.privacyinventory.model.Safeguard;
import io.privacyinventory.model.Text;
import io.privacyinventory.model.Transfer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds what keeps a well-formed inventory from being a complete, lawful record: the findings
 * listed in {@code docs/findings.md}. The inventory must have passed {@link InventoryValidator}
 * (references resolve); the checker does not repeat those checks.
 *
 * <p>Decisions that are not obvious from the rules themselves:
 * <ul>
 *   <li>A retired activity keeps its errors (the record of what was done must still show it was
 *       lawful) but gets no warnings: nothing of it is reviewed, published or still kept to a
 *       schedule that could be improved.</li>
 *   <li>A processor activity is not asked for legal bases, legitimate interests or Art. 9(2)
 *       conditions: those are the controller's choice, and Art. 30(2) does not ask the processor
 *       to record them. It still needs a purpose, which says what it does for the controller.</li>
 *   <li>Special-category data without an Art. 9(2) condition is one error per activity, on its
 *       {@code purposes}: the format does not say which purpose uses which category, so the fix is
 *       to add the condition to the purpose that needs the data, and one such condition clears it.</li>
 *   <li>Missing translations are reported only for texts that reach the privacy notice: the
 *       notice's own texts; of a live (not retired) controller or joint-controller activity its
 *       name, description, legal-basis references, legitimate-interest statements, transfer
 *       descriptions, retention rules, automated-decision logic and statutory requirement; of a
 *       live processor activity its name and description; and the names and descriptions of the
 *       data categories, purposes and recipients that live controller and joint-controller
 *       activities use. Never {@code notes}, security measures or data subjects, which the
 *       notice does not show.</li>
 *   <li>Whether a tracking recipient has an opt-out link matters only for recipients that reach
 *       the notice in the same sense.</li>
 * </ul>
 *
 * <p>Findings are ordered by path in the order of the inventory format (organisation, notice,
 * the catalogues, then each activity field by field), and by code on the same path. The walk
 * below visits the inventory in that order; keep it so when adding a rule.
 */
public final class InventoryChecker {
    private final Inventory inventory;
    private final LocalDate today;
    private final FindingMessages messages;
    private final InventoryIndex index;
    private final Map<String, DataCategory> categories;
    private final Map<String, Recipient> recipients;
    private final Set<String> publishedIds = new HashSet<>();
    /** Data categories of activities the notice shows as the organisation's own. */
    private final Set<String> noticeCategories = new HashSet<>();
    /** Recipients a live activity uses or transfers to, and those it transfers to outside the EEA. */
    private final Set<String> usedRecipients = new HashSet<>();

    private final Set<String> recipientsAbroad = new HashSet<>();
    private final RecordRules rules;
    private final NoticeFactRules noticeRules;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Integer> pathOrder = new HashMap<>();

    private InventoryChecker(Inventory inventory, LocalDate today, Locale locale) {
        this.inventory = inventory;
        this.today = today;
        this.messages = new FindingMessages(locale, inventory.defaultLanguage());
        this.index = InventoryIndex.of(inventory);
        this.categories = InventoryValidator.byId(inventory.dataCategories());
        this.recipients = InventoryValidator.byId(inventory.recipients());
        this.rules = new RecordRules(this::add, messages, categories, recipients, this::name);
        this.noticeRules = new NoticeFactRules(this::add, messages, this::name);
    }

    /**
     * The findings of an inventory, as of {@code today} (for overdue reviews), with messages in the
     * locale's language (English, or Norwegian bokmål for {@code nb}; names from the inventory in
     * that language where they have it, else in the inventory's default language).
     */
    public static List<Finding> check(Inventory inventory, LocalDate today, Locale locale) {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(locale, "locale");
        InventoryChecker checker = new InventoryChecker(inventory, today, locale);
        checker.run();
        return checker.sorted();
    }

    private void run() {
        collectPublishedItems();
        organisation(inventory.organisation());
        notice(inventory.notice());
        for (DataSubject subject : inventory.dataSubjects()) {
            catalogueTexts(subject, "dataSubjects", "subject.dataSubject");
        }
        for (DataCategory category : inventory.dataCategories()) {
            catalogueTexts(category, "dataCategories", "subject.dataCategory");
            noticeRules.dataCategory(category, noticeCategories.contains(category.id()));
        }
        for (Purpose purpose : inventory.purposes()) {
            catalogueTexts(purpose, "purposes", "subject.purpose");
        }
        for (Recipient recipient : inventory.recipients()) {
            catalogueTexts(recipient, "recipients", "subject.recipient");
            rules.recipient(
                    recipient, usedRecipients.contains(recipient.id()), recipientsAbroad.contains(recipient.id()));
            trackingOptOut(recipient);
        }
        for (Activity activity : inventory.activities()) {
            activity(activity);
        }
    }

    private List<Finding> sorted() {
        List<Finding> result = new ArrayList<>(findings);
        result.sort(Comparator.comparing((Finding finding) -> pathOrder.get(finding.path()))
                .thenComparing(Finding::code));
        return List.copyOf(result);
    }

    private void add(FindingCode code, String path, String message) {
        pathOrder.putIfAbsent(path, pathOrder.size());
        findings.add(Finding.of(code, path, message));
    }

    /** Catalogue items that the notice shows: those used by a live controller or joint-controller activity. */
    private void collectPublishedItems() {
        for (Activity activity : inventory.activities()) {
            if (NoticeFacts.shownAsControlled(activity)) {
                noticeCategories.addAll(activity.dataCategories());
            }
            if (!isLive(activity)) {
                continue;
            }
            usedRecipients.addAll(activity.recipients());
            for (Transfer transfer : activity.transfers()) {
                if (transfer.recipient() != null) {
                    usedRecipients.add(transfer.recipient());
                    if (!Countries.isInEea(transfer.country())) {
                        recipientsAbroad.add(transfer.recipient());
                    }
                }
            }
            if (activity.role() == Role.PROCESSOR) {
                continue;
            }
            activity.dataSubjects().forEach(id -> publishedIds.add("dataSubjects/" + id));
            activity.dataCategories().forEach(id -> publishedIds.add("dataCategories/" + id));
            activity.purposes().forEach(use -> publishedIds.add("purposes/" + use.purpose()));
            activity.recipients().forEach(id -> publishedIds.add("recipients/" + id));
            activity.transfers().stream()
                    .map(Transfer::recipient)
                    .filter(Objects::nonNull)
                    .forEach(id -> publishedIds.add("recipients/" + id));
        }
    }

    private void organisation(Organisation organisation) {
        if (isBlank(organisation.name())) {
            add(
                    FindingCode.ORGANISATION_WITHOUT_NAME,
                    "organisation/name",
                    messages.format("organisation-without-name"));
        }
        if (!NoticeFacts.hasOrganisationContact(organisation)) {
            add(
                    FindingCode.ORGANISATION_WITHOUT_CONTACT,
                    "organisation/email",
                    messages.format("organisation-without-contact"));
        }
        noticeRules.organisation(organisation);
        rules.organisation(organisation);
    }

    private void notice(NoticeSettings notice) {
        String subject = messages.format("subject.notice");
        translation(notice.title(), "notice/title", subject, messages.format("field.title"));
        translation(notice.scope(), "notice/scope", subject, messages.format("field.scope"));
        translation(notice.introduction(), "notice/introduction", subject, messages.format("field.introduction"));
        noticeRules.notice(notice);
    }

    private void catalogueTexts(Entity item, String listName, String subjectKey) {
        String path = listName + "/" + item.id();
        if (!publishedIds.contains(path)) {
            return;
        }
        String subject = messages.format(subjectKey, name(item.name()));
        if (!(item instanceof Recipient)) {
            // a recipient's name is a proper name (a company, a product): it is not translated
            translation(item.name(), path + "/name", subject, messages.format("field.name"));
        }
        translation(description(item), path + "/description", subject, messages.format("field.description"));
    }

    private static Text description(Entity item) {
        if (item instanceof DataCategory category) {
            return category.description();
        } else if (item instanceof Purpose purpose) {
            return purpose.description();
        } else if (item instanceof Recipient recipient) {
            return recipient.description();
        } else if (item instanceof DataSubject subject) {
            return subject.description();
        }
        return null;
    }

    private void trackingOptOut(Recipient recipient) {
        if (recipient.tracking()
                && isBlank(recipient.optOutUrl())
                && publishedIds.contains("recipients/" + recipient.id())) {
            add(
                    FindingCode.TRACKING_WITHOUT_OPT_OUT,
                    "recipients/" + recipient.id() + "/optOutUrl",
                    messages.format("tracking-without-opt-out", name(recipient.name())));
        }
    }

    private void activity(Activity activity) {
        String path = "activities/" + activity.id();
        String name = name(activity.name());
        boolean live = isLive(activity);
        boolean approved = activity.status() == ActivityStatus.APPROVED;
        boolean fullyPublished = live && activity.role() != Role.PROCESSOR;
        String subject = messages.format("subject.activity", name);

        if (live) {
            translation(activity.name(), path + "/name", subject, messages.format("field.name"));
            translation(activity.description(), path + "/description", subject, messages.format("field.description"));
        }
        if (live && activity.controllers().isEmpty()) {
            if (activity.role() == Role.PROCESSOR) {
                add(
                        FindingCode.CONTROLLERS_NOT_NAMED,
                        path + "/controllers",
                        messages.format("controllers-not-named.processor", name));
            } else if (activity.role() == Role.JOINT_CONTROLLER) {
                add(
                        FindingCode.CONTROLLERS_NOT_NAMED,
                        path + "/controllers",
                        messages.format("controllers-not-named.joint-controller", name));
            }
        }
        if (fullyPublished) {
            noticeRules.jointControllers(activity, path, name);
        }
        if (approved && activity.dataSubjects().isEmpty()) {
            add(
                    FindingCode.APPROVED_WITHOUT_DATA_SUBJECTS,
                    path + "/dataSubjects",
                    messages.format("approved-without-data-subjects", name));
        }
        if (approved && activity.dataCategories().isEmpty()) {
            add(
                    FindingCode.APPROVED_WITHOUT_DATA_CATEGORIES,
                    path + "/dataCategories",
                    messages.format("approved-without-data-categories", name));
        }
        if (live) {
            retentionCoverage(activity, path, name);
        }
        recipientsAbroad(activity, path, name);
        if (live) {
            rules.recipients(activity, path, name);
        }
        purposes(activity, path, name, fullyPublished, subject);
        rules.purposes(activity, path, name, live);
        transfers(activity, path, name, live, fullyPublished, subject);
        if (live) {
            rules.transfers(activity, path, name);
            rules.retention(activity, path, name);
        }
        if (fullyPublished) {
            retentionTexts(activity, path, subject);
            noticeRules.retention(activity, path, name);
        }
        if (live && !isPresent(activity.securityMeasures())) {
            add(
                    FindingCode.SECURITY_MEASURES_MISSING,
                    path + "/securityMeasures",
                    messages.format("security-measures-missing", name));
        }
        if (fullyPublished
                && !isPresent(activity.statutoryRequirement())
                && NoticeFacts.needsStatutoryRequirement(activity, categories)) {
            add(
                    FindingCode.STATUTORY_REQUIREMENT_MISSING,
                    path + "/statutoryRequirement",
                    messages.format("statutory-requirement-missing", name));
        }
        if (fullyPublished) {
            translation(
                    activity.statutoryRequirement(),
                    path + "/statutoryRequirement",
                    subject,
                    messages.format("field.statutoryRequirement"));
            noticeRules.automatedDecisions(activity, path, name);
            if (activity.automatedDecisions() != null) {
                translation(
                        activity.automatedDecisions().logic(),
                        path + "/automatedDecisions/logic",
                        subject,
                        messages.format("field.automatedDecisionLogic"));
            }
        }
        if (live && activity.dpia() != null && activity.dpia().status() == DpiaStatus.REQUIRED) {
            add(FindingCode.DPIA_NOT_COMPLETED, path + "/dpia/status", messages.format("dpia-not-completed", name));
        }
        if (live) {
            rules.dpia(activity, path, name);
            rules.reviewDate(activity, path, name);
        }
        if (live && activity.reviewDue() != null && activity.reviewDue().isBefore(today)) {
            add(
                    FindingCode.REVIEW_OVERDUE,
                    path + "/reviewDue",
                    messages.format("review-overdue", name, activity.reviewDue().toString()));
        }
    }

    private void retentionCoverage(Activity activity, String path, String name) {
        boolean defaultRule = activity.retention().stream().anyMatch(RetentionRule::isDefaultRule);
        if (defaultRule) {
            return;
        }
        Set<String> named = new HashSet<>();
        activity.retention().forEach(rule -> named.addAll(rule.dataCategories()));
        for (int i = 0; i < activity.dataCategories().size(); i++) {
            String category = activity.dataCategories().get(i);
            if (!named.contains(category)) {
                add(
                        FindingCode.RETENTION_MISSING,
                        path + "/dataCategories/" + i,
                        messages.format("retention-missing", name, categoryName(category)));
            }
        }
    }

    private void recipientsAbroad(Activity activity, String path, String name) {
        Set<String> transferCountries = new HashSet<>();
        activity.transfers().forEach(transfer -> transferCountries.add(transfer.country()));
        for (int i = 0; i < activity.recipients().size(); i++) {
            Recipient recipient = index.recipient(activity.recipients().get(i));
            if (recipient == null || recipient.country() == null) {
                continue;
            }
            String country = recipient.country();
            if (!Countries.isInEea(country) && !transferCountries.contains(country)) {
                add(
                        FindingCode.RECIPIENT_ABROAD_WITHOUT_TRANSFER,
                        path + "/recipients/" + i,
                        messages.format(
                                "recipient-abroad-without-transfer",
                                name,
                                name(recipient.name()),
                                messages.country(country)));
            }
        }
    }

    private void purposes(Activity activity, String path, String name, boolean published, String subject) {
        String list = path + "/purposes";
        if (activity.purposes().isEmpty()) {
            add(FindingCode.ACTIVITY_WITHOUT_PURPOSE, list, messages.format("activity-without-purpose", name));
        }
        List<String> special = index.sensitiveCategories(activity).stream()
                .map(category -> inLanguage(category.name()))
                .toList();
        boolean anyCondition = activity.purposes().stream().anyMatch(use -> use.specialCategoryCondition() != null);
        boolean ownLegalBasis = activity.role() != Role.PROCESSOR;
        if (index.needsSpecialCondition(activity) && !anyCondition) {
            add(
                    FindingCode.SPECIAL_CATEGORY_WITHOUT_CONDITION,
                    list,
                    messages.format("special-category-without-condition", name, messages.quotedList(special)));
        }
        for (int i = 0; i < activity.purposes().size(); i++) {
            PurposeUse use = activity.purposes().get(i);
            String usePath = list + "/" + i;
            String purposeName = purposeName(use.purpose());
            if (ownLegalBasis && use.legalBasis() == null) {
                add(
                        FindingCode.PURPOSE_WITHOUT_LEGAL_BASIS,
                        usePath + "/legalBasis",
                        messages.format("purpose-without-legal-basis", name, purposeName));
            }
            if (published) {
                noticeRules.legalObligation(use, usePath, name, purposeName);
            }
            if (published) {
                translation(
                        use.legalBasisReference(),
                        usePath + "/legalBasisReference",
                        subject,
                        messages.format("field.legalBasisReference", purposeName));
                translation(
                        use.criminalOffenceAuthority(),
                        usePath + "/criminalOffenceAuthority",
                        subject,
                        messages.format("field.criminalOffenceAuthority", purposeName));
            }
            if (use.legalBasis() == LegalBasis.LEGITIMATE_INTERESTS) {
                if (ownLegalBasis && !isPresent(use.legitimateInterest())) {
                    add(
                            FindingCode.LEGITIMATE_INTEREST_NOT_STATED,
                            usePath + "/legitimateInterest",
                            messages.format("legitimate-interest-not-stated", name, purposeName));
                } else if (published) {
                    translation(
                            use.legitimateInterest(),
                            usePath + "/legitimateInterest",
                            subject,
                            messages.format("field.legitimateInterest", purposeName));
                }
            }
        }
    }

    private void transfers(
            Activity activity, String path, String name, boolean live, boolean published, String subject) {
        for (int i = 0; i < activity.transfers().size(); i++) {
            Transfer transfer = activity.transfers().get(i);
            String transferPath = path + "/transfers/" + i;
            String country = messages.country(transfer.country());
            Safeguard safeguard = transfer.safeguard();
            switch (Countries.standing(transfer.country())) {
                case THIRD_COUNTRY -> {
                    if (safeguard == null) {
                        add(
                                FindingCode.TRANSFER_WITHOUT_SAFEGUARD,
                                transferPath + "/safeguard",
                                messages.format("transfer-without-safeguard", name, country));
                    } else if (safeguard == Safeguard.ADEQUACY_DECISION) {
                        add(
                                FindingCode.NO_ADEQUACY_DECISION,
                                transferPath + "/safeguard",
                                messages.format("no-adequacy-decision", name, country));
                    }
                }
                case ADEQUATE -> {
                    Optional<String> condition = Countries.adequacyCondition(transfer.country());
                    boolean restsOnAdequacy = safeguard == null || safeguard == Safeguard.ADEQUACY_DECISION;
                    if (live && restsOnAdequacy && condition.isPresent()) {
                        add(
                                FindingCode.ADEQUACY_CONDITION_TO_CONFIRM,
                                transferPath + "/safeguard",
                                messages.format(
                                        "adequacy-condition-to-confirm",
                                        name,
                                        country,
                                        messages.adequacyCondition(transfer.country(), condition.get())));
                    }
                }
                case EEA -> {
                    // Inside the EEA data moves freely; no safeguard is needed and none is checked.
                }
            }
            if (published) {
                translation(
                        transfer.description(),
                        transferPath + "/description",
                        subject,
                        messages.format("field.transferDescription", country));
            }
        }
    }

    private void retentionTexts(Activity activity, String path, String subject) {
        for (int i = 0; i < activity.retention().size(); i++) {
            RetentionRule rule = activity.retention().get(i);
            String rulePath = path + "/retention/" + i;
            translation(
                    rule.trigger(), rulePath + "/trigger", subject, messages.format("field.retentionTrigger", i + 1));
            translation(
                    rule.description(),
                    rulePath + "/description",
                    subject,
                    messages.format("field.retentionDescription", i + 1));
        }
    }

    /** Warns when a text that is there lacks one of the inventory's languages (or has only blanks in it). */
    private void translation(Text text, String path, String subject, String field) {
        if (!isPresent(text)) {
            return;
        }
        List<String> missing = inventory.languages().stream()
                .filter(language -> text.get(language).map(String::isBlank).orElse(true))
                .toList();
        if (!missing.isEmpty()) {
            List<String> names = missing.stream().map(messages::languageName).toList();
            add(
                    FindingCode.TRANSLATION_MISSING,
                    path,
                    messages.format("translation-missing", String.join(", ", names), field, subject));
        }
    }

    /** A name from the inventory, quoted, in the message language where it has it. */
    private String name(Text text) {
        return messages.quoted(inLanguage(text));
    }

    private String inLanguage(Text text) {
        return text.resolve(messages.language(), inventory.defaultLanguage());
    }

    private String categoryName(String id) {
        DataCategory category = index.dataCategory(id);
        return category == null ? messages.quoted(id) : name(category.name());
    }

    private String purposeName(String id) {
        Purpose purpose = index.purpose(id);
        return purpose == null ? messages.quoted(id) : name(purpose.name());
    }

    private static boolean isLive(Activity activity) {
        return activity.status() != ActivityStatus.RETIRED;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean isPresent(Text text) {
        return text != null && text.values().values().stream().anyMatch(value -> !value.isBlank());
    }
}
