package io.privacyinventory;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.AutomatedDecisions;
import io.privacyinventory.model.Coded;
import io.privacyinventory.model.Contact;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSource;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.Dpia;
import io.privacyinventory.model.DpiaStatus;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.RecipientKind;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Role;
import io.privacyinventory.model.Safeguard;
import io.privacyinventory.model.SpecialCategoryCondition;
import io.privacyinventory.model.SupervisoryAuthority;
import io.privacyinventory.model.Text;
import io.privacyinventory.model.Transfer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Random but valid inventories for property tests: every optional value sometimes there and
 * sometimes not, texts with awkward characters, references only to items that exist.
 */
public final class RandomInventory {
    private static final List<String> LANGUAGES = List.of("nb", "en", "nn", "se", "sv");
    private static final String[] WORDS = {
        "data",
        "kunde",
        "Ærlig",
        "øl",
        "å",
        "naïve",
        "\"quoted\"",
        "back\\slash",
        "line\nbreak",
        "tab\there",
        "=SUM(A1)",
        "<b>tag</b>",
        "emoji 😀",
        "  spaced  ",
        "",
        "中文",
        "-minus",
        "@at"
    };
    private static final String[] COUNTRIES = {"NO", "SE", "US", "GB", "IN", "JP", "CH", "BR"};

    private final Random random;
    private final int activityCount;
    private List<String> languages;

    private RandomInventory(Random random, int activityCount) {
        this.random = random;
        this.activityCount = activityCount;
    }

    /** A small inventory whose texts are in exactly these languages (for values that fit another inventory). */
    public static Inventory generate(Random random, List<String> languages) {
        RandomInventory generator = new RandomInventory(random, -1);
        generator.languages = List.copyOf(languages);
        return generator.inventory();
    }

    /** A text in some of {@code languages} (always the first), with awkward characters. */
    public static Text text(Random random, List<String> languages) {
        RandomInventory generator = new RandomInventory(random, -1);
        generator.languages = List.copyOf(languages);
        return generator.text();
    }

    public static Inventory generate(Random random) {
        return new RandomInventory(random, -1).inventory();
    }

    /** A large inventory: {@code activities} activities over catalogues of a few dozen entries each. */
    public static Inventory generate(Random random, int activities) {
        return new RandomInventory(random, activities).inventory();
    }

    private Inventory inventory() {
        if (languages == null) {
            List<String> shuffled = new ArrayList<>(LANGUAGES);
            Collections.shuffle(shuffled, random);
            languages = List.copyOf(shuffled.subList(0, 1 + random.nextInt(3)));
        }
        List<DataSubject> subjects = list(ids("subject"), id -> new DataSubject(id, text(), maybe(this::text)));
        List<DataCategory> categories = list(
                ids("category"),
                id -> new DataCategory(
                        id,
                        text(),
                        maybe(this::text),
                        maybe(() -> pick(DataSource.class)),
                        random.nextBoolean(),
                        random.nextInt(5) == 0));
        List<Purpose> purposes = list(ids("purpose"), id -> new Purpose(id, text(), maybe(this::text)));
        List<Recipient> recipients = list(
                ids("recipient"),
                id -> new Recipient(
                        id,
                        text(),
                        maybe(this::text),
                        maybe(() -> pick(RecipientKind.class)),
                        maybe(this::country),
                        random.nextBoolean(),
                        maybe(() -> "https://example.com/opt-out/" + id),
                        maybe(() -> "https://example.com/contract?id=" + id)));
        List<String> subjectIds = subjects.stream().map(DataSubject::id).toList();
        List<String> categoryIds = categories.stream().map(DataCategory::id).toList();
        List<String> purposeIds = purposes.stream().map(Purpose::id).toList();
        List<String> recipientIds = recipients.stream().map(Recipient::id).toList();
        List<Activity> activities = list(
                activityIds(),
                id -> new Activity(
                        id,
                        text(),
                        maybe(this::text),
                        maybe(this::word),
                        maybe(() -> pick(Role.class)),
                        contacts(),
                        maybe(() -> pick(ActivityStatus.class)),
                        subset(subjectIds),
                        subset(categoryIds),
                        subset(recipientIds),
                        subset(purposeIds).stream()
                                .map(purpose -> new PurposeUse(
                                        purpose,
                                        maybe(() -> pick(LegalBasis.class)),
                                        maybe(this::text),
                                        maybe(this::text),
                                        maybe(() -> pick(SpecialCategoryCondition.class))))
                                .toList(),
                        repeat(
                                3,
                                () -> new Transfer(
                                        country(),
                                        recipientIds.isEmpty() ? null : maybe(() -> one(recipientIds)),
                                        maybe(() -> pick(Safeguard.class)),
                                        maybe(this::text))),
                        repeat(
                                3,
                                () -> new RetentionRule(
                                        random.nextBoolean() ? null : subset(categoryIds),
                                        maybe(() -> "P" + (1 + random.nextInt(30)) + one(List.of("D", "M", "Y", "W"))),
                                        maybe(this::text),
                                        maybe(this::text))),
                        maybe(this::text),
                        maybe(this::text),
                        maybe(() -> new AutomatedDecisions(random.nextBoolean(), maybe(this::text))),
                        maybe(() -> new Dpia(pick(DpiaStatus.class), maybe(this::word))),
                        maybe(this::date),
                        maybe(this::date),
                        maybe(this::text)));
        Organisation organisation = new Organisation(
                word(),
                maybe(this::word),
                maybe(this::word),
                maybe(this::word),
                maybe(() -> "https://example.org/"),
                maybe(this::contact),
                maybe(this::contact),
                maybe(() -> new SupervisoryAuthority(maybe(this::word), maybe(() -> "https://authority.example/"))));
        NoticeSettings notice =
                new NoticeSettings(maybe(this::text), maybe(this::date), maybe(this::text), maybe(this::text));
        return new Inventory(languages, organisation, notice, subjects, categories, purposes, recipients, activities);
    }

    private interface Maker<T> {
        T make(String id);
    }

    private <T> List<T> list(List<String> ids, Maker<T> maker) {
        List<T> items = new ArrayList<>();
        for (String id : ids) {
            items.add(maker.make(id));
        }
        return items;
    }

    private List<String> activityIds() {
        if (activityCount < 0) {
            return ids("activity");
        }
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= activityCount; i++) {
            ids.add("activity-" + i);
        }
        return ids;
    }

    private List<String> ids(String prefix) {
        Set<String> ids = new LinkedHashSet<>();
        int count = activityCount < 0 ? random.nextInt(6) : 20 + random.nextInt(20);
        while (ids.size() < count) {
            ids.add(random.nextBoolean() ? prefix + "-" + random.nextInt(100) : Integer.toString(random.nextInt(1000)));
        }
        return List.copyOf(ids);
    }

    private List<String> subset(List<String> ids) {
        List<String> copy = new ArrayList<>(ids);
        Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, copy.isEmpty() ? 0 : random.nextInt(copy.size() + 1)));
    }

    private <T> List<T> repeat(int max, Supplier<T> supplier) {
        List<T> items = new ArrayList<>();
        int count = random.nextInt(max + 1);
        for (int i = 0; i < count; i++) {
            items.add(supplier.get());
        }
        return items;
    }

    private List<Contact> contacts() {
        return repeat(2, this::contact);
    }

    private Contact contact() {
        return new Contact(maybe(this::word), maybe(() -> "x@example.com"), maybe(this::word), maybe(this::word));
    }

    private Text text() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String language : languages) {
            if (values.isEmpty() || random.nextInt(3) > 0) {
                values.put(language, word() + " " + word());
            }
        }
        return Text.of(values);
    }

    private String word() {
        return one(List.of(WORDS));
    }

    private String country() {
        return one(List.of(COUNTRIES));
    }

    private LocalDate date() {
        return LocalDate.of(2000 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private <T> T one(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private <E extends Enum<E> & Coded> E pick(Class<E> type) {
        return one(List.of(type.getEnumConstants()));
    }

    private <T> T maybe(Supplier<T> supplier) {
        return random.nextBoolean() ? supplier.get() : null;
    }
}
