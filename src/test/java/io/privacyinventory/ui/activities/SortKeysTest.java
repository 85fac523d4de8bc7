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

        keys.prepare(texts.subList(0, texts.size() / 2)).get(30, java.util.concurrent.TimeUnit.SECONDS);
        List<String> sorted = new ArrayList<>(texts);
        sorted.sort(keys);

        assertThat(sorted).containsExactlyElementsOf(expected);
    }
}
