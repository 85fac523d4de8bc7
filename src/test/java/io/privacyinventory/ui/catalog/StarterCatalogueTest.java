package io.privacyinventory.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.model.Edit;
import io.privacyinventory.model.Inventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.InventoryValidator;
import io.privacyinventory.model.Text;
import io.privacyinventory.store.InventoryStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StarterCatalogueTest {
    @TempDir
    Path folder;

    @Test
    void newInventoryGetsTheCatalogueInItsOwnLanguagesAsOneUndoableChange() throws Exception {
        try (InventoryStore store =
                InventoryStore.create(folder.resolve("new.db"), Inventory.empty("en", "Acme Ltd"))) {
            List<Edit> additions = StarterCatalogue.additions(store.load());

            var set = store.apply(additions);

            Inventory filled = store.load();
            assertThat(filled.dataCategories()).hasSizeGreaterThan(10);
            assertThat(filled.purposes()).hasSizeGreaterThan(5);
            assertThat(filled.dataCategories())
                    .allSatisfy(c -> assertThat(c.name().languages()).containsExactly("en"));
            assertThat(filled.dataCategories())
                    .anySatisfy(c -> assertThat(c.special()).isTrue());
            assertThat(InventoryValidator.validate(filled)).isEmpty();
            assertThat(Inventories.apply(Inventory.empty("en", "Acme Ltd"), additions))
                    .isEqualTo(filled);

            store.revert(set.id());
            assertThat(store.load().dataCategories()).isEmpty();
        }
    }

    @Test
    void itemsAlreadyThereAreLeftAlone() {
        Inventory starter = StarterCatalogue.bundled();
        Inventory withAll = Inventories.apply(
                Inventory.empty("nb", "Eksempel AS"), StarterCatalogue.additions(Inventory.empty("nb", "Eksempel AS")));

        assertThat(StarterCatalogue.additions(withAll)).isEmpty();
        assertThat(starter.dataSubjects()).isNotEmpty();
    }

    @Test
    void inventoryInAnotherLanguageGetsTheEnglishText() {
        Text text = StarterCatalogue.text(Text.of(java.util.Map.of("nb", "Kunder", "en", "Customers")), List.of("sv"));

        assertThat(text).isEqualTo(Text.of("sv", "Customers"));
    }
}
