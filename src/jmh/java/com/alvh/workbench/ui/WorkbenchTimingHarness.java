package com.alvh.workbench.ui;

import com.alvh.workbench.ui.common.FxJobRunner;
import com.alvh.workbench.ui.explore.ExploreViewModel;
import com.alvh.workbench.ui.results.SimulationViewModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Timing harness, outside the unit tests (no assertions): opens the real workbench window and
 * measures (1) the Explore redraw per slider change, from the value change to the chart dataset
 * updated and the viewer's canvas redrawn (ExploreViewModel.lastRedrawMillis, taken on the FX
 * thread inside the change), over a sweep of spot, VIX-shift and day changes; (2) the FX
 * thread's responsiveness during a 100,000-path policy comparison: every 10 ms a timer thread
 * posts a Platform.runLater and records how long the FX thread took to run it.
 *
 * <p>Run (headless Monocle or a real display):
 * <pre>MAVEN_OPTS="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1600x1000-32" \
 *   ./mvnw -o -q -Pbench test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.alvh.workbench.ui.WorkbenchTimingHarness -Dexec.args="100000 63"</pre>
 */
public final class WorkbenchTimingHarness {

    private WorkbenchTimingHarness() {
    }

    public static void main(String[] args) {
        try {
            measure(args);
        } catch (Throwable e) {
            e.printStackTrace();
        }
        System.err.flush();
        Runtime.getRuntime().halt(0); // exec:java would otherwise wait for the toolkit's threads
    }

    private static void measure(String[] args) throws Exception {
        int paths = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 63;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        FxJobRunner runner = new FxJobRunner(1);
        WorkbenchViewModel[] model = new WorkbenchViewModel[1];
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            model[0] = WorkbenchViewModel.sample(runner, Path.of("sample-data"));
            WorkbenchApp.show(new Stage(), model[0]);
            shown.countDown();
        });
        shown.await();
        Thread.sleep(1500);

        // (1) Slider redraws: 3 x 200 changes, each on the FX thread, with the viewer attached.
        List<Double> redraw = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            int k = i;
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                ExploreViewModel e = model[0].explore();
                switch (k % 3) {
                    case 0 -> e.spotProperty().set(4600 + (k * 7) % 800);
                    case 1 -> e.vixShiftProperty().set(-5 + (k % 30));
                    default -> e.daysForwardProperty().set(k % 45);
                }
                redraw.add(e.lastRedrawMillisProperty().get());
                done.countDown();
            });
            done.await();
        }
        report("slider redraw (value change -> dataset updated + canvas redrawn)", redraw.subList(60, redraw.size()));

        // (2) FX pulse latency while a 100k-path comparison runs.
        List<Double> latency = java.util.Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor();
        SimulationViewModel sim = model[0].simulation();
        CountDownLatch launched = new CountDownLatch(1);
        Platform.runLater(() -> {
            // The run's size is the scenario's: edit it, as a user would on the Scenario or Results tab.
            model[0].session().editor().apply(s -> s.withSimulation(s.simulation().withPaths(paths).withSteps(days)),
                    "paths");
            sim.run();
            launched.countDown();
        });
        launched.await();
        long t0 = System.nanoTime();
        probe.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Platform.runLater(() -> latency.add((System.nanoTime() - posted) / 1e6));
        }, 0, 10, TimeUnit.MILLISECONDS);
        while (true) {
            Thread.sleep(200);
            boolean[] running = new boolean[1];
            CountDownLatch asked = new CountDownLatch(1);
            Platform.runLater(() -> {
                running[0] = sim.isRunning();
                asked.countDown();
            });
            asked.await();
            if (!running[0]) {
                break;
            }
        }
        probe.shutdownNow();
        System.err.printf(Locale.US, "run: %,d paths x %d days x 5 policies in %.1f s (%s)%n", paths, days,
                (System.nanoTime() - t0) / 1e9, sim.getStatus());
        report("FX runLater latency during the run (sampled every 10 ms)", new ArrayList<>(latency));
        runner.close();
    }

    private static void report(String what, List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.err.printf(Locale.US, "%s: n=%d median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms, mean %.2f ms%n",
                what, v.length, q(v, 0.5), q(v, 0.95), q(v, 0.99), v[v.length - 1], Arrays.stream(v).average().orElse(0));
    }

    private static double q(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }
}
