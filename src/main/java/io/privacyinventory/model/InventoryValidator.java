package io.privacyinventory.model;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether an inventory is well formed: ids, languages, countries, periods and links are
 * syntactically right, ids are unique in their list, and every reference names an existing item.
 * Incompleteness (a missing legal basis, say) is not a problem here; that is for the findings.
 */
public final class InventoryValidator {

    /**
     * The inventory last found valid. An inventory cannot change once made, so when the same one is
     * validated again (the JSON reader checks a document, then the store checks what it is asked to
     * write) the answer is known: for 10,000 activities that is a tenth of an import.
     */
    private static volatile WeakReference<Inventory> lastValid = new WeakReference<>(null);

    private InventoryValidator() {}

    public static List<Problem> validate(Inventory inventory) {
        if (lastValid.get() == inventory) {
            return List.of();
        }
        List<Problem> problems = check(inventory);
        if (problems.isEmpty()) {
            lastValid = new WeakReference<>(inventory);
        }
        return problems;
    }

    private static List<Problem> check(Inventory inventory) {
        Check check = new Check(inventory.languages());
        check.languages(inventory.languages());
        check.organisation(inventory.organisation(), ModelPath.ROOT.field("organisation"));
        check.notice(inventory.notice(), ModelPath.ROOT.field("notice"));

        Set<String> subjects = check.uniqueIds(inventory.dataSubjects(), "dataSubjects");
        Set<String> categories = check.uniqueIds(inventory.dataCategories(), "dataCategories");
        Set<String> purposes = check.uniqueIds(inventory.purposes(), "purposes");
        Set<String> recipients = check.uniqueIds(inventory.recipients(), "recipients");
        check.uniqueIds(inventory.activities(), "activities");

        forEach(inventory.dataSubjects(), "dataSubjects", check::dataSubject);
        forEach(inventory.dataCategories(), "dataCategories", check::dataCategory);
        forEach(inventory.purposes(), "purposes", check::purpose);
        forEach(inventory.recipients(), "recipients", check::recipient);
        References known = new References(subjects, categories, purposes, recipients);
        forEach(inventory.activities(), "activities", (activity, path) -> {
            check.activity(activity, path);
            check.references(activity, path, known);
        });
        check.audienceReferences(inventory.notice(), ModelPath.ROOT.field("notice"), subjects);
        forEach(inventory.publishedNotices(), "publishedNotices", check::publishedNotice);
        return check.problems;
    }

    /**
     * What an edit can have broken in an inventory that was valid before it, when the items it added or
     * changed were checked on their own ({@link #validateEntity}) and their ids kept unique: the
     * references of the {@code activities} it added or changed (by id), every reference when
     * {@code catalogueRemoved} (an item others may name is gone), and the notice's audiences when
     * {@code noticeChanged}. A dangling reference is the same problem, at the same place, as
     * {@link #validate} finds; a change of languages or of the whole inventory needs {@link #validate}.
     */
    public static List<Problem> validateEdited(
            Inventory after, Set<String> activities, boolean catalogueRemoved, boolean noticeChanged) {
        if (activities.isEmpty() && !catalogueRemoved && !noticeChanged) {
            return List.of();
        }
        Check check = new Check(after.languages());
        Set<String> subjects = ids(after.dataSubjects());
        References known =
                new References(subjects, ids(after.dataCategories()), ids(after.purposes()), ids(after.recipients()));
        ModelPath list = ModelPath.ROOT.field("activities");
        for (int i = 0; i < after.activities().size(); i++) {
            Activity activity = after.activities().get(i);
            if (catalogueRemoved || activities.contains(activity.id())) {
                check.references(activity, list.index(i), known);
            }
        }
        if (catalogueRemoved || noticeChanged) {
            check.audienceReferences(after.notice(), ModelPath.ROOT.field("notice"), subjects);
        }
        return check.problems;
    }

    private static Set<String> ids(List<? extends Entity> items) {
        Set<String> ids = new HashSet<>(items.size() * 2);
        for (Entity item : items) {
            ids.add(item.id());
        }
        return ids;
    }

    /** Checks one entity on its own (syntax only; references are the store's foreign keys). */
    public static List<Problem> validateEntity(Entity entity, List<String> languages, ModelPath path) {
        Check check = new Check(languages);
        check.entity(entity, path);
        return check.problems;
    }

    public static List<Problem> validatePublishedNotice(PublishedNotice published, ModelPath path) {
        Check check = new Check(List.of(published.language()));
        check.publishedNotice(published, path);
        return check.problems;
    }

    public static List<Problem> validateOrganisation(Organisation organisation, List<String> languages) {
        Check check = new Check(languages);
        check.organisation(organisation, ModelPath.ROOT.field("organisation"));
        return check.problems;
    }

    public static List<Problem> validateNotice(NoticeSettings notice, List<String> languages) {
        Check check = new Check(languages);
        check.notice(notice, ModelPath.ROOT.field("notice"));
        return check.problems;
    }

    public static List<Problem> validateLanguages(List<String> languages) {
        Check check = new Check(languages);
        check.languages(languages);
        return check.problems;
    }

    private interface ItemCheck<T> {
        void check(T item, ModelPath path);
    }

    private static <T> void forEach(List<T> items, String listName, ItemCheck<T> check) {
        ModelPath list = ModelPath.ROOT.field(listName);
        for (int i = 0; i < items.size(); i++) {
            check.check(items.get(i), list.index(i));
        }
    }

    private record References(
            Set<String> subjects, Set<String> categories, Set<String> purposes, Set<String> recipients) {}

    private static final class Check {
        private final List<String> languages;
        private final List<Problem> problems = new ArrayList<>();

        Check(List<String> languages) {
            this.languages = languages;
        }

        void add(ModelPath path, String message) {
            problems.add(new Problem(path, message));
        }

        void languages(List<String> list) {
            ModelPath path = ModelPath.ROOT.field("languages");
            if (list.isEmpty()) {
                add(path, "at least one language is needed");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String language = list.get(i);
                if (!Syntax.isLanguage(language)) {
                    add(path.index(i), Syntax.notALanguageCode(language));
                } else if (!seen.add(language)) {
                    add(path.index(i), "language \"" + language + "\" is listed twice");
                }
            }
        }

        <T extends Entity> Set<String> uniqueIds(List<T> items, String listName) {
            Map<String, Integer> first = new HashMap<>();
            ModelPath list = ModelPath.ROOT.field(listName);
            for (int i = 0; i < items.size(); i++) {
                String id = items.get(i).id();
                Integer earlier = first.putIfAbsent(id, i);
                if (earlier != null) {
                    add(
                            list.index(i).field("id"),
                            "duplicate id \"" + id + "\" (already used by " + listName + "[" + earlier + "])");
                }
            }
            return first.keySet();
        }

        void entity(Entity entity, ModelPath path) {
            if (entity instanceof DataSubject subject) {
                dataSubject(subject, path);
            } else if (entity instanceof DataCategory category) {
                dataCategory(category, path);
            } else if (entity instanceof Purpose purpose) {
                purpose(purpose, path);
            } else if (entity instanceof Recipient recipient) {
                recipient(recipient, path);
            } else if (entity instanceof Activity activity) {
                activity(activity, path);
            }
        }

        void id(String id, ModelPath path) {
            if (!Syntax.isId(id)) {
                add(
                        path.field("id"),
                        Quoted.of(id) + " is not a valid id (lower-case letters, digits and '-', "
                                + "starting with a letter or digit, at most " + Syntax.MAX_ID_LENGTH + " characters)");
            }
        }

        void text(Text text, ModelPath path) {
            if (text == null) {
                return;
            }
            int known = 0;
            for (int i = 0; i < languages.size(); i++) {
                if (text.values().containsKey(languages.get(i))) {
                    known++;
                }
            }
            if (known == text.values().size()) {
                // every translation is in one of the inventory's languages: the usual case, and the one to be quick
                return;
            }
            for (String language : text.languages()) {
                if (!languages.contains(language)) {
                    add(
                            path.field(language),
                            "language \"" + language + "\" is not one of the inventory's languages "
                                    + String.join(", ", languages));
                }
            }
        }

        void country(String country, ModelPath path) {
            if (country != null && !Syntax.isCountry(country)) {
                add(path, Quoted.of(country) + " is not an ISO 3166-1 alpha-2 country code such as \"NO\" or \"US\"");
            }
        }

        void webAddress(String address, ModelPath path) {
            if (address != null && !Syntax.isWebAddress(address)) {
                add(path, Quoted.of(address) + " is not an http or https address");
            }
        }

        void organisation(Organisation organisation, ModelPath path) {
            webAddress(organisation.website(), path.field("website"));
            country(organisation.country(), path.field("country"));
            if (organisation.supervisoryAuthority() != null) {
                webAddress(
                        organisation.supervisoryAuthority().website(),
                        path.field("supervisoryAuthority").field("website"));
            }
        }

        void notice(NoticeSettings notice, ModelPath path) {
            text(notice.title(), path.field("title"));
            text(notice.scope(), path.field("scope"));
            text(notice.introduction(), path.field("introduction"));
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < notice.audiences().size(); i++) {
                Audience audience = notice.audiences().get(i);
                ModelPath audiencePath = path.field("audiences").index(i);
                id(audience.id(), audiencePath);
                if (!ids.add(audience.id())) {
                    add(audiencePath.field("id"), "duplicate id \"" + audience.id() + "\"");
                }
                text(audience.title(), audiencePath.field("title"));
                text(audience.scope(), audiencePath.field("scope"));
            }
        }

        /** An audience's data subjects exist; checked only with the whole inventory, like an activity's. */
        void audienceReferences(NoticeSettings notice, ModelPath path, Set<String> subjects) {
            for (int i = 0; i < notice.audiences().size(); i++) {
                idList(
                        notice.audiences().get(i).dataSubjects(),
                        subjects,
                        path.field("audiences").index(i).field("dataSubjects"),
                        "data subject");
            }
        }

        void publishedNotice(PublishedNotice published, ModelPath path) {
            if (published.audience() != null && !Syntax.isId(published.audience())) {
                add(path.field("audience"), "\"" + published.audience() + "\" is not a valid id");
            }
            if (!Syntax.isLanguage(published.language())) {
                add(
                        path.field("language"),
                        "\"" + published.language() + "\" is not a language code such as \"nb\" or \"en\"");
            }
            if (published.version() < 1) {
                add(path.field("version"), "a published version is numbered from 1");
            }
            if (!Syntax.isSha256(published.inventorySha256())) {
                add(
                        path.field("inventorySha256"),
                        "\"" + published.inventorySha256() + "\" is not a SHA-256 hash (64 hexadecimal digits)");
            }
        }

        void dataSubject(DataSubject subject, ModelPath path) {
            id(subject.id(), path);
            text(subject.name(), path.field("name"));
            text(subject.description(), path.field("description"));
        }

        void dataCategory(DataCategory category, ModelPath path) {
            id(category.id(), path);
            text(category.name(), path.field("name"));
            text(category.description(), path.field("description"));
        }

        void purpose(Purpose purpose, ModelPath path) {
            id(purpose.id(), path);
            text(purpose.name(), path.field("name"));
            text(purpose.description(), path.field("description"));
        }

        void recipient(Recipient recipient, ModelPath path) {
            id(recipient.id(), path);
            text(recipient.name(), path.field("name"));
            text(recipient.description(), path.field("description"));
            country(recipient.country(), path.field("country"));
            webAddress(recipient.optOutUrl(), path.field("optOutUrl"));
            webAddress(recipient.contractUrl(), path.field("contractUrl"));
        }

        void activity(Activity activity, ModelPath path) {
            id(activity.id(), path);
            text(activity.name(), path.field("name"));
            text(activity.description(), path.field("description"));
            for (int i = 0; i < activity.purposes().size(); i++) {
                PurposeUse use = activity.purposes().get(i);
                ModelPath usePath = path.field("purposes").index(i);
                text(use.legalBasisReference(), usePath.field("legalBasisReference"));
                text(use.legitimateInterest(), usePath.field("legitimateInterest"));
                text(use.criminalOffenceAuthority(), usePath.field("criminalOffenceAuthority"));
            }
            for (int i = 0; i < activity.transfers().size(); i++) {
                Transfer transfer = activity.transfers().get(i);
                ModelPath transferPath = path.field("transfers").index(i);
                country(transfer.country(), transferPath.field("country"));
                text(transfer.description(), transferPath.field("description"));
            }
            for (int i = 0; i < activity.retention().size(); i++) {
                RetentionRule rule = activity.retention().get(i);
                ModelPath rulePath = path.field("retention").index(i);
                if (rule.period() != null && !Syntax.isPeriod(rule.period())) {
                    add(
                            rulePath.field("period"),
                            Quoted.of(rule.period())
                                    + " is not an ISO-8601 period such as \"P90D\", \"P6M\" or \"P2Y\"");
                }
                text(rule.trigger(), rulePath.field("trigger"));
                text(rule.description(), rulePath.field("description"));
            }
            text(activity.securityMeasures(), path.field("securityMeasures"));
            text(activity.statutoryRequirement(), path.field("statutoryRequirement"));
            if (activity.automatedDecisions() != null) {
                text(
                        activity.automatedDecisions().logic(),
                        path.field("automatedDecisions").field("logic"));
            }
            text(activity.notes(), path.field("notes"));
        }

        void references(Activity activity, ModelPath path, References known) {
            idList(activity.dataSubjects(), known.subjects(), path.field("dataSubjects"), "data subject");
            idList(activity.dataCategories(), known.categories(), path.field("dataCategories"), "data category");
            idList(activity.recipients(), known.recipients(), path.field("recipients"), "recipient");
            // one purpose may rest on several legal bases, one entry each; the same pair twice says nothing new
            Set<String> usedPairs = new HashSet<>();
            for (int i = 0; i < activity.purposes().size(); i++) {
                PurposeUse use = activity.purposes().get(i);
                String purpose = use.purpose();
                ModelPath purposePath = path.field("purposes").index(i).field("purpose");
                reference(purpose, known.purposes(), purposePath, "purpose");
                String basis =
                        use.legalBasis() == null ? null : use.legalBasis().code();
                if (!usedPairs.add(purpose + '\u0000' + basis)) {
                    add(
                            purposePath,
                            basis == null
                                    ? "purpose \"" + purpose
                                            + "\" is listed twice in this activity without a legal basis"
                                    : "purpose \"" + purpose
                                            + "\" is listed twice in this activity with the legal basis \"" + basis
                                            + "\"");
                }
            }
            for (int i = 0; i < activity.transfers().size(); i++) {
                String recipient = activity.transfers().get(i).recipient();
                if (recipient != null) {
                    reference(
                            recipient,
                            known.recipients(),
                            path.field("transfers").index(i).field("recipient"),
                            "recipient");
                }
            }
            for (int i = 0; i < activity.retention().size(); i++) {
                List<String> ids = activity.retention().get(i).dataCategories();
                if (ids != null) {
                    idList(
                            ids,
                            known.categories(),
                            path.field("retention").index(i).field("dataCategories"),
                            "data category");
                }
            }
        }

        private void idList(List<String> ids, Set<String> known, ModelPath path, String what) {
            // an activity's lists are short: comparing with the ids before is quicker than a set, up to a point
            Set<String> seen = ids.size() > 16 ? new HashSet<>() : null;
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                if (!known.contains(id)) {
                    add(path.index(i), "unknown " + what + " " + Quoted.of(id));
                }
                if (seen != null ? !seen.add(id) : ids.subList(0, i).contains(id)) {
                    add(path.index(i), what + " \"" + id + "\" is listed twice");
                }
            }
        }

        private void reference(String id, Set<String> known, ModelPath path, String what) {
            if (!known.contains(id)) {
                add(path, "unknown " + what + " " + Quoted.of(id));
            }
        }
    }

    /** Convenience for callers that look items up by id. */
    public static <T extends Entity> Map<String, T> byId(List<T> items) {
        Map<String, T> map = new HashMap<>();
        items.forEach(item -> map.put(item.id(), item));
        return map;
    }
}
