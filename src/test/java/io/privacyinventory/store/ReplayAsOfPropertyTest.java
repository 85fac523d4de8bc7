package io.privacyinventory.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.RandomInventory;
import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The record as of a moment, rebuilt from the change log, is the record the store held at that
 * moment: random edit sequences (every kind of edit, several in one change set, undo and redo)
 * are applied at chosen times, the state is read after each, and the replay is asked for every
 * moment in between.
 */
class ReplayAsOfPropertyTest {
    private static final Instant START = Instant.parse("2026-03-01T07:00:00Z");
    private static final int KINDS = 13;

    /** One step: which edit ({@code kind}), a number to pick items and values with, and the seconds since the last step. */
    record Step(int kind, int pick, int seconds) {}

    /** The state right after a change set, and its time. */
    record Snapshot(Instant time, Inventory inventory) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, KINDS - 1),
                        Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(0, 3))
                .as(Step::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(20);
    }

    @Property(tries = 100)
    void theReplayAtEveryMomentIsTheStateTheStoreHeldThen(@ForAll long seed, @ForAll("steps") List<Step> steps)
            throws Exception {
        Path folder = Files.createTempDirectory("as-of");
        ClockedStores.SettableClock clock = new ClockedStores.SettableClock(START);
        try (InventoryStore store = ClockedStores.create(
                folder.resolve("inventory.db"), RandomInventory.generate(new Random(seed)), clock)) {
            List<Snapshot> snapshots = new ArrayList<>();
            snapshots.add(new Snapshot(START, store.load()));
            List<Long> changeSets = new ArrayList<>();
            int counter = 0;
            for (Step step : steps) {
                clock.advance(Duration.ofSeconds(step.seconds()));
                ChangeSet set = applyOne(store, step, counter++, changeSets);
                if (set != null && !set.isEmpty()) {
                    changeSets.add(set.id());
                    snapshots.add(new Snapshot(clock.instant(), store.load()));
                }
            }

            assertThat(store.replayAsOf(START.minusMillis(1)))
                    .as("before the file existed")
                    .isNull();
            for (Snapshot snapshot : snapshots) {
                for (Instant moment : List.of(snapshot.time(), snapshot.time().plusMillis(500))) {
                    assertThat(store.replayAsOf(moment)).as("as of %s", moment).isEqualTo(heldAt(snapshots, moment));
                }
            }
            assertThat(store.replayAsOf(clock.instant().plus(Duration.ofDays(400))))
                    .as("a moment still to come")
                    .isEqualTo(store.load());
            assertThat(store.verifyHistory().intact()).isTrue();
        } finally {
            delete(folder);
        }
    }

    /** What the store held at {@code moment}: the state after the last change set made at or before it. */
    private static Inventory heldAt(List<Snapshot> snapshots, Instant moment) {
        Inventory held = null;
        for (Snapshot snapshot : snapshots) {
            if (!snapshot.time().isAfter(moment)) {
                held = snapshot.inventory();
            }
        }
        return held;
    }

    /** Applies the step's edit to the store as it is now; an edit the store refuses changes nothing and gives null. */
    private static ChangeSet applyOne(InventoryStore store, Step step, int counter, List<Long> changeSets) {
        Inventory now = store.load();
        String language = now.languages().get(0);
        List<Activity> activities = now.activities();
        Activity activity = activities.isEmpty() ? null : activities.get(step.pick() % activities.size());
        Purpose purpose = now.purposes().isEmpty()
                ? null
                : now.purposes().get(step.pick() % now.purposes().size());
        try {
            return switch (step.kind()) {
                case 0 ->
                    store.apply(new Edit.Add(
                            new Purpose("added-" + counter, Text.of(language, "Purpose " + counter), null),
                            step.pick() % (now.purposes().size() + 2) - 1));
                case 1 -> store.apply(new Edit.SetField(EntityType.ORGANISATION, null, "phone", "+47 " + step.pick()));
                case 2 ->
                    activity == null
                            ? null
                            : store.apply(new Edit.Update(
                                    EntityType.ACTIVITY,
                                    activity.id(),
                                    activity.withStatus(
                                            ActivityStatus.values()[step.pick() % ActivityStatus.values().length])));
                case 3 ->
                    activity == null
                            ? null
                            : store.apply(new Edit.Update(
                                    EntityType.ACTIVITY,
                                    activity.id(),
                                    activity.withName(activity.name().with(language, "Renamed " + counter))));
                case 4 -> activity == null ? null : store.apply(new Edit.Remove(EntityType.ACTIVITY, activity.id()));
                case 5 -> purpose == null ? null : store.apply(new Edit.Remove(EntityType.PURPOSE, purpose.id()));
                case 6 ->
                    activity == null
                            ? null
                            : store.apply(
                                    new Edit.Move(EntityType.ACTIVITY, activity.id(), step.pick() % activities.size()));
                case 7 ->
                    purpose == null
                            ? null
                            : store.apply(
                                    new Edit.SetField(EntityType.PURPOSE, purpose.id(), "id", "renamed-" + counter));
                case 8 ->
                    store.apply(new Edit.Add(
                            Activity.draft("new-" + counter, Text.of(language, "New " + counter)),
                            step.pick() % (activities.size() + 1)));
                case 9 ->
                    store.apply(Edit.languages(
                            now.languages().contains("sv")
                                    ? now.languages().stream()
                                            .filter(code -> !code.equals("sv"))
                                            .toList()
                                    : Stream.concat(now.languages().stream(), Stream.of("sv"))
                                            .toList()));
                case 10 -> changeSets.isEmpty() ? null : store.revert(changeSets.get(step.pick() % changeSets.size()));
                case 11 ->
                    store.apply(List.of(
                            new Edit.SetField(EntityType.ORGANISATION, null, "email", "dpo" + counter + "@example.org"),
                            new Edit.Add(new Purpose("both-" + counter, Text.of(language, "Both " + counter), null))));
                default ->
                    store.apply(new Edit.ReplaceAll(
                            step.pick() % 2 == 0
                                    ? TestInventories.read(TestInventories.CLINIC_GROUP)
                                    : RandomInventory.generate(new Random(step.pick()))));
            };
        } catch (EditRejectedException e) {
            return null;
        }
    }

    @Example
    void aClockSetBackStillGivesAStateTheFileHeldTakingRowsInTheirOrder() throws Exception {
        Path folder = Files.createTempDirectory("as-of");
        ClockedStores.SettableClock clock = new ClockedStores.SettableClock(START);
        try (InventoryStore store = ClockedStores.create(
                folder.resolve("inventory.db"), TestInventories.read(TestInventories.PRODUCT_SERVICES), clock)) {
            Inventory created = store.load();
            clock.set(START.plusSeconds(600));
            store.apply(new Edit.SetField(EntityType.ORGANISATION, null, "phone", "+47 1"));
            Inventory first = store.load();
            clock.set(START.plusSeconds(300));
            store.apply(new Edit.SetField(EntityType.ORGANISATION, null, "phone", "+47 2"));
            Inventory second = store.load();

            assertThat(first.organisation().phone()).isEqualTo("+47 1");
            assertThat(store.replayAsOf(START.plusSeconds(299))).isEqualTo(created);
            assertThat(store.replayAsOf(START.plusSeconds(300)))
                    .as("the last row stamped at or before the moment is the second change; the first comes before it")
                    .isEqualTo(second);
            assertThat(store.replayAsOf(START.plusSeconds(599))).isEqualTo(second);
            assertThat(store.replayAsOf(START.plusSeconds(600))).isEqualTo(second);
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
