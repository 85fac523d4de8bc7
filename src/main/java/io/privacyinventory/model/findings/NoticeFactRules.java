package io.privacyinventory.model.findings;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.NoticeFacts;
import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.Role;
import io.privacyinventory.model.Text;
import java.util.function.Function;

/**
 * The findings that exist because the privacy notice would otherwise show a {@code [MISSING: …]}
 * marker, added with the shared rules of {@link NoticeFacts} (the notice asks the same question).
 * The checker calls each at its place in the walk, so that findings keep the order of the
 * inventory; it calls the activity rules only for activities the notice can show (not retired, not
 * processor activities), which covers every activity the notice does show.
 */
final class NoticeFactRules {
    private final RecordRules.Sink sink;
    private final FindingMessages messages;
    private final Function<Text, String> name;

    NoticeFactRules(RecordRules.Sink sink, FindingMessages messages, Function<Text, String> name) {
        this.sink = sink;
        this.messages = messages;
        this.name = name;
    }

    void organisation(Organisation organisation) {
        if (NoticeFacts.lacksSupervisoryAuthority(organisation)) {
            sink.add(
                    FindingCode.SUPERVISORY_AUTHORITY_MISSING,
                    "organisation/supervisoryAuthority/name",
                    messages.format("supervisory-authority-missing"));
        }
    }

    void notice(NoticeSettings notice) {
        if (notice.effectiveDate() == null) {
            sink.add(
                    FindingCode.NOTICE_EFFECTIVE_DATE_MISSING,
                    "notice/effectiveDate",
                    messages.format("notice-effective-date-missing"));
        }
    }

    /** {@code inNotice}: an approved controller or joint-controller activity uses the category. */
    void dataCategory(DataCategory category, boolean inNotice) {
        if (inNotice && NoticeFacts.lacksSource(category)) {
            sink.add(
                    FindingCode.DATA_CATEGORY_WITHOUT_SOURCE,
                    "dataCategories/" + category.id() + "/source",
                    messages.format("data-category-without-source", name.apply(category.name())));
        }
    }

    void jointControllers(Activity activity, String path, String activityName) {
        if (activity.role() != Role.JOINT_CONTROLLER) {
            return;
        }
        for (int i = 0; i < activity.controllers().size(); i++) {
            if (NoticeFacts.lacksName(activity.controllers().get(i))) {
                sink.add(
                        FindingCode.JOINT_CONTROLLER_WITHOUT_NAME,
                        path + "/controllers/" + i + "/name",
                        messages.format("joint-controller-without-name", activityName, String.valueOf(i + 1)));
            }
        }
    }

    void legalObligation(PurposeUse use, String usePath, String activityName, String purposeName) {
        if (NoticeFacts.lacksLegalObligationReference(use)) {
            sink.add(
                    FindingCode.LEGAL_OBLIGATION_WITHOUT_REFERENCE,
                    usePath + "/legalBasisReference",
                    messages.format("legal-obligation-without-reference", activityName, purposeName));
        }
    }

    void retention(Activity activity, String path, String activityName) {
        for (int i = 0; i < activity.retention().size(); i++) {
            if (NoticeFacts.isEmpty(activity.retention().get(i))) {
                sink.add(
                        FindingCode.RETENTION_RULE_EMPTY,
                        path + "/retention/" + i,
                        messages.format("retention-rule-empty", activityName, String.valueOf(i + 1)));
            }
        }
    }

    void automatedDecisions(Activity activity, String path, String activityName) {
        if (NoticeFacts.lacksAutomatedLogic(activity)) {
            sink.add(
                    FindingCode.AUTOMATED_DECISIONS_WITHOUT_LOGIC,
                    path + "/automatedDecisions/logic",
                    messages.format("automated-decisions-without-logic", activityName));
        }
    }
}
