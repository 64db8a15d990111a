package com.alvh.workbench.sim;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PathEngineTest {

    private static final GeometricBrownianModel GBM = new GeometricBrownianModel(5000.0, 0.04, 0.013, 0.18);

    @Test
    void sameSeedGivesIdenticalPathsWhateverTheThreadCount() {
        SimulationSettings one = new SimulationSettings(10_000, 45, 1.0 / 252, 42L, 1, 512);
        double[] serial = PathEngine.run(GBM, one, new TerminalSpots(), ProgressListener.NONE, new CancellationToken());
        for (int threads : new int[] {2, 3, 8}) {
            double[] parallel = PathEngine.run(GBM, one.withThreads(threads), new TerminalSpots(),
                    ProgressListener.NONE, new CancellationToken());
            assertThat(parallel).as("threads=%d", threads).containsExactly(serial);
        }
        double[] otherSeed = PathEngine.run(GBM, new SimulationSettings(10_000, 45, 1.0 / 252, 43L, 2, 512),
                new TerminalSpots(), ProgressListener.NONE, new CancellationToken());
        assertThat(otherSeed[0]).isNotEqualTo(serial[0]);
    }

    @Test
    void blockStreamsAreDistinct() {
        UniformRandomProvider[] streams = BlockRunner.blockStreams(7L, 4);
        List<Long> firsts = new ArrayList<>();
        for (UniformRandomProvider s : streams) {
            firsts.add(s.nextLong());
        }
        assertThat(firsts).doesNotHaveDuplicates();
    }

    @Test
    void gbmForwardMatchesWithinThreeStandardErrors() {
        // E[S_T] = S0 exp((r - q) T) exactly; the sample mean must be within 3 standard errors
        // (two-sided false-failure rate 0.27 %; the seed is fixed so the test is deterministic).
        int paths = 200_000;
        int steps = 45;
        double dt = 1.0 / 252;
        double[] terminal = PathEngine.run(GBM, new SimulationSettings(paths, steps, dt, 2024L, 2, 1024),
                new TerminalSpots(), ProgressListener.NONE, new CancellationToken());
        double mean = 0;
        for (double s : terminal) {
            mean += s;
        }
        mean /= paths;
        double var = 0;
        for (double s : terminal) {
            var += (s - mean) * (s - mean);
        }
        double standardError = Math.sqrt(var / (paths - 1) / paths);
        double expected = 5000.0 * Math.exp((0.04 - 0.013) * steps * dt);
        assertThat(Math.abs(mean - expected)).isLessThan(3 * standardError);
    }

    @Test
    void progressReachesTheTotalMonotonically() {
        List<Long> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        PathEngine.run(GBM, new SimulationSettings(5000, 10, 1.0 / 252, 1L, 1, 1000), new TerminalSpots(),
                (done, total) -> {
                    assertThat(total).isEqualTo(5000);
                    seen.add(done);
                }, new CancellationToken());
        assertThat(seen).containsExactly(1000L, 2000L, 3000L, 4000L, 5000L);
    }

    @Test
    void cancelStopsTheRunAndSaysSo() throws Exception {
        CancellationToken cancel = new CancellationToken();
        AtomicLong progressed = new AtomicLong();
        // A run far too long to finish: cancel after the first block reports.
        SimulationSettings huge = new SimulationSettings(50_000_000, 252, 1.0 / 252, 5L, 2, 1024);
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                PathEngine.run(GBM, huge, new TerminalSpots(), (done, total) -> {
                    progressed.set(done);
                    cancel.cancel();
                }, cancel);
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        Throwable thrown = outcome.get(60, TimeUnit.SECONDS);
        assertThat(thrown).isInstanceOf(SimulationCancelledException.class)
                .hasMessageContaining("cancelled after");
        assertThat(progressed.get()).isLessThan(huge.paths());
    }

    @Test
    void workerFailureIsRethrownNotSwallowed() {
        MarketModel broken = new MarketModel() {
            @Override
            public void initialise(PathState state) {
            }

            @Override
            public void advance(PathState state, int step, double dt, UniformRandomProvider random) {
                throw new IllegalStateException("model blew up at step " + step);
            }
        };
        assertThatThrownBy(() -> PathEngine.run(broken, new SimulationSettings(4096, 5, 0.01, 1L, 2, 1024),
                new TerminalSpots(), ProgressListener.NONE, new CancellationToken()))
                .isInstanceOf(IllegalStateException.class).hasMessage("model blew up at step 1");
    }

    @Test
    void settingsNameTheBadField() {
        assertThatThrownBy(() -> new SimulationSettings(0, 1, 0.1, 1, 1, 1)).hasMessage("paths must be > 0, was 0");
        assertThatThrownBy(() -> new SimulationSettings(1, 1, -0.1, 1, 1, 1))
                .hasMessage("dt must be a positive number of years, was -0.1");
        assertThatThrownBy(() -> new GeometricBrownianModel(-1, 0, 0, 0.2)).hasMessageContaining("spot0");
    }
}
