package com.alvh.workbench.ui.playback;

import com.alvh.workbench.ui.common.ChartActions;
import com.alvh.workbench.ui.common.ChartPane;
import com.alvh.workbench.ui.common.Controls;
import com.alvh.workbench.ui.common.Formats;
import com.alvh.workbench.ui.common.Glossary;

import atlantafx.base.theme.Styles;
import com.alvh.workbench.market.HistoricalEpisode;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Playback tab: episode picker and transport controls on top, the SPX/VIX/equity/lanes chart
 * with its moving cursor, and the day's numbers and layer states on the right. Binds to a
 * {@link PlaybackViewModel}; an {@link AnimationTimer} feeds the model's clock while playing.
 */
public final class PlaybackView {

    /** asObject() adapters held only by a bidirectional binding are garbage collected; keep them. */
    private final java.util.List<Object> keepAlive = new java.util.ArrayList<>();

    private <T> javafx.beans.property.ObjectProperty<T> keep(javafx.beans.property.ObjectProperty<T> p) {
        keepAlive.add(p);
        return p;
    }

    public static final String CHART_ID = "playbackChart";

    private final PlaybackViewModel model;
    private final BorderPane root = new BorderPane();
    private final ChartPane chartPane;
    private final AnimationTimer timer;

    public PlaybackView(PlaybackViewModel model, ChartActions actions) {
        this.model = model;
        chartPane = new ChartPane(CHART_ID, "playback", model.chartProperty(), actions);
        Label empty = new Label("Pick a historical episode and press Load: the scenario's campaign and policy are replayed on the "
                + "real SPX and VIX closes, then you can play it day by day.");
        empty.setWrapText(true);
        empty.setMaxWidth(520);
        empty.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TITLE_4);
        empty.visibleProperty().bind(model.dataProperty().isNull());
        chartPane.visibleProperty().bind(model.dataProperty().isNotNull());
        StackPane center = new StackPane(chartPane, empty);
        root.setTop(toolbar());
        root.setCenter(center);
        root.setRight(dayPanel());

        timer = new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
                if (last >= 0) {
                    model.advance((now - last) / 1e9);
                }
                last = now;
            }

            @Override
            public void stop() {
                super.stop();
                last = -1;
            }
        };
        model.playingProperty().addListener((obs, old, playing) -> {
            if (playing) {
                timer.start();
            } else {
                timer.stop();
            }
        });
    }

    public BorderPane root() {
        return root;
    }

    public ChartPane chartPane() {
        return chartPane;
    }

    private VBox toolbar() {
        ComboBox<HistoricalEpisode> episodes = new ComboBox<>();
        episodes.setId("episodeChoice");
        episodes.getItems().setAll(HistoricalEpisode.values());
        episodes.valueProperty().bindBidirectional(model.episodeProperty());
        episodes.setConverter(new StringConverter<>() {
            @Override
            public String toString(HistoricalEpisode e) {
                return e == null ? "" : e.label();
            }

            @Override
            public HistoricalEpisode fromString(String s) {
                return null;
            }
        });
        Button load = new Button("Load");
        load.setId("loadEpisode");
        load.getStyleClass().add(Styles.ACCENT);
        load.disableProperty().bind(model.loadingProperty());
        load.setOnAction(e -> model.load());
        load.setTooltip(new Tooltip("Replay the episode with the scenario's condor campaign and policy (one path on the real closes)"));

        Button start = transport("|\u25c0", "toStart", "First day (Home)", model::toStart);
        Button back = transport("\u25c0 1", "stepBack", "One day back (\u2190)", model::stepBack);
        Button play = transport("\u25b6", "playPause", "Play / pause (Space)", model::togglePlay);
        play.textProperty().bind(Bindings.when(model.playingProperty()).then("\u275a\u275a").otherwise("\u25b6"));
        Button forward = transport("1 \u25b6", "stepForward", "One day on (\u2192)", model::stepForward);
        Button end = transport("\u25b6|", "toEnd", "Last day (End)", model::toEnd);

        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("speedChoice");
        speed.getItems().setAll(PlaybackViewModel.SPEEDS);
        speed.valueProperty().bindBidirectional(keep(model.speedProperty().asObject()));
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : String.format(Locale.US, "%.0f days/s", v);
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        speed.setTooltip(new Tooltip("Playback speed in trading days per second"));

        Label dayText = new Label();
        dayText.textProperty().bind(model.dayTextProperty());
        dayText.getStyleClass().add(Styles.TEXT_MUTED);

        Label episodeLabel = new Label("Episode");
        Label speedLabel = new Label("Speed");
        for (javafx.scene.control.Control c : java.util.List.<javafx.scene.control.Control>of(episodeLabel, load, start, back,
                play, forward, end, speedLabel, dayText)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never "Lo..." in a narrow window
        }
        // Two groups that wrap onto two lines in a narrow window: the episode, then the transport.
        HBox pick = new HBox(8, episodeLabel, episodes, load);
        pick.setAlignment(Pos.CENTER_LEFT);
        HBox transport = new HBox(8, start, back, play, forward, end, speedLabel, speed, dayText);
        transport.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(16, 6, pick, transport);
        top.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node n : java.util.List.of(start, back, play, forward, end, speed)) {
            n.disableProperty().bind(model.dataProperty().isNull());
        }

        Slider scrub = new Slider(0, 1, 0);
        scrub.setId("playbackPosition");
        scrub.disableProperty().bind(model.dataProperty().isNull());
        model.dataProperty().addListener((obs, old, d) -> scrub.setMax(d == null ? 1 : d.days() - 1));
        scrub.valueProperty().addListener((obs, old, v) -> model.positionProperty().set((int) Math.round(v.doubleValue())));
        model.positionProperty().addListener((obs, old, v) -> scrub.setValue(v.intValue()));
        scrub.setFocusTraversable(false); // arrows belong to stepping, not to the slider
        Label stale = Controls.staleMark("playbackStale", model.freshness().textProperty());
        VBox box = new VBox(6, top, scrub, stale);
        box.setPadding(new Insets(8, 12, 4, 12));
        return box;
    }

    private static Button transport(String text, String id, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tooltip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false); // Space and arrows go to the playback, not to a focused button
        b.setMinWidth(40);
        return b;
    }

    private VBox dayPanel() {
        Label date = new Label();
        date.setId("playbackDate");
        date.getStyleClass().add(Styles.TITLE_3);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        Label spx = value("playbackSpx");
        Label vix = value("playbackVix");
        Label equity = value("playbackEquity");
        Label pnl = value("playbackPnl");
        Label unhedged = value("playbackUnhedgedPnl");
        grid.addRow(0, muted("SPX"), spx);
        grid.addRow(1, muted("VIX"), vix);
        grid.addRow(2, Controls.termLabel("Equity", Glossary.EQUITY), equity);
        grid.addRow(3, muted("P&L hedged"), pnl);
        grid.addRow(4, muted("P&L unhedged"), unhedged);
        Runnable refresh = () -> {
            PlaybackData d = model.getData();
            if (d == null) {
                date.setText("No episode loaded");
                for (Label l : java.util.List.of(spx, vix, equity, pnl, unhedged)) {
                    l.setText("\u2014");
                }
                return;
            }
            int i = model.getPosition();
            date.setText(d.dates()[i].toString());
            spx.setText(Formats.decimal(d.spx()[i], 2));
            vix.setText(Formats.decimal(d.vix()[i], 2));
            equity.setText(Formats.usd(d.equity()[i]));
            pnl.setText(Formats.usd(d.pnl(i)));
            unhedged.setText(Formats.usd(d.unhedgedPnl(i)));
            for (Label l : java.util.List.of(pnl, unhedged)) {
                l.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
                l.getStyleClass().add(l.getText().startsWith("-") ? Styles.DANGER : Styles.SUCCESS);
            }
        };
        refresh.run();
        model.positionProperty().addListener((obs, old, now) -> refresh.run());
        model.dataProperty().addListener((obs, old, now) -> refresh.run());

        ListView<PlaybackViewModel.LayerState> layers = new ListView<>(model.layers());
        layers.setId("playbackLayers");
        layers.setFocusTraversable(false);
        Controls.fitRows(layers, 3); // every position of the day in view, the callouts below take the rest
        layers.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(PlaybackViewModel.LayerState item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("layer-on", "layer-off");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText((item.on() ? "\u25cf  " : "\u25cb  ") + item.name() + (item.on() ? "  on" : ""));
                getStyleClass().add(item.on() ? "layer-on" : "layer-off");
            }
        });
        Label layersHeader = Controls.sectionHeader("Positions on this day");
        layersHeader.setTooltip(Controls.tip(Glossary.LAYER));
        ListView<PlaybackData.Callout> callouts = new ListView<>(model.callouts());
        callouts.setId("playbackCallouts");
        callouts.setFocusTraversable(false);
        callouts.setPlaceholder(new Label("Layer entries and exits appear here as the days play"));
        callouts.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(PlaybackData.Callout item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("layer-on", "layer-off");
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                PlaybackData d = model.getData();
                // A Text wrapped to the list's width: every callout whole, however long.
                javafx.scene.text.Text t = new javafx.scene.text.Text((d == null ? "" : d.dates()[item.day()] + "  ")
                        + item.text());
                t.wrappingWidthProperty().bind(getListView().widthProperty().subtract(30));
                t.getStyleClass().add(item.on() ? "callout-on" : "callout-off");
                setText(null);
                setGraphic(t);
            }
        });
        // The newest callout in view.
        model.callouts().addListener((javafx.collections.ListChangeListener<PlaybackData.Callout>) c -> {
            if (!model.callouts().isEmpty()) {
                callouts.scrollTo(model.callouts().size() - 1);
            }
        });
        Label calloutsHeader = Controls.sectionHeader("What the layers did");
        calloutsHeader.setTooltip(Controls.tip(Glossary.TRIGGER));
        VBox panel = new VBox(8, date, grid, layersHeader, layers, calloutsHeader, callouts);
        VBox.setVgrow(callouts, Priority.ALWAYS);
        panel.getStyleClass().add("side-panel-right");
        // Width in em (CSS): it grows with the type in presentation mode.
        return panel;
    }

    private static Label value(String id) {
        Label l = new Label("\u2014");
        l.setId(id);
        l.getStyleClass().addAll("metric-value", Styles.TEXT_BOLD);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }
}
