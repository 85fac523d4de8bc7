package io.privacyinventory.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.TaskRunner;
import io.privacyinventory.ui.catalog.CatalogViewModel;
import io.privacyinventory.ui.document.InventoryDocument;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view models on their own: no controls, a real inventory file, edits run at once. */
class ActivitiesViewModelTest {
    @TempDir
    Path folder;

    private InventoryDocument document;
    private ActivitiesViewModel model;

    @BeforeEach
    void open() throws Exception {
        InventoryStore store = InventoryStore.create(
                folder.resolve("inventory.db"), TestInventories.read(TestInventories.PRODUCT_SERVICES));
        document = new InventoryDocument(store, store.load(), TaskRunner.direct());
        model = new ActivitiesViewModel(document, "New activity", "(copy)");
    }

    @AfterEach
    void close() {
        model.dispose();
        document.close();
    }

    @Test
    void filterFindsActivitiesByAnyTranslationOwnerOrDescriptionIgnoringCase() {
        model.filterProperty().set("KUNDESTØTTE");
        assertThat(model.visibleActivities()).extracting(Activity::id).contains("support");

        model.filterProperty().set("customer support");
        assertThat(model.visibleActivities()).extracting(Activity::id).contains("support");

        model.filterProperty().set("global support services");
        assertThat(model.visibleActivities()).extracting(Activity::id).containsExactly("support");

        model.filterProperty().set("no such thing anywhere");
        assertThat(model.visibleActivities()).isEmpty();

        model.filterProperty().set("");
        assertThat(model.visibleActivities())
                .hasSize(document.inventory().activities().size());
    }

    @Test
    void newActivityIsAddedAsADraftAndSelected() {
        model.createActivity("en");

        Activity created = model.selectedProperty().get();
        assertThat(created.name().get("en")).contains("New activity");
        assertThat(created.status()).isEqualTo(ActivityStatus.DRAFT);
        assertThat(document.inventory().activities()).last().isEqualTo(created);
    }

    @Test
    void aNewActivityTakesItsIdFromTheFirstNameTypedAndKeepsIt() throws Exception {
        model.createActivity("en");
        String placeholder = model.selectedIdProperty().get();

        model.change(placeholder, a -> a.withName(io.privacyinventory.model.Text.of("en", "Webinar registrations")));
        assertThat(model.selectedIdProperty().get()).isEqualTo("webinar-registrations");
        assertThat(model.selectedProperty().get().name().get("en")).contains("Webinar registrations");
        try (InventoryStore reader = InventoryStore.openReadOnly(folder.resolve("inventory.db"))) {
            assertThat(reader.load().activities())
                    .extracting(Activity::id)
                    .contains("webinar-registrations")
                    .doesNotContain(placeholder);
        }

        model.change("webinar-registrations", a -> a.withName(io.privacyinventory.model.Text.of("en", "Webinars")));
        assertThat(model.selectedIdProperty().get())
                .as("only the first name makes the id")
                .isEqualTo("webinar-registrations");
        document.undo();
        document.undo();
        assertThat(document.inventory().activities()).extracting(Activity::id).contains(placeholder);
    }

    @Test
    void duplicateIsADraftCopyRightAfterTheOriginal() {
        Activity original = document.inventory().activities().get(0);

        model.duplicate(original.id(), "en");

        Activity copy = document.inventory().activities().get(1);
        assertThat(copy.id()).isNotEqualTo(original.id());
        assertThat(copy.name().get("en").orElseThrow()).endsWith("(copy)");
        assertThat(copy.status()).isEqualTo(ActivityStatus.DRAFT);
        assertThat(copy.purposes()).isEqualTo(original.purposes());
        assertThat(model.selectedIdProperty().get()).isEqualTo(copy.id());
    }

    @Test
    void deletingSelectsTheNextActivity() {
        String second = document.inventory().activities().get(1).id();
        String first = document.inventory().activities().get(0).id();
        model.selectedIdProperty().set(first);

        model.delete(first);

        assertThat(document.inventory().activities()).extracting(Activity::id).doesNotContain(first);
        assertThat(model.selectedIdProperty().get()).isEqualTo(second);
    }

    @Test
    void editOfTheSelectedActivityIsShownWithoutReselecting() {
        Activity first = document.inventory().activities().get(0);
        model.selectedIdProperty().set(first.id());

        model.change(first.id(), activity -> activity.withOwner("Legal"));

        assertThat(model.selectedProperty().get().owner()).isEqualTo("Legal");
    }

    @Test
    void deletingAUsedCatalogueItemRemovesItsReferencesInOneUndoableStep() {
        CatalogViewModel categories = new CatalogViewModel(document, EntityType.DATA_CATEGORY);
        String used = document.inventory().activities().get(0).dataCategories().get(0);
        assertThat(categories.users(used)).isNotEmpty();

        categories.deleteWithReferences(used);

        assertThat(document.inventory().activities())
                .allSatisfy(a -> assertThat(a.dataCategories()).doesNotContain(used));
        document.undo();
        assertThat(categories.users(used)).isNotEmpty();
        categories.dispose();
    }
}
