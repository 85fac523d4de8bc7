package io.privacyinventory.bench;

import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.TaskRunner;
import io.privacyinventory.ui.Theme;
import io.privacyinventory.ui.WindowFrame;
import io.privacyinventory.ui.activities.ActivitiesView;
import io.privacyinventory.ui.activities.ActivitiesViewModel;
import io.privacyinventory.ui.document.InventoryDocument;
import io.privacyinventory.ui.findings.FindingsModel;
import java.time.Clock;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The window the FX-thread probes work in: the app's theme and its Activities view (table and
 * editor) on the file, at the size of a laptop screen, as a user has it in front of them.
 */
record ProbeWindow(InventoryDocument document, ActivitiesViewModel model, Inventory inventory) {

    static ProbeWindow show(Stage stage, InventoryStore store) {
        Theme.apply(false);
        Inventory inventory = store.load();
        InventoryDocument document = new InventoryDocument(store, inventory, TaskRunner.background("probe-store"));
        ActivitiesViewModel model = new ActivitiesViewModel(document, "New activity", "copy");
        FindingsModel findings = new FindingsModel(
                document, TaskRunner.background("probe-checks"), Locale.ENGLISH, Clock.systemDefaultZone());
        ActivitiesView view =
                new ActivitiesView(model, new Messages(Locale.ENGLISH), new SimpleStringProperty("en"), findings);
        stage.setScene(new Scene(new StackPane(new Label("Privacy Inventory")), 1440, 880));
        stage.show();
        stage.getScene().setRoot(new WindowFrame(view.root()).root());
        return new ProbeWindow(document, model, inventory);
    }
}
