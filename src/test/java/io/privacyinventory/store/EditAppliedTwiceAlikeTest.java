package io.privacyinventory.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.RandomInventory;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.RecordFields;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Transfer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edit is described once and applied in two places: {@link Inventories#apply} in memory and
 * {@link InventoryStore#apply} in the file. Random sequences of every kind of edit, on real files,
 * must leave the two equal; refused edits change neither; undo and redo (reverting change sets)
 * walk the file back and forth through the same states.
 */
class EditAppliedTwiceAlikeTest {
    private static final List<EntityType> LISTS = List.of(
            EntityType.DATA_SUBJECT,
            EntityType.DATA_CATEGORY,
            EntityType.PURPOSE,
            EntityType.RECIPIENT,
            EntityType.ACTIVITY);

    @TempDir
    Path folder;

    @Provide
    Arbitrary<Inventory> inventories() {
        return Arbitraries.randomValue(RandomInventory::generate);
    }

    @Property(tries = 60)
    void memoryAndFileAgreeAfterEveryChangeAndThroughUndoAndRedo(
            @ForAll("inventories") Inventory start, @ForAll long seed, @ForAll @IntRange(min = 1, max = 25) int changes)
            throws Exception {
        Path dir = Files.createTempDirectory("edits");
        try (InventoryStore store = InventoryStore.create(dir.resolve("inventory.db"), start)) {
            Random random = new Random(seed);
            Inventory memory = start;
            List<Step> steps = new ArrayList<>();
            for (int i = 0; i < changes; i++) {
                List<Edit> change = new ArrayList<>();
                int size = random.nextInt(6) == 0 ? 2 + random.nextInt(2) : 1;
                Inventory planned = memory;
                for (int e = 0; e < size; e++) {
                    Edit edit = new EditMaker(random, planned).next();
                    change.add(edit);
                    Statistics.label("edits").collect(kind(edit));
                    try {
                        planned = Inventories.apply(planned, edit);
                    } catch (IllegalArgumentException notApplicable) {
                        break;
                    }
                }
                ChangeSet set;
                try {
                    set = store.apply(change);
                } catch (EditRejectedException refused) {
                    Statistics.label("changes").collect("refused");
                    assertThat(store.load()).isEqualTo(memory);
                    continue;
                }
                Statistics.label("changes").collect("committed");
                Inventory before = memory;
                memory = Inventories.apply(memory, change);
                assertThat(store.load()).as("after %s", change).isEqualTo(memory);
                if (!set.isEmpty()) {
                    steps.add(new Step(set.id(), before, memory));
                }
            }

            List<Long> undos = new ArrayList<>();
            for (int i = steps.size() - 1; i >= 0; i--) {
                undos.add(0, store.revert(steps.get(i).changeSet()).id());
                assertThat(store.load())
                        .as("undo of step %d", i)
                        .isEqualTo(steps.get(i).before());
            }
            for (int i = 0; i < steps.size(); i++) {
                store.revert(undos.get(i));
                assertThat(store.load())
                        .as("redo of step %d", i)
                        .isEqualTo(steps.get(i).after());
            }
        } finally {
            delete(dir);
        }
    }

    /** Every field of every kind of item and singleton, set once, is the same in memory and in the file. */
    @Test
    void everyFieldSetOnItsOwnAgrees() throws Exception {
        Random random = new Random(9);
        Inventory start = RandomInventory.generate(random);
        while (!everyListFilled(start)) {
            start = RandomInventory.generate(random);
        }
        try (InventoryStore store = InventoryStore.create(folder.resolve("fields.db"), start)) {
            Inventory memory = start;
            List<String> covered = new ArrayList<>();
            for (EntityType type : EntityType.values()) {
                List<String> fields = type == EntityType.INVENTORY
                        ? List.of("languages")
                        : RecordFields.names(
                                ((Record) Inventories.current(memory, type, firstId(memory, type))).getClass());
                for (String field : fields) {
                    Object current = type == EntityType.INVENTORY
                            ? memory.languages()
                            : RecordFields.get(
                                    (Record) Inventories.current(memory, type, firstId(memory, type)), field);
                    Object value = null;
                    for (int attempt = 0; attempt < 50 && (value == null || value.equals(current)); attempt++) {
                        value = new EditMaker(random, memory).valueFor(type, field);
                    }
                    Edit edit = new Edit.SetField(type, firstId(memory, type), field, value);
                    store.apply(edit);
                    memory = Inventories.apply(memory, edit);
                    assertThat(store.load()).as("%s.%s", type, field).isEqualTo(memory);
                    covered.add(type + "." + field);
                }
            }
            assertThat(covered)
                    .contains(
                            "ACTIVITY.purposes",
                            "RECIPIENT.tracking",
                            "ORGANISATION.dpo",
                            "NOTICE.effectiveDate",
                            "INVENTORY.languages",
                            "DATA_CATEGORY.id");
        }
    }

    private static boolean everyListFilled(Inventory inventory) {
        return LISTS.stream()
                .noneMatch(type -> Inventories.items(inventory, type).isEmpty());
    }

    private static String firstId(Inventory inventory, EntityType type) {
        List<? extends Entity> items = Inventories.items(inventory, type);
        return items.isEmpty() ? null : items.get(0).id();
    }

    private static String kind(Edit edit) {
        if (edit instanceof Edit.SetField set) {
            return "set " + set.type() + "." + set.field();
        }
        return edit.getClass().getSimpleName();
    }

    private record Step(long changeSet, Inventory before, Inventory after) {}

    /** Random edits that fit the inventory they are made for most of the time (and sometimes do not). */
    private static final class EditMaker {
        private final Random random;
        private final Inventory inventory;
        private final Inventory donor;

        EditMaker(Random random, Inventory inventory) {
            this.random = random;
            this.inventory = inventory;
            this.donor = RandomInventory.generate(random, inventory.languages());
        }

        Edit next() {
            EntityType type = LISTS.get(random.nextInt(LISTS.size()));
            List<? extends Entity> items = Inventories.items(inventory, type);
            String id = items.isEmpty()
                    ? "missing"
                    : items.get(random.nextInt(items.size())).id();
            return switch (random.nextInt(14)) {
                case 0, 1 -> new Edit.Add(newItem(type), random.nextInt(items.size() + 3) - 1);
                case 2 ->
                    items.isEmpty() ? new Edit.Remove(type, id) : new Edit.Update(type, id, changed(items, id, type));
                case 3 -> new Edit.Remove(type, id);
                case 4 -> new Edit.Move(type, id, random.nextInt(items.size() + 4) - 2);
                case 5 ->
                    random.nextInt(4) == 0
                            ? new Edit.ReplaceAll(donor)
                            : new Edit.Update(EntityType.ORGANISATION, null, donor.organisation());
                case 6 ->
                    random.nextBoolean()
                            ? new Edit.Update(EntityType.NOTICE, null, donor.notice())
                            : new Edit.SetField(
                                    EntityType.INVENTORY,
                                    null,
                                    "languages",
                                    valueFor(EntityType.INVENTORY, "languages"));
                case 7 -> singletonField(random.nextBoolean() ? EntityType.ORGANISATION : EntityType.NOTICE);
                default -> {
                    EntityType fieldOf = random.nextBoolean() ? EntityType.ACTIVITY : type;
                    List<? extends Entity> candidates = Inventories.items(inventory, fieldOf);
                    String target = candidates.isEmpty()
                            ? "missing"
                            : candidates.get(random.nextInt(candidates.size())).id();
                    Record item =
                            candidates.isEmpty() ? null : (Record) Inventories.current(inventory, fieldOf, target);
                    List<String> fields = item == null ? List.of("name") : RecordFields.names(item.getClass());
                    String field = fields.get(random.nextInt(fields.size()));
                    yield new Edit.SetField(fieldOf, target, field, valueFor(fieldOf, field));
                }
            };
        }

        private Edit singletonField(EntityType type) {
            Record record = (Record) Inventories.current(inventory, type, null);
            List<String> fields = RecordFields.names(record.getClass());
            String field = fields.get(random.nextInt(fields.size()));
            return new Edit.SetField(type, null, field, valueFor(type, field));
        }

        private Entity changed(List<? extends Entity> items, String id, EntityType type) {
            Record item = (Record) Inventories.current(inventory, type, id);
            List<String> fields = RecordFields.names(item.getClass());
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                String field = fields.get(random.nextInt(fields.size()));
                try {
                    item = RecordFields.with(item, field, valueFor(type, field));
                } catch (IllegalArgumentException refused) {
                    // a value the record itself refuses (no name): keep the field as it was
                }
            }
            return (Entity) item;
        }

        private Entity newItem(EntityType type) {
            String id = random.nextInt(8) == 0
                            && !Inventories.items(inventory, type).isEmpty()
                    ? Inventories.items(inventory, type).get(0).id()
                    : "new-" + random.nextInt(100_000);
            if (type == EntityType.ACTIVITY) {
                return Activity.draft(id, RandomInventory.text(random, inventory.languages()))
                        .withDataCategories(subset(ids(EntityType.DATA_CATEGORY)))
                        .withPurposes(purposeUses());
            }
            List<? extends Entity> donors = Inventories.items(donor, type);
            Record model = donors.isEmpty() ? null : (Record) donors.get(random.nextInt(donors.size()));
            if (model == null) {
                model =
                        (Record) Inventories.items(
                                        RandomInventory.generate(new Random(random.nextLong()), inventory.languages()),
                                        type)
                                .stream()
                                .findFirst()
                                .orElse(null);
            }
            if (model == null) {
                return Activity.draft(id, RandomInventory.text(random, inventory.languages()));
            }
            return (Entity) RecordFields.with(model, "id", id);
        }

        /** A value for one field, of its model type; references point at items the inventory has. */
        Object valueFor(EntityType type, String field) {
            if (type == EntityType.INVENTORY) {
                List<String> languages = new ArrayList<>(inventory.languages());
                Collections.shuffle(languages, random);
                if (random.nextBoolean()) {
                    languages.add(List.of("nb", "en", "sv", "de").get(random.nextInt(4)));
                }
                return List.copyOf(new LinkedHashSet<>(languages));
            }
            if (type == EntityType.ACTIVITY) {
                switch (field) {
                    case "id":
                        return "renamed-" + random.nextInt(100_000);
                    case "dataSubjects":
                        return subset(ids(EntityType.DATA_SUBJECT));
                    case "dataCategories":
                        return subset(ids(EntityType.DATA_CATEGORY));
                    case "recipients":
                        return subset(ids(EntityType.RECIPIENT));
                    case "purposes":
                        return purposeUses();
                    case "transfers":
                        return transfers();
                    case "retention":
                        return retention();
                    default:
                        break;
                }
            } else if (field.equals("id")) {
                return random.nextInt(6) == 0 && !ids(type).isEmpty()
                        ? ids(type).get(0)
                        : "renamed-" + random.nextInt(100_000);
            }
            Record source = type == EntityType.ORGANISATION
                    ? donor.organisation()
                    : type == EntityType.NOTICE ? donor.notice() : anyDonor(type);
            return source == null ? null : RecordFields.get(source, field);
        }

        private Record anyDonor(EntityType type) {
            for (int i = 0; i < 5; i++) {
                List<? extends Entity> donors = Inventories.items(
                        RandomInventory.generate(new Random(random.nextLong()), inventory.languages()), type);
                if (!donors.isEmpty()) {
                    return (Record) donors.get(random.nextInt(donors.size()));
                }
            }
            return null;
        }

        private List<PurposeUse> purposeUses() {
            List<PurposeUse> uses = new ArrayList<>();
            List<PurposeUse> models = donor.activities().stream()
                    .flatMap(a -> a.purposes().stream())
                    .toList();
            for (String purpose : subset(ids(EntityType.PURPOSE))) {
                PurposeUse model = models.isEmpty() ? null : models.get(random.nextInt(models.size()));
                uses.add(
                        model == null
                                ? new PurposeUse(purpose, null, null, null, null)
                                : new PurposeUse(
                                        purpose,
                                        model.legalBasis(),
                                        model.legalBasisReference(),
                                        model.legitimateInterest(),
                                        model.specialCategoryCondition()));
            }
            return uses;
        }

        private List<Transfer> transfers() {
            List<String> recipients = ids(EntityType.RECIPIENT);
            return donor.activities().stream()
                    .flatMap(a -> a.transfers().stream())
                    .limit(random.nextInt(4))
                    .map(t -> new Transfer(
                            t.country(),
                            recipients.isEmpty() || random.nextBoolean()
                                    ? null
                                    : recipients.get(random.nextInt(recipients.size())),
                            t.safeguard(),
                            t.description()))
                    .toList();
        }

        private List<RetentionRule> retention() {
            List<String> categories = ids(EntityType.DATA_CATEGORY);
            return donor.activities().stream()
                    .flatMap(a -> a.retention().stream())
                    .limit(random.nextInt(4))
                    .map(r -> new RetentionRule(
                            r.isDefaultRule() ? null : subset(categories), r.period(), r.trigger(), r.description()))
                    .toList();
        }

        private List<String> ids(EntityType type) {
            return Inventories.items(inventory, type).stream().map(Entity::id).toList();
        }

        private List<String> subset(List<String> ids) {
            List<String> copy = new ArrayList<>(ids);
            Collections.shuffle(copy, random);
            return List.copyOf(copy.subList(0, copy.isEmpty() ? 0 : random.nextInt(copy.size() + 1)));
        }
    }

    private static void delete(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
