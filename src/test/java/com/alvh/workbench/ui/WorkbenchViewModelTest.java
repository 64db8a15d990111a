package com.alvh.workbench.ui;

import com.alvh.workbench.ui.common.DirectJobRunner;
import com.alvh.workbench.ui.explore.PositionSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alvh.workbench.chart.ChartExport;
import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.chart.PayoffChart;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model without any display: JavaFX properties need no toolkit. */
class WorkbenchViewModelTest {

    @TempDir
    Path dir;

    private static WorkbenchViewModel model() {
        return WorkbenchViewModel.sample(new DirectJobRunner(DirectJobRunner.Mode.NOW), java.nio.file.Path.of("sample-data"));
    }

    @Test
    void startsLightWithThePayoffChart() {
        WorkbenchViewModel model = model();
        assertThat(model.getTheme()).isEqualTo(WorkbenchViewModel.Theme.LIGHT);
        JFreeChart chart = model.getChart();
        assertThat(chart.getBackgroundPaint()).isEqualTo(ChartTheme.LIGHT.background());
        assertThat(chart.getXYPlot().getDataset().getItemCount(PayoffChart.EXPIRY_SERIES))
                .isEqualTo(model.profile().spots().length);
        assertThat(model.getStatus()).isEqualTo("Ready");
    }

    @Test
    void toggleSwitchesThemeAndRebuildsTheChart() {
        WorkbenchViewModel model = model();
        JFreeChart light = model.getChart();
        model.toggleTheme();
        assertThat(model.getTheme()).isEqualTo(WorkbenchViewModel.Theme.DARK);
        assertThat(model.getChart()).isNotSameAs(light);
        assertThat(model.getChart().getBackgroundPaint()).isEqualTo(ChartTheme.DARK.background());
        model.toggleTheme();
        assertThat(model.getTheme()).isEqualTo(WorkbenchViewModel.Theme.LIGHT);
        assertThat(model.getChart().getBackgroundPaint()).isEqualTo(ChartTheme.LIGHT.background());
    }

    @Test
    void themeReachesThePlaybackChartAndTheStatusFollowsTheTabs() {
        WorkbenchViewModel model = model();
        model.playback().load();
        assertThat(model.getStatus()).contains("trading days");
        model.toggleTheme();
        assertThat(model.playback().getChart().getBackgroundPaint()).isEqualTo(ChartTheme.DARK.background());
        model.report("Copied");
        assertThat(model.getStatus()).isEqualTo("Copied");
    }

    @Test
    void opensOnTheSampleHorizon() {
        assertThat(model().explore().daysForwardProperty().get())
                .isEqualTo(com.alvh.workbench.analytics.SampleScenarios.HORIZON_DAYS);
    }

    @Test
    void themeIsNeverNull() {
        WorkbenchViewModel model = model();
        assertThatNullPointerException().isThrownBy(() -> model.setTheme(null));
        model.themeProperty().set(null);
        assertThat(model.getTheme()).isEqualTo(WorkbenchViewModel.Theme.LIGHT);
    }

    @Test
    void themesNameDifferentAtlantaStylesheets() {
        assertThat(WorkbenchViewModel.Theme.LIGHT.userAgentStylesheet()).contains("primer-light");
        assertThat(WorkbenchViewModel.Theme.DARK.userAgentStylesheet()).contains("primer-dark");
    }

    @Test
    void exportWritesTheCurrentChartAndReportsIt() throws IOException {
        WorkbenchViewModel model = model();
        Path png = dir.resolve("payoff.png");
        model.exportChart(png, ChartExport.Format.PNG);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(WorkbenchViewModel.EXPORT_WIDTH_PX);
        assertThat(image.getHeight()).isEqualTo(WorkbenchViewModel.EXPORT_HEIGHT_PX);
        assertThat(model.getStatus()).startsWith("Exported PNG to ").contains(png.toString());

        Path svg = dir.resolve("payoff.svg");
        model.exportChart(svg, ChartExport.Format.SVG);
        assertThat(Files.readString(svg)).contains("P&amp;L at expiry");
    }

    @Test
    void failedExportThrowsAndSaysSoInTheStatus() throws IOException {
        WorkbenchViewModel model = model();
        Path target = Files.createDirectory(dir.resolve("taken.png"));
        assertThatThrownBy(() -> model.exportChart(target, ChartExport.Format.PNG))
                .isInstanceOf(IOException.class).hasMessageContaining(target.toString());
        assertThat(model.getStatus()).startsWith("Export failed").contains(target.toString());
    }

    @Test
    void playbackReplaysTheScenarioBeingEdited() {
        WorkbenchViewModel m = WorkbenchViewModel.sample(new DirectJobRunner(DirectJobRunner.Mode.NOW),
                java.nio.file.Path.of("sample-data"), java.nio.file.Path.of("target", "test-settings-playback"));
        m.playback().episodeProperty().set(com.alvh.workbench.market.HistoricalEpisode.COVID_2020);
        m.playback().load();
        org.assertj.core.api.Assertions.assertThat(m.playback().dataProperty().get().policyName())
                .isEqualTo("ALVH 3 layers");
        m.session().editor().apply(s -> s.withPolicy(new com.alvh.workbench.scenario.PolicySpec.Preset(
                com.alvh.workbench.scenario.PolicySpec.PresetName.PROMOTER)), "policy");
        m.playback().load();
        org.assertj.core.api.Assertions.assertThat(m.playback().dataProperty().get().policyName()).isEqualTo("Promoter");
    }

    @Test
    void exploreFollowsTheScenariosCondorAndMarket() {
        WorkbenchViewModel m = WorkbenchViewModel.sample(new DirectJobRunner(DirectJobRunner.Mode.NOW),
                java.nio.file.Path.of("sample-data"), java.nio.file.Path.of("target", "test-settings-explore"));
        // The sample scenario's first condor: the CNDR rule at VIX 16 under the scenario's model-path skew
        // (ScenarioSamples.MODEL_PATH_SKEW; the analytics sample's SkewModel.DEFAULT gives 4360/4760/5180/5310).
        org.assertj.core.api.Assertions.assertThat(m.summary().legs()).extracting(PositionSummary.Leg::strike)
                .containsExactly(4495.0, 4775.0, 5235.0, 5410.0);
        var editor = m.session().editor();
        editor.field("SPX spot").textProperty().set("6000");
        editor.commit(editor.field("SPX spot"));
        editor.field("contracts").textProperty().set("4");
        editor.commit(editor.field("contracts"));
        org.assertj.core.api.Assertions.assertThat(m.explore().baseSpot()).isEqualTo(6000.0);
        org.assertj.core.api.Assertions.assertThat(m.explore().spotProperty().get()).isEqualTo(6000.0);
        org.assertj.core.api.Assertions.assertThat(m.explore().maxSpot()).isGreaterThan(6000.0);
        org.assertj.core.api.Assertions.assertThat(m.summary().legs()).allSatisfy(l ->
                org.assertj.core.api.Assertions.assertThat(Math.abs(l.quantity())).isEqualTo(4));
        org.assertj.core.api.Assertions.assertThat(m.summary().spot()).isEqualTo(6000.0);
        editor.undo();
        editor.undo();
        org.assertj.core.api.Assertions.assertThat(m.summary().legs()).extracting(PositionSummary.Leg::strike)
                .containsExactly(4495.0, 4775.0, 5235.0, 5410.0);
    }
}
