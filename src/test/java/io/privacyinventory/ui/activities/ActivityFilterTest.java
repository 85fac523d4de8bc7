package io.privacyinventory.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.generate.InventoryGenerator;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Text;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The filtered index behind the Activities table, against the plain rule it implements. */
class ActivityFilterTest {
    private static final List<Activity> ACTIVITIES =
            InventoryGenerator.generate(400, 3).activities();

    /** The rule as it reads: the folded query is in a name, description, owner or id, folded. */
    private static List<Activity> expected(List<Activity> activities, String typed) {
        String query = ActivityFilter.fold(typed.strip());
        List<Activity> found = new ArrayList<>();
        for (Activity activity : activities) {
            if (query.isEmpty()
                    || in(activity.name(), query)
                    || in(activity.description(), query)
                    || (activity.owner() != null
                            && ActivityFilter.fold(activity.owner()).contains(query))
                    || ActivityFilter.fold(activity.id()).contains(query)) {
                found.add(activity);
            }
        }
        return found;
    }

    private static boolean in(Text text, String query) {
        return text != null
                && text.values().values().stream()
                        .anyMatch(value -> ActivityFilter.fold(value).contains(query));
    }

    @Test
    void typingErasingAndRetypingShowExactlyWhatTheRuleMatches() {
        ActivityFilter filter = new ActivityFilter();
        filter.rows(ACTIVITIES);
        Random random = new Random(7);
        String typed = "";
        for (int step = 0; step < 600; step++) {
            if (!typed.isEmpty() && random.nextInt(3) == 0) {
                typed = typed.substring(0, typed.length() - 1 - random.nextInt(typed.length()));
            } else {
                Activity some = ACTIVITIES.get(random.nextInt(ACTIVITIES.size()));
                String source = some.name().values().values().iterator().next().toUpperCase(Locale.ROOT) + " qz-";
                typed = typed + source.charAt(random.nextInt(source.length()));
            }
            filter.query(typed);
            assertThat(filter.visible())
                    .as("after typing '%s'", typed)
                    .containsExactlyElementsOf(expected(ACTIVITIES, typed));
        }
    }

    @Test
    void diacriticsAndCaseAreFoldedOnBothSides() {
        Activity cafe =
                ACTIVITIES.get(0).withName(Text.of("nb", "Kafé-kundeklubb")).withId("cafe-club");
        ActivityFilter filter = new ActivityFilter();
        filter.rows(List.of(cafe, ACTIVITIES.get(1)));

        filter.query("KAFE");
        assertThat(filter.visible()).containsExactly(cafe);
        filter.query("kafé");
        assertThat(filter.visible()).containsExactly(cafe);
        filter.query("  Kafe\u0301-KUNDE ");
        assertThat(filter.visible()).containsExactly(cafe);
    }

    @Test
    void theFastFoldIsTheRule() {
        StringBuilder every = new StringBuilder();
        for (char c = 1; c < 0x3100; c++) {
            every.append(c);
            assertThat(ActivityFilter.fold(String.valueOf(c))).isEqualTo(ActivityFilter.foldByRule(String.valueOf(c)));
        }
        assertThat(ActivityFilter.fold(every.toString())).isEqualTo(ActivityFilter.foldByRule(every.toString()));
        for (String text : List.of("ΟΔΟΣ ΣΟΦΙΑΣ", "Kafé – 2020–2024 «Ærlig» Åsen", "İstanbul", "e\u0301n")) {
            assertThat(ActivityFilter.fold(text)).as(text).isEqualTo(ActivityFilter.foldByRule(text));
        }
        for (Activity activity : ACTIVITIES) {
            for (String text : activity.name().values().values()) {
                assertThat(ActivityFilter.fold(text)).isEqualTo(ActivityFilter.foldByRule(text));
            }
        }
    }

    @Test
    void aQueryDoesNotMatchAcrossTwoFields() {
        Activity activity = ACTIVITIES.get(0).withName(Text.of("en", "Payroll")).withId("wages");
        ActivityFilter filter = new ActivityFilter();
        filter.rows(List.of(activity));

        filter.query("payroll");
        assertThat(filter.visible()).hasSize(1);
        filter.query("rollwages");
        assertThat(filter.visible()).isEmpty();
    }

    @Test
    void anEditedActivityEntersOrLeavesTheFilteredListAndErasingSeesTheEdit() {
        ActivityFilter filter = new ActivityFilter();
        List<Activity> rows = new ArrayList<>(ACTIVITIES);
        filter.rows(rows);
        filter.query("zebra");
        assertThat(filter.visible()).isEmpty();

        rows.set(10, rows.get(10).withName(Text.of("en", "Zebra crossing cameras")));
        filter.rows(List.copyOf(rows));
        assertThat(filter.visible()).containsExactly(rows.get(10));

        filter.query("zebr");
        assertThat(filter.visible()).containsExactlyElementsOf(expected(rows, "zebr"));

        rows.set(10, rows.get(10).withName(Text.of("en", "Street cameras")));
        filter.rows(List.copyOf(rows));
        filter.query("zebra");
        assertThat(filter.visible()).isEmpty();
        filter.query("");
        assertThat(filter.visible()).containsExactlyElementsOf(rows);

        rows.remove(0);
        filter.rows(List.copyOf(rows));
        assertThat(filter.visible()).containsExactlyElementsOf(rows);
        assertThat(filter.total()).isEqualTo(rows.size());
    }

    @Test
    void keysMadeInTheBackgroundAreTakenAndTheFilterMatchesTheRule() {
        ArrayDeque<Runnable> background = new ArrayDeque<>();
        ArrayDeque<Runnable> owner = new ArrayDeque<>();
        ActivityFilter filter = new ActivityFilter(background::add, owner::add);
        filter.rows(ACTIVITIES);
        assertThat(background).as("the keys are made away from the caller").hasSize(1);
        assertThat(filter.hasAllKeys()).isFalse();

        background.poll().run();
        assertThat(filter.hasAllKeys()).as("handed back, not yet taken").isFalse();
        owner.poll().run();
        assertThat(filter.hasAllKeys()).isTrue();

        for (String typed : List.of("lønn", "KUNDE", "a", "qz")) {
            filter.query(typed);
            assertThat(filter.visible()).as(typed).containsExactlyElementsOf(expected(ACTIVITIES, typed));
        }
    }

    @Test
    void aKeyMadeFromAnActivityThatChangedMeanwhileIsNotTaken() {
        ArrayDeque<Runnable> background = new ArrayDeque<>();
        ArrayDeque<Runnable> owner = new ArrayDeque<>();
        ActivityFilter filter = new ActivityFilter(background::add, owner::add);
        filter.rows(ACTIVITIES);
        List<Activity> renamed = new ArrayList<>(ACTIVITIES);
        renamed.set(3, ACTIVITIES.get(3).withName(Text.of("nb", "Sebrastripete register")));
        filter.rows(renamed);

        background.poll().run();
        owner.poll().run();
        assertThat(filter.hasAllKeys())
                .as("the renamed activity's key is still to be made")
                .isFalse();

        filter.query("sebrastripete");
        assertThat(filter.visible()).containsExactly(renamed.get(3));
        filter.query(ACTIVITIES.get(3).name().values().values().iterator().next());
        assertThat(filter.visible()).doesNotContain(renamed.get(3));
    }
}
