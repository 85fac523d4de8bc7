package io.privacyinventory.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.generate.InventoryGenerator;
import io.privacyinventory.model.Activity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.TableColumnBase;
import org.junit.jupiter.api.Test;

/** The text columns' comparator sorts exactly as a table column's default one does. */
class SortKeysTest {
    @Test
    @SuppressWarnings("unchecked")
    void ordersAsTheDefaultColumnComparator() {
        List<String> texts = new ArrayList<>(List.of(
                "Ærlig", "ærlig", "Zebra", "zebra", "Øvre", "Åsen", "Aasen", "abc", "Abc", "Kafé", "Kafe", "kafe", "",
                "10 år", "9 år", "ésprit", "Esprit"));
        for (Activity activity : InventoryGenerator.generate(300, 11).activities()) {
            texts.addAll(activity.name().values().values());
            texts.add(activity.owner());
        }
        texts.add(null);
        List<String> expected = new ArrayList<>(texts);
        expected.sort((Comparator<String>) TableColumnBase.DEFAULT_COMPARATOR);
        List<String> sorted = new ArrayList<>(texts);
        sorted.sort(new SortKeys());

        assertThat(sorted).containsExactlyElementsOf(expected);
    }

    /** Keys made ahead on the background thread (half of them here) compare with those made while sorting. */
    @Test
    @SuppressWarnings("unchecked")
    void keysMadeAheadInTheBackgroundOrderAsKeysMadeWhileSorting() throws Exception {
        List<String> texts = new ArrayList<>();
        for (Activity activity : InventoryGenerator.generate(400, 5).activities()) {
            texts.addAll(activity.name().values().values());
            texts.add(activity.owner());
        }
        texts.addAll(List.of("Ærlig", "Øvre", "Åsen", "Aasen", "Kafé", "kafe", "ésprit", "Esprit"));
        List<String> expected = new ArrayList<>(texts);
        expected.sort((Comparator<String>) TableColumnBase.DEFAULT_COMPARATOR);
        SortKeys keys = new SortKeys();

        keys.ranks(
                        texts.subList(0, texts.size() / 2),
                        List.<java.util.function.Function<String, String>>of(text -> text))
                .get(30, java.util.concurrent.TimeUnit.SECONDS);
        List<String> sorted = new ArrayList<>(texts);
        sorted.sort(keys);

        assertThat(sorted).containsExactlyElementsOf(expected);
    }

    /**
     * An item's place in the order of its text compares as the texts do, for random texts with æ, ø,
     * å, case, accents and many equal ones, in the default locale's collation and in Norwegian.
     */
    @Test
    void placesCompareAsTheirTextsDo() throws Exception {
        for (java.util.Locale locale :
                List.of(java.util.Locale.getDefault(), java.util.Locale.forLanguageTag("nb-NO"))) {
            java.util.Locale before = java.util.Locale.getDefault();
            java.util.Locale.setDefault(locale);
            try {
                SortKeys keys = new SortKeys();
                java.util.Random random = new java.util.Random(locale.hashCode());
                String[] parts = {"æ", "Æ", "ae", "ø", "Ø", "o", "å", "Å", "aa", "é", "e", "E", "z", "Z", " ", "-", "1"
                };
                record Item(String text, String other) {}
                List<Item> items = new ArrayList<>();
                for (int i = 0; i < 600; i++) {
                    items.add(new Item(random(parts, random), random(parts, random)));
                }
                java.util.Map<Item, int[]> places = keys.ranks(
                                items, List.<java.util.function.Function<Item, String>>of(Item::text, Item::other))
                        .get(30, java.util.concurrent.TimeUnit.SECONDS);
                for (int i = 0; i < 20_000; i++) {
                    Item a = items.get(random.nextInt(items.size()));
                    Item b = items.get(random.nextInt(items.size()));
                    assertThat(Integer.signum(Integer.compare(places.get(a)[0], places.get(b)[0])))
                            .as("%s against %s", a.text(), b.text())
                            .isEqualTo(Integer.signum(keys.compare(a.text(), b.text())));
                    assertThat(Integer.signum(Integer.compare(places.get(a)[1], places.get(b)[1])))
                            .as("%s against %s", a.other(), b.other())
                            .isEqualTo(Integer.signum(keys.compare(a.other(), b.other())));
                }
            } finally {
                java.util.Locale.setDefault(before);
            }
        }
    }

    private static String random(String[] parts, java.util.Random random) {
        StringBuilder text = new StringBuilder();
        for (int length = random.nextInt(4); length >= 0; length--) {
            text.append(parts[random.nextInt(parts.length)]);
        }
        return text.toString();
    }
}
