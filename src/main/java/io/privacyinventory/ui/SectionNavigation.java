package io.privacyinventory.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's side bar of sections and the place the chosen section is shown. Each section's
 * view is built the first time it is shown; only the shown one follows the document
 * ({@link SectionView#activate}, {@link SectionView#deactivate}).
 */
final class SectionNavigation {
    private final ListView<Section> list = new ListView<>();
    private final StackPane center = new StackPane();
    private final Map<Section, SectionView> views = new EnumMap<>(Section.class);
    private final Function<Section, SectionView> factory;
    private SectionView shown;

    SectionNavigation(Messages messages, Function<Section, SectionView> factory) {
        this.factory = factory;
        list.setId("navigation");
        list.getItems().setAll(Section.values());
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Section section, boolean empty) {
                super.updateItem(section, empty);
                setText(empty || section == null ? null : messages.get(section.key()));
                setGraphic(empty || section == null ? null : new FontIcon(section.icon()));
            }
        });
        // wide enough for the longest section name in bokmål ("Virksomhet og erklæring") without sideways scrolling
        list.setPrefWidth(250);
        list.setMinWidth(200);
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, section) -> {
            if (section != null) {
                showSelected(section);
            }
        });
        list.getStyleClass().add("navigation");
    }

    /** The side bar. */
    Node sideBar() {
        return list;
    }

    /** Where the shown section's view goes. */
    Node center() {
        return center;
    }

    /** Shows a section (selecting it in the side bar) and returns its view. */
    SectionView show(Section section) {
        if (list.getSelectionModel().getSelectedItem() != section) {
            list.getSelectionModel().select(section);
        } else {
            showSelected(section);
        }
        return views.get(section);
    }

    private void showSelected(Section section) {
        SectionView view = views.computeIfAbsent(section, factory);
        if (shown != null && shown != view) {
            shown.deactivate();
        }
        shown = view;
        view.activate();
        center.getChildren().setAll(view.root());
    }

    /** Releases every view built so far, for good. */
    void dispose() {
        views.values().forEach(SectionView::dispose);
    }
}
