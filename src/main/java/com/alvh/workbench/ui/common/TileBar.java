package com.alvh.workbench.ui.common;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The dashboard's headline tiles in one row: each tile a number of the policy under study and its
 * change against unhedged, green where it improves on unhedged and red where it is worse.
 */
public final class TileBar extends HBox {

    /** @param tiles the tiles (empty before a run: the bar hides) */
    public TileBar(String id, ObservableList<SummaryTile> tiles) {
        super(8);
        setId(id);
        getStyleClass().add("tile-bar");
        fill(tiles);
        tiles.addListener((ListChangeListener<SummaryTile>) c -> fill(tiles));
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(tiles));
        managedProperty().bind(visibleProperty());
    }

    private void fill(ObservableList<SummaryTile> tiles) {
        getChildren().setAll(tiles.stream().map(TileBar::tile).toList());
    }

    private static VBox tile(SummaryTile t) {
        Label title = new Label(t.title());
        title.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        if (t.term() != null) {
            title.setTooltip(Controls.tip(t.term()));
        }
        Label value = new Label(t.value());
        value.getStyleClass().addAll("tile-value", Styles.TEXT_BOLD);
        Label change = new Label(t.change());
        change.getStyleClass().add(Styles.TEXT_SMALL);
        if (t.verdict() > 0) {
            change.getStyleClass().add(Styles.SUCCESS);
        } else if (t.verdict() < 0) {
            change.getStyleClass().add(Styles.DANGER);
        } else {
            change.getStyleClass().add(Styles.TEXT_MUTED);
        }
        // Title and change wrap onto a second line in a narrow window rather than end in "...".
        for (Label l : new Label[] {title, change}) {
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        VBox box = new VBox(2, title, value, change);
        box.getStyleClass().add("tile");
        box.setMinWidth(120);
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }
}
