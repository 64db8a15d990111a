package com.alvh.workbench.ui;

import com.alvh.workbench.scenario.ScenarioSpec;
import com.alvh.workbench.scenario.SweepAxis;
import com.alvh.workbench.scenario.SweepJson;
import com.alvh.workbench.scenario.SweepObjective;
import com.alvh.workbench.scenario.SweepSpec;
import com.alvh.workbench.ui.common.FxJobRunner;
import com.alvh.workbench.ui.sweep.SweepViewModel;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: draws docs/images/workbench-sweep.png, the Sweep tab at 1280 x 800 after a Latin
 * hypercube of 60 policies over the flagship's five axes on its Bates market (the base scenario's model
 * replaced in the Scenario tab), 2,000 paths each (what docs/workbench.md shows). Run it on
 * Monocle headless with the tests' JavaFX properties (pom.xml {@code headless.argLine}) and the test
 * class path; the first argument is the PNG to write.
 */
public final class SweepScreenshotMain {

    private SweepScreenshotMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images/workbench-sweep.png");
        SweepSpec flagship = SweepJson.load(Path.of("sample-data/sweeps/flagship-bates.json"));
        ScenarioSpec bates = flagship.base();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        FxJobRunner runner = new FxJobRunner(1);
        Path settings = Files.createTempDirectory("sweep-shot");
        WorkbenchViewModel[] model = new WorkbenchViewModel[1];
        WorkbenchView[] view = new WorkbenchView[1];
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            Stage stage = new Stage();
            model[0] = WorkbenchViewModel.sample(runner, Path.of("sample-data"), settings);
            view[0] = WorkbenchApp.show(stage, model[0], new ScenarioJourneysTest.ScriptedDialogs());
            stage.getScene().getWindow().setWidth(1280);
            stage.getScene().getWindow().setHeight(800);
            view[0].tabs().getTabs().stream().filter(t -> "sweepTab".equals(t.getId())).findFirst()
                    .ifPresent(t -> view[0].tabs().getSelectionModel().select(t));
            // The flagship's market: the base sample's Heston plus the jumps measured on the history.
            model[0].session().editor().apply(spec -> spec.withModel(bates.model()), "the flagship's Bates model");
            SweepViewModel s = model[0].sweep();
            for (SweepAxis a : flagship.axes()) {
                axis(s, a.path(), a.from(), a.to());
            }
            s.samplingProperty().set(SweepViewModel.Sampling.LATIN_HYPERCUBE);
            s.pointsProperty().set(60);
            s.pathsProperty().set(2_000);
            s.tailProperty().set(SweepObjective.Tail.CVAR99);
            s.runningProperty().addListener((obs, was, now) -> {
                if (was && !now) {
                    shown.countDown();
                }
            });
            s.run();
        });
        if (!shown.await(20, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the sweep did not finish");
        }
        Thread.sleep(1_000);
        CountDownLatch written = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                Scene scene = view[0].root().getScene();
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", out.toFile());
                System.out.println("wrote " + out + " (" + (int) scene.getWidth() + " x " + (int) scene.getHeight()
                        + "): " + model[0].sweep().statusProperty().get());
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                written.countDown();
            }
        });
        written.await();
        runner.close();
        Platform.exit();
        System.exit(0);
    }

    private static void axis(SweepViewModel s, String path, double from, double to) {
        SweepViewModel.FieldChoice f = s.fields().stream().filter(c -> c.field().path().equals(path)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no field " + path));
        String problem = s.addAxis(f, from, to, 5);
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }
}
