package io.privacyinventory.generate;

import static io.privacyinventory.generate.Vocabulary.t;

import io.privacyinventory.generate.Vocabulary.CategoryBase;
import io.privacyinventory.generate.Vocabulary.Mode;
import io.privacyinventory.generate.Vocabulary.Process;
import io.privacyinventory.generate.Vocabulary.PurposeBase;
import io.privacyinventory.generate.Vocabulary.Qualifier;
import io.privacyinventory.generate.Vocabulary.RecipientBase;
import io.privacyinventory.generate.Vocabulary.RetentionSpec;
import io.privacyinventory.generate.Vocabulary.SubjectBase;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.AutomatedDecisions;
import io.privacyinventory.model.Contact;
import io.privacyinventory.model.Countries;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.Dpia;
import io.privacyinventory.model.DpiaCriterion;
import io.privacyinventory.model.DpiaStatus;
import io.privacyinventory.model.Ids;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.RecipientKind;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Role;
import io.privacyinventory.model.Safeguard;
import io.privacyinventory.model.SupervisoryAuthority;
import io.privacyinventory.model.Text;
import io.privacyinventory.model.Transfer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes a realistic synthetic inventory of any size for benchmarks and demonstrations: a Norwegian
 * group of companies whose activities are instances of everyday processes (payroll, CCTV, loans,
 * patient records …) in its business units and regions. The catalogues grow with the square root
 * of the number of activities (hundreds of categories, purposes and recipients at 10,000), every
 * text is in bokmål and English, and the result is lawful as far as {@code check} can tell: every
 * purpose has a legal basis, legitimate interests are stated, special-category and criminal-offence
 * data has an Art. 9(2) condition, every recipient outside the EEA has a transfer on a safeguard
 * that fits its country, and retention rules cover every category. What remains are the warnings
 * a real record has: drafts without security measures, overdue reviews, an impact assessment not
 * yet done, US transfers under the Data Privacy Framework whose certification must be confirmed.
 *
 * <p>The same number of activities and seed always give the same inventory: everything is drawn
 * from one {@link Random} in a fixed order.
 */
public final class InventoryGenerator {
    private static final LocalDate FIRST_REVIEW = LocalDate.of(2025, 1, 1);
    private static final int REVIEW_DAYS = 638;

    private final Random random;
    private final int activityCount;
    private final Set<String> recipientNames = new HashSet<>();
    private final Map<String, Safeguard> safeguards = new HashMap<>();
    private final Map<String, List<String>> subjectIds = new LinkedHashMap<>();
    private final Map<String, List<String>> categoryIds = new LinkedHashMap<>();
    private final Map<String, List<String>> purposeIds = new LinkedHashMap<>();
    private final Map<String, List<String>> recipientIds = new LinkedHashMap<>();
    private final Map<String, CategoryBase> categoryOf = new HashMap<>();
    private final Map<String, PurposeBase> purposeOf = new HashMap<>();
    private final Map<String, String> countryOf = new HashMap<>();
    private final List<Process> weightedProcesses = new ArrayList<>();

    private InventoryGenerator(int activities, long seed) {
        this.activityCount = activities;
        this.random = new Random(seed);
        for (Process process : Processes.ALL) {
            // the organisation's own activities are most of a record; joint and processor ones are a few percent each
            int weight = process.mode() == Mode.CONTROLLER ? 10 : 21;
            for (int i = 0; i < weight; i++) {
                weightedProcesses.add(process);
            }
        }
    }

    /** An inventory with {@code activities} activities (at least one), the same for the same seed. */
    public static Inventory generate(int activities, long seed) {
        if (activities < 1) {
            throw new IllegalArgumentException("the number of activities must be at least 1, not " + activities);
        }
        return new InventoryGenerator(activities, seed).inventory();
    }

    /** How many catalogue items of a kind an inventory of {@code activities} activities gets. */
    static int catalogueSize(int bases, double perRootActivity, int extra, int activities) {
        return Math.max(bases, (int) Math.round(perRootActivity * Math.sqrt(activities)) + extra);
    }

    private Inventory inventory() {
        List<DataSubject> subjects = subjects(catalogueSize(Vocabulary.SUBJECTS.size(), 1, 10, activityCount));
        List<DataCategory> categories = categories(catalogueSize(Vocabulary.CATEGORIES.size(), 6, 30, activityCount));
        List<Purpose> purposes = purposes(catalogueSize(Vocabulary.PURPOSES.size(), 5, 20, activityCount));
        List<Recipient> recipients = recipients(catalogueSize(Vocabulary.RECIPIENTS.size(), 4, 20, activityCount));
        List<Activity> activities = new ArrayList<>(activityCount);
        Set<String> activityIds = new HashSet<>();
        Map<String, Integer> nameCounts = new HashMap<>();
        for (int i = 0; i < activityCount; i++) {
            activities.add(activity(activityIds, nameCounts));
        }
        return new Inventory(
                List.of("nb", "en"), organisation(), notice(), subjects, categories, purposes, recipients, activities);
    }

    // ---- the organisation ---------------------------------------------------------------------

    private static Organisation organisation() {
        return new Organisation(
                "Nordlys Gruppen AS",
                "Kongens gate 12, 0153 Oslo",
                "personvern@nordlys.example",
                "+47 22 00 40 00",
                "https://www.nordlys.example",
                new Contact(
                        "Marte Lunde, personvernombud",
                        "personvernombud@nordlys.example",
                        "+47 22 00 40 10",
                        "Nordlys Gruppen AS, Postboks 100 Sentrum, 0101 Oslo"),
                null,
                new SupervisoryAuthority("Datatilsynet", "https://www.datatilsynet.no"));
    }

    private static NoticeSettings notice() {
        return new NoticeSettings(
                t("Personvernerklæring for Nordlys-konsernet", "Privacy notice of the Nordlys group"),
                LocalDate.of(2026, 1, 1),
                t(
                        "Erklæringen gjelder alle selskapene i Nordlys-konsernet når de behandler personopplysninger som behandlingsansvarlige.",
                        "This notice covers every company of the Nordlys group when it processes personal data as controller."),
                t(
                        "Her forklarer vi hvilke opplysninger vi behandler om kunder, ansatte og andre, hvorfor, og hvilke rettigheter du har.",
                        "Here we explain what data we process about customers, staff and others, why, and what rights you have."));
    }

    // ---- catalogues ---------------------------------------------------------------------------

    /** Items of a catalogue: every base once, then again per qualifier, round-robin, until there are enough. */
    private <B> void fill(
            List<B> bases,
            List<List<Qualifier>> qualifiers,
            int count,
            Map<String, List<String>> idsByBase,
            Function<B, String> keyOf,
            Set<String> takenIds,
            ItemMaker<B> maker) {
        int made = 0;
        for (int variant = 0; made < count; variant++) {
            for (B base : bases) {
                if (made == count) {
                    break;
                }
                List<Qualifier> qualified =
                        variant == 0 ? List.of() : qualifiers.get((variant - 1) % qualifiers.size());
                String id = maker.make(base, qualified, takenIds);
                takenIds.add(id);
                idsByBase
                        .computeIfAbsent(keyOf.apply(base), k -> new ArrayList<>())
                        .add(id);
                made++;
            }
        }
    }

    @FunctionalInterface
    private interface ItemMaker<B> {
        String make(B base, List<Qualifier> qualifiers, Set<String> takenIds);
    }

    /** Business units, then each unit in each region: "Kunder (Nordlys Bank, Vest)". */
    private static List<List<Qualifier>> organisationalQualifiers() {
        List<List<Qualifier>> qualifiers = new ArrayList<>();
        Vocabulary.UNITS.forEach(unit -> qualifiers.add(List.of(unit)));
        for (Qualifier unit : Vocabulary.UNITS) {
            for (Qualifier region : Vocabulary.REGIONS) {
                qualifiers.add(List.of(unit, region));
            }
        }
        return qualifiers;
    }

    /** Systems, then each system in each business unit: "Kontaktopplysninger (Salesforce, Nordlys Bank)". */
    private static List<List<Qualifier>> systemQualifiers() {
        List<List<Qualifier>> qualifiers = new ArrayList<>();
        List<Qualifier> systems = Vocabulary.SYSTEMS.stream()
                .map(name -> new Qualifier(name, t(name, name)))
                .toList();
        systems.forEach(system -> qualifiers.add(List.of(system)));
        for (Qualifier system : systems) {
            for (Qualifier unit : Vocabulary.UNITS) {
                qualifiers.add(List.of(system, unit));
            }
        }
        return qualifiers;
    }

    private static Text qualified(Text name, List<Qualifier> qualifiers) {
        if (qualifiers.isEmpty()) {
            return name;
        }
        return t(
                name.resolve("nb", "nb") + " (" + join(qualifiers, "nb") + ")",
                name.resolve("en", "en") + " (" + join(qualifiers, "en") + ")");
    }

    private static String join(List<Qualifier> qualifiers, String language) {
        return String.join(
                ", ",
                qualifiers.stream()
                        .map(q -> q.name().resolve(language, language))
                        .toList());
    }

    private List<DataSubject> subjects(int count) {
        List<DataSubject> items = new ArrayList<>();
        fill(
                Vocabulary.SUBJECTS,
                organisationalQualifiers(),
                count,
                subjectIds,
                SubjectBase::key,
                new HashSet<>(),
                (base, qualifiers, taken) -> {
                    Text name = qualified(base.name(), qualifiers);
                    String id = Ids.fromName(name.resolve("en", "en"), taken);
                    items.add(new DataSubject(id, name, base.description()));
                    return id;
                });
        return items;
    }

    private List<DataCategory> categories(int count) {
        List<DataCategory> items = new ArrayList<>();
        fill(
                Vocabulary.CATEGORIES,
                systemQualifiers(),
                count,
                categoryIds,
                CategoryBase::key,
                new HashSet<>(),
                (base, qualifiers, taken) -> {
                    Text name = qualified(base.name(), qualifiers);
                    String id = Ids.fromName(name.resolve("en", "en"), taken);
                    items.add(new DataCategory(
                            id, name, base.description(), base.source(), base.special(), base.criminal()));
                    categoryOf.put(id, base);
                    return id;
                });
        return items;
    }

    private List<Purpose> purposes(int count) {
        List<Purpose> items = new ArrayList<>();
        fill(
                Vocabulary.PURPOSES,
                organisationalQualifiers(),
                count,
                purposeIds,
                PurposeBase::key,
                new HashSet<>(),
                (base, qualifiers, taken) -> {
                    Text name = qualified(base.name(), qualifiers);
                    String id = Ids.fromName(name.resolve("en", "en"), taken);
                    items.add(new Purpose(id, name, base.description(), DIRECT_MARKETING.contains(base.key())));
                    purposeOf.put(id, base);
                    return id;
                });
        return items;
    }

    /** The group's own departments and companies, the authorities, then {@code count} suppliers and partners. */
    private List<Recipient> recipients(int count) {
        List<Recipient> items = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < Vocabulary.INTERNAL.size(); i++) {
            Text name = Vocabulary.INTERNAL.get(i);
            items.add(recipient(
                    "internal:" + i,
                    name,
                    t("En avdeling i konsernet.", "A department of the group."),
                    RecipientKind.INTERNAL,
                    "NO",
                    false,
                    taken));
        }
        for (int i = 0; i < Vocabulary.AUTHORITIES.size(); i++) {
            items.add(recipient(
                    "authority:" + i,
                    Vocabulary.AUTHORITIES.get(i),
                    t("Offentlig myndighet som vi må gi opplysninger til.", "A public authority we must give data to."),
                    RecipientKind.AUTHORITY,
                    "NO",
                    false,
                    taken));
        }
        for (String[] affiliate : Vocabulary.AFFILIATES) {
            Recipient recipient = recipient(
                    "affiliate",
                    t(affiliate[0], affiliate[0]),
                    t("Selskap i Nordlys-konsernet.", "A company of the Nordlys group."),
                    RecipientKind.AFFILIATE,
                    affiliate[1],
                    false,
                    taken);
            items.add(recipient);
            safeguards.put(recipient.id(), Safeguard.BINDING_CORPORATE_RULES);
        }
        int total = items.size() + count;
        while (items.size() < total) {
            for (RecipientBase base : Vocabulary.RECIPIENTS) {
                if (items.size() >= total) {
                    break;
                }
                String country = pick(base.countries());
                String name = companyName(base, country);
                Recipient recipient = recipient(
                        base.key(), t(name, name), base.service(), base.kind(), country, base.tracking(), taken);
                items.add(recipient);
                safeguards.put(recipient.id(), safeguardFor(country));
            }
        }
        return items;
    }

    private Recipient recipient(
            String group,
            Text name,
            Text description,
            RecipientKind kind,
            String country,
            boolean tracking,
            Set<String> taken) {
        String id = Ids.fromName(name.resolve("en", "en"), taken);
        taken.add(id);
        recipientIds.computeIfAbsent(group, k -> new ArrayList<>()).add(id);
        countryOf.put(id, country);
        String site = "https://www." + id + ".example";
        String optOut = tracking ? site + "/opt-out" : null;
        String contract = kind == RecipientKind.PROCESSOR || kind == RecipientKind.SUB_PROCESSOR
                ? "https://docs.nordlys.example/contracts/dpa-" + id + ".pdf"
                : null;
        return new Recipient(id, name, description, kind, country, tracking, optOut, contract);
    }

    private String companyName(RecipientBase base, String country) {
        String suffix = switch (country) {
            case "NO" -> " AS";
            case "SE" -> " AB";
            case "DK" -> " A/S";
            case "FI" -> " Oy";
            case "DE", "CH" -> " GmbH";
            case "GB", "IE" -> " Ltd";
            case "NL", "BE" -> " B.V.";
            case "FR" -> " SAS";
            case "PL" -> " sp. z o.o.";
            case "IN" -> " Pvt Ltd";
            case "JP" -> " K.K.";
            default -> " Inc.";
        };
        for (int attempt = 0; ; attempt++) {
            String word = pick(base.words());
            // "Nordlønn AS", but "Vest IT AS" for an acronym
            String name = pick(Vocabulary.NAME_PREFIXES)
                    + (word.equals(word.toUpperCase(java.util.Locale.ROOT))
                            ? " " + word
                            : word.toLowerCase(java.util.Locale.ROOT))
                    + (attempt < 20 ? "" : " " + (attempt - 18))
                    + suffix;
            if (recipientNames.add(name)) {
                return name;
            }
        }
    }

    /**
     * The safeguard a transfer to this country rests on: none needed in the EEA, the adequacy decision
     * where one applies without conditions, and standard contractual clauses elsewhere, except that a
     * tenth of US suppliers are certified under the EU-US Data Privacy Framework.
     */
    private Safeguard safeguardFor(String country) {
        if (Countries.isInEea(country)) {
            return null;
        }
        if (country.equals("US") && random.nextInt(10) == 0) {
            return Safeguard.ADEQUACY_DECISION;
        }
        if (Countries.hasAdequacyDecision(country)
                && Countries.adequacyCondition(country).isEmpty()) {
            return Safeguard.ADEQUACY_DECISION;
        }
        return Safeguard.STANDARD_CONTRACTUAL_CLAUSES;
    }

    // ---- activities ---------------------------------------------------------------------------

    private Activity activity(Set<String> takenIds, Map<String, Integer> nameCounts) {
        Process process = pick(weightedProcesses);
        Qualifier unit = pick(Vocabulary.UNITS);
        Qualifier region = pick(Vocabulary.REGIONS);
        String system = pick(process.systems());

        String nb = process.name().resolve("nb", "nb") + " – " + unit.name().resolve("nb", "nb") + ", "
                + region.name().resolve("nb", "nb");
        String en = process.name().resolve("en", "en") + " – " + unit.name().resolve("en", "en") + ", "
                + region.name().resolve("en", "en");
        int seen = nameCounts.merge(en, 1, Integer::sum);
        if (seen > 1) {
            nb += " (" + seen + ")";
            en += " (" + seen + ")";
        }
        String id = Ids.fromName(en, takenIds);
        takenIds.add(id);
        Text description = t(
                fillIn(process.description().resolve("nb", "nb"), unit, system, "nb"),
                fillIn(process.description().resolve("en", "en"), unit, system, "en"));
        String owner = process.owner().resolve("nb", "nb") + ", " + unit.name().resolve("nb", "nb");

        Role role = switch (process.mode()) {
            case CONTROLLER -> Role.CONTROLLER;
            case JOINT -> Role.JOINT_CONTROLLER;
            case PROCESSOR -> Role.PROCESSOR;
        };
        ActivityStatus status = status();

        List<String> subjects = alsoElsewhere(
                choose(process.subjects(), List.of(), subjectIds, 0.9, 0),
                process.subjects().get(0),
                subjectIds);
        List<String> categories = alsoElsewhere(
                choose(process.categories(), process.optionalCategories(), categoryIds, 1, 0.4),
                process.categories().get(0),
                categoryIds);
        boolean sensitive = categories.stream()
                .anyMatch(category -> categoryOf.get(category).sensitive());
        boolean special = categories.stream()
                .anyMatch(category -> categoryOf.get(category).special());
        boolean criminal = categories.stream()
                .anyMatch(category -> categoryOf.get(category).criminal());
        List<PurposeUse> purposes = purposes(process, role, sensitive, special, criminal);
        List<String> recipients = recipients(process);
        List<Transfer> transfers = transfers(recipients);
        List<RetentionRule> retention = retention(process, categories);

        boolean draft = status == ActivityStatus.DRAFT;
        Text security = draft && random.nextBoolean() ? null : securityMeasures(process);
        LocalDate reviewedOn = draft ? null : FIRST_REVIEW.plusDays(random.nextInt(REVIEW_DAYS));
        LocalDate reviewDue = reviewedOn == null ? null : reviewedOn.plusYears(random.nextInt(10) == 0 ? 1 : 2);
        AutomatedDecisions automated = process.automatedLogic() != null
                ? new AutomatedDecisions(true, process.automatedLogic())
                : random.nextBoolean() ? new AutomatedDecisions(false, null) : null;
        Text notes = random.nextInt(7) == 0 ? pick(NOTES) : null;

        return new Activity(
                id,
                t(nb, en),
                description,
                owner,
                role,
                controllers(process.mode()),
                status,
                subjects,
                categories,
                recipients,
                purposes,
                transfers,
                retention,
                security,
                process.statutoryRequirement(),
                automated,
                dpia(process),
                reviewedOn,
                reviewDue,
                notes,
                screening(process, sensitive));
    }

    /**
     * The DPIA screening of format version 2: a process that has a DPIA meets two criteria or more
     * (that is why it has one); others at most one, so no screening asks for a DPIA that is not there.
     */
    private List<DpiaCriterion> screening(Process process, boolean sensitive) {
        if (process.dpia()) {
            return sensitive
                    ? List.of(DpiaCriterion.SENSITIVE_DATA, DpiaCriterion.LARGE_SCALE)
                    : List.of(DpiaCriterion.SYSTEMATIC_MONITORING, DpiaCriterion.LARGE_SCALE);
        }
        return random.nextInt(4) == 0 && !sensitive ? List.of(DpiaCriterion.MATCHING_COMBINING) : List.of();
    }

    private static String fillIn(String text, Qualifier unit, String system, String language) {
        return text.replace("{unit}", unit.name().resolve(language, language)).replace("{system}", system);
    }

    private ActivityStatus status() {
        int roll = random.nextInt(100);
        if (roll < 80) {
            return ActivityStatus.APPROVED;
        }
        if (roll < 88) {
            return ActivityStatus.IN_REVIEW;
        }
        return roll < 95 ? ActivityStatus.DRAFT : ActivityStatus.RETIRED;
    }

    /** One item per base: always the first base, the other required ones mostly, optional ones sometimes. */
    private List<String> choose(
            List<String> required,
            List<String> optional,
            Map<String, List<String>> ids,
            double requiredChance,
            double optionalChance) {
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = 0; i < required.size(); i++) {
            if (i == 0 || random.nextDouble() < requiredChance) {
                chosen.add(pick(ids(ids, required.get(i))));
            }
        }
        for (String key : optional) {
            if (random.nextDouble() < optionalChance) {
                chosen.add(pick(ids(ids, key)));
            }
        }
        return List.copyOf(chosen);
    }

    /**
     * Often the same kind of people or data appears twice in an activity, from two units or systems
     * ("Customers (Nordlys Bank)" and "Customers (Nordlys Insurance)"): adds another item of that kind.
     */
    private List<String> alsoElsewhere(List<String> chosen, String key, Map<String, List<String>> ids) {
        if (random.nextInt(5) < 2) {
            Set<String> more = new LinkedHashSet<>(chosen);
            more.add(pick(ids(ids, key)));
            return List.copyOf(more);
        }
        return chosen;
    }

    private static List<String> ids(Map<String, List<String>> ids, String key) {
        List<String> found = ids.get(key);
        if (found == null) {
            throw new IllegalStateException("the vocabulary has no catalogue item of kind \"" + key + "\"");
        }
        return found;
    }

    /**
     * The process's purposes with their legal bases. A processor records none (they are the
     * controller's); where special-category or criminal-offence data is used, the purposes that rely
     * on an Art. 9(2) condition carry it, and if none of the chosen ones does, the first optional
     * purpose that does is added.
     */
    private List<PurposeUse> purposes(
            Process process, Role role, boolean sensitive, boolean special, boolean criminal) {
        List<String> chosen =
                new ArrayList<>(choose(process.purposes(), process.optionalPurposes(), purposeIds, 1, 0.7));
        boolean ownBasis = role != Role.PROCESSOR;
        if (ownBasis
                && sensitive
                && chosen.stream().noneMatch(id -> purposeOf.get(id).condition() != null)) {
            String key = process.optionalPurposes().stream()
                    .filter(candidate -> baseOfPurpose(candidate).condition() != null)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("process " + process.key()
                            + " uses special-category data but has no purpose with an Art. 9(2) condition"));
            chosen.add(pick(ids(purposeIds, key)));
        }
        List<PurposeUse> uses = new ArrayList<>();
        for (String id : chosen) {
            PurposeBase base = purposeOf.get(id);
            if (!ownBasis) {
                uses.add(new PurposeUse(id, null, null, null, null));
                continue;
            }
            // Art. 9(2) conditions for special data only; criminal-offence data gets the law that allows it
            boolean needsCondition = sensitive && base.condition() != null;
            uses.add(new PurposeUse(
                    id,
                    base.basis(),
                    base.reference(),
                    base.interest(),
                    needsCondition && special ? base.condition() : null,
                    needsCondition && criminal ? CRIMINAL_OFFENCE_AUTHORITY : null));
        }
        return uses;
    }

    /** The purposes of the vocabulary that are direct marketing (Art. 21(2)). */
    private static final Set<String> DIRECT_MARKETING = Set.of("newsletter", "direct-marketing");

    private static final Text CRIMINAL_OFFENCE_AUTHORITY =
            Text.of("nb", "personopplysningsloven § 11 første ledd").with("en", "Personal Data Act section 11(1)");

    private static PurposeBase baseOfPurpose(String key) {
        return Vocabulary.PURPOSES.stream()
                .filter(base -> base.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown purpose kind " + key));
    }

    private List<String> recipients(Process process) {
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = 0; i < process.recipients().size(); i++) {
            if (i == 0 || random.nextDouble() < 0.8) {
                chosen.add(pick(ids(recipientIds, process.recipients().get(i))));
            }
        }
        return List.copyOf(chosen);
    }

    /** A transfer for every recipient outside the EEA, on the safeguard that fits its country. */
    private List<Transfer> transfers(List<String> recipients) {
        List<Transfer> transfers = new ArrayList<>();
        for (String recipient : recipients) {
            String country = countryOf.get(recipient);
            if (Countries.isInEea(country)) {
                continue;
            }
            Safeguard safeguard = safeguards.get(recipient);
            transfers.add(new Transfer(
                    country,
                    recipient,
                    safeguard,
                    TRANSFER_DESCRIPTIONS.get(
                            safeguard == Safeguard.ADEQUACY_DECISION && country.equals("US")
                                    ? "DPF"
                                    : safeguard.code())));
        }
        return transfers;
    }

    /**
     * The process's rules for the categories the activity uses, and a rule for the rest: mostly a
     * default rule, sometimes the remaining categories named one by one.
     */
    private List<RetentionRule> retention(Process process, List<String> categories) {
        List<RetentionRule> rules = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (RetentionSpec spec : process.retention()) {
            if (spec.categories() == null) {
                if (random.nextInt(4) > 0) {
                    rules.add(new RetentionRule(null, spec.period(), spec.trigger(), spec.description()));
                } else {
                    List<String> rest = categories.stream()
                            .filter(category -> !named.contains(category))
                            .toList();
                    if (!rest.isEmpty()) {
                        rules.add(new RetentionRule(rest, spec.period(), spec.trigger(), spec.description()));
                    }
                }
                continue;
            }
            List<String> covered = categories.stream()
                    .filter(category ->
                            spec.categories().contains(categoryOf.get(category).key()) && !named.contains(category))
                    .toList();
            if (!covered.isEmpty()) {
                named.addAll(covered);
                rules.add(new RetentionRule(covered, spec.period(), spec.trigger(), spec.description()));
            }
        }
        return rules;
    }

    private Text securityMeasures(Process process) {
        String kind = switch (process.key()) {
            case "payroll", "recruitment", "background-checks", "sick-leave", "appraisals", "emergency-contacts" ->
                "hr";
            case "occupational-health", "patient-care" -> "health";
            case "orders", "fraud", "credit", "metering" -> "payments";
            case "cctv", "access-control" -> "cctv";
            case "hosted-services", "payroll-services" -> "cloud";
            case "web-analytics", "customer-analysis" -> "analytics";
            default -> "standard";
        };
        return Vocabulary.SECURITY_MEASURES.stream()
                .filter(measure -> measure.key().equals(kind))
                .findFirst()
                .orElseThrow()
                .name();
    }

    /** Joint controllers name their partner; a processor activity the customers it works for. */
    private List<Contact> controllers(Mode mode) {
        if (mode == Mode.CONTROLLER) {
            return List.of();
        }
        int count = mode == Mode.JOINT ? 1 : 1 + random.nextInt(3);
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String company = pick(Vocabulary.NAME_PREFIXES) + pick(PARTNER_WORDS) + " AS";
            String domain = Ids.fromName(company, Set.of());
            contacts.add(new Contact(
                    company,
                    "personvern@" + domain + ".example",
                    "+47 2" + (1 + random.nextInt(9)) + " " + (10 + random.nextInt(90)) + " "
                            + (10 + random.nextInt(90)) + " " + (10 + random.nextInt(90)),
                    "Postboks " + (1 + random.nextInt(900)) + ", " + pick(POSTAL_PLACES)));
        }
        return contacts;
    }

    private Dpia dpia(Process process) {
        if (process.dpia()) {
            return random.nextInt(20) == 0
                    ? new Dpia(DpiaStatus.REQUIRED, null)
                    : new Dpia(
                            DpiaStatus.COMPLETED,
                            "DPIA-" + (2023 + random.nextInt(4)) + "-" + (100 + random.nextInt(900)));
        }
        return random.nextInt(5) < 3 ? new Dpia(DpiaStatus.NOT_REQUIRED, null) : null;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static final List<String> PARTNER_WORDS =
            List.of("bygg", "handel", "media", "partner", "energi", "data", "logistikk", "helse", "eiendom", "reiser");

    private static final List<String> POSTAL_PLACES = List.of(
            "0101 Oslo",
            "5020 Bergen",
            "7010 Trondheim",
            "4006 Stavanger",
            "9008 Tromsø",
            "4610 Kristiansand",
            "2317 Hamar",
            "3004 Drammen");

    private static final List<Text> NOTES = List.of(
            t(
                    "Gjennomgås på nytt når det nye systemet er innført.",
                    "To be reviewed again once the new system is in place."),
            t(
                    "Avventer oppdatert databehandleravtale fra leverandøren.",
                    "Waiting for an updated data processing agreement from the supplier."),
            t(
                    "Diskutert med personvernombudet i siste kvartalsmøte.",
                    "Discussed with the DPO at the last quarterly meeting."),
            t(
                    "Slettingen er foreløpig manuell; automatisering er planlagt.",
                    "Deletion is manual for now; automation is planned."));

    private static final Map<String, Text> TRANSFER_DESCRIPTIONS = Map.of(
            Safeguard.STANDARD_CONTRACTUAL_CLAUSES.code(),
            t(
                    "EUs standardavtalevilkår (2021/914), med kryptering som tilleggstiltak.",
                    "The EU standard contractual clauses (2021/914), with encryption as a supplementary measure."),
            Safeguard.BINDING_CORPORATE_RULES.code(),
            t(
                    "Konsernets bindende virksomhetsregler, godkjent av Datatilsynet.",
                    "The group's binding corporate rules, approved by Datatilsynet."),
            Safeguard.ADEQUACY_DECISION.code(),
            t(
                    "Mottakerlandet har et vedtak om tilstrekkelig beskyttelsesnivå.",
                    "The destination country has an adequacy decision."),
            "DPF",
            t(
                    "Mottakeren er sertifisert under EU–US Data Privacy Framework.",
                    "The recipient is certified under the EU-US Data Privacy Framework."));
}
