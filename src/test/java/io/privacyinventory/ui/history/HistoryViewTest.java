package io.privacyinventory.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.store.ChangeLogEntry;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.FxStageExtension;
import io.privacyinventory.ui.FxWait;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.TaskRunner;
import io.privacyinventory.ui.document.InventoryDocument;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The history reads the log a page at a time, and only while it is shown. */
@ExtendWith(FxStageExtension.class)
class HistoryViewTest {
    @TempDir
    Path folder;

    private InventoryDocument document;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private HistoryView shown(HistoryView view) {
        stage.setScene(new javafx.scene.Scene((javafx.scene.Parent) view.root(), 900, 600));
        stage.show();
        view.activate();
        return view;
    }

    @AfterEach
    void close(FxRobot robot) {
        FxWait.run(() -> stage.hide());
        if (document != null) {
            document.close();
        }
    }

    @Test
    void hiddenHistoryDoesNotFollowEditsAndCatchesUpWhenShownAgain(FxRobot robot) throws Exception {
        InventoryStore store = InventoryStore.create(
                folder.resolve("inventory.db"), TestInventories.read(TestInventories.PRODUCT_SERVICES));
        document = new InventoryDocument(store, store.load(), TaskRunner.direct());
        HistoryView[] view = new HistoryView[1];
        FxWait.run(() -> {
            view[0] = shown(new HistoryView(document, new Messages(Locale.ENGLISH)));
        });
        assertThat(rows(view[0])).hasSize(1);

        FxWait.run(() -> {
            view[0].deactivate();
            document.changeOrganisation(o -> new Organisation(
                    o.name(),
                    o.address(),
                    o.email(),
                    "+47 1",
                    o.website(),
                    o.dpo(),
                    o.representative(),
                    o.supervisoryAuthority()));
        });
        assertThat(rows(view[0])).as("nothing read while hidden").hasSize(1);

        FxWait.run(() -> view[0].activate());
        assertThat(rows(view[0])).hasSize(2);
        assertThat(rows(view[0]).get(0).entityType()).isEqualTo(EntityType.ORGANISATION);
    }

    @Test
    void longHistoryIsReadPageByPage(FxRobot robot) throws Exception {
        InventoryStore store = InventoryStore.create(
                folder.resolve("long.db"), TestInventories.read(TestInventories.PRODUCT_SERVICES));
        document = new InventoryDocument(store, store.load(), TaskRunner.direct());
        FxWait.run(() -> {
            for (int i = 0; i < HistoryView.PAGE + 10; i++) {
                String phone = "+47 " + i;
                document.changeOrganisation(o -> new Organisation(
                        o.name(),
                        o.address(),
                        o.email(),
                        phone,
                        o.website(),
                        o.dpo(),
                        o.representative(),
                        o.supervisoryAuthority()));
            }
        });
        HistoryView[] view = new HistoryView[1];
        FxWait.run(() -> {
            view[0] = shown(new HistoryView(document, new Messages(Locale.ENGLISH)));
        });
        assertThat(rows(view[0])).hasSize(HistoryView.PAGE);
        Button more = (Button) view[0].root().lookup("#historyMore");
        assertThat(more.isVisible()).isTrue();

        FxWait.run(more::fire);

        assertThat(rows(view[0])).hasSize(HistoryView.PAGE + 11);
        assertThat(rows(view[0]).get(rows(view[0]).size() - 1).before()).isNull();
        assertThat(more.isVisible()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<ChangeLogEntry> rows(HistoryView view) {
        return ((TableView<ChangeLogEntry>) view.root().lookup("#historyTable")).getItems();
    }
}
