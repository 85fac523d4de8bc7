package io.privacyinventory.ui.form;

import javafx.scene.control.Skin;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.CellSkinBase;
import javafx.scene.control.skin.TableRowSkin;

/**
 * Table rows that have no cells while they are empty.
 *
 * <p>A table fills the space below its last item with empty rows, and JavaFX gives each of them a
 * cell per column, as a row with an item has: with six columns about thirteen nodes a row, all
 * styled, measured and laid out. The theme draws empty rows and their cells transparent, so none of
 * that is seen. The Activities table shows four activities of the sample and fourteen empty rows in
 * the window's first frame: about 180 of its 780 nodes. A row made here is styled as any row (its
 * own background, the {@code :empty} state) but gets its cells only when it first shows an item; from
 * then on it keeps the table's usual row skin.
 */
public final class BareEmptyRows {
    private BareEmptyRows() {}

    /** Makes {@code table}'s rows with the usual cells for items and none while empty. */
    public static <T> void install(TableView<T> table) {
        table.setRowFactory(view -> new Row<>());
    }

    private static final class Row<T> extends TableRow<T> {
        Row() {
            emptyProperty().addListener((observable, was, empty) -> {
                if (!empty && getSkin() instanceof Bare) {
                    setSkin(new TableRowSkin<>(this));
                }
            });
        }

        @Override
        protected Skin<?> createDefaultSkin() {
            return isEmpty() ? new Bare(this) : new TableRowSkin<>(this);
        }
    }

    /**
     * An empty row's skin: no cells, only the text node every cell has (without text); as tall as the
     * theme's rows ({@code -fx-cell-size}, a property of this skin); the table stretches it to its width.
     */
    private static final class Bare extends CellSkinBase<TableRow<?>> {
        Bare(TableRow<?> row) {
            super(row);
        }

        @Override
        protected double computePrefHeight(
                double width, double topInset, double rightInset, double bottomInset, double leftInset) {
            TableView<?> table = getSkinnable().getTableView();
            double fixed = table == null ? -1 : table.getFixedCellSize();
            return fixed > 0 ? fixed : getCellSize();
        }

        @Override
        protected double computeMinHeight(
                double width, double topInset, double rightInset, double bottomInset, double leftInset) {
            return computePrefHeight(width, topInset, rightInset, bottomInset, leftInset);
        }

        /**
         * Only the insets: the rows with items give the table its scrolling width, and a width summed
         * here from the columns would be kept by JavaFX after the columns narrow (nothing asks this
         * skin again), holding up a horizontal scroll bar the table no longer needs.
         */
        @Override
        protected double computePrefWidth(
                double height, double topInset, double rightInset, double bottomInset, double leftInset) {
            return leftInset + rightInset;
        }
    }
}
